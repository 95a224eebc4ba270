import { describe, expect, it } from 'vitest';
import { normaliseKey, asciiDigits } from './normalise.ts';
import { splitSentences } from './sentences.ts';
import { tokenise } from './tokens.ts';

describe('normaliseKey', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إدلب', 'ادلب'],
    ['آمنة', 'امنه'],
    ['الكيميائيّة', 'الكيمياءيه'],
    ['مسئولية', 'مسءوليه'],
    ['مسؤولية', 'مسءوليه'],
    ['الميـــادين', 'الميادين'],
    ['مستشفى', 'مستشفي'],
    ['«داعش»', 'داعش'],
    ['سو\u200Cريا', 'سوريا'],
    ['\u200Fحلب', 'حلب'],
    ['٢٠١٥', '2015'],
    ['Qamishlī', 'qamishli'],
    ['U.S.', 'u s'],
  ])('%s → %s', (input, key) => {
    expect(normaliseKey(input)).toBe(key);
  });

  it('gives one key for spellings that differ only in hamza seats and diacritics', () => {
    expect(normaliseKey('مُسْؤُولِيَّة')).toBe(normaliseKey('مسئولية'));
  });

  it('converts Persian and Arabic-Indic digits', () => {
    expect(asciiDigits('٢٥ و۳۸')).toBe('25 و38');
  });
});

describe('tokenise', () => {
  it('keeps offsets into the original text and dotted abbreviations whole', () => {
    const text = 'قتل 25 عنصراً. أ.ب «داعش»';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.text)).toEqual(['قتل', '25', 'عنصراً', 'أ.ب', 'داعش']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it('splits at Arabic and Latin sentence ends and line breaks, not inside abbreviations or numbers', () => {
    const text = 'قال المرصد إن 3.5 ألف نزحوا. وأضاف: هل انتهى؟ نعم!\nصورة أ.ب للخبر';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['قال المرصد إن 3.5 ألف نزحوا.', 'وأضاف: هل انتهى؟', 'نعم!', 'صورة أ.ب للخبر']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('keeps a closing quote with its sentence', () => {
    const s = splitSentences('زعم تقرير «مسؤولية دمشق.» ثم انتهى');
    expect(s[0]!.text).toBe('زعم تقرير «مسؤولية دمشق.»');
  });
});
