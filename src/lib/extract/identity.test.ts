import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../arabic/normalise.ts';
import { englishName } from '../arabic/transliterate.ts';
import { readEnglishNames } from '../arabic/name-lexicon.ts';
import { PersonIdentity } from './identity.ts';

const set = (words: string[]) => new Set(words.map(normaliseKey));
const lists = { given: set(['بشار', 'ماهر', 'بدر']), common: set(['قال']), roles: set(['الرئيس']) };
const lexicon = readEnglishNames('data/names');
const people = () => new PersonIdentity(lists, new Set(), (n) => englishName(n, lexicon));

describe('PersonIdentity', () => {
  it('keeps two people of one family apart: a shared family name with different given names', () => {
    const p = people();
    const bashar = p.person('بشار الأسد');
    const maher = p.person('ماهر الأسد');
    expect(maher.id).not.toBe(bashar.id);
    // With two of the family named, a lone family name is ambiguous and joins neither.
    expect(p.surname(normaliseKey('الأسد'))).toBeUndefined();
  });

  it('joins a surname-only mention and a longer form of the same given and family name', () => {
    const p = people();
    const badr = p.person('بدر السمحان');
    expect(p.person('بدر عبدالرحمن السمحان').id).toBe(badr.id);
    expect(p.surname(normaliseKey('السمحان'))?.id).toBe(badr.id);
    expect(badr.unreviewed).toBe(true);
  });
});

describe('englishName', () => {
  it.each([
    ['محمد عبد الرحمن', 'Mohammed Abdulrahman'],
    ['بسام صباغ', 'Bassam Sabbagh'],
    ['أبو محمد العدناني', 'Abu Mohammed al-Adnani'],
    ['وليد بن علي الجلال', 'Walid bin Ali al-Jalal'],
    ['عبدالمنعم الخطيب', 'Abdulmoneim al-Khatib'],
  ])('%s → %s', (ar, en) => {
    expect(englishName(ar, lexicon)).toBe(en);
  });

  it('falls back to the letter rules for a word the lexicon does not have', () => {
    expect(englishName('فلان الفلاني', lexicon)).toBe('Falan al-Falani');
  });
});
