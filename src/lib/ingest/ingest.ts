import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles } from '../corpus/read.ts';
import type { RawArticle } from '../corpus/schema.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.ts';
import { DalilError } from '../kb/errors.ts';
import type { ExtractedArticle } from '../extract/extract.ts';
import { GENERATED_MARK } from '../mdx/article.ts';
import { removeStaleTemporaries, writeFileAtomic } from './atomic.ts';
import type { ProjectPaths } from './config.ts';
import { correctionsBeside, loadCorrections, type CorrectionsFile } from './corrections.ts';
import { articleFile, articleHash, ingestArticle, type ArticleResult } from './extract-batch.ts';
import { extractAll, type PoolOptions } from './pool.ts';
import { existingHash, extractionFingerprint, inputKey, readCache, writeCache, type CacheEntry } from './reuse.ts';
import { newEntityFiles } from './entity-files.ts';

export { articleFile, articleHash };

export interface IngestOptions {
  /** Stop at the first bad file, before anything is written (for pipelines that want all or nothing). */
  strict?: boolean;
  /** Extract every article, even those whose input is unchanged since the last run. */
  full?: boolean;
}

export interface IngestReport {
  articles: number;
  /** Article files written because they are new or their content changed. */
  written: number;
  /** Article files whose content hash matched: left untouched. */
  unchanged: number;
  /** Of the unchanged, those not extracted again: their input (and all extraction depends on) is unchanged. */
  reused: number;
  removed: number;
  entityFilesCreated: number;
  mentions: number;
  events: number;
  /** One per bad file or record, each with its place and hint. */
  failures: DalilError[];
  /** Corrections that no longer find their mention. */
  warnings: DalilError[];
  /** Wall time of each step, in milliseconds. */
  timings: Timings;
}

export interface Timings {
  read: number;
  knowledgeBase: number;
  extract: number;
  write: number;
}

export interface CorpusExtraction {
  extracted: ExtractedArticle[];
  failures: DalilError[];
  warnings: DalilError[];
  kb: KnowledgeBase;
  timings: Omit<Timings, 'write'>;
}

type Lap = () => number;
const stopwatch = (): Lap => {
  let t = performance.now();
  return () => -t + (t = performance.now());
};

function load(corpus: string[], paths: ProjectPaths) {
  return { kb: loadKnowledgeBase(paths), corrections: loadCorrections([paths.correctionsDir, ...corpus.map(correctionsBeside)]) };
}

/**
 * Reads and extracts the whole corpus, then applies the curation (entity files' marks, per-article corrections).
 * The result is a function of the corpus, the reviewed knowledge base and the curation only: unreviewed entity
 * files written by an earlier run are not matched by name (see `loadKnowledgeBase`).
 */
export function extractCorpusReport(corpus: string[], paths: ProjectPaths, options: IngestOptions = {}): CorpusExtraction {
  const lap = stopwatch();
  const { articles, failures } = readCorpusFiles(corpus, options);
  const read = lap();
  const { kb, corrections } = load(corpus, paths);
  const knowledgeBase = lap();
  const results = articles.map((a) => ingestArticle(a, kb, corrections.get(a.id), false));
  return { extracted: results.map((r) => r.article), failures, warnings: results.flatMap((r) => r.warnings), kb, timings: { read, knowledgeBase, extract: lap() } };
}

/** The extraction of a corpus that must be read whole: the first bad file is thrown. */
export function extractCorpus(corpus: string[], paths: ProjectPaths): ExtractedArticle[] {
  return extractCorpusReport(corpus, paths, { strict: true }).extracted;
}

/** What an ingest run extracts: the articles whose input changed; the others keep their file (reuse.ts). */
interface Plan {
  articles: RawArticle[];
  jobs: Array<{ article: RawArticle; corrections?: CorrectionsFile; existing?: string }>;
  keys: Map<string, string>;
  reused: Map<string, CacheEntry>;
  failures: DalilError[];
  kb: KnowledgeBase;
  timings: { read: number; knowledgeBase: number };
}

function plan(corpus: string[], paths: ProjectPaths, options: IngestOptions): Plan {
  const lap = stopwatch();
  const { articles, failures } = readCorpusFiles(corpus, options);
  const read = lap();
  const { kb, corrections } = load(corpus, paths);
  const fingerprint = extractionFingerprint(paths, kb);
  const cache = options.full ? new Map<string, CacheEntry>() : readCache(paths);
  const keys = new Map<string, string>();
  const reused = new Map<string, CacheEntry>();
  const jobs: Plan['jobs'] = [];
  for (const a of articles) {
    const key = inputKey(fingerprint, a);
    keys.set(a.id, key);
    const c = cache.get(a.id);
    const existing = existingHash(join(paths.articlesDir, `${a.id}.mdx`));
    const fix = corrections.get(a.id);
    if (c?.input === key && !fix && existing === c.content && c.entities.every((id) => haveFiles(kb, id))) reused.set(a.id, c);
    else jobs.push({ article: a, ...(fix ? { corrections: fix } : {}), ...(existing ? { existing } : {}) });
  }
  return { articles, jobs, keys, reused, failures, kb, timings: { read, knowledgeBase: lap() } };
}

/** Whether an entity and its known ancestors (whose files newEntityFiles also writes) all have entity files. */
function haveFiles(kb: KnowledgeBase, id: string): boolean {
  for (let p: string | undefined = id, hops = 0; p && hops < 64; p = kb.entities.get(p)?.parent, hops++) {
    if (!kb.files.has(p) && (p === id || kb.entities.has(p))) return false;
  }
  return true;
}

/**
 * Writes one MDX file per article whose content changed and an entity file for every entity named that has
 * none yet. Every write is atomic. Existing entity files are never touched (humans curate them); generated
 * article files the corpus no longer holds are removed, unless a file failed (its articles may be among them);
 * hand-written article files are left alone. Articles whose input is unchanged since the last run are not
 * extracted again (reuse.ts; `full` extracts every article).
 */
export function ingest(corpus: string[], paths: ProjectPaths, options: IngestOptions = {}): IngestReport {
  const p = plan(corpus, paths, options);
  const lap = stopwatch();
  const results = p.jobs.map((j) => ingestArticle(j.article, p.kb, j.corrections, j.existing));
  return write(p, results, lap(), paths);
}

/** `ingest` with the extraction on a pool of worker threads (pool.ts): the same files, written the same way. */
export async function ingestInParallel(
  corpus: string[],
  paths: ProjectPaths,
  options: IngestOptions & PoolOptions & { onRead?: (toExtract: number) => void } = {},
): Promise<IngestReport> {
  const p = plan(corpus, paths, options);
  options.onRead?.(p.jobs.length);
  const lap = stopwatch();
  const results = await extractAll(p.jobs, paths, p.kb, options);
  return write(p, results, lap(), paths);
}

function write(p: Plan, results: ArticleResult[], extractMs: number, paths: ProjectPaths): IngestReport {
  const lap = stopwatch();
  removeStaleTemporaries(paths.articlesDir);
  removeStaleTemporaries(paths.entitiesDir);
  const byId = new Map(results.map((r) => [r.article.article.id, r]));
  const cache = new Map<string, CacheEntry>();
  const keep = new Set<string>();
  let written = 0;
  let mentions = 0;
  let events = 0;
  for (const a of p.articles) {
    const name = `${a.id}.mdx`;
    keep.add(name);
    const r = byId.get(a.id);
    let entry = p.reused.get(a.id);
    if (r) {
      if (r.text !== undefined) (writeFileAtomic(join(paths.articlesDir, name), r.text), written++);
      const x = r.article;
      entry = { input: p.keys.get(a.id)!, content: r.hash, mentions: x.entities.reduce((n, e) => n + e.mentions.length, 0), events: x.events.length, entities: x.entities.map((e) => e.id) };
    }
    cache.set(a.id, entry!);
    mentions += entry!.mentions;
    events += entry!.events;
  }
  let removed = 0;
  if (p.failures.length === 0 && existsSync(paths.articlesDir)) {
    for (const name of readdirSync(paths.articlesDir)) {
      if (!name.endsWith('.mdx') || keep.has(name)) continue;
      const file = join(paths.articlesDir, name);
      if (readFileSync(file, 'utf8').includes(GENERATED_MARK)) (rmSync(file), removed++);
    }
  }
  let created = 0;
  for (const { id, text } of newEntityFiles(results.map((r) => r.article), p.kb)) {
    const file = join(paths.entitiesDir, `${id}.yaml`);
    if (existsSync(file)) continue;
    writeFileAtomic(file, text);
    created++;
  }
  if (p.articles.length) writeCache(paths, cache);
  const n = p.articles.length;
  return {
    articles: n, written, unchanged: n - written, reused: p.reused.size, removed, entityFilesCreated: created, mentions, events,
    failures: p.failures, warnings: results.flatMap((r) => r.warnings), timings: { ...p.timings, extract: extractMs, write: lap() },
  };
}
