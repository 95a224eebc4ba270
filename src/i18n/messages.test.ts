import { describe, expect, it } from 'vitest';
import ar from './ar.json' with { type: 'json' };
import { formatDate, formatNumber, locales, parseMessages, pluralForms, t } from './index.ts';

describe('plural forms through Intl.PluralRules', () => {
  it('Arabic has a form for zero, one, two, few, many and other', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((count) => t('ar', 'search.results', { count }))).toEqual([
      'لا نتائج', 'نتيجة واحدة', 'نتيجتان', '٣ نتائج', '١٠ نتائج', '١١ نتيجة', '٩٩ نتيجة', '١٠٠ نتيجة',
    ]);
  });
  it('English has one and other', () => {
    expect([0, 1, 2, 1000].map((count) => t('en', 'search.results', { count }))).toEqual(['0 results', '1 result', '2 results', '1,000 results']);
  });
  it('gives a browser script every form of a counted message', () => {
    expect(Object.keys(pluralForms('ar', 'search.results')).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralForms('en', 'entity.mentions')).toEqual({ one: '{count} mention', other: '{count} mentions' });
  });
  it('refuses a counted message without a count', () => {
    expect(() => t('en', 'search.results')).toThrow(/plural forms/);
  });
});

describe('the strict check of the message files', () => {
  it('rejects an Arabic file that lacks a plural form, naming the key and form', () => {
    const broken = structuredClone(ar) as Record<string, unknown>;
    delete (broken['search.results'] as Record<string, string>).two;
    expect(() => parseMessages('ar', broken)).toThrow(/search\.results\.two/);
  });
  it('rejects a missing key, an extra key and a plain string where forms are due', () => {
    const { 'nav.home': _, ...missing } = ar;
    expect(() => parseMessages('ar', missing)).toThrow(/nav\.home/);
    expect(() => parseMessages('ar', { ...ar, 'nav.extra': 'x' })).toThrow(/nav\.extra|Unrecognized/);
    expect(() => parseMessages('ar', { ...ar, 'search.results': '{count} نتيجة' })).toThrow(/search\.results/);
  });
  it('rejects English forms that Arabic needs but English has not (and the reverse)', () => {
    expect(() => parseMessages('en', { ...ar })).toThrow();
  });
});

describe('one numeral system per page language', () => {
  it('Arabic pages write Arabic-Indic digits, English pages Latin ones', () => {
    expect(formatNumber('ar', 1234)).toBe('١٬٢٣٤');
    expect(formatNumber('en', 1234)).toBe('1,234');
    expect(formatDate('ar', '2018-04-21')).toMatch(/^[٠-٩]+ [^\d]+ [٠-٩]{4}$/);
    expect(formatDate('en', '2018-04')).toBe('April 2018');
    expect(locales.ar.intl).toContain('nu-arab');
  });
});
