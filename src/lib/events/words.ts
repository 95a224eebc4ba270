import { articleWords } from '../arabic/words.ts';
import type { Sentence } from '../arabic/sentences.ts';
import type { Match } from '../extract/mentions.ts';

/** A word of the article with its matching keys and offsets. */
export interface Word {
  /** `normaliseKey` of the word (a dotted abbreviation's parts joined). */
  key: string;
  /** The key without proclitics and article (`وبالقامشلي` → `قامشلي`). */
  bare: string;
  start: number;
  end: number;
}

/** Every word of the article text, once (the keys come from the article's shared word view). */
/** Whether a word is in a lexicon set, by its key or by its bare form (the lexicon lists either). */
export const isOneOf = (set: ReadonlySet<string>, w: Pick<Word, 'key' | 'bare'> | undefined): boolean => !!w && (set.has(w.key) || set.has(w.bare));

export function wordsOf(text: string): Word[] {
  return articleWords(text).map((w) => ({ key: w.compact, bare: w.bare, start: w.start, end: w.end }));
}

/** A stretch of a sentence that can carry one event: its words, the entity names in it and its offsets. */
export interface Clause {
  sentence: Sentence;
  /** Index of the sentence in the article's sentences. */
  index: number;
  words: Word[];
  matches: Match[];
  start: number;
  end: number;
  /** The article's headline (the first line). */
  headline: boolean;
}

/** First index in a sorted-by-start list whose start is ≥ `offset`. */
export function lowerBound<T extends { start: number }>(xs: T[], offset: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a sorted list that lie inside `[start, end)`. */
export function within<T extends { start: number; end: number }>(xs: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(xs, start); i < xs.length && xs[i]!.start < end; i++) if (xs[i]!.end <= end) out.push(xs[i]!);
  return out;
}
