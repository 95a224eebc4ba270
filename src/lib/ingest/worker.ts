/**
 * A pool worker of the parallel ingest (pool.ts, piscina): loads the knowledge base once, then extracts the
 * batches of articles it is given with the same function as a one-worker run.
 */
import type { RawArticle } from '../corpus/schema.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.ts';
import type { ProjectPaths } from './config.ts';
import type { CorrectionsFile } from './corrections.ts';
import { ingestArticle, toPlain, type ArticleResult, type PlainError } from './extract-batch.ts';

/** One article to extract, with its corrections file and the content hash its file has now. */
export interface Job {
  article: RawArticle;
  corrections?: CorrectionsFile;
  existing?: string;
}

export interface BatchTask {
  paths: ProjectPaths;
  jobs: Job[];
}

export type PlainResult = Omit<ArticleResult, 'warnings'> & { warnings: PlainError[] };

let loaded: { key: string; kb: KnowledgeBase } | undefined;

export default function extractBatch({ paths, jobs }: BatchTask): PlainResult[] {
  const key = JSON.stringify(paths);
  if (loaded?.key !== key) loaded = { key, kb: loadKnowledgeBase(paths) };
  const { kb } = loaded;
  return jobs.map((j) => {
    const r = ingestArticle(j.article, kb, j.corrections, j.existing);
    return { ...r, warnings: r.warnings.map(toPlain) };
  });
}
