import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles } from '../corpus/read.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.ts';
import { DalilError } from '../kb/errors.ts';
import type { ExtractedArticle } from '../extract/extract.ts';
import { GENERATED_MARK } from '../mdx/article.ts';
import { removeStaleTemporaries, writeFileAtomic } from './atomic.ts';
import type { ProjectPaths } from './config.ts';
import { loadCorrections } from './corrections.ts';
import { articleFile, ingestArticle, type ArticleResult } from './extract-batch.ts';
import { contentHash } from './hash.ts';
import { extractAll, type PoolOptions } from './pool.ts';
import { newEntityFiles } from './entity-files.ts';

export interface IngestOptions {
  /** Stop at the first bad file, before anything is written (for pipelines that want all or nothing). */
  strict?: boolean;
}

export interface IngestReport {
  articles: number;
  /** Article files written because they are new or their content changed. */
  written: number;
  /** Article files whose content hash matched: left untouched. */
  unchanged: number;
  removed: number;
  entityFilesCreated: number;
  mentions: number;
  events: number;
  /** One per bad file or record, each with its place and hint. */
  failures: DalilError[];
  /** Corrections that no longer find their mention. */
  warnings: DalilError[];
}

export interface CorpusExtraction {
  extracted: ExtractedArticle[];
  /** Each extracted article's file text and content hash, in the same order. */
  files: Array<{ text: string; hash: string }>;
  failures: DalilError[];
  warnings: DalilError[];
  kb: KnowledgeBase;
}

function collect(results: ArticleResult[], failures: DalilError[], kb: KnowledgeBase): CorpusExtraction {
  return { extracted: results.map((r) => r.article), files: results.map((r) => r.file), failures, warnings: results.flatMap((r) => r.warnings), kb };
}

/**
 * Reads and extracts the whole corpus, then applies the curation (entity files' marks, per-article corrections).
 * The result is a function of the corpus, the reviewed knowledge base and the curation only: unreviewed entity
 * files written by an earlier run are not matched by name (see `loadKnowledgeBase`).
 */
export function extractCorpusReport(corpus: string[], paths: ProjectPaths, options: IngestOptions = {}): CorpusExtraction {
  const { articles, failures } = readCorpusFiles(corpus, options);
  const kb = loadKnowledgeBase(paths);
  const corrections = loadCorrections(paths.correctionsDir);
  return collect(articles.map((a) => ingestArticle(a, kb, corrections)), failures, kb);
}

/** The same extraction on a pool of worker threads (pool.ts): byte-identical results, in corpus order. */
export async function extractCorpusInParallel(corpus: string[], paths: ProjectPaths, options: IngestOptions & PoolOptions & { onRead?: (articles: number) => void } = {}): Promise<CorpusExtraction> {
  const { articles, failures } = readCorpusFiles(corpus, options);
  options.onRead?.(articles.length);
  const kb = loadKnowledgeBase(paths);
  const corrections = loadCorrections(paths.correctionsDir);
  return collect(await extractAll(articles, paths, { kb, corrections }, options), failures, kb);
}

/** The extraction of a corpus that must be read whole: the first bad file is thrown. */
export function extractCorpus(corpus: string[], paths: ProjectPaths): ExtractedArticle[] {
  return extractCorpusReport(corpus, paths, { strict: true }).extracted;
}

export { articleFile, contentHash };

const HASH_LINE = /^---\n# content-hash: ([0-9a-f]{64})\n/;

/** The hash of an existing article file, read from its first line (no need to read or compare the rest). */
function existingHash(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  return HASH_LINE.exec(readFileSync(file, 'utf8').slice(0, 100))?.[1];
}

/**
 * Writes one MDX file per article whose content changed and an entity file for every entity named that has
 * none yet. Every write is atomic. Existing entity files are never touched (humans curate them); generated
 * article files the corpus no longer holds are removed, unless a file failed (its articles may be among them);
 * hand-written article files are left alone.
 */
export function ingest(corpus: string[], paths: ProjectPaths, options: IngestOptions = {}): IngestReport {
  return writeIngest(extractCorpusReport(corpus, paths, options), paths);
}

/** `ingest` with the extraction on a pool of worker threads: the same files, written the same way. */
export async function ingestInParallel(corpus: string[], paths: ProjectPaths, options: IngestOptions & PoolOptions & { onRead?: (articles: number) => void } = {}): Promise<IngestReport> {
  return writeIngest(await extractCorpusInParallel(corpus, paths, options), paths);
}

/** Writes what an extraction found (see `ingest`). */
export function writeIngest({ extracted, files, failures, warnings, kb }: CorpusExtraction, paths: ProjectPaths): IngestReport {
  removeStaleTemporaries(paths.articlesDir);
  removeStaleTemporaries(paths.entitiesDir);
  const keep = new Set<string>();
  let written = 0;
  let mentions = 0;
  let events = 0;
  for (const [i, x] of extracted.entries()) {
    const name = `${x.article.id}.mdx`;
    const file = join(paths.articlesDir, name);
    keep.add(name);
    const { text, hash } = files[i]!;
    if (existingHash(file) !== hash) (writeFileAtomic(file, text), written++);
    mentions += x.entities.reduce((n, e) => n + e.mentions.length, 0);
    events += x.events.length;
  }
  let removed = 0;
  if (failures.length === 0 && existsSync(paths.articlesDir)) {
    for (const name of readdirSync(paths.articlesDir)) {
      if (!name.endsWith('.mdx') || keep.has(name)) continue;
      const file = join(paths.articlesDir, name);
      if (readFileSync(file, 'utf8').includes(GENERATED_MARK)) (rmSync(file), removed++);
    }
  }
  let created = 0;
  for (const { id, text } of newEntityFiles(extracted, kb)) {
    const file = join(paths.entitiesDir, `${id}.yaml`);
    if (existsSync(file)) continue;
    writeFileAtomic(file, text);
    created++;
  }
  return { articles: extracted.length, written, unchanged: extracted.length - written, removed, entityFilesCreated: created, mentions, events, failures, warnings };
}
