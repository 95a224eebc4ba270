/**
 * A pool worker of the parallel ingest (pool.ts, piscina): loads the knowledge base and the corrections once,
 * then extracts the batches of articles it is given with the same function as a one-worker run.
 */
import type { RawArticle } from '../corpus/schema.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.ts';
import type { ProjectPaths } from './config.ts';
import { loadCorrections, type CorrectionsFile } from './corrections.ts';
import { ingestArticle, toPlain, type ArticleResult, type PlainError } from './extract-batch.ts';

export interface BatchTask {
  paths: ProjectPaths;
  articles: RawArticle[];
}

export type PlainResult = Omit<ArticleResult, 'warnings'> & { warnings: PlainError[] };

let loaded: { key: string; kb: KnowledgeBase; corrections: Map<string, CorrectionsFile> } | undefined;

export default function extractBatch({ paths, articles }: BatchTask): PlainResult[] {
  const key = JSON.stringify(paths);
  if (loaded?.key !== key) loaded = { key, kb: loadKnowledgeBase(paths), corrections: loadCorrections(paths.correctionsDir) };
  const { kb, corrections } = loaded;
  return articles.map((a) => {
    const r = ingestArticle(a, kb, corrections);
    return { ...r, warnings: r.warnings.map(toPlain) };
  });
}
