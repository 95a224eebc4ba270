import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { cleanText, decodeBytes } from './decode.ts';
import { readHtml, readJsonLines, readMarkdown, readText } from './readers.ts';
import type { RawArticle } from './schema.ts';
import { DalilError } from '../kb/errors.ts';
import { extractArticle } from '../extract/extract.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { ingest } from '../ingest/ingest.ts';
import { articleToMdx } from '../mdx/article.ts';

/**
 * Property tests: random bytes, random Unicode and mutated real articles (the two seed articles in corpus/) go
 * through the readers and the extractor. Nothing may throw but a DalilError naming the file; every article is
 * well-formed; every mention's offsets point at its text; an ingest writes inside the content folder only.
 */
// Each test runs the real ingest or extractor many times (knowledge-base load, extraction).
vi.setConfig({ testTimeout: 60_000 });

const ROOT = join(import.meta.dirname, '../../..');
const kb = loadKnowledgeBase(projectPaths(ROOT));
const SEEDS = readdirSync(join(ROOT, 'corpus'))
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(ROOT, 'corpus', n), 'utf8'));
const READERS = [readText, readMarkdown, readHtml, readJsonLines];
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

/** Reads a text with every reader; only DalilErrors (reported or thrown) are allowed, and each names the file. */
function readAll(text: string): RawArticle[] {
  const out: RawArticle[] = [];
  const report = (err: DalilError) => expect(err.place.file).toBe('fuzz.txt');
  for (const read of READERS) {
    try {
      out.push(...read(text, 'fuzz.txt', report));
    } catch (err) {
      if (!(err instanceof DalilError)) throw err;
      report(err);
    }
  }
  return out;
}

function checkArticle(a: RawArticle): void {
  expect(a.text.startsWith(`${a.title}\n\n`)).toBe(true);
  expect(a.bodyStart).toBe(a.title.length + 2);
  expect(a.title).not.toMatch(INVISIBLE);
  expect(a.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  const x = extractArticle(a, kb);
  for (const e of x.entities) {
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(a.text.length);
      const slice = a.text.slice(m.start, m.end);
      // ل + ال written لل: the mention's text gets its ا back (see extract/mentions.ts); the offsets are the written form.
      expect([slice, `ا${slice}`]).toContain(m.text);
      expect(m.sentence).toContain(slice);
    }
  }
  for (const v of x.events) expect(a.text).toContain(v.evidence);
  expect(typeof articleToMdx(x)).toBe('string');
}

/** Text made of pieces that are hard on readers and on MDX/YAML: markup, controls, Arabic, names. */
const hostile = fc.constantFrom(
  '{', '}', '<', '>', '</', '---', '\n---\n', ': ', '"', "'", '#', '`', '*', '[', '](', 'import ', 'export ', '\r', '\r\n', '\u0000',
  '\u200B', '\u202E', '\u2067', '\uFEFF', '\uFFFD', '<script>', '&#x202E;', '&lt;', 'دمشق', 'حلب', 'للمنظمة', 'بـ«داعش»', 'لل', 'ال', ' ', '.', '\n',
);
const mixed = fc.array(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((p) => p.join(''));

/** A seed article with random edits: pieces inserted, ranges deleted or repeated. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.oneof(hostile, mixed), fc.constantFrom('insert', 'delete', 'repeat')), { minLength: 1, maxLength: 8 }),
  )
  .map(([seed, edits]) => {
    let s = seed;
    for (const [at, len, piece, op] of edits) {
      const i = at % (s.length + 1);
      if (op === 'insert') s = s.slice(0, i) + piece + s.slice(i);
      else if (op === 'delete') s = s.slice(0, i) + s.slice(i + len);
      else s = s.slice(0, i + len) + s.slice(i, i + len) + s.slice(i + len);
    }
    return s;
  });

describe('fuzzing the readers and the extractor', () => {
  it('random bytes: decoded or refused with a DalilError naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        let text: string;
        try {
          text = cleanText(decodeBytes(bytes, 'fuzz.txt'));
        } catch (err) {
          expect(err).toBeInstanceOf(DalilError);
          expect((err as DalilError).place.file).toBe('fuzz.txt');
          return;
        }
        readAll(text).forEach(checkArticle);
      }),
      { numRuns: 300 },
    );
  });

  it('random Unicode and markup: every article well-formed, every offset valid', () => {
    fc.assert(fc.property(mixed, (text) => readAll(cleanText(text)).forEach(checkArticle)), { numRuns: 200 });
  });

  it('mutated seed articles: every article well-formed, every offset valid', () => {
    fc.assert(fc.property(mutated, (text) => readAll(cleanText(text)).forEach(checkArticle)), { numRuns: 40 });
  }, 60_000);

  it('an ingest of hostile records writes inside the content folder only', () => {
    const id = fc.oneof(fc.constantFrom('../../escape', '/etc/passwd', '..', '.', 'a/b', 'C:\\x', '\u202Eevil', 'con', ''), fc.string({ maxLength: 10 }));
    const record = fc.record({ id, title: mixed, content: fc.oneof(mixed, mutated) });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const root = mkdtempSync(join(tmpdir(), 'dalil-fuzz-'));
        const content = join(root, 'project', 'content');
        const corpus = join(root, 'corpus');
        mkdirSync(corpus);
        writeFileSync(join(corpus, 'n.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
        const paths = { ...projectPaths(ROOT), entitiesDir: join(content, 'entities'), articlesDir: join(content, 'articles'), correctionsDir: join(content, 'corrections') };
        ingest([corpus], paths);
        const all = (readdirSync(root, { recursive: true }) as string[]).map((f) => join(root, f));
        for (const f of all) {
          const rel = relative(root, f);
          expect(rel === 'corpus' || rel === join('corpus', 'n.jsonl') || rel === 'project' || rel === relative(root, content) || !relative(content, f).startsWith('..')).toBe(true);
        }
        for (const name of readdirSync(paths.articlesDir, { withFileTypes: false }) as string[]) expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*\.mdx$/);
      }),
      { numRuns: 5 },
    );
  }, 120_000);
});
