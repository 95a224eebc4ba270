import { normaliseKey, TANWEEN } from '../arabic/normalise.ts';
import { isDetachedProclitic, keyPrefixToOffset } from '../arabic/clitics.ts';
import { isCommonWord } from '../kb/word-lists.ts';
import type { Entity } from '../kb/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { nerSentences, spansOf, type NerSpan, type NerToken } from '../ner/text.ts';
import type { Tagger } from '../ner/tagger.ts';
import type { PersonIdentity } from './identity.ts';
import type { Match } from './mentions.ts';

const TYPES = { PERS: 'person', LOC: 'place', ORG: 'organisation' } as const;

/** Whether a word is a cue for the tagger (see `findTaggedNames`), by word as written, per knowledge base's lists. */
const cueMemo = new WeakMap<KnowledgeBase['names'], Map<string, boolean>>();

/**
 * The discovery layer: names the trained tagger finds that no list or pattern did.
 * - A span that overlaps a knowledge-base or pattern match is left to that match (the knowledge base wins on type);
 *   a span that is a known name once its proclitic is cut is linked to that entity, whatever the tagger's type.
 * - A name marked `notAnEntity` by a curator or on the stop list, and words common outside names, are dropped
 *   (ingest's curation pass applies the marks to every finder's names as well).
 * - A new person (two words or more, a plausible name with some support: see `evidence`) becomes an `unreviewed`
 *   entity with a conventional English name; a lone word tagged as a person is a surname mention when the article
 *   named exactly one person of that family in full, and is otherwise not taken.
 * - New places and organisations are not taken from the tagger: on the dev articles they added false finds and no
 *   true one (the gazetteer and head-noun patterns cover them); `dalil ner` still reports all its types.
 */
export function findTaggedNames(text: string, tagger: Tagger, known: Match[], kb: KnowledgeBase, people: PersonIdentity): Match[] {
  // Only the stretches that can hold a new person are tagged: a new person starts at a name part or within three
  // words after a title (see `evidence`). Most of a news article is neither, and the tagger is the slowest part of
  // extraction: a window from the word before such a cue to eight words after it is enough for the tagger's context.
  const names = kb.names;
  let cues = cueMemo.get(names);
  if (!cues) cueMemo.set(names, (cues = new Map()));
  // The tagger's tokens share their text with the article's word view, whose lookups already hashed it.
  const cue = (t: NerToken) => {
    let c = cues.get(t.text);
    if (c === undefined) {
      const k = normaliseKey(t.text);
      const bare = k.replace(/^[وفبل](?=..)/, '');
      c = [k, bare].some((w) => names.given.has(w) || !!names.english?.has(w) || names.roles.has(w));
      if (cues.size > 100_000) cues.clear();
      cues.set(t.text, c);
    }
    return c;
  };
  const sentences: NerToken[][] = [];
  for (const s of nerSentences(text)) {
    let from = -1;
    let to = -1;
    s.forEach((t, i) => {
      if (!cue(t)) return;
      if (from >= 0 && i - 1 > to) sentences.push(s.slice(from, to + 1)), (from = -1);
      if (from < 0) from = Math.max(0, i - 1);
      to = Math.min(s.length - 1, i + 8);
    });
    if (from >= 0) sentences.push(s.slice(from, to + 1));
  }
  const spans = spansOf(sentences, tagger.tagDocument(sentences.map((s) => s.map((t) => t.text))));
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const overlaps = (start: number, end: number) => sorted.some((m) => m.start < end && start < m.end);
  const out: Match[] = [];
  for (const span of spans) {
    const trimmed = trim(span, kb);
    if (!trimmed || overlaps(trimmed.start, trimmed.end)) continue;
    const surface = text.slice(trimmed.start, trimmed.end);
    const key = normaliseKey(surface);
    const words = key.split(' ');
    if (key.length < 2 || kb.index.isStopName(key) || kb.curation?.notAnEntityNames.has(key) || !/\p{Script=Arabic}/u.test(key)) continue;
    // Words common outside names are not names.
    if (words.every((w) => isCommonWord(kb.names, w))) continue;
    const type = TYPES[span.type];
    let entity: Entity | undefined = kb.index.exact(key);
    if (!entity && type === 'person' && plausiblePerson(words, kb)) {
      if (words.length === 1) entity = people.surname(key);
      else if (evidence(span, spans, words, sentences, kb)) entity = people.person(surface);
    }
    if (entity) out.push({ entity, start: trimmed.start, end: trimmed.end, surface });
  }
  return out;
}

/**
 * The span's offsets without a proclitic on its first word (و ف, then ب ك ل before ال or when the rest is a
 * known name) and without punctuation at either end.
 */
function trim(span: NerSpan, kb: KnowledgeBase): { start: number; end: number } | undefined {
  const tokens = span.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  // A name ends before a detached proclitic (`لـ`) or a word with tanween (`محذراً`), which names do not take.
  // An unknown last word ending in ا is an adverbial accusative with its tanween unwritten (`محذرا`).
  const adverb = (w: string) => /^..+ا$/.test(w) && !kb.names.english?.has(w) && !kb.names.given.has(w);
  while (tokens.length && (isDetachedProclitic(tokens.at(-1)!.text) || TANWEEN.test(tokens.at(-1)!.text) || (tokens.length > 1 && adverb(normaliseKey(tokens.at(-1)!.text))))) tokens.pop();
  if (!tokens.length || TANWEEN.test(tokens[0]!.text)) return undefined;
  const first = tokens[0]!;
  const key = normaliseKey(first.text);
  let cut = 0;
  if (/^[وف]../.test(key) && !kb.names.given.has(key) && !(kb.names.english?.has(key) ?? false)) cut = 1;
  const known = (w: string) => kb.names.given.has(w) || !!kb.names.english?.has(w);
  if (/^[بكل]ال./.test(key.slice(cut)) || (/^[بكل]../.test(key.slice(cut)) && !known(key.slice(cut)) && known(key.slice(cut + 1)))) cut += 1;
  else if (/^لل./.test(key.slice(cut))) cut += 2;
  // The key may be longer than the word as written (a ligature such as ﻻ): a cut that would leave nothing is no cut.
  const offset = keyPrefixToOffset(first.text, cut);
  return { start: first.start + (offset < first.text.length ? offset : 0), end: tokens.at(-1)!.end };
}

const NAME_LIKE_ENDING = /(?:يه|ي|يتان|يتين|ان)$/;
const PLURAL = /..(?:ون|يون|يين|تان|تين)$/;

/**
 * Whether the words of a PERS span can be a person's name: no word is a title, a plural or dual (`ناشطون`,
 * `قانونيتان`), or a preposition glued to a common word (`بمنطق`); and it is not a pair of adjectives
 * (`جوي عنيف`, `عقلاني نقدي`: every word a nisba or common word, none a known name part).
 */
function plausiblePerson(words: string[], kb: KnowledgeBase): boolean {
  const lexicon = kb.names.english;
  const known = (w: string) => kb.names.given.has(w) || !!lexicon?.has(w) || !!lexicon?.has(w.replace(/^ال/, ''));
  // A name does not start with an unknown word with the article (`التحصين النفسي`), nor has a later word with a
  // preposition and article glued to it (`يوصف بالعقلاني`).
  if (words.length > 1 && words[0]!.startsWith('ال') && !known(words[0]!)) return false;
  if (words.slice(1).some((w) => /^(?:[وف]?[بكل]ال|لل)/.test(w))) return false;
  for (const w of words) {
    if (kb.names.roles.has(w) || kb.names.roles.has(w.replace(/(?:ه|ها|هم)$/, ''))) return false;
    if (PLURAL.test(w) && !known(w)) return false;
  }
  const first = words[0]!;
  if (/^[بلك]../.test(first) && !known(first) && isCommonWord(kb.names, first.slice(1))) return false;
  if (!words.some(known) && words.every((w) => NAME_LIKE_ENDING.test(w) || isCommonWord(kb.names, w))) return false;
  return true;
}

/**
 * Support for a new person beyond the tagger's word: it starts with a known given name or name part (`أبو`), a
 * title stands just before it, or its family name is tagged again elsewhere in the article.
 */
function evidence(span: NerSpan, spans: NerSpan[], words: string[], sentences: NerToken[][], kb: KnowledgeBase): boolean {
  const lexicon = kb.names.english;
  if (kb.names.given.has(words[0]!) || lexicon?.has(words[0]!)) return true;
  const last = words.at(-1)!;
  if (spans.some((o) => o !== span && o.type === 'PERS' && normaliseKey(o.tokens.at(-1)!.text).endsWith(last))) return true;
  const flat = sentences.flat();
  const at = flat.findIndex((t) => t.start === span.tokens[0]!.start);
  for (let j = Math.max(0, at - 3); j < at; j++) {
    const k = normaliseKey(flat[j]!.text).replace(/^[وف]/, '');
    if (kb.names.roles.has(k) || kb.names.roles.has(k.replace(/(?:ه|ها)$/, ''))) return true;
  }
  return false;
}
