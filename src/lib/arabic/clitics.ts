import { normaliseKey } from './normalise.ts';

/** One way to read a word's front: `cut` key characters are a proclitic, `rest` is what remains. */
export interface CliticReading {
  cut: number;
  rest: string;
  /** ل + ال written لل: the surface form is `ال` + the word after `لل` (`للمنظمة` → `المنظمة`). */
  restoresAl: boolean;
}

/**
 * Proclitic readings of a normalised word; the reading with no clitic comes first. Callers accept a
 * reading only when `rest` is a known name, so `بلدات` never becomes ب + لدات unless `لدات` is a name.
 */
export function procliticReadings(key: string): CliticReading[] {
  const out: CliticReading[] = [{ cut: 0, rest: key, restoresAl: false }];
  const seen = new Set([key]);
  const add = (cut: number, rest: string, restoresAl = false) => {
    if (rest.length >= 2 && !seen.has(rest)) {
      seen.add(rest);
      out.push({ cut, rest, restoresAl });
    }
  };
  // conjunction و/ف, then preposition ب/ك/ل; ل + ال is written لل.
  for (const conj of ['', 'و', 'ف']) {
    if (conj && !key.startsWith(conj)) continue;
    const afterConj = key.slice(conj.length);
    if (conj) add(conj.length, afterConj);
    for (const prep of ['ب', 'ك', 'ل']) {
      if (!afterConj.startsWith(prep)) continue;
      const rest = afterConj.slice(1);
      add(conj.length + 1, rest);
      if (prep === 'ل' && rest.startsWith('ل')) add(conj.length + 1, 'ا' + rest, true);
    }
  }
  return out;
}

/** True when `word` is only a proclitic written apart, as in `لـ«داعش»` or `و «قسد»`. */
export function isDetachedProclitic(word: string): boolean {
  return /^(?:[وف]?[بكل]|[وف])$/.test(normaliseKey(word));
}

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
export const PROCLITIC_PREFIX = /^(?:[وف]?(?:[بكل]?ال|لل|[بكل])|[وف])/u;

/**
 * The word without its proclitics and article, if at least `keep` letters remain; else the word. For comparing
 * words loosely (event triggers, search hits): to find names, use `procliticReadings`, which checks the rest.
 */
export function stripProclitics(word: string, keep = 2): string {
  const m = PROCLITIC_PREFIX.exec(word);
  return m && word.length - m[0].length >= keep ? word.slice(m[0].length) : word;
}
