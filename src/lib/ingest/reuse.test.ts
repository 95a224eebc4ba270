import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingest } from './ingest.ts';
import { filesUnder, mixedRecords, scratchPaths, writeCorpus } from '../../../tests/support/ingest-scratch.ts';

const same = (a: Map<string, string>, b: Map<string, string>) => {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, text] of a) expect(b.get(name), name).toBe(text);
};

describe('re-ingest without re-extraction', () => {
  it('extracts only the added article, and writes what a full run over the grown corpus writes', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-reuse-'));
    const input = writeCorpus(join(dir, 'corpus.jsonl'), mixedRecords(8));
    const paths = scratchPaths(join(dir, 'kept'));
    const first = ingest([input], paths);
    expect(first.reused).toBe(0);
    const again = ingest([input], paths);
    expect(again).toMatchObject({ articles: 8, written: 0, reused: 8, mentions: first.mentions, events: first.events });

    writeCorpus(input, [...mixedRecords(8), ...mixedRecords(1, 8)]);
    const grown = ingest([input], paths);
    expect(grown).toMatchObject({ articles: 9, written: 1, reused: 8 });

    const fresh = scratchPaths(join(dir, 'fresh'));
    const full = ingest([input], fresh);
    expect(full).toMatchObject({ articles: 9, written: 9, reused: 0, mentions: grown.mentions, events: grown.events });
    same(filesUnder(join(dir, 'fresh', 'content')), filesUnder(join(dir, 'kept', 'content')));
  });

  it('extracts again an article whose file changed or whose entity file is gone, and every article when the knowledge base changes', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-reuse-'));
    const input = writeCorpus(join(dir, 'corpus.jsonl'), mixedRecords(6));
    const paths = scratchPaths(dir);
    ingest([input], paths);
    const files = filesUnder(join(dir, 'content'));

    // A hand edit of a generated article file: the next run puts the generated text back.
    const article = join(paths.articlesDir, 'p-2.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace('content-hash: ', 'content-hash: 0'));
    expect(ingest([input], paths)).toMatchObject({ written: 1, reused: 5 });
    expect(readFileSync(article, 'utf8')).toBe(files.get('/articles/p-2.mdx'));

    // An entity file deleted: the articles naming it are extracted again and the file comes back.
    const entity = readdirSync(paths.entitiesDir).sort()[0]!;
    rmSync(join(paths.entitiesDir, entity));
    const r = ingest([input], paths);
    expect(r.reused).toBeLessThan(6);
    expect(r.entityFilesCreated).toBe(1);
    expect(readFileSync(join(paths.entitiesDir, entity), 'utf8')).toBe(files.get(`/entities/${entity}`));

    // An entity reviewed: the knowledge base changed, so nothing is reused.
    const unreviewed = readdirSync(paths.entitiesDir).find((f) => readFileSync(join(paths.entitiesDir, f), 'utf8').includes('unreviewed: true'))!;
    const file = join(paths.entitiesDir, unreviewed);
    writeFileSync(file, readFileSync(file, 'utf8') + 'reviewed: true\n');
    expect(ingest([input], paths)).toMatchObject({ articles: 6, reused: 0 });
  });
});
