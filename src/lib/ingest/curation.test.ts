import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { ingest } from './ingest.ts';
import { projectPaths, type ProjectPaths } from './config.ts';
import { orphanFiles, reviewList } from './review.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import type { ArticleEntity, ArticleEvent } from '../extract/schema.ts';
import { expandMentions, type StoredArticleEntity } from '../mdx/front-matter.ts';

// Each test runs the real ingest or extractor many times (knowledge-base load, extraction).
vi.setConfig({ testTimeout: 60_000 });

const ROOT = join(import.meta.dirname, '../../..');

/** A scratch project: the real gazetteer and word lists, an empty content folder, a corpus of the given articles. */
function project(articles: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-curation-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const real = projectPaths(ROOT);
  const content = join(dir, 'content');
  // Curation is tested over the rule finders alone, so that a retrained tagger cannot change what these tests see
  // (the tagger's finds are tested in src/lib/extract/discover.test.ts).
  const paths: ProjectPaths = { ...real, nerModel: '', entitiesDir: join(content, 'entities'), articlesDir: join(content, 'articles'), correctionsDir: join(content, 'corrections') };
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
  };
  write(articles);
  return { paths, corpus, write, run: () => ingest([corpus], paths) };
}

interface Front {
  entities: ArticleEntity[];
  events: ArticleEvent[];
}
function front(paths: ProjectPaths, id: string): Front {
  const text = readFileSync(join(paths.articlesDir, `${id}.mdx`), 'utf8');
  const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!, { version: '1.1' }) as { mentionSentences: string[]; entities: StoredArticleEntity[]; events: ArticleEvent[] };
  return { entities: expandMentions(data.mentionSentences, data.entities), events: data.events };
}
const ids = (f: Front) => f.entities.map((e) => e.id);
const mentionsOf = (f: Front, id: string) => f.entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];
/** The entity patterns found for a name (its id and surface come from the extraction rules, not this test). */
function found(paths: ProjectPaths, article: string, type: string): { id: string; text: string } {
  const e = front(paths, article).entities.find((x) => x.unreviewed && x.type === type);
  expect(e, `an unreviewed ${type} in ${article}`).toBeDefined();
  return { id: e!.id, text: e!.mentions[0]!.text };
}
function editEntity(paths: ProjectPaths, id: string, lines: string) {
  const file = join(paths.entitiesDir, `${id}.yaml`);
  writeFileSync(file, readFileSync(file, 'utf8') + lines);
}

const AMBASSADOR = 'وقال السفير السويدي كارل سكاو إن الوفد وصل.';
const BRIGADE = 'وهاجم لواء شهداء اليرموك مدينة درعا وقتل 5 أشخاص.';

describe('extraction does not depend on how many times ingest ran', () => {
  it('an unreviewed entity file from an earlier run is not matched by name; reviewed: true makes it a knowledge-base entry', () => {
    const p = project({ 'a.txt': `وفد في دمشق\n${AMBASSADOR}`, 'b.txt': 'زيارة\nوصل كارل سكاو إلى دمشق.' });
    p.run();
    const skau = found(p.paths, 'a', 'person');
    expect(skau.text).toBe('كارل سكاو');
    expect(existsSync(join(p.paths.entitiesDir, `${skau.id}.yaml`))).toBe(true);
    expect(ids(front(p.paths, 'b'))).toEqual(['damascus']);
    const again = p.run();
    expect(again.written).toBe(0);
    expect(ids(front(p.paths, 'b'))).toEqual(['damascus']);
    editEntity(p.paths, skau.id, 'reviewed: true\n');
    p.run();
    expect(mentionsOf(front(p.paths, 'b'), skau.id)).toEqual(['كارل سكاو']);
    expect(front(p.paths, 'b').entities.find((e) => e.id === skau.id)!.unreviewed).toBeUndefined();
  });
});

describe('curation marks survive re-ingest and apply to new articles', () => {
  it('notAnEntity drops the mentions everywhere and the name is not found again', () => {
    const p = project({ 'a.txt': `هجوم في درعا\n${BRIGADE}` });
    p.run();
    const brigade = found(p.paths, 'a', 'organisation');
    editEntity(p.paths, brigade.id, 'notAnEntity: true\n');
    p.run();
    const a = front(p.paths, 'a');
    expect(ids(a)).toEqual(['daraa']);
    expect(a.events.flatMap((v) => v.actors)).not.toContain(brigade.id);
    p.write({ 'c.txt': `خبر جديد\nقالت مصادر إن لواء شهداء اليرموك هاجم مواقع في درعا. ${BRIGADE}` });
    p.run();
    expect(ids(front(p.paths, 'c'))).toEqual(['daraa']);
    expect(readFileSync(join(p.paths.entitiesDir, `${brigade.id}.yaml`), 'utf8')).toContain('notAnEntity: true');
  });

  it('mergedInto moves mentions and event roles to the other entity, in old and new articles', () => {
    const p = project({ 'a.txt': `وفد في دمشق\n${AMBASSADOR}` });
    p.run();
    writeFileSync(join(p.paths.entitiesDir, 'carl-skau-wfp.yaml'), 'id: carl-skau-wfp\ntype: person\nname: { ar: كارل سكاو, en: Carl Skau }\n');
    const skau = found(p.paths, 'a', 'person');
    editEntity(p.paths, skau.id, 'mergedInto: carl-skau-wfp\n');
    p.run();
    const a = front(p.paths, 'a');
    expect(ids(a)).not.toContain(skau.id);
    expect(mentionsOf(a, 'carl-skau-wfp')).toEqual(['كارل سكاو']);
    expect(a.events.flatMap((v) => v.actors)).toContain('carl-skau-wfp');
    p.write({ 'b.txt': `خبر آخر\nوصل الوفد إلى حلب. ${AMBASSADOR}` });
    p.run();
    expect(mentionsOf(front(p.paths, 'b'), 'carl-skau-wfp')).toEqual(['كارل سكاو']);
    expect(ids(front(p.paths, 'b'))).not.toContain(skau.id);
  });

  it('a reviewed entity merged into another may share its name', () => {
    const p = project({ 'a.txt': `وفد في دمشق\n${AMBASSADOR}` });
    p.run();
    writeFileSync(join(p.paths.entitiesDir, 'carl-skau-wfp.yaml'), 'id: carl-skau-wfp\ntype: person\nname: { ar: كارل سكاو, en: Carl Skau }\n');
    editEntity(p.paths, found(p.paths, 'a', 'person').id, 'reviewed: true\nmergedInto: carl-skau-wfp\n');
    p.run();
    expect(mentionsOf(front(p.paths, 'a'), 'carl-skau-wfp')).toEqual(['كارل سكاو']);
  });

  it('a mergedInto that names no entity is an error naming the file', () => {
    const p = project({ 'a.txt': `وفد في دمشق\n${AMBASSADOR}` });
    p.run();
    editEntity(p.paths, found(p.paths, 'a', 'person').id, 'mergedInto: no-such-entity\n');
    expect(() => p.run()).toThrow(/mergedInto: no entity "no-such-entity"/);
  });
});

describe('per-article corrections', () => {
  it('remove, relink and add one mention by sentence and surface form; the edit holds when the article changes', () => {
    const body = `قصف في حلب\nقصف الطيران مدينة حلب. ${BRIGADE} ووصل كارل سكاو إلى حمص.`;
    const p = project({ 'a.txt': body });
    p.run();
    const brigade = found(p.paths, 'a', 'organisation');
    mkdirSync(p.paths.correctionsDir, { recursive: true });
    writeFileSync(
      join(p.paths.correctionsDir, 'a.yaml'),
      [
        'remove:',
        `  - { text: ${brigade.text}, sentence: وهاجم لواء شهداء اليرموك }`,
        'relink:',
        '  - { text: مدينة حلب, sentence: قصف الطيران مدينة حلب, to: sy-aleppo }',
        'add:',
        '  - { text: كارل سكاو, sentence: ووصل كارل سكاو إلى حمص, entity: antonio-guterres }',
        '',
      ].join('\n'),
    );
    const check = (id: string) => {
      const a = front(p.paths, id);
      expect(ids(a)).not.toContain(brigade.id);
      const relinked = a.entities.find((e) => e.id === 'sy-aleppo')!;
      expect(relinked.mentions.map((m) => m.sentence)).toEqual(['قصف الطيران مدينة حلب.']);
      expect(mentionsOf(a, 'aleppo')).toEqual(['حلب']); // the headline's حلب is another mention, left alone
      expect(mentionsOf(a, 'antonio-guterres')).toEqual(['كارل سكاو']);
      const text = readFileSync(join(p.paths.articlesDir, `${id}.mdx`), 'utf8');
      expect(text).toContain('<Mention id="antonio-guterres">كارل سكاو</Mention>');
    };
    expect(p.run().warnings).toEqual([]);
    check('a');
    // Changed corpus: a sentence added before them shifts every offset.
    p.write({ 'a.txt': body.replace('\n', '\nخبر عاجل من الشمال. ') });
    expect(p.run().warnings).toEqual([]);
    check('a');
    // Once its sentence is gone, a correction is reported, not applied somewhere else.
    p.write({ 'a.txt': `قصف في حلب\nقصف الطيران مدينة حلب. ووصل كارل سكاو إلى حمص.` });
    const r = p.run();
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringMatching(`remove: no mention "${brigade.text}"`)]);
    expect(r.warnings[0]!.place.file).toMatch(/corrections\/a\.yaml$/);
  });

  it('reads a corrections file beside the corpus too, and refuses a second one for the same article', () => {
    const p = project({ 'a.txt': 'قصف في حلب\nقصف الطيران مدينة حلب.' });
    mkdirSync(join(p.corpus, 'corrections'));
    writeFileSync(join(p.corpus, 'corrections', 'a.yaml'), 'remove:\n  - { text: مدينة حلب, sentence: قصف الطيران }\n');
    p.run();
    expect(mentionsOf(front(p.paths, 'a'), 'aleppo')).toEqual(['حلب']);
    mkdirSync(p.paths.correctionsDir, { recursive: true });
    writeFileSync(join(p.paths.correctionsDir, 'a.yaml'), 'remove: []\n');
    expect(() => p.run()).toThrow(/a second corrections file for article "a"/);
  });

  it('says so when a mention to add is already there', () => {
    const p = project({ 'a.txt': 'قصف في حلب\nقصف الطيران مدينة حلب.' });
    mkdirSync(p.paths.correctionsDir, { recursive: true });
    writeFileSync(join(p.paths.correctionsDir, 'a.yaml'), 'add:\n  - { text: حلب, sentence: قصف الطيران, entity: sy-aleppo }\n');
    expect(p.run().warnings.map((w) => w.message)).toEqual(['add: "حلب" in that sentence of article "a" is already a mention of aleppo']);
  });

  it('a corrections file that does not fit the schema is an error naming it', () => {
    const p = project({ 'a.txt': 'عنوان\nنص عن دمشق.' });
    mkdirSync(p.paths.correctionsDir, { recursive: true });
    writeFileSync(join(p.paths.correctionsDir, 'a.yaml'), 'remove:\n  - { text: دمشق }\n');
    expect(() => p.run()).toThrow(/invalid corrections \(remove\.0\.sentence\)/);
  });
});

describe('review', () => {
  it('lists unreviewed entities with counts and first sentences, most-mentioned first, without the curated ones', () => {
    const p = project({
      'a.txt': `وفد في دمشق\n${AMBASSADOR} ${BRIGADE}`,
      'b.txt': `خبر ثان\n${AMBASSADOR}`,
    });
    p.run();
    const skau = found(p.paths, 'a', 'person');
    const brigade = found(p.paths, 'a', 'organisation');
    const list = () => reviewList(p.paths.articlesDir, loadKnowledgeBase(p.paths));
    expect(list().map((i) => [i.id, i.mentions, i.articles])).toEqual([
      [skau.id, 2, 2],
      [brigade.id, 1, 1],
    ]);
    expect(list()[0]!.first).toEqual({ article: 'a', sentence: AMBASSADOR });
    editEntity(p.paths, skau.id, 'reviewed: true\n');
    expect(list().map((i) => i.id)).toEqual([brigade.id]);
    expect(readdirSync(p.paths.entitiesDir)).toContain(`${brigade.id}.yaml`);
  });

  it('lists the unreviewed files no article names any more, and not the curated ones', () => {
    const p = project({ 'a.txt': `وفد في دمشق\n${AMBASSADOR} ${BRIGADE}` });
    p.run();
    const skau = found(p.paths, 'a', 'person');
    const brigade = found(p.paths, 'a', 'organisation');
    const orphans = () => orphanFiles(p.paths.articlesDir, loadKnowledgeBase(p.paths)).map((o) => o.id);
    expect(orphans()).toEqual([]);
    p.write({ 'a.txt': 'وفد في دمشق\nوصل الوفد إلى دمشق أمس.' });
    p.run();
    expect(readdirSync(p.paths.entitiesDir)).toEqual(expect.arrayContaining([`${skau.id}.yaml`, `${brigade.id}.yaml`]));
    expect(orphans()).toEqual([brigade.id, skau.id].sort());
    editEntity(p.paths, skau.id, 'reviewed: true\n');
    editEntity(p.paths, brigade.id, 'notAnEntity: true\n');
    expect(orphans()).toEqual([]);
  });
});
