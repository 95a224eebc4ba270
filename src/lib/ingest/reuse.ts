/**
 * Re-ingest without re-extraction: an article whose input is unchanged keeps its file and is not extracted again.
 * Its input key is the SHA-256 of the article as read (text, metadata, origin) and of a fingerprint of everything
 * else extraction depends on: the extraction code (src/lib), the shipped data (gazetteer, word lists), the
 * package lock, the reviewed knowledge base and the curation marks. The keys, with the counts the summary needs,
 * are kept in `<content>/.dalil-ingest-cache.json`, beside the articles folder. An article with a
 * corrections file, one whose file changed or is gone, or one naming an entity that has no file is extracted
 * again, so the output is the one a full run writes (tested).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RawArticle } from '../corpus/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { writeFileAtomic } from './atomic.ts';
import type { ProjectPaths } from './config.ts';

export interface CacheEntry {
  input: string;
  content: string;
  mentions: number;
  events: number;
  entities: string[];
}

const CACHE = '.dalil-ingest-cache.json';
const cacheFile = (paths: ProjectPaths) => join(dirname(paths.articlesDir), CACHE);
const LIB = resolve(import.meta.dirname, '..');

/** Every file under `dir` (sorted), or `dir` itself when it is a file. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** What extraction depends on besides the article, as one hash. */
export function extractionFingerprint(paths: ProjectPaths, kb: KnowledgeBase): string {
  const h = createHash('sha256');
  const code = filesUnder(LIB).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const data = [paths.gazetteerDir, paths.namesDir, paths.stopList, join(paths.root, 'package-lock.json')].flatMap((p) => (p ? filesUnder(p) : []));
  for (const f of [...code, ...data]) h.update(f.slice(paths.root.length)).update('\0').update(readFileSync(f)).update('\0');
  const { mergedInto, notAnEntity, notAnEntityNames } = kb.curation;
  const byId = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Merge targets may be unreviewed entity files: their names go into the articles that name a merged entity.
  const targets = [...new Set(mergedInto.values())].sort().map((id) => kb.pending.get(id) ?? null);
  h.update(JSON.stringify([byId(kb.entities), byId(mergedInto), [...notAnEntity].sort(), [...notAnEntityNames].sort(), targets]));
  return h.digest('hex');
}

/** An article's input key under a fingerprint. */
export function inputKey(fingerprint: string, a: RawArticle): string {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(a)).digest('hex');
}

export function readCache(paths: ProjectPaths): Map<string, CacheEntry> {
  const file = cacheFile(paths);
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version: number; articles: Record<string, CacheEntry> };
    return data.version === 1 ? new Map(Object.entries(data.articles)) : new Map();
  } catch {
    return new Map(); // A damaged cache only costs a full extraction.
  }
}

export function writeCache(paths: ProjectPaths, entries: Map<string, CacheEntry>): void {
  const articles = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file = cacheFile(paths);
  const text = JSON.stringify({ version: 1, articles }) + '\n';
  // A run that changed nothing leaves every file untouched, this one included.
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileAtomic(file, text);
}

const HASH_LINE = /^---\n# content-hash: ([0-9a-f]{64})\n/;

/** The content hash an existing article file carries on its first line, reading only that line. */
export function existingHash(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return HASH_LINE.exec(buf.subarray(0, n).toString('utf8'))?.[1];
  } finally {
    closeSync(fd);
  }
}
