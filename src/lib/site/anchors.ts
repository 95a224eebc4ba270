import type { SiteArticle } from './model.ts';

/**
 * The anchor of the sentence that holds `offset` in an article: `s-<start>`, the start offset of that sentence in
 * the article text (src/lib/mdx/sentences.ts writes the same ids), so a link survives a re-ingest of the same text.
 * The headline is sentence 0 (`s-0`, the page's h1).
 */
export function sentenceStart(article: Pick<SiteArticle, 'sentences'>, offset: number): number {
  const starts = article.sentences;
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) (found = starts[mid]!), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

export const anchorId = (start: number) => `s-${start}`;

export function sentenceAnchor(article: Pick<SiteArticle, 'sentences'>, offset: number): string {
  return anchorId(sentenceStart(article, offset));
}
