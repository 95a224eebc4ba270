import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingest, ingestInParallel } from './ingest.ts';
import { projectPaths, type ProjectPaths } from './config.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** A corpus of 24 articles: the sample corpus' paragraphs in rotating order, each article a different mix. */
function corpus(dir: string): string {
  const paragraphs = readdirSync(join(ROOT, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8').replace(/^---[\s\S]*?---\n/, '').split('\n').filter((l) => l.trim().length > 20));
  const lines = Array.from({ length: 24 }, (_, i) => {
    const body = Array.from({ length: 5 }, (_, k) => paragraphs[(i * 3 + k * 7) % paragraphs.length]).join('\n');
    return JSON.stringify({ id: `p-${i}`, title: paragraphs[i % paragraphs.length]!.slice(0, 60), content: body, date: `2021-04-${String((i % 28) + 1).padStart(2, '0')}` });
  });
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function scratchPaths(dir: string): ProjectPaths {
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  return { ...projectPaths(ROOT), entitiesDir: join(content, 'entities'), articlesDir: join(content, 'articles'), correctionsDir: join(content, 'corrections') };
}

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

describe('parallel ingest', () => {
  it('writes byte-identical files with two worker threads as with one, in several batches', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-pool-'));
    const input = corpus(dir);
    const one = scratchPaths(join(dir, 'one'));
    const two = scratchPaths(join(dir, 'two'));
    const single = ingest([input], one);
    const seen: number[] = [];
    const parallel = await ingestInParallel([input], two, { workers: 2, batch: 5, onProgress: (n) => seen.push(n) });
    expect(single.articles).toBe(24);
    expect(single.mentions).toBeGreaterThan(24);
    expect(parallel).toEqual(single);
    // Five batches of at most five articles each reported their progress, up to the whole corpus.
    expect(seen).toHaveLength(5);
    expect(Math.max(...seen)).toBe(24);
    const a = files(join(dir, 'one', 'content'));
    const b = files(join(dir, 'two', 'content'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
    expect([...a.keys()].filter((n) => n.startsWith('/articles/'))).toHaveLength(24);
  });
});
