import { stripMarks } from '../arabic/normalise.ts';

/**
 * The words of the names of a page's entities, each once, for the search index (SearchMeta.astro): an English or
 * other-alias query then finds the page, but a name repeated across aliases (داعش in five of them) is not indexed
 * five times. Repeats made common names dominate the ranking and slowed searches for them, since the engine
 * scores every place a word occurs.
 */
export function nameWords(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const name of names) {
    for (const raw of name.split(/\s+/)) {
      // Punctuation around a word ("(داعش)", "group,") is not part of it; inside it ("U.S.-led") it is.
      const word = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      if (!word) continue;
      const key = stripMarks(word).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}
