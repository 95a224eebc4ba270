import { normaliseKey } from './normalise.ts';

/**
 * Proclitic readings of a normalised word: each is `[prefixLength, rest]` where `prefixLength` counts
 * characters of the *key* removed from the front. The reading with no clitic comes first. Callers accept
 * a reading only when `rest` is a known name, so `بلدات` never becomes ب + لدات unless `لدات` is a name.
 */
export function procliticReadings(key: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, key]];
  const seen = new Set([key]);
  const add = (n: number, rest: string) => {
    if (rest.length >= 2 && !seen.has(rest)) {
      seen.add(rest);
      out.push([n, rest]);
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
      // لل is ل + ال with the alef dropped: the surface keeps the whole word, so only the conjunction is cut.
      if (prep === 'ل' && rest.startsWith('ل')) add(conj.length, 'ا' + rest);
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
