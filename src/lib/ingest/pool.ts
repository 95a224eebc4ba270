/**
 * Extraction of many articles on every core: batches of articles go to a piscina pool of worker threads
 * (worker.ts), each with its own copy of the knowledge base, and the results come back in corpus order. Each
 * article's extraction depends only on the article, the reviewed knowledge base and the curation, never on
 * other articles or on which worker ran it, so the output is byte-identical to a one-worker run (tested).
 * piscina: a maintained pool (task queue, worker start-up and shutdown, errors carried back) rather than
 * hand-rolled worker management.
 */
import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { ProjectPaths } from './config.ts';
import { fromPlain, ingestArticle, type ArticleResult } from './extract-batch.ts';
import type { BatchTask, Job, PlainResult } from './worker.ts';

export interface PoolOptions {
  /** Worker threads; 1 runs in this thread, without a pool. Default: the cores the process may use. */
  workers?: number;
  /** Called after each article or batch with the number of articles done so far. */
  onProgress?: (done: number) => void;
  /** Articles per task (default 16). */
  batch?: number;
}

/** Articles per task: large enough that messaging costs little, small enough that the cores finish together. */
const BATCH = 16;

export const defaultWorkers = () => availableParallelism();

/** Every job's result, in the order given. `kb` serves the one-worker run. */
export async function extractAll(articles: Job[], paths: ProjectPaths, kb: KnowledgeBase, options: PoolOptions = {}): Promise<ArticleResult[]> {
  const batch = options.batch ?? BATCH;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), Math.ceil(articles.length / batch)));
  if (workers === 1) {
    return articles.map((j, i) => {
      const r = ingestArticle(j.article, kb, j.corrections, j.existing);
      options.onProgress?.(i + 1);
      return r;
    });
  }
  const pool = new Piscina<BatchTask, PlainResult[]>({
    filename: new URL('./worker.ts', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
  });
  let done = 0;
  try {
    const batches: Array<Promise<PlainResult[]>> = [];
    for (let i = 0; i < articles.length; i += batch) {
      const slice = articles.slice(i, i + batch);
      batches.push(
        pool.run({ paths, jobs: slice }).then((r) => {
          done += slice.length;
          options.onProgress?.(done);
          return r;
        }),
      );
    }
    return (await Promise.all(batches)).flat().map((r) => ({ ...r, warnings: r.warnings.map(fromPlain) }));
  } finally {
    await pool.destroy();
  }
}
