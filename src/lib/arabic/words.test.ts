import { describe, expect, it } from 'vitest';
import { articleWords, wordKeys } from './words.ts';

describe('articleWords', () => {
  it('gives each word its offsets and keys', () => {
    const words = articleWords('وبالقامشلي أ.ب U.S.');
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['وبالقامشلي', 0, 10],
      ['أ.ب', 11, 14],
      ['U.S.', 15, 19],
    ]);
    expect(words[0]).toMatchObject({ key: 'وبالقامشلي', compact: 'وبالقامشلي', bare: 'قامشلي', afterConjunction: 'بالقامشلي', arabic: true });
    expect(words[1]).toMatchObject({ key: 'ا ب', compact: 'اب', bare: 'اب', arabic: true });
    expect(words[2]).toMatchObject({ key: 'u s', compact: 'us', arabic: false });
  });

  it('reads proclitics off the first part of the key', () => {
    expect(wordKeys('للمنظمة').readings.map((r) => [r.cut, r.rest, r.restoresAl])).toEqual([
      [0, 'للمنظمه', false],
      [1, 'لمنظمه', false],
      [1, 'المنظمه', true],
    ]);
    expect(wordKeys('ومحمد').afterConjunction).toBe('محمد');
    expect(wordKeys('وزير').afterConjunction).toBe('زير');
  });

  it('hands the passes of one article the same words', () => {
    const text = 'قال الرئيس';
    expect(articleWords(text)).toBe(articleWords(text));
    expect(articleWords('قال الوزير')[1]!.key).toBe('الوزير');
  });
});
