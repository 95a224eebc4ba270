import { describe, expect, it } from 'vitest';
import { expandQuery, matchesWord, matchProbe, wordVariants } from './expand.ts';
import { mayContainKey, normaliseKey } from '../arabic/normalise.ts';

const texts = (word: string) => wordVariants(word).map((v) => v.text);

describe('wordVariants', () => {
  it.each([
    ['سوريا', ['سوريا', 'سورية']],
    ['الكيماوية', ['الكيماوية', 'الكيميائية']],
    ['لداعش', ['لداعش', 'داعش']],
    ['وبالقامشلي', ['وبالقامشلي', 'القامشلي', 'قامشلي']],
    ['للمنظمة', ['للمنظمة', 'المنظمة']],
    ['أمريكية', ['أمريكية', 'أميركية']],
    ['مسئولية', ['مسئولية', 'مسؤولية']],
    ['اشتباكات', ['اشتباكات', 'اشتباك']],
  ])('%s includes %j', (word, expected) => {
    expect(texts(word)).toEqual(expect.arrayContaining(expected));
  });

  it('puts the word as typed first and never searches a stem shorter than three letters', () => {
    expect(texts('سوريا')[0]).toBe('سوريا');
    for (const w of ['بلد', 'لها', 'ولد']) for (const v of texts(w)) expect(normaliseKey(v).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves Latin words alone', () => {
    expect(texts('Qamishli')).toEqual(['Qamishli']);
  });
});

describe('expandQuery', () => {
  it('combines the variants of every word, best first, at most twelve queries', () => {
    const q = expandQuery('أمريكية سوريا');
    expect(q[0]!.text).toBe('أمريكية سوريا');
    expect(q.map((v) => v.text)).toContain('أميركية سورية');
    expect(q.length).toBeLessThanOrEqual(12);
    expect([...q].sort((a, b) => b.weight - a.weight)).toEqual(q);
  });
});

describe('matchesWord', () => {
  it.each([
    ['داعش', 'داعش', true],
    ['لداعش', 'داعش', true],
    ['بلدات', 'داعش', false],
    ['بلدات', 'بلدا', false],
    ['الأمر', 'امريك', false],
    ['الاشتباكات', 'اشتباك', true],
    ['سورية', 'سوريه', true],
  ])('%s for %s → %s', (matched, variant, ok) => {
    expect(matchesWord(matched, normaliseKey(variant))).toBe(ok);
  });
});

describe('matchesWord across forms Pagefind stems together', () => {
  it.each([
    ['أميركي', 'أميركية', true],
    ['الأميركية،', 'أمريكية', false],
  ])('%s for %s → %s', (matched, variant, ok) => {
    expect(matchesWord(matched, normaliseKey(variant))).toBe(ok);
  });
});

describe('matchProbe', () => {
  // Every word matchesWord accepts contains the probe letter as written, so the probe never rules out a match.
  it.each([
    ['داعش', ['لداعش', 'وداعش', 'داعشي', '«داعش»']],
    ['القامشلي', ['بالقامشلي', 'وبالقامشلي', 'قامشلي']],
    ['امريكي', ['الأمريكية', 'أمريكيين']],
  ])('%s: its matches contain the probe', (variant, words) => {
    const key = normaliseKey(variant);
    for (const w of words) {
      expect(matchesWord(w, key)).toBe(true);
      expect(mayContainKey(w, matchProbe(key))).toBe(true);
    }
  });

  it('rules out a word without the letter before its key is made', () => {
    expect(mayContainKey('الحكومة', matchProbe(normaliseKey('داعش')))).toBe(false);
  });
});
