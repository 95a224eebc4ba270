import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readCorpus, readCorpusFiles } from './read.ts';
import { DalilError } from '../kb/errors.ts';

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function errorOf(fn: () => unknown): DalilError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DalilError) return err;
    throw err;
  }
  throw new Error('expected a DalilError');
}

describe('readCorpus', () => {
  it('reads a .txt file: the first line is the headline, the file name the id', () => {
    const [a] = readCorpus([corpus({ 'Seed 01.txt': 'عنوان الخبر\nنص الخبر الأول.\r\nسطر ثان' })]);
    expect(a).toMatchObject({ id: 'seed-01', title: 'عنوان الخبر', text: 'عنوان الخبر\n\nنص الخبر الأول.\nسطر ثان' });
    expect(a!.text.slice(a!.bodyStart)).toBe('نص الخبر الأول.\nسطر ثان');
  });

  it('reads YAML front-matter in a .txt file', () => {
    const dir = corpus({ 'a.txt': '---\ntitle: العنوان\ndate: 2015-08-10\nsource: okaz\nid: okaz-1\n---\nالنص' });
    expect(readCorpus([dir])[0]).toMatchObject({ id: 'okaz-1', title: 'العنوان', date: '2015-08-10', source: 'okaz', text: 'العنوان\n\nالنص' });
  });

  it('reads Markdown: the first heading is the headline, syntax is dropped', () => {
    const [a] = readCorpus([corpus({ 'm.md': '# خبر **عاجل**\n\nفقرة [برابط](http://x).\n\n- بند' })]);
    expect(a).toMatchObject({ title: 'خبر عاجل', text: 'خبر عاجل\n\nفقرة برابط.\nبند' });
  });

  it('reads HTML: headline, date and body text, never scripts', () => {
    const html = `<html><head><title>t</title><meta property="article:published_time" content="2018-04-20T10:00:00Z"></head>
      <body><nav>قائمة</nav><article><h1>العنوان</h1><p>الفقرة <b>الأولى</b></p><script>alert(1)</script><p>الثانية</p></article></body></html>`;
    expect(readCorpus([corpus({ 'p.html': html })])[0]).toMatchObject({ title: 'العنوان', date: '2018-04-20', text: 'العنوان\n\nالفقرة الأولى\nالثانية' });
  });

  it('reads JSON Lines records with id, title, content and date_extracted', () => {
    const line = (o: object) => JSON.stringify(o);
    const dir = corpus({
      'n.jsonl': [line({ id: 'aawsat-1', title: 'عنوان', content: 'نص', date_extracted: '2015-08-10 18:43:32', source: 'aawsat' }), '', line({ title: 'ب', content: 'ج' })].join('\n'),
    });
    const [a, b] = readCorpus([dir]);
    expect(a).toMatchObject({ id: 'aawsat-1', date: '2015-08-10', source: 'aawsat', text: 'عنوان\n\nنص', origin: { line: 1 } });
    expect(b).toMatchObject({ id: 'n-3', origin: { line: 3 } });
  });

  it('decodes Windows-1256 and UTF-16 files', () => {
    const cp1256 = Uint8Array.from([0xd3, 0xe6, 0xd1, 0xed, 0xc9, 0x0a, 0xe4, 0xd5]); // سورية\nنص
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('حلب\nنص', 'utf16le')]);
    const [a, b] = readCorpus([corpus({ 'a.txt': cp1256, 'b.txt': utf16 })]);
    expect(a!.title).toBe('سورية');
    expect(b!.title).toBe('حلب');
  });

  it('names the file and line of a broken JSON Lines record', () => {
    const dir = corpus({ 'bad.jsonl': '{"title":"a","content":"b"}\n{"title": oops}\n' });
    const err = errorOf(() => readCorpus([dir]));
    expect(err.place).toMatchObject({ file: join(dir, 'bad.jsonl'), line: 2 });
    expect(err.format()).toMatch(/bad\.jsonl:2: not valid JSON/);
  });

  it('names the record that has no content', () => {
    const err = errorOf(() => readCorpus([corpus({ 'x.jsonl': '{"title":"a"}' })]));
    expect(err.format()).toMatch(/x\.jsonl:1: the record has no "content"/);
  });

  it('names the line of broken front-matter', () => {
    const err = errorOf(() => readCorpus([corpus({ 'f.txt': '---\ntitle: a\n  bad: [\n---\nbody' })]));
    expect(err.place.file).toMatch(/f\.txt$/);
    expect(err.place.line).toBeGreaterThan(1);
  });

  it('refuses duplicate ids, naming both places', () => {
    const err = errorOf(() => readCorpus([corpus({ 'a.txt': '---\nid: x\n---\nA', 'b.txt': '---\nid: x\n---\nB' })]));
    expect(err.message).toMatch(/duplicate article id "x" \(also at .*a\.txt\)/);
  });

  it('refuses an empty article and an unknown file type', () => {
    expect(() => readCorpus([corpus({ 'e.txt': '\n \n' })])).toThrow(/empty/);
    const dir = corpus({ 'x.pdf': '%PDF' });
    expect(() => readCorpus([join(dir, 'x.pdf')])).toThrow(/unsupported file type/);
  });
});

describe('readCorpusFiles', () => {
  it('reports the first ten bad records of a file one by one, and the rest in one line', () => {
    const lines = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? JSON.stringify({ id: `ok-${i}`, title: 't', content: 'c' }) : `not json ${i}`));
    const { articles, failures } = readCorpusFiles([corpus({ 'many.jsonl': lines.join('\n') })]);
    expect(articles.map((a) => a.id)).toEqual(['ok-0', 'ok-5', 'ok-10', 'ok-15', 'ok-20']);
    expect(failures.map((f) => f.place.line)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14]);
    expect(failures.at(-1)!.message).toBe('10 more bad records after these');
  });
});
