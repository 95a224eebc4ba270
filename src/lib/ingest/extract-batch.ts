/**
 * The unit of ingest work: one article extracted, curated and serialised to its MDX file. The same function runs
 * in the main thread (one worker) and in the pool's workers (worker.ts), so both give the same bytes.
 */
import { extractArticle, type ExtractedArticle } from '../extract/extract.ts';
import type { RawArticle } from '../corpus/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { DalilError, type Place } from '../kb/errors.ts';
import { articleToMdx } from '../mdx/article.ts';
import { contentHash } from './hash.ts';
import type { CorrectionsFile } from './corrections.ts';
import { curate } from './curate.ts';

/** One article's ingest result: what it names and reports, its file text and content hash, and warnings. */
export interface ArticleResult {
  article: ExtractedArticle;
  file: { text: string; hash: string };
  warnings: DalilError[];
}

/** The article file: the MDX with its content hash as the front-matter's first line. */
export function articleFile(x: ExtractedArticle): { text: string; hash: string } {
  const mdx = articleToMdx(x);
  const hash = contentHash(mdx);
  return { text: `---\n# content-hash: ${hash}\n${mdx.slice(4)}`, hash };
}

export function ingestArticle(a: RawArticle, kb: KnowledgeBase, corrections: Map<string, CorrectionsFile>): ArticleResult {
  const { article, warnings } = curate(extractArticle(a, kb), kb, corrections.get(a.id));
  return { article, file: articleFile(article), warnings };
}

/** A DalilError as plain data, to cross a worker boundary (structured clone keeps no class). */
export interface PlainError {
  message: string;
  place: Place;
  hint: string | undefined;
}

export const toPlain = (e: DalilError): PlainError => ({ message: e.message, place: e.place, hint: e.hint });
export const fromPlain = (e: PlainError): DalilError => new DalilError(e.message, e.place, e.hint);
