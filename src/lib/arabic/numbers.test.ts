import { describe, expect, it } from 'vitest';
import { quantityAt, countOfNoun, ordinalAt } from './numbers.ts';
import { normaliseKey } from './normalise.ts';
import { tokenise } from './tokens.ts';

const keys = (text: string) => tokenise(text).map((t) => normaliseKey(t.text));
const q = (text: string) => {
  const r = quantityAt(keys(text), 0);
  return r && { min: r.min, max: r.max, approximate: r.approximate, length: r.length };
};

describe('quantityAt', () => {
  it.each([
    ['25 عنصراً', { min: 25, max: 25, approximate: false, length: 1 }],
    ['٢٥ قتيلا', { min: 25, max: 25, approximate: false, length: 1 }],
    ['ثلاثة مدنيين', { min: 3, max: 3, approximate: false, length: 1 }],
    ['خمسة وعشرين عنصرا', { min: 25, max: 25, approximate: false, length: 2 }],
    ['خمسة عشر مقاتلا', { min: 15, max: 15, approximate: false, length: 2 }],
    ['مئة وخمسين شخصا', { min: 150, max: 150, approximate: false, length: 2 }],
    ['ثلاثة آلاف نازح', { min: 3000, max: 3000, approximate: false, length: 2 }],
    ['3 آلاف نازح', { min: 3000, max: 3000, approximate: false, length: 2 }],
    ['عشرات المدنيين', { min: 10, max: 99, approximate: false, length: 1 }],
    ['العشرات', { min: 10, max: 99, approximate: false, length: 1 }],
    ['مئات العائلات', { min: 100, max: 999, approximate: false, length: 1 }],
    ['نحو 40 شخصا', { min: 40, max: 40, approximate: true, length: 2 }],
    ['أكثر من 30 قتيلا', { min: 31, max: null, approximate: false, length: 3 }],
    ['25 على الأقل', { min: 25, max: null, approximate: false, length: 3 }],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected);
  });

  it('finds no figure in ordinary words', () => {
    expect(q('قوات النظام')).toBeNull();
    expect(q('احتجاز')).toBeNull();
  });
});

describe('countOfNoun and ordinalAt', () => {
  it('reads the count a person noun states', () => {
    expect(countOfNoun(normaliseKey('مسلح'))).toBe(1);
    expect(countOfNoun(normaliseKey('جنديين'))).toBe(2);
    expect(countOfNoun(normaliseKey('مدنيتين'))).toBeNull();
    expect(countOfNoun(normaliseKey('الطائرات'))).toBeNull();
  });

  it('reads ordinal days', () => {
    expect(ordinalAt(keys('السابع من'), 0)).toEqual({ value: 7, length: 1 });
    expect(ordinalAt(keys('الحادي عشر'), 0)).toEqual({ value: 11, length: 2 });
    expect(ordinalAt(keys('الثاني والعشرين'), 0)).toEqual({ value: 22, length: 2 });
    expect(ordinalAt(keys('سابع'), 0)).toBeNull();
  });
});
