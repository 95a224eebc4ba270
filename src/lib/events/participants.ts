import type { Entity } from '../kb/schema.ts';
import { AGENT_MARKERS, ATTRIBUTION, CIVILIANS, OBJECT_MARKERS, REPORTER_KINDS, TARGET_NOUNS, UNNAMED_SOURCES, WEAPONS } from './lexicon.ts';
import { stripProclitics } from '../arabic/clitics.ts';
import { lowerBound, type Clause, type Word, isOneOf } from './words.ts';
import { normaliseKey } from '../arabic/normalise.ts';

const NOT_PARTIES = new Set(['un-body', 'international-organisation', 'media', 'news-agency', 'ngo', 'diplomat', 'activist']);
const DESCRIPTORS = new Set(['تنظيم', 'جماعة', 'ميليشيا', 'حركة', 'قوات', 'فصائل', 'مسلحي', 'عناصر'].map(normaliseKey));

/** Who reported a happening: an entity, or an unnamed source as written. */
export interface Reporter {
  id: string | null;
  text: string;
  /** The mention or words, to keep out of the actors. */
  start: number;
  end: number;
  /** An unnamed official (`مسؤولون`): speaks for a party. */
  official?: boolean;
}

/** Whether an entity reports rather than takes part: a news outlet, a monitor, an activist. */
export const isReporter = (e: Entity) => REPORTER_KINDS.has(e.kind ?? '');

const wordIndex = (ws: Word[], offset: number) => Math.min(lowerBound(ws, offset), ws.length - 1);

/** Whether a name is a weapon or an object (`قذائف هاون`, `بصواريخ غراد`): its first word is a weapon's head noun. */
export function isWeapon(surface: string): boolean {
  const head = normaliseKey(surface.trim().split(/\s+/)[0] ?? '').replace(/^[«"“(]+/, '');
  return WEAPONS.has(head) || WEAPONS.has(stripProclitics(head));
}

/**
 * The source a clause attributes itself to: the name after a reporting word (`أفاد المرصد`, `بحسب وكالة`,
 * `وفقاً لمصادر ميدانية`) within a few words, not past `إن`/`أن` (what follows is what was said).
 */
export function reporterIn(clause: Clause, text: string): Reporter | null {
  const ws = clause.words;
  for (let i = 0; i < ws.length; i++) {
    if (!ATTRIBUTION.has(ws[i]!.bare) && !ATTRIBUTION.has(ws[i]!.key)) continue;
    for (let j = i + 1; j < Math.min(ws.length, i + 5); j++) {
      const w = ws[j]!;
      if (/^[وف]?[اإأ]ن$/.test(text.slice(w.start, w.end)) || w.key === 'ان' || w.key === 'بان') break;
      const m = clause.matches.find((x) => x.start <= w.start && w.start < x.end);
      if (m && m.entity.type !== 'place') return { id: m.entity.id, text: m.surface, start: m.start, end: m.end };
      if (isOneOf(UNNAMED_SOURCES, w)) {
        const next = ws[j + 1];
        const end = next && /^ال/.test(next.key) && !ATTRIBUTION.has(next.bare) && !/^(ان|بان)$/.test(next.key) ? next.end : w.end;
        return { id: null, text: text.slice(w.start, end), start: w.start, end };
      }
    }
  }
  return null;
}

export interface Participants {
  actors: string[];
  actor1: string | null;
  actor2: string | null;
  associated: string[];
  targets: string[];
}

/**
 * Actors of a violent or political happening from the names in its clause (places never count): the agent after
 * `شنه`/`نفذه`/`على يد` or written as `لـ«داعش»` after the trigger is actor1; the object after `على`/`ضد` or the
 * group a toll counts is actor2; otherwise the order of mention. Reporters and the outlet a speaker talked to
 * (`لوكالة فرانس برس`) are not actors. Civilians hit are targets.
 */
export function participantsIn(
  clause: Clause,
  text: string,
  skip: Array<{ start: number; end: number }>,
  victims: Array<string | null>,
  speaker: string | null,
  role: 'violence' | 'statement' | 'other' = 'other',
): Participants {
  const ws = clause.words;
  // International bodies, outlets and diplomats are named around violence, not as its parties (ACLED's actors are
  // the armed and the hit); they stay among the actors named.
  const kinds = new Map(clause.matches.map((m) => [m.entity.id as string, m.entity.kind ?? '']));
  const party = (id: string) => role !== 'violence' || !NOT_PARTIES.has(kinds.get(id) ?? '');
  // A span found as a name that is a weapon (`صواريخ غراد`, `قذائف هاون`) is what was used, not who used it.
  const people = clause.matches.filter(
    (m) => m.entity.type !== 'place' && !skip.some((s) => s.start <= m.start && m.end <= s.end) && !(isReporter(m.entity) && m.entity.id !== speaker) && !isWeapon(m.surface),
  );
  const actors: string[] = [...new Set(people.map((m) => m.entity.id as string))];
  let actor1: string | null = speaker;
  let actor2: string | null = null;
  for (const m of people) {
    const i = wordIndex(ws, m.start);
    // `شنه تنظيم «داعش»`: a descriptor between the marker and the name is part of the name; `لـ«داعش»`,
    // `لتنظيم داعش` written after a trigger name its agent, after what is hit (`مواقع لـ«داعش»`) its owner, the object.
    const written = text.slice(ws[i]!.start, m.start);
    let j = i - 1;
    let lam = /^[لـ]+$/.test(written.replace(/[«"“(]/g, ''));
    if (ws[j] && /^لـ?$/.test(ws[j]!.key)) (lam = true), j--;
    if (ws[j] && DESCRIPTORS.has(ws[j]!.key)) j--;
    else if (ws[j] && /^ل(?!ل)/.test(ws[j]!.key) && DESCRIPTORS.has(ws[j]!.bare)) (lam = true), j--;
    const before = ws[j];
    const owned = lam && !!before && (TARGET_NOUNS.has(before.bare) || TARGET_NOUNS.has(before.bare.replace(/ا$/, '')));
    const agent = !owned && ((before && (isOneOf(AGENT_MARKERS, before))) || /^[لـ]+$/.test(written.replace(/[«"“]/g, '')));
    const object = owned || (before && (isOneOf(OBJECT_MARKERS, before)));
    if (!party(m.entity.id)) continue;
    if (agent && !actor1 && m.entity.id !== actor2) actor1 = m.entity.id;
    else if (object && !actor2 && m.entity.id !== actor1) actor2 = m.entity.id;
  }
  for (const v of victims) if (v && !actor2 && v !== actor1) actor2 = v;
  for (const id of actors) {
    if (!party(id)) continue;
    // A statement's actor1 is its speaker, named or not: no one else speaks for it.
    if (!actor1 && id !== actor2 && role !== 'statement') actor1 = id;
    else if (!actor2 && id !== actor1) actor2 = id;
  }
  if (speaker && !actors.includes(speaker)) actors.unshift(speaker);
  const associated = actors.filter((id) => id !== actor1 && id !== actor2);
  const targets = [...new Set(ws.filter((w) => isOneOf(CIVILIANS, w)).map((w) => text.slice(w.start, w.end)))];
  return { actors, actor1, actor2, associated, targets };
}
