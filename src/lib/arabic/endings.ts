import { normaliseKey } from './normalise.ts';
import { stripProclitics } from './clitics.ts';
/**
 * The endings a light stemmer may cut, in one table: each kind lists its endings as written and as keyed (the
 * key folds ة to ه, so `يه` is the keyed `ية`). Add an ending here, not a pattern in a caller.
 */
export const ENDINGS = {
  /** Third-person possessives: `حقوقه`, `نظيرها`, `قادتهم`, `بينهما`. */
  possessive: ['ه', 'ها', 'هم', 'هما'],
  /** First- and second-person possessives, as in quoted speech: `بلادنا`, `حقوقكم`. */
  speaker: ['نا', 'كم'],
  /** Sound plurals: `مقاتلين`, `مقاتلون`, `اشتباكات`. */
  plural: ['ين', 'ون', 'ات'],
  /** The dual: `الطرفان`. */
  dual: ['ان'],
  /** The feminine ending, as written and as keyed. */
  feminine: ['ة', 'ه'],
  /** Nisba adjectives and their plurals: `سوري`, `سورية`, `سوريين`, `الأمريكيات`. */
  nisba: ['ي', 'ية', 'يه', 'يين', 'يات'],
} as const;

export type EndingKind = keyof typeof ENDINGS;

const cache = new Map<string, readonly string[]>();

/** The endings of these kinds, longest first. */
export function endingsOf(kinds: readonly EndingKind[]): readonly string[] {
  const id = kinds.join(' ');
  let list = cache.get(id);
  if (!list) {
    list = [...new Set(kinds.flatMap((k) => ENDINGS[k]))].sort((a, b) => b.length - a.length);
    cache.set(id, list);
  }
  return list;
}

/**
 * The word without the longest ending of these kinds, when at least `minStem` letters remain; else the word
 * unchanged (a shorter ending is not tried instead).
 */
export function withoutEnding(word: string, kinds: readonly EndingKind[], minStem = 1): string {
  const ending = endingsOf(kinds).find((e) => word.endsWith(e));
  if (!ending) return word;
  const stem = word.slice(0, -ending.length);
  return stem.length >= minStem ? stem : word;
}

/**
 * Whether a name found right after another word is an adjective agreeing with it, not a name: a nisba form after a
 * word with the feminine or nisba ending (`طائرات حربية تركية`, `الأزمة السورية`: Turkish, Syrian), where a country
 * named in its own right follows a preposition or a noun (`في سورية`, `حدود تركيا`).
 */
export function agreesAsAdjective(surface: string, before: string): boolean {
  const key = stripProclitics(normaliseKey(surface));
  const prev = normaliseKey(before);
  const nisba = (k: string) => ['ي', 'يه', 'يين', 'يات'].some((e) => k.endsWith(e) && k.length > e.length + 2);
  return nisba(key) && (prev.endsWith('ه') || nisba(prev)) && prev.length > 2;
}
