import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles } from '../corpus/read.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.ts';
import { DalilError } from '../kb/errors.ts';
import { extractArticle, type ExtractedArticle } from '../extract/extract.ts';
import { articleToMdx, GENERATED_MARK } from '../mdx/article.ts';
import { removeStaleTemporaries, writeFileAtomic } from './atomic.ts';
import type { ProjectPaths } from './config.ts';
import { correctionsBeside, loadCorrections } from './corrections.ts';
import { curate } from './curate.ts';
import { newEntityFiles } from './entity-files.ts';
import { writerFingerprint } from './fingerprint.ts';

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

/**
 * Reads and extracts the whole corpus, then applies the curation (entity files' marks, per-article corrections).
 * The result is a function of the corpus, the reviewed knowledge base and the curation only: unreviewed entity
 * files written by an earlier run are not matched by name (see `loadKnowledgeBase`).
 */
export function extractCorpusReport(corpus: string[], paths: ProjectPaths, options: IngestOptions = {}): CorpusExtraction {
  let t = performance.now();
  const lap = () => -t + (t = performance.now());
  const { articles, failures } = readCorpusFiles(corpus, options);
  const read = lap();
  const kb = loadKnowledgeBase(paths);
  const corrections = loadCorrections([paths.correctionsDir, ...corpus.map(correctionsBeside)]);
  const knowledgeBase = lap();
  const warnings: DalilError[] = [];
  const extracted: ExtractedArticle[] = [];
  for (const a of articles) {
    const curated = curate(extractArticle(a, kb), kb, corrections.get(a.id));
    warnings.push(...curated.warnings);
    extracted.push(curated.article);
  }
  return { extracted, failures, warnings, kb, timings: { read, knowledgeBase, extract: lap() } };
}

/** The extraction of a corpus that must be read whole: the first bad file is thrown. */
export function extractCorpus(corpus: string[], paths: ProjectPaths): ExtractedArticle[] {
  return extractCorpusReport(corpus, paths, { strict: true }).extracted;
}

const HASH_LINE = /^---\n# content-hash: ([0-9a-f]{64})\n/;

/**
 * The article file and its content hash: SHA-256 of the extraction the file shows and of the code that writes it
 * (`writerFingerprint`). The hash is the front-matter's first line, so an unchanged article is known from that
 * line alone, without serialising the MDX again (a third of a no-change re-run's time, measured with bench:ingest).
 */
export function articleHash(x: ExtractedArticle): string {
  return createHash('sha256').update(writerFingerprint()).update(JSON.stringify([x.article, x.entities, x.events])).digest('hex');
}

export function articleFile(x: ExtractedArticle, hash = articleHash(x)): string {
  return `---\n# content-hash: ${hash}\n${articleToMdx(x).slice(4)}`;
}

/** The hash of an existing article file, read from its first line (the rest is neither read nor compared). */
function existingHash(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const head = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    return HASH_LINE.exec(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)))?.[1];
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes one MDX file per article whose content changed and an entity file for every entity named that has
 * none yet. Every write is atomic. Existing entity files are never touched (humans curate them); generated
 * article files the corpus no longer holds are removed, unless a file failed (its articles may be among them);
 * hand-written article files are left alone.
 */
export function ingest(corpus: string[], paths: ProjectPaths, options: IngestOptions = {}): IngestReport {
  const { extracted, failures, warnings, kb, timings } = extractCorpusReport(corpus, paths, options);
  const started = performance.now();
  removeStaleTemporaries(paths.articlesDir);
  removeStaleTemporaries(paths.entitiesDir);
  const keep = new Set<string>();
  let written = 0;
  let mentions = 0;
  let events = 0;
  for (const x of extracted) {
    const name = `${x.article.id}.mdx`;
    const file = join(paths.articlesDir, name);
    keep.add(name);
    const hash = articleHash(x);
    if (existingHash(file) !== hash) (writeFileAtomic(file, articleFile(x, hash)), written++);
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
  const write = performance.now() - started;
  return { articles: extracted.length, written, unchanged: extracted.length - written, removed, entityFilesCreated: created, mentions, events, failures, warnings, timings: { ...timings, write } };
}
