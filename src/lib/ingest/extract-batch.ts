/**
 * The unit of ingest work: one article extracted, curated, hashed and (when its file must change) serialised to
 * MDX. The same function runs in the main thread (one worker) and in the pool's workers (worker.ts), so both give
 * the same bytes.
 */
import { createHash } from 'node:crypto';
import { extractArticle, type ExtractedArticle } from '../extract/extract.ts';
import type { RawArticle } from '../corpus/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { DalilError, type Place } from '../kb/errors.ts';
import { articleToMdx } from '../mdx/article.ts';
import type { CorrectionsFile } from './corrections.ts';
import { curate } from './curate.ts';
import { writerFingerprint } from './fingerprint.ts';

/** One article's ingest result: what it names and reports, its content hash, its file text when it must be
 * written (the hash differs from the existing file's), and warnings. */
export interface ArticleResult {
  article: ExtractedArticle;
  hash: string;
  text?: string;
  warnings: DalilError[];
}

/**
 * The article file's content hash: SHA-256 of the extraction the file shows and of the code that writes it
 * (`writerFingerprint`). The hash is the front-matter's first line, so an unchanged article is known from that
 * line alone, without serialising the MDX again (a third of a no-change re-run's time, measured with bench:ingest).
 */
export function articleHash(x: ExtractedArticle): string {
  return createHash('sha256').update(writerFingerprint()).update(JSON.stringify([x.article, x.entities, x.events])).digest('hex');
}

export function articleFile(x: ExtractedArticle, hash = articleHash(x)): string {
  return `---\n# content-hash: ${hash}\n${articleToMdx(x).slice(4)}`;
}

/** Extracts and curates one article; `existing` is the hash its file has now, if any (false: write no file). */
export function ingestArticle(a: RawArticle, kb: KnowledgeBase, corrections: CorrectionsFile | undefined, existing?: string | false): ArticleResult {
  const { article, warnings } = curate(extractArticle(a, kb), kb, corrections);
  const hash = articleHash(article);
  return { article, hash, ...(existing !== false && hash !== existing ? { text: articleFile(article, hash) } : {}), warnings };
}

/** A DalilError as plain data, to cross a worker boundary (structured clone keeps no class). */
export interface PlainError {
  message: string;
  place: Place;
  hint: string | undefined;
}

export const toPlain = (e: DalilError): PlainError => ({ message: e.message, place: e.place, hint: e.hint });
export const fromPlain = (e: PlainError): DalilError => new DalilError(e.message, e.place, e.hint);
