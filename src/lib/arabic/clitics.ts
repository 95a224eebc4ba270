import { normaliseKey } from './normalise.ts';

/**
 * The proclitics of news Arabic, in the order they attach to a word: a conjunction, a preposition, the article.
 * `ل` + `ال` is written `لل`. These letters are the same in a written word and in its key, so every function here
 * works on both.
 */
export const CONJUNCTIONS = ['و', 'ف'] as const;
export const PREPOSITIONS = ['ب', 'ك', 'ل'] as const;
export const ARTICLE = 'ال';

const CONJ = `[${CONJUNCTIONS.join('')}]`;
const PREP = `[${PREPOSITIONS.join('')}]`;

/** One way to read a word's front: `cut` key characters are a proclitic, `rest` is what remains. */
export interface CliticReading {
  cut: number;
  rest: string;
  /** ل + ال written لل: the surface form is `ال` + the word after `لل` (`للمنظمة` → `المنظمة`). */
  restoresAl: boolean;
}

/** Which readings a caller wants (the defaults give every reading, for looking names up). */
export interface ReadingOptions {
  /** Conjunctions that may be cut (default و and ف). */
  conjunctions?: readonly string[];
  /** Prepositions that may be cut (default ب, ك and ل). */
  prepositions?: readonly string[];
  /** Cut a preposition only where the article follows (`بالسفير`, `للسفير` → `السفير`); default false. */
  onlyBeforeArticle?: boolean;
  /** Whether a conjunction and a preposition may both be cut (`وبالقامشلي` → `القامشلي`); default true. */
  stacked?: boolean;
  /**
   * Read `لل` only as ل + ال (`للمنظمة` → `المنظمة`), not also as ل + a word that starts with ل (`للبنان` →
   * `لبنان`); default false.
   */
  lamLamIsArticle?: boolean;
}

/**
 * Proclitic readings of a word; the reading with no clitic comes first, then shorter cuts before longer ones.
 * Callers accept a reading only when `rest` is a known word, so `بلدات` never becomes ب + لدات unless `لدات` is one.
 * A rest keeps at least two letters.
 */
export function procliticReadings(key: string, options: ReadingOptions = ALL_READINGS): readonly CliticReading[] {
  let memo = readingMemos.get(options);
  if (!memo) readingMemos.set(options, (memo = new Map()));
  let out = memo.get(key);
  if (out === undefined) {
    out = readingsOnce(key, options);
    if (memo.size > 100_000) memo.clear();
    memo.set(key, out);
  }
  return out;
}

/** The default options: every reading. */
const ALL_READINGS: ReadingOptions = {};
/**
 * Readings memoised per options object (the same words come back in every article): callers pass module constants,
 * and must not change the array they get.
 */
const readingMemos = new WeakMap<ReadingOptions, Map<string, readonly CliticReading[]>>();

/** `procliticReadings` without the memo, for callers that keep the result themselves (the article word view). */
export function readingsOnce(key: string, options: ReadingOptions = ALL_READINGS): CliticReading[] {
  const { conjunctions = CONJUNCTIONS, prepositions = PREPOSITIONS, onlyBeforeArticle = false } = options;
  const { stacked = true, lamLamIsArticle = false } = options;
  const out: CliticReading[] = [{ cut: 0, rest: key, restoresAl: false }];
  const seen = new Set([key]);
  const add = (cut: number, rest: string, restoresAl = false) => {
    if (rest.length >= 2 && !seen.has(rest)) {
      seen.add(rest);
      out.push({ cut, rest, restoresAl });
    }
  };
  for (const conj of ['', ...conjunctions]) {
    if (conj && !key.startsWith(conj)) continue;
    const afterConj = key.slice(conj.length);
    if (conj) add(conj.length, afterConj);
    if (conj && !stacked) continue;
    for (const prep of prepositions) {
      if (!afterConj.startsWith(prep)) continue;
      const rest = afterConj.slice(1);
      const lamLam = prep === 'ل' && rest.startsWith('ل');
      if (onlyBeforeArticle ? rest.startsWith(ARTICLE) : !(lamLam && lamLamIsArticle)) add(conj.length + 1, rest);
      if (lamLam) add(conj.length + 1, 'ا' + rest, true);
    }
  }
  return out;
}

/** True when `word` is only a proclitic written apart, as in `لـ«داعش»` or `و «قسد»`. */
export function isDetachedProclitic(word: string): boolean {
  return isDetachedProcliticKey(normaliseKey(word));
}

/** `isDetachedProclitic` of a word's key (`normaliseKey`). */
export function isDetachedProcliticKey(key: string): boolean {
  return DETACHED.test(key);
}
const DETACHED = new RegExp(`^(?:${CONJ}?${PREP}|${CONJ})$`, 'u');

const DROPPED_IN_KEY = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/;

/** Maps a count of key characters removed from the front of `word` back to an offset in `word` as written. */
export function keyPrefixToOffset(word: string, keyChars: number): number {
  let kept = 0;
  let i = 0;
  while (i < word.length && kept < keyChars) {
    if (!DROPPED_IN_KEY.test(word[i]!)) kept++;
    i++;
  }
  // skip diacritics/tatweel that trail the clitic (`لـداعش`)
  while (i < word.length && DROPPED_IN_KEY.test(word[i]!)) i++;
  return i;
}

/** Proclitics written at the front of a key: و/ف, then ب/ك/ل, then the article ال; or لل (ل + ال). */
export const PROCLITIC_PREFIX = new RegExp(`^(?:${CONJ}?(?:${PREP}?${ARTICLE}|لل|${PREP})|${CONJ})`, 'u');
/** The article, after any proclitics: `الحركة`, `والحركة`, `بالحركة`, `للحركة`. */
const WITH_ARTICLE = new RegExp(`^${CONJ}?(?:${PREP}?${ARTICLE}|لل)`, 'u');

/**
 * The word without its proclitics and article, if at least `keep` letters remain; else the word. For comparing
 * words loosely (event triggers, search hits): to find names, use `procliticReadings`, which checks the rest.
 */
export function stripProclitics(word: string, keep = 2): string {
  const m = PROCLITIC_PREFIX.exec(word);
  return m && word.length - m[0].length >= keep ? word.slice(m[0].length) : word;
}

const strippedKeys = new Map<string, string>();
/**
 * `stripProclitics` of a normalised key, memoised (the same words come back in every article): for the word tables
 * of dates and numbers. `undefined` (a word past the end) is the empty string.
 */
export function strippedKey(key: string | undefined): string {
  if (key === undefined) return '';
  let b = strippedKeys.get(key);
  if (b === undefined) {
    b = stripProclitics(key);
    if (strippedKeys.size > 100_000) strippedKeys.clear();
    strippedKeys.set(key, b);
  }
  return b;
}

/** Whether the word carries the article, behind any proclitics (`الحركة`, `وبالحركة`, `للحركة`). */
export function hasArticle(word: string): boolean {
  return WITH_ARTICLE.test(word);
}

/** Whether the word begins with ب, ك or ل (a preposition, or a letter of the word: callers check the rest). */
export function startsWithPreposition(word: string): boolean {
  return PREPOSITIONS.some((p) => word.startsWith(p));
}

/** The word without a leading article, if at least `keep` letters remain; else the word. */
export function withoutArticle(word: string, keep = 1): string {
  return word.startsWith(ARTICLE) && word.length - ARTICLE.length >= keep ? word.slice(ARTICLE.length) : word;
}
