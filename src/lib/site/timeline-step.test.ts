import { describe, expect, it } from 'vitest';
import { stepEnd } from './timeline-step.ts';

describe('a step of the filtered timeline', () => {
  it('shows a batch when the matches lie on few pages', () => {
    // 30 matches on pages 0 and 1 (page size 25): a batch of 25.
    const dense = Array.from({ length: 30 }, (_, i) => i);
    expect(stepEnd(dense, 0, 25, 25, 8)).toBe(25);
    expect(stepEnd(dense, 25, 25, 25, 8)).toBe(30);
  });
  it('stops before a ninth file when the matches are spread thin', () => {
    // One match on each of 25 pages: 8 in the first step, 8 in the next, then 8, then the last one.
    const sparse = Array.from({ length: 25 }, (_, i) => i * 25 + 3);
    expect(stepEnd(sparse, 0, 25, 25, 8)).toBe(8);
    expect(stepEnd(sparse, 8, 25, 25, 8)).toBe(16);
    expect(stepEnd(sparse, 24, 25, 25, 8)).toBe(25);
  });
  it('counts the pages of the matches, not the matches', () => {
    // Pages 0, 0, 2, 2, 4: two files allowed gives the four matches of pages 0 and 2.
    expect(stepEnd([1, 2, 50, 60, 100], 0, 25, 25, 2)).toBe(4);
  });
  it('shows nothing past the end, and at least one match otherwise', () => {
    expect(stepEnd([5], 1, 25, 25, 8)).toBe(1);
    expect(stepEnd([5, 900], 0, 25, 25, 0)).toBe(1);
  });
});
