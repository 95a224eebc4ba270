import { describe, expect, it } from 'vitest';
import { keyProbe, mayContainKey } from './normalise.ts';

describe('keyProbe', () => {
  it.each([
    ['تنظيم', 'ظ'],
    ['داعش', 'د'],
    ['حلب', 'ح'],
    // Only letters the normaliser never folds into: ا ي ه ء can come from أ ى ة ئ.
    ['ايه', undefined],
    ['aleppo', undefined],
    // Common letters only: the first of them.
    ['لبنان', 'ل'],
  ])('%s → %s', (key, probe) => expect(keyProbe(key)).toBe(probe));
});

describe('mayContainKey', () => {
  it.each([
    ['لداعش', 'د', true],
    ['«داعش»', 'د', true],
    ['الحكومة', 'د', false],
    // Presentation forms are unfolded by NFKC: such text may always contain the key.
    ['ﻻ', 'د', true],
    ['أي كلمة', undefined, true],
  ])('%s with %s → %s', (text, probe, may) => expect(mayContainKey(text, probe)).toBe(may));
});
