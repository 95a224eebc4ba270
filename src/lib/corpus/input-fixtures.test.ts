import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { readCorpusFiles } from './read.ts';
import { extractArticle } from '../extract/extract.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';

/**
 * Each folder of tests/fixtures/input/ is one kind of untrusted input: `input/` holds the corpus files (or
 * `expected.json` says how to generate a file too large to keep in the repository), `expected.json` what the
 * reader must make of it — the articles, and one failure per bad file or record naming its place.
 */
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/input');

interface Expected {
  generate?: { file: string; head: string; line: string; bytes?: number; chars?: number };
  articles: Array<{ id?: string; title: string; text?: string }>;
  failures: Array<{ file: string; line?: number; message: string }>;
  /** Text that must appear in no article (scripts, handlers, links). */
  absent?: string[];
  /** Entities the extraction must find. */
  entities?: string[];
  /** A UTF-8 file in the case folder whose reading must give the same article text (a re-encoded real article). */
  sameAs?: string;
}

function inputDir(name: string, expected: Expected): string {
  if (!expected.generate) return join(FIXTURES, name, 'input');
  const { file, head, line, bytes, chars } = expected.generate;
  const dir = mkdtempSync(join(tmpdir(), `dalil-${name}-`));
  const size = bytes ?? chars!;
  const unit = bytes ? Buffer.byteLength(line) : line.length;
  writeFileSync(join(dir, file), head + line.repeat(Math.ceil(size / unit)));
  return dir;
}

const kb = loadKnowledgeBase(projectPaths(join(import.meta.dirname, '../../..')));

describe('untrusted input fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    it(name, () => {
      const dir = inputDir(name, expected);
      const { articles, failures } = readCorpusFiles([dir]);
      expect(
        failures.map((f) => ({ file: relative(dir, f.place.file), line: f.place.line, message: f.message, hint: Boolean(f.hint) })),
      ).toEqual(expected.failures.map((f) => ({ file: f.file, line: f.line, message: expect.stringContaining(f.message), hint: true })));
      expect(articles).toHaveLength(expected.articles.length);
      expected.articles.forEach((want, i) => expect(articles[i]).toMatchObject(want));
      for (const a of articles) {
        for (const bad of expected.absent ?? []) expect(a.text).not.toContain(bad);
        expect(a.title).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
        expect(a.text.slice(a.bodyStart - 2, a.bodyStart)).toBe('\n\n');
      }
      if (expected.entities) {
        const found = new Set(articles.flatMap((a) => extractArticle(a, kb).entities.map((e) => e.id)));
        for (const id of expected.entities) expect(found).toContain(id);
      }
      if (expected.sameAs) {
        const original = readCorpusFiles([join(FIXTURES, name, expected.sameAs)]).articles;
        expect(articles.map((a) => a.text)).toEqual(original.map((a) => a.text));
      }
      if (expected.generate) expect(existsSync(dir)).toBe(true);
    }, 120_000);
  }
});
