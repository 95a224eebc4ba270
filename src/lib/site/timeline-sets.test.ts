import { describe, expect, it } from 'vitest';
import { decodeSet, encodeBitmap, encodeRuns, encodeSet, intersect } from './timeline-sets.ts';

// Digits: A–Z = 0–25, a–f = 26–31 end a number; g = 32 (0, more follows), h = 33 (1, more follows) … _ = 63.
describe('timeline sets', () => {
  it('writes runs: absent, present, absent … from position 0', () => {
    expect(encodeRuns([])).toBe('r');
    expect(encodeRuns([0, 1, 2])).toBe('rAD');
    expect(encodeRuns([2, 3, 7])).toBe('rCCDB');
    // 40 = 1 × 32 + 8: "h" (1, more follows) then "I" (8).
    expect(encodeRuns([40])).toBe('rhIB');
    // 1,023 = 31 × 32 + 31; 1,024 = 1 × 32² + 0 + 0.
    expect(encodeRuns([1023])).toBe('r_fB');
    expect(encodeRuns([1024])).toBe('rhgAB');
  });

  it('writes a bitmap: six positions a character, the lowest bit first', () => {
    expect(encodeBitmap([])).toBe('b');
    // Character 0: bits 0 and 5 (33, "h"); character 1: bit 0 (1, "B"); character 2: bit 1 (2, "C").
    expect(encodeBitmap([0, 5, 6, 13])).toBe('bhBC');
    expect(encodeBitmap([0, 1, 2, 3, 4, 5])).toBe('b_');
  });

  it('reads both forms back', () => {
    expect(decodeSet('r')).toEqual([]);
    expect(decodeSet('rCCDB')).toEqual([2, 3, 7]);
    expect(decodeSet('rhIB')).toEqual([40]);
    expect(decodeSet('rhgAB')).toEqual([1024]);
    expect(decodeSet('rADCB')).toEqual([0, 1, 2, 5]);
    expect(decodeSet('bhBC')).toEqual([0, 5, 6, 13]);
    expect(decodeSet('bAAB')).toEqual([12]);
    expect(() => decodeSet('x12')).toThrow(/not a timeline set/);
    expect(() => decodeSet('rA!')).toThrow(/bad digit "!" at 2/);
  });

  it('keeps the shorter form, by length or by the measure given', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i);
    // 100 = 3 × 32 + 4: "j" then "E".
    expect(encodeSet(hundred)).toBe('rAjE');
    const evens = Array.from({ length: 30 }, (_, i) => 2 * i);
    // Bits 0, 2 and 4 of every character: 21, "V"; runs would take 61 characters.
    expect(encodeSet(evens)).toBe('bVVVVVVVVVV');
    expect(encodeSet(evens, (s) => (s.startsWith('b') ? Infinity : s.length))).toBe(`rAB${'BB'.repeat(29)}`);
    for (const set of [hundred, evens, [0], [5, 900, 901, 40_000], []]) expect(decodeSet(encodeSet(set))).toEqual(set);
  });

  it('intersects sets, smallest first, in increasing order', () => {
    expect(intersect([[1, 2, 3, 5], [2, 5, 9], [0, 2, 5]])).toEqual([2, 5]);
    expect(intersect([[4, 7]])).toEqual([4, 7]);
    expect(intersect([[1, 8], []])).toEqual([]);
    expect(intersect([[10, 20, 30], [1, 2, 3]])).toEqual([]);
    expect(() => intersect([])).toThrow(/no sets/);
  });
});
