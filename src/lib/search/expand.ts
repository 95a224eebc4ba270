import { keyProbe, normaliseKey } from '../arabic/normalise.ts';
import { procliticReadings, stripProclitics, withoutArticle } from '../arabic/clitics.ts';
import { withoutEnding, type EndingKind } from '../arabic/endings.ts';
import { VARIANT_ROWS } from './variants.ts';

/** One query to run, with how much its hits count (1 for the words as typed). */
export interface QueryVariant {
  text: string;
  weight: number;
  /** Normalised keys of its words, to check what a hit matched. */
  keys: string[];
}

/** The shortest word a variant may search for: shorter ones prefix-match too much (`بل` → `بلدات`). */
export const MIN_VARIANT_LETTERS = 3;
const MAX_QUERIES = 12;
const ARABIC = /\p{Script=Arabic}/u;

/** Written forms a word may take: the table's spellings, without proclitics, lightly stemmed. */
export function wordVariants(word: string): Array<{ text: string; weight: number }> {
  const out = new Map<string, number>();
  const add = (text: string, weight: number) => {
    if (normaliseKey(text).replace(/\s/g, '').length < MIN_VARIANT_LETTERS) return;
    if ((out.get(text) ?? 0) < weight) out.set(text, weight);
  };
  add(word, 1);
  if (!ARABIC.test(word)) return [...out].map(([text, weight]) => ({ text, weight }));
  const bases: Array<[string, number]> = [[word, 1]];
  // Proclitics: و ف, then ب ك ل, and the article after them (بال، وال، لل); the bare word first.
  const readings = procliticReadings(word, { lamLamIsArticle: true }).slice(1).reverse();
  for (const { rest } of readings) bases.push([rest, 0.9]);
  for (const [base, w] of [...bases]) if (withoutArticle(base, 3) !== base) bases.push([withoutArticle(base, 3), w * 0.95]);
  for (const [base, w] of bases) {
    add(base, w);
    for (const row of VARIANT_ROWS) {
      const hit = row.find((v) => base.includes(v));
      if (hit) for (const other of row) if (other !== hit) add(base.replace(hit, other), w * 0.95);
    }
    const stem = withoutEnding(base, LIGHT_ENDINGS, 4);
    if (stem !== base) add(stem, w * 0.7);
  }
  return [...out].map(([text, weight]) => ({ text, weight })).sort((a, b) => b.weight - a.weight);
}

/**
 * The queries to run for what the reader typed: every combination of its words' variants, best first, at most
 * twelve. Pagefind ANDs the words of one query; the caller merges the hits of all queries by page.
 */
export function expandQuery(query: string): QueryVariant[] {
  const words = query.replace(/[«»“”"'،,؛;:!?؟()[\]{}]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  let combos: Array<{ parts: string[]; weight: number }> = [{ parts: [], weight: 1 }];
  for (const word of words) {
    const variants = wordVariants(word);
    const options = variants.length ? variants : [{ text: word, weight: 1 }];
    combos = combos
      .flatMap((c) => options.map((v) => ({ parts: [...c.parts, v.text], weight: c.weight * v.weight })))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_QUERIES);
  }
  return combos.map((c) => ({ text: c.parts.join(' '), weight: c.weight, keys: c.parts.map((p) => normaliseKey(p)) }));
}

/**
 * Endings a light stemmer may cut from a query word that keeps four letters or more (sound plurals, the feminine
 * ة). Not the nisba ية: `مسؤولية` (responsibility) is not `مسؤول` (official).
 */
const LIGHT_ENDINGS: readonly EndingKind[] = ['plural', 'feminine'];
const HIT_ENDINGS: readonly EndingKind[] = ['nisba', 'plural', 'dual', 'feminine', 'possessive'];

/** A rough stem for comparing a matched word with a searched one: no proclitic, no article, one ending cut. */
function stem(key: string): string {
  let s = stems.get(key);
  if (s === undefined) {
    s = withoutEnding(withoutArticle(stripProclitics(key, 3), 3), HIT_ENDINGS, 3);
    if (stems.size > 50_000) stems.clear();
    stems.set(key, s);
  }
  return s;
}
/** The search page checks the same words against the same keys for every result: stems are remembered. */
const stems = new Map<string, string>();

/**
 * Whether a word the index matched (from a result's excerpt) is the searched word in another form, not merely a
 * longer word that happens to start with it (`لداعش` must not find `بلدات`, `أمريكية` must not find `الأمر`).
 */
export function matchesWord(matched: string, variantKey: string): boolean {
  const m = stem(normaliseKey(matched));
  const v = stem(variantKey);
  return m === v || (v.length >= 4 && m.startsWith(v) && m.length - v.length <= 3);
}

/**
 * A letter that every word `matchesWord` accepts for `variantKey` has as written (or undefined): the stems compared
 * are cut from the keys, so the variant's stem is inside the word's key (normalise.ts `keyProbe`).
 */
export function matchProbe(variantKey: string): string | undefined {
  return keyProbe(stem(variantKey));
}
