import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnglishNames, readNameLexicon } from './name-lexicon.ts';
import { normaliseKey } from './normalise.ts';
import { englishName, transliterate } from './transliterate.ts';

/** The hand-written table: input, expected, what the row covers (tests/fixtures/names/english-names.tsv). */
const rows = readFileSync('tests/fixtures/names/english-names.tsv', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('input\t'))
  .map((l) => l.split('\t') as [string, string, string]);
const lexicon = readEnglishNames('data/names');

describe('englishName, the fixture table', () => {
  it('has a row for each rule and lexicon category', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.every((r) => r.length === 3 && r[0] && r[1] && r[2])).toBe(true);
  });

  it.each(rows)('%s → %s (%s)', (input, expected) => {
    expect(englishName(input, lexicon)).toBe(expected);
  });
});

describe('englishName without a lexicon', () => {
  it('uses the fallback rules for every word, the article as al-', () => {
    expect(englishName('فلان الفلاني')).toBe('Falan al-Falani');
    expect(englishName('نبيل شعث')).toBe('Nabil Shaath');
  });
});

describe('transliterate (places and bodies the patterns find)', () => {
  it.each([
    ['الشامي', 'al-Shami'],
    ['تل مرجان', 'Tal Marjan'],
    ['حي الجوهر', 'Hai al-Jawhar'],
  ])('%s → %s', (ar, en) => {
    expect(transliterate(ar)).toBe(en);
  });
});

describe('readEnglishNames', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-names-'));
  mkdirSync(join(dir, 'english'));
  writeFileSync(join(dir, 'name-parts.tsv'), '# membership\nبسام\tBasam\nحسن\tHasan\n');
  writeFileSync(join(dir, 'english', '1-given.tsv'), 'بسام\tBassam\nعبد الرحمن\tAbdulrahman\nسلمى\tSalma\n');
  writeFileSync(join(dir, 'english', '2-family.tsv'), 'سلمي\tSulami\n');
  writeFileSync(join(dir, 'english', '3-foreign-given.tsv'), 'كارل\tCarl\n');
  const names = readEnglishNames(dir);

  it('prefers english/ to name-parts.tsv and keeps what only name-parts.tsv has', () => {
    expect(names.get(normaliseKey('بسام'))).toBe('Bassam');
    expect(names.get(normaliseKey('حسن'))).toBe('Hasan');
  });

  it('gives a two-word عبد ال… entry its one-word spelling', () => {
    expect(names.get(normaliseKey('عبدالرحمن'))).toBe('Abdulrahman');
  });

  it('marks foreign entries and keeps the family spellings apart', () => {
    expect([...names.foreign]).toEqual([normaliseKey('كارل')]);
    expect(names.get(normaliseKey('سلمي'))).toBe('Salma');
    expect(names.family.get(normaliseKey('سلمي'))).toBe('Sulami');
  });

  it('reads a country\'s given-name spellings apart and tags its family names', () => {
    const fa = mkdtempSync(join(tmpdir(), 'dalil-names-fa-'));
    mkdirSync(join(fa, 'english'));
    writeFileSync(join(fa, 'english', '1-given.tsv'), 'حسين\tHussein\n');
    writeFileSync(join(fa, 'english', '2-foreign-family-iran.tsv'), 'سلامي\tSalami\n');
    writeFileSync(join(fa, 'english', '3-foreign-family.tsv'), 'كارتر\tCarter\n');
    writeFileSync(join(fa, 'english', 'given-iran.tsv'), 'حسين\tHossein\n');
    const lex = readEnglishNames(fa);
    expect(lex.get(normaliseKey('حسين'))).toBe('Hussein');
    expect(lex.givenByCountry.get('iran')?.get(normaliseKey('حسين'))).toBe('Hossein');
    expect([...lex.familyCountry]).toEqual([[normaliseKey('سلامي'), 'iran']]);
    expect(englishName('حسين سلامي', lex)).toBe('Hossein Salami');
    expect(englishName('حسين كارتر', lex)).toBe('Hussein Carter');
  });

  it('leaves the membership list (name-parts.tsv) as it is', () => {
    expect([...readNameLexicon(dir).keys()]).toEqual([normaliseKey('بسام'), normaliseKey('حسن')]);
  });

  it('names the file and line of a malformed entry', () => {
    const bad = mkdtempSync(join(tmpdir(), 'dalil-names-bad-'));
    mkdirSync(join(bad, 'english'));
    writeFileSync(join(bad, 'english', 'given.tsv'), 'بسام\tBassam\nعلي Ali\n');
    expect(() => readEnglishNames(bad)).toThrow(/given\.tsv:2: .*hint/);
  });
});
