import { describe, expect, it, vi } from 'vitest';

// Each test starts the real CLI a few times (Node start-up and knowledge-base load).
vi.setConfig({ testTimeout: 60_000 });
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** Runs the real CLI against a scratch content folder. */
function dalil(args: string[], content: string) {
  return spawnSync(process.execPath, ['scripts/dalil.ts', ...args], { encoding: 'utf8', env: { ...process.env, DALIL_CONTENT_DIR: content } });
}

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-cli-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  return { dir, corpus, content: join(dir, 'content') };
}

describe('dalil ingest', () => {
  it('writes article MDX and entity files, never overwrites a curated entity file, removes stale articles', () => {
    const { corpus, content } = scratch();
    writeFileSync(join(corpus, 'a.txt'), 'اشتباكات في القامشلي\nاندلعت اشتباكات في القامشلي بين «قسد» وقوات النظام.');
    writeFileSync(join(corpus, 'b.txt'), 'خبر ثان عن دمشق\nوصل وفد إلى دمشق. وقال السفير السويدي كارل سكاو إن الوفد وصل.');
    const first = dalil(['ingest', corpus], content);
    expect(first.status, first.stderr).toBe(0);
    expect(readdirSync(join(content, 'articles')).sort()).toEqual(['a.mdx', 'b.mdx']);
    const qamishli = join(content, 'entities', 'qamishli.yaml');
    expect(readFileSync(qamishli, 'utf8')).toMatch(/name:\n  ar: القامشلي/);
    // A person no list knows gets an entity file too, marked for review.
    const found = readdirSync(join(content, 'entities')).map((f) => readFileSync(join(content, 'entities', f), 'utf8'));
    expect(found.find((f) => f.includes('ar: كارل سكاو'))).toMatch(/type: person[\s\S]*unreviewed: true/);

    // A human edits the entity; the next ingest keeps the edit and uses it.
    const edited = readFileSync(qamishli, 'utf8').replace('description:', 'description:\n  # edited by hand');
    writeFileSync(qamishli, edited.includes('# edited') ? edited : `${edited}\n# edited by hand\n`);
    writeFileSync(join(corpus, 'b.txt'), 'خبر ثالث\nلا شيء.');
    const renamed = join(corpus, 'c.txt');
    writeFileSync(renamed, readFileSync(join(corpus, 'b.txt')));
    execFileSync('rm', [join(corpus, 'b.txt')]);
    expect(dalil(['ingest', corpus], content).status).toBe(0);
    expect(readFileSync(qamishli, 'utf8')).toContain('# edited by hand');
    expect(readdirSync(join(content, 'articles')).sort()).toEqual(['a.mdx', 'c.mdx']);
  });

  it('reports each bad file with its place and hint, writes the others, sums up and exits with 1', () => {
    const { corpus, content } = scratch();
    writeFileSync(join(corpus, 'a.txt'), 'عنوان\nنص عن دمشق.');
    expect(dalil(['ingest', corpus], content).status).toBe(0);
    writeFileSync(join(corpus, 'a.txt'), 'عنوان جديد\nنص آخر.');
    writeFileSync(join(corpus, 'z.jsonl'), '{"id":"z-ok","title":"t","content":"c"}\n{"title": broken\n');
    writeFileSync(join(corpus, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const run = dalil(['ingest', corpus], content);
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => /^\s+\S+: .*\(hint: /.test(l));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/photo\.txt: not a text file \(a PNG image, byte 0\) \(hint: /);
    expect(errors[1]).toMatch(/z\.jsonl:2: not valid JSON.*\(hint: /);
    expect(run.stderr).toMatch(/2 articles: 2 written, 0 unchanged, 2 failed/);
    expect(readFileSync(join(content, 'articles', 'a.mdx'), 'utf8')).toContain('عنوان جديد');
    expect(readdirSync(join(content, 'articles')).sort()).toEqual(['a.mdx', 'z-ok.mdx']);
  });

  it('--strict stops at the first bad file before anything is written, leaving earlier output whole', () => {
    const { corpus, content } = scratch();
    writeFileSync(join(corpus, 'a.txt'), 'عنوان\nنص عن دمشق.');
    expect(dalil(['ingest', corpus], content).status).toBe(0);
    const before = readFileSync(join(content, 'articles', 'a.mdx'), 'utf8');
    writeFileSync(join(corpus, 'a.txt'), 'عنوان جديد\nنص آخر.');
    writeFileSync(join(corpus, 'z.jsonl'), '{"title":"t","content":"c"}\n{"title": broken\n');
    const run = dalil(['ingest', '--strict', corpus], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/z\.jsonl:2: not valid JSON/);
    expect(run.stderr).toMatch(/hint:/);
    expect(readFileSync(join(content, 'articles', 'a.mdx'), 'utf8')).toBe(before);
    expect(readdirSync(join(content, 'articles')).some((f) => f.includes('.tmp'))).toBe(false);
  });

  it('writes nothing when run again on the same input, and only the changed article when one changes', () => {
    const { corpus, content } = scratch();
    writeFileSync(join(corpus, 'a.txt'), 'عنوان\nنص عن دمشق. وقال السفير السويدي كارل سكاو إن الوفد وصل.');
    writeFileSync(join(corpus, 'b.txt'), 'خبر ثان\nقصف على حلب.');
    expect(dalil(['ingest', corpus], content).status).toBe(0);
    const snapshot = () => Object.fromEntries(['articles', 'entities'].flatMap((d) => readdirSync(join(content, d)).map((f) => [`${d}/${f}`, { text: readFileSync(join(content, d, f), 'utf8'), mtime: statSync(join(content, d, f)).mtimeMs }])));
    const first = snapshot();
    const again = dalil(['ingest', corpus], content);
    expect(again.stderr).toMatch(/2 articles: 0 written, 2 unchanged, 0 failed.*0 new entity files/);
    expect(snapshot()).toEqual(first);
    writeFileSync(join(corpus, 'b.txt'), 'خبر ثان\nقصف على حمص.');
    const changed = dalil(['ingest', corpus], content);
    expect(changed.stderr).toMatch(/2 articles: 1 written, 1 unchanged/);
    const after = snapshot();
    expect(after['articles/a.mdx']).toEqual(first['articles/a.mdx']);
    expect(after['articles/b.mdx']!.text).toMatch(/^---\n# content-hash: [0-9a-f]{64}\n[\s\S]*homs/);
  });

  it('names a missing corpus', () => {
    const { content } = scratch();
    const run = dalil(['ingest', '/no/such/corpus'], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\/no\/such\/corpus: no such file or folder/);
    expect(existsSync(join(content, 'articles'))).toBe(false);
  });
});

describe('dalil review', () => {
  it('lists the unreviewed entities most-mentioned first, with counts, first sentence and file', () => {
    const { corpus, content } = scratch();
    writeFileSync(join(corpus, 'a.txt'), 'خبر\nوقال السفير السويدي كارل سكاو إن الوفد وصل. وقال المتحدث باسم جيش الفتح أبو يوسف المهاجر إن الهجوم بدأ.');
    writeFileSync(join(corpus, 'b.txt'), 'خبر ثان\nوقال السفير السويدي كارل سكاو إن الوفد غادر.');
    expect(dalil(['ingest', corpus], content).status).toBe(0);
    const run = dalil(['review'], content);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('2 unreviewed entities, most-mentioned first (set reviewed, mergedInto or notAnEntity in the file):');
    expect(lines[1]).toMatch(/^ {4}2 × \S+ \(person\) كارل سكاو \/ .+: 2 articles$/);
    expect(lines[2]).toBe('        a: وقال السفير السويدي كارل سكاو إن الوفد وصل.');
    expect(lines[3]).toMatch(/^ {8}file: .*entities\/\S+\.yaml$/);
    expect(lines[4]).toMatch(/^ {4}1 × \S+ \(person\) .*المهاجر.*: 1 article$/);
  });
});

describe('dalil extract --json', () => {
  it('prints the documented document and writes nothing', () => {
    const { corpus, content } = scratch();
    writeFileSync(
      join(corpus, 'n.jsonl'),
      JSON.stringify({ id: 'x-1', title: 'هجوم لـ«داعش»', content: 'قتل 25 عنصراً في هجوم شنه تنظيم «داعش» على مدينة الميادين.', date_extracted: '2018-04-20 10:00:00', source: 'test' }) + '\n',
    );
    const run = dalil(['extract', '--json', join(corpus, 'n.jsonl')], content);
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    const [a] = doc.articles;
    expect(a).toMatchObject({ id: 'x-1', date: '2018-04-20', source: 'test' });
    const isis = a.entities.find((e: { id: string }) => e.id === 'islamic-state');
    expect(isis).toMatchObject({ type: 'organisation', name: { en: 'Islamic State' } });
    for (const e of a.entities) {
      expect(['organisation', 'person', 'place']).toContain(e.type);
      for (const m of e.mentions) {
        expect(a.text.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence).toContain(m.text);
      }
    }
    const attack = a.events.find((v: { type: string }) => v.type === 'attack');
    expect(attack).toMatchObject({ fatalities: 25, places: expect.arrayContaining(['mayadin']), actors: expect.arrayContaining(['islamic-state']) });
    expect(a.text).toContain(attack.evidence);
    for (const s of attack.also) expect(a.text).toContain(s);
    expect(existsSync(content)).toBe(false);
  });
});

describe('dalil ner --conll', () => {
  it('prints `token TAG` for the same tokens in the same order, blank lines kept, other columns ignored', () => {
    const { dir, content } = scratch();
    const file = join(dir, 'in.conll');
    writeFileSync(file, 'قال\tX\tO\nالرئيس O\nبشار\nالأسد\n\n\nفي\nدمشق\n.\n');
    const run = dalil(['ner', '--conll', file], content);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['قال', 'الرئيس', 'بشار', 'الأسد', '', '', 'في', 'دمشق', '.', '']);
    const tags = lines.filter(Boolean).map((l) => l.split(' ')[1]);
    for (const t of tags) expect(t).toMatch(/^(?:[BI]-(?:PERS|LOC|ORG|MISC)|O)$/);
    expect(tags.slice(2, 4)).toEqual(['B-PERS', 'I-PERS']);
    expect(tags[5]).toBe('B-LOC');
  });

  it('refuses a file with no tokens and a binary file with a clear error and exit code 1', () => {
    const { dir, content } = scratch();
    const empty = join(dir, 'empty.conll');
    writeFileSync(empty, '\n\n');
    const a = dalil(['ner', '--conll', empty], content);
    expect(a.status).toBe(1);
    expect(a.stderr).toContain('empty.conll: no tokens');
    const bin = join(dir, 'model.bin');
    writeFileSync(bin, Buffer.from([0x44, 0x4e, 0x45, 0x52, 0x00, 0x01, 0x02, 0x0a]));
    const b = dalil(['ner', '--conll', bin], content);
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/model\.bin:1: binary data/);
    expect(b.stdout).toBe('');
  });
});
