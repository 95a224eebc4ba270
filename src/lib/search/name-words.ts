import { stripMarks } from '../arabic/normalise.ts';
import { VARIANT_ROWS } from './variants.ts';

/**
 * The words of the names of a page's entities, each once, for the search index (SearchMeta.astro): an English or
 * other-alias query then finds the page, but a name repeated across aliases (داعش in five of them) is not indexed
 * five times. Repeats made common names dominate the ranking and slowed searches for them, since the engine
 * scores every place a word occurs. A spelling that the query expansion reaches from a word already kept (expand.ts
 * searches سوريا for سورية, VARIANT_ROWS) is left out too: سورية, an alias of Syria, was on nearly every article's
 * name block, which made its index chunk one of the largest a query downloads.
 */
export function nameWords(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const name of names) {
    for (const raw of name.split(/\s+/)) {
      // Punctuation around a word ("(داعش)", "group,") is not part of it; inside it ("U.S.-led") it is.
      const word = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      if (!word) continue;
      const key = variantKey(stripMarks(word).toLowerCase());
      if (seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}

/** The word with the first spelling of its VARIANT_ROWS row in place of the one it contains (as expand.ts finds it). */
function variantKey(word: string): string {
  for (const row of VARIANT_ROWS) {
    const hit = row.find((v) => word.includes(v));
    if (hit) return word.replace(hit, row[0]!);
  }
  return word;
}
