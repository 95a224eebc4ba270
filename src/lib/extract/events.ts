import { tokenise } from '../arabic/tokens.ts';
import { normaliseKey } from '../arabic/normalise.ts';
import { stripProclitics } from '../arabic/clitics.ts';
import type { Sentence } from '../arabic/sentences.ts';
import type { Match } from './mentions.ts';
import type { ArticleEvent } from './schema.ts';
import { EVENT_TRIGGERS, FATALITY_AFTER, FATALITY_BEFORE, NUMBER_WORDS, REPORTING, STATEMENT_VERBS } from './lexicon.ts';
import { resolveDate } from './dates.ts';

const TRIGGERS = EVENT_TRIGGERS.map(([type, words]) => [type, words.map((w) => w.split(' '))] as const);

/** Whether the sentence (keys, and keys with proclitics cut) holds the phrase; a one-word stem of 4+ letters may take endings. */
function hasPhrase(keys: string[], bare: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= keys.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const k = keys[i + j]!;
      const b = bare[i + j]!;
      const p = phrase[j]!;
      if (k !== p && b !== p && !(j === 0 && p.length >= 4 && b.startsWith(p))) continue outer;
    }
    return true;
  }
  return false;
}

/** The number of people killed that the sentence states, or null. */
export function fatalitiesIn(keys: string[]): number | null {
  const num = (k: string | undefined) => (k === undefined ? undefined : /^\d+$/.test(k) ? Number(k) : NUMBER_WORDS[k]);
  for (let i = 0; i < keys.length; i++) {
    const k = stripProclitics(keys[i]!);
    if (FATALITY_BEFORE.includes(k) || FATALITY_BEFORE.includes(keys[i]!)) {
      for (let j = i + 1; j <= i + 3 && j < keys.length; j++) {
        const n = num(keys[j]);
        if (n !== undefined) return n;
      }
    }
    if (FATALITY_AFTER.includes(k)) {
      const n = num(keys[i - 1]);
      if (n !== undefined) return n;
    }
  }
  return null;
}

/**
 * One event per sentence that holds a trigger: its type from the first matching trigger row, its places and
 * actors from the entities named in the sentence, its toll, its date and who reported it.
 */
export function findEvents(
  articleId: string,
  sentences: Sentence[],
  matches: Match[],
  articleDate: string | undefined,
  from = 0,
): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  let first = 0; // matches are sorted by start; sentences too
  for (const s of sentences) {
    if (s.end <= from) continue;
    const keys = tokenise(s.text).flatMap((t) => normaliseKey(t.text).split(' '));
    const bare = keys.map((k) => stripProclitics(k));
    while (first < matches.length && matches[first]!.start < s.start) first++;
    const inside: Match[] = [];
    for (let k = first; k < matches.length && matches[k]!.start < s.end; k++) if (matches[k]!.end <= s.end) inside.push(matches[k]!);
    const type =
      TRIGGERS.find(([, phrases]) => phrases.some((p) => hasPhrase(keys, bare, p)))?.[0] ??
      (bare.slice(0, 2).some((k) => STATEMENT_VERBS.includes(k)) && inside.some((m) => m.entity.type !== 'place') ? 'statement_or_report' : undefined);
    if (!type) continue;
    const places = unique(inside.filter((m) => m.entity.type === 'place').map((m) => m.entity.id));
    const actors = unique(inside.filter((m) => m.entity.type !== 'place').map((m) => m.entity.id));
    if (places.length + actors.length === 0) continue;
    const event: ArticleEvent = {
      id: `${articleId}-e${events.length + 1}`,
      type,
      date: resolveDate(keys, articleDate),
      places,
      actors,
      fatalities: fatalitiesIn(keys),
      reportedBy: reporterIn(s, inside),
      evidence: s.text,
      also: [],
      start: s.start,
    };
    const same = events.find((e) => sameHappening(e, event));
    if (same) merge(same, event);
    else events.push(event);
  }
  return events;
}

/**
 * An article tells one happening in several sentences (headline, lead, details): the same type at a shared place,
 * or with no place on either side and a shared actor, on compatible dates, is one event.
 */
function sameHappening(a: ArticleEvent, b: ArticleEvent): boolean {
  if (a.type !== b.type) return false;
  if (a.date && b.date && !a.date.startsWith(b.date) && !b.date.startsWith(a.date)) return false;
  if (a.places.length && b.places.length) return a.places.some((p) => b.places.includes(p));
  return a.actors.some((x) => b.actors.includes(x));
}

/**
 * Folds a later telling into the first. Places, actors and toll add up; the sentence that says the most becomes the
 * evidence and the others stay quoted in `also`, so every fact of the event traces to a sentence.
 */
function merge(into: ArticleEvent, from: ArticleEvent): void {
  const detail = (e: ArticleEvent) => e.places.length + e.actors.length + (e.fatalities === null ? 0 : 2);
  if (detail(from) > detail(into)) {
    into.also.push(into.evidence);
    into.evidence = from.evidence;
    into.start = from.start;
  } else into.also.push(from.evidence);
  into.places = unique([...into.places, ...from.places]);
  into.actors = unique([...into.actors, ...from.actors]);
  if (from.fatalities !== null && (into.fatalities === null || from.fatalities > into.fatalities)) into.fatalities = from.fatalities;
  into.reportedBy ??= from.reportedBy;
  if (into.date && from.date && from.date.length > into.date.length && from.date.startsWith(into.date)) into.date = from.date;
}

/** The person or organisation named right after a reporting verb (`أفاد المرصد…`, `بحسب وكالة…`), or null. */
function reporterIn(s: Sentence, inside: Match[]): string | null {
  const verb = tokenise(s.text).find((t) => {
    const k = normaliseKey(t.text);
    return REPORTING.includes(k) || REPORTING.includes(stripProclitics(k));
  });
  if (!verb) return null;
  const after = s.start + verb.end;
  // `قال المرصد` names the source; in `قالت إن القيادي في الدفاع الوطني…` what follows إن/أن is what was said.
  const source = inside.find(
    (m) => m.entity.type !== 'place' && m.start >= after && m.start - after <= 40 && !/(^|\s)[إأا]ن(\s|$)/u.test(s.text.slice(verb.end, m.start - s.start)),
  );
  return source?.entity.id ?? null;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
