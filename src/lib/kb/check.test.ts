import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase, type KbEntry } from './check.ts';
import { DalilError } from './errors.ts';
import { loadKnowledgeBase } from './knowledge-base.ts';
import { loadEntityFiles, loadGazetteer } from './load.ts';
import { Entity, type EntityInput } from './schema.ts';
import { checkConventions } from './conventions.ts';
import { loadCuration } from './gazetteer-tables.ts';

const entry = (input: Partial<EntityInput> & { id: string }, file = 'places.yaml', layer: KbEntry['layer'] = 'gazetteer'): KbEntry => ({
  entity: Entity.parse({ type: 'place', name: { ar: input.id, en: input.id }, ...input }),
  file,
  layer,
});
const messages = (entries: KbEntry[]) => checkKnowledgeBase(entries).map((i) => `${i.id}: ${i.message}`);

describe('checkKnowledgeBase', () => {
  it('passes a consistent knowledge base', () => {
    expect(messages([entry({ id: 'syria' }), entry({ id: 'aleppo', parent: 'syria' }), entry({ id: 'aleppo', parent: 'syria' }, 'aleppo.yaml', 'entity')])).toEqual([]);
  });

  it('finds an id used twice in the gazetteer or twice among entity files', () => {
    expect(messages([entry({ id: 'hama' }), entry({ id: 'hama', name: { ar: 'حماة', en: 'Hama city' } }, 'other.yaml')])).toEqual([
      'hama: the id hama is taken by places.yaml',
    ]);
    expect(messages([entry({ id: 'x' }, 'a.yaml', 'entity'), entry({ id: 'x', name: { ar: 'س', en: 'X2' } }, 'b.yaml', 'entity')])).toEqual(['x: the id x is taken by a.yaml']);
  });

  it('finds a parent that is no entity, with a suggestion', () => {
    const [issue] = checkKnowledgeBase([entry({ id: 'aleppo-governorate' }), entry({ id: 'aleppo', parent: 'aleppo-gov' })]);
    expect(issue).toMatchObject({ id: 'aleppo', message: 'the parent aleppo-gov of aleppo is no entity' });
    expect(issue!.hint).toContain('did you mean aleppo-governorate?');
  });

  it('finds a parent cycle once', () => {
    expect(messages([entry({ id: 'a', parent: 'b' }), entry({ id: 'b', parent: 'c' }), entry({ id: 'c', parent: 'a' }), entry({ id: 'd', parent: 'a' })])).toEqual([
      'a: parents go round in a circle: a → b → c → a',
    ]);
    expect(messages([entry({ id: 'self', parent: 'self' })])).toEqual(['self: parents go round in a circle: self → self']);
  });

  it('finds a name two entities of one type claim at the same rank, in any spelling', () => {
    const mosul = entry({ id: 'mosul', name: { ar: 'الموصل', en: 'Mosul' } });
    const other = entry({ id: 'mosul-2', name: { ar: 'مدينة الموصل', en: 'Mawsil' }, aliases: { ar: ['المَوْصِل'], en: [] } }, 'b.yaml');
    expect(messages([mosul, other])).toEqual(['mosul-2: the name «الموصل» of mosul-2 is also a name of mosul (places.yaml)']);
  });

  it('lets ranking settle a shared name: another type, an admin unit behind its city, an unreviewed entity behind a reviewed one', () => {
    const city = entry({ id: 'nabk', kind: 'city', name: { ar: 'النبك', en: 'Nabk' } });
    const district = entry({ id: 'sy-nabk', kind: 'district', name: { ar: 'النبك', en: 'Al-Nabk' } });
    const org = entry({ id: 'nabk-org', type: 'organisation', name: { ar: 'النبك', en: 'Nabk group' } });
    const found = entry({ id: 'nabk-3', kind: 'city', name: { ar: 'النبك', en: 'Nabk 3' }, unreviewed: true }, 'nabk-3.yaml', 'entity');
    expect(messages([city, district, org, found])).toEqual([]);
  });

  it('leaves two unreviewed entities under one name to the reviewer', () => {
    const a = entry({ id: 'qaryat-x', kind: 'village', name: { ar: 'قرية الزهراء', en: 'Qaryat al-Zahra' }, unreviewed: true }, 'qaryat-x.yaml', 'entity');
    const b = entry({ id: 'qaryh-x', kind: 'village', name: { ar: 'قريه الزهراء', en: 'Qaryh al-Zahra' }, unreviewed: true }, 'qaryh-x.yaml', 'entity');
    expect(messages([a, b])).toEqual([]);
    const reviewedA = { ...a, entity: { ...a.entity, reviewed: true } };
    expect(messages([reviewedA, { ...b, entity: { ...b.entity, reviewed: true } }])).toHaveLength(1);
  });
});

describe('checkConventions', () => {
  it('finds demonyms, Latin Arabic aliases, empty and repeated aliases', () => {
    const e = entry({ id: 'x', name: { ar: 'السوري', en: 'X' }, aliases: { ar: ['Halab', ''], en: ['x'] } });
    expect(checkConventions([e], new Set(['السوري'])).map((i) => i.message)).toEqual([
      'x uses the demonym «السوري» as a name or alias',
      'x has a Latin-script Arabic alias «Halab»',
      'x has an empty ar alias',
      'x repeats the en name or alias «x»',
    ]);
  });
});

describe('the shipped knowledge base', () => {
  const gazetteer = loadGazetteer('data/gazetteer');
  it('passes every check', () => {
    const entries = [...gazetteer, ...loadEntityFiles('src/content/entities')];
    expect(entries.length).toBeGreaterThan(1000);
    expect(checkKnowledgeBase(entries)).toEqual([]);
  });

  it('follows the gazetteer conventions, with the curated demonyms', () => {
    const { demonyms, countries, admin } = loadCuration('data/gazetteer/curation');
    expect(demonyms.has('السوري')).toBe(true);
    expect(countries.en_names.SY).toBe('Syria');
    expect(admin.governorate_extra_aliases['sy-idlib']?.ar).toContain('ريف إدلب');
    expect(checkConventions(gazetteer, demonyms)).toEqual([]);
  });
});

describe('loadCuration', () => {
  it('names the file and the field of a bad table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-curation-'));
    writeFileSync(join(dir, 'countries.yaml'), 'wikidata:\n  SY: 858\n');
    writeFileSync(join(dir, 'syria-admin.yaml'), 'junk_aliases: []\n');
    writeFileSync(join(dir, 'demonyms.yaml'), 'demonyms: []\n');
    expect(() => loadCuration(dir)).toThrow(DalilError);
    expect(() => loadCuration(dir)).toThrow(/wikidata\.SY/);
    writeFileSync(join(dir, 'countries.yaml'), 'en_names: { Syria: Syria }\n');
    expect(() => loadCuration(dir)).toThrow(/ISO 3166-1/);
  });
});

describe('loading', () => {
  it('stops with the file, the line of the entry and a hint when a check fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-kb-'));
    mkdirSync(join(dir, 'gazetteer'));
    const file = join(dir, 'gazetteer', 'places.yaml');
    writeFileSync(file, ['- id: idlib', '  type: place', '  name: { ar: إدلب, en: Idlib }', '- id: ariha', '  type: place', '  name: { ar: أريحا, en: Ariha }', '  parent: idleb', ''].join('\n'));
    let error: unknown;
    try {
      loadKnowledgeBase({ gazetteerDir: join(dir, 'gazetteer'), entitiesDir: join(dir, 'entities') });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DalilError);
    const e = error as DalilError;
    expect(e.place).toEqual({ file, line: 4 });
    expect(e.message).toBe('entry 1 (ariha): the parent idleb of ariha is no entity');
    expect(e.hint).toContain('data/gazetteer');
  });
});
