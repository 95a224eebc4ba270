import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingest, ingestInParallel } from './ingest.ts';
import { filesUnder, mixedRecords, scratchPaths, writeCorpus } from '../../../tests/support/ingest-scratch.ts';

describe('parallel ingest', () => {
  it('writes byte-identical files with two worker threads as with one, in several batches', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-pool-'));
    const input = writeCorpus(join(dir, 'corpus.jsonl'), mixedRecords(24));
    const one = scratchPaths(join(dir, 'one'));
    const two = scratchPaths(join(dir, 'two'));
    const single = ingest([input], one);
    const seen: number[] = [];
    const parallel = await ingestInParallel([input], two, { workers: 2, batch: 5, onProgress: (n) => seen.push(n) });
    expect(single.articles).toBe(24);
    expect(single.mentions).toBeGreaterThan(24);
    expect({ ...parallel, timings: undefined }).toEqual({ ...single, timings: undefined });
    // Five batches of at most five articles each reported their progress (one worker reports each article).
    expect(seen).toHaveLength(5);
    expect(Math.max(...seen)).toBe(24);
    const a = filesUnder(join(dir, 'one', 'content'));
    const b = filesUnder(join(dir, 'two', 'content'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
    expect([...a.keys()].filter((n) => n.startsWith('/articles/') && n.endsWith('.mdx'))).toHaveLength(24);
  });
});
