import { describe, expect, it } from 'vitest';
import { formatList, formatMonthShort } from './format.ts';

describe('formatMonthShort', () => {
  it('writes a month and its year in the locale, with its digits', () => {
    expect(formatMonthShort('en', '2013-03')).toBe('Mar 2013');
    expect(formatMonthShort('ar', '2013-03')).toBe('مارس ٢٠١٣');
  });
  it('gives the same label on every call (one formatter reused)', () => {
    expect(formatMonthShort('en', '2011-12')).toBe('Dec 2011');
    expect(formatMonthShort('en', '2011-12')).toBe('Dec 2011');
  });
});

describe('formatList', () => {
  it('joins items as the locale writes a list', () => {
    expect(formatList('en', ['2 people', '1 place'])).toBe('2 people and 1 place');
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatList('ar', ['أ', 'ب'])).toBe('أ وب');
  });
});
