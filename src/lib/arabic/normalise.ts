/**
 * One Arabic normaliser for ingest, search and tests. Display text always keeps the original;
 * these functions build *keys* for matching.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Zero-width and bidi control characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, embeddings, isolates, BOM). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;
/** Tanween (ً ٌ ٍ): an indefinite ending that names in news copy do not take. */
export const TANWEEN = /[\u064B-\u064D]/;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Cleans text for display and offsets-preserving work: nothing here changes string length semantics for display. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The word without its marks: diacritics, tatweel and invisible characters; every letter kept as written. */
export function stripMarks(text: string): string {
  return text.replace(INVISIBLE, '').replace(DIACRITICS, '').replace(TATWEEL, '');
}

/** Converts Arabic-Indic and Persian digits to ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * The matching key of a word or phrase: no diacritics, tatweel or invisible characters; alef forms → ا;
 * ى → ي; ة → ه; ؤ and ئ → ء; Arabic-Indic digits → ASCII; Latin lowercased without accents; quotes dropped;
 * runs of spaces folded.
 */
export function normaliseKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = computeKey(text);
    if (cache.size > 200_000) cache.clear();
    cache.set(text, key);
  }
  return key;
}

/** Words repeat: most keys come from this cache. */
const cache = new Map<string, string>();
/** Arabic presentation forms (ﻻ, ﷲ…) and other compatibility characters that NFKC folds. */
const COMPATIBILITY = /[\uFB50-\uFDFF\uFE70-\uFEFF\u2000-\u206F\uFF00-\uFFEF]/;
const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/;

function computeKey(text: string): string {
  let s = COMPATIBILITY.test(text) ? text.normalize('NFKC') : text;
  s = asciiDigits(
    stripMarks(s)
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/[ؤئ]/g, 'ء'),
  );
  if (ACCENTED_LATIN.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return s
    .toLowerCase()
    .replace(/[«»“”„"'‘’`]/g, '')
    .replace(/[-‐‑–—_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters normaliseKey writes only where the text had them: it folds other letters into ا ي ه ء, never into these. */
const KEPT_LETTER = /[\u0628\u062A-\u063A\u0641-\u0646\u0648]/g;
const COMMON_LETTERS = 'لمنوتبر';

/**
 * A letter that every text whose key contains `key` has as written, or undefined: a cheap test to rule words out
 * before computing their keys (`mayContainKey`). The rarest-looking one: a letter outside ل م ن و ت ب ر if any.
 */
export function keyProbe(key: string): string | undefined {
  const letters = key.match(KEPT_LETTER) ?? [];
  return letters.find((l) => !COMMON_LETTERS.includes(l)) ?? letters[0];
}

/**
 * False only when `text` certainly has no key containing the key `probe` came from (`keyProbe`). Presentation forms
 * (ﻻ, ﷲ…) are unfolded by NFKC, so text with them always may.
 */
export function mayContainKey(text: string, probe: string | undefined): boolean {
  return probe === undefined || text.includes(probe) || COMPATIBILITY.test(text);
}
