/**
 * Sets of timeline positions (0 = the newest event) as short strings, for the timeline's filter scripts: each
 * filter value (a type, a place, an actor, a year) is the set of positions of its events, and a filter is the
 * intersection of the sets of its values (src/lib/site/timeline-filter.ts writes them, the browser reads them).
 *
 * A set is written in one of two forms, whichever is shorter once compressed (gzip, as the files are served):
 * - `r` then runs: alternating lengths of absent and present positions from position 0 — absent, present, absent,
 *   … (the first may be 0, the last present run ends the string). A year (one stretch of the timeline) is two
 *   numbers, a rare actor its gaps, and a place that holds most events its few gaps too (the complement, for free).
 * - `b` then a bitmap: 6 positions a character, position i in bit `i % 6` of character `⌊i / 6⌋`, trailing
 *   empty characters dropped: for values held by about half the events in no order, where runs would be long.
 * Numbers and bitmap characters use the URL-safe base-64 digits `A–Z a–z 0–9 - _` (nothing to escape in a JS
 * string). A number is written high digits first, 5 bits a character: digits 0–31 end the number, 32–63 mean more
 * follow (so 0–31 take one character, up to 1,023 two, up to 32,767 three).
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE: Record<string, number> = Object.fromEntries([...DIGITS].map((c, i) => [c, i]));

/** A set of positions as strictly increasing integers. */
export type Positions = readonly number[];

function writeNumber(n: number): string {
  let s = DIGITS[n & 31]!;
  for (n >>>= 5; n > 0; n >>>= 5) s = DIGITS[32 + (n & 31)] + s;
  return s;
}

/** Runs form: `r` and the lengths of the absent and present runs, alternating, from position 0. */
export function encodeRuns(positions: Positions): string {
  let s = 'r';
  let next = 0;
  for (let i = 0; i < positions.length; ) {
    const start = positions[i]!;
    let end = start + 1;
    for (i++; i < positions.length && positions[i] === end; i++) end++;
    s += writeNumber(start - next) + writeNumber(end - start);
    next = end;
  }
  return s;
}

/** Bitmap form: `b` and 6 positions a character. */
export function encodeBitmap(positions: Positions): string {
  const chars = new Uint8Array(positions.length ? Math.floor(positions.at(-1)! / 6) + 1 : 0);
  for (const p of positions) chars[Math.floor(p / 6)] = chars[Math.floor(p / 6)]! | (1 << p % 6);
  return `b${[...chars].map((c) => DIGITS[c]).join('')}`;
}

/** The shorter form of a set by `size` (by default the length; the build measures gzip). */
export function encodeSet(positions: Positions, size: (s: string) => number = (s) => s.length): string {
  const runs = encodeRuns(positions);
  const bitmap = encodeBitmap(positions);
  return size(bitmap) < size(runs) ? bitmap : runs;
}

/** The positions of a set in either form. Throws on a string that is neither. */
export function decodeSet(s: string): number[] {
  const out: number[] = [];
  if (s[0] === 'b') {
    for (let i = 1; i < s.length; i++) {
      const bits = VALUE[s[i]!]!;
      for (let b = 0; b < 6; b++) if (bits & (1 << b)) out.push((i - 1) * 6 + b);
    }
    return out;
  }
  if (s[0] !== 'r') throw new Error(`not a timeline set: ${JSON.stringify(s.slice(0, 20))}`);
  let n = 0;
  let present = false;
  let at = 0;
  for (let i = 1; i < s.length; i++) {
    const d = VALUE[s[i]!];
    if (d === undefined) throw new Error(`not a timeline set: bad digit ${JSON.stringify(s[i])} at ${i}`);
    n = n * 32 + (d & 31);
    if (d >= 32) continue;
    if (present) for (let k = 0; k < n; k++) out.push(at + k);
    at += n;
    n = 0;
    present = !present;
  }
  return out;
}

/** The positions in every one of the sets (each increasing), in increasing order. */
export function intersect(sets: Positions[]): number[] {
  if (sets.length === 0) throw new Error('intersect: no sets (the caller knows how many events there are)');
  const [first, ...rest] = [...sets].sort((a, b) => a.length - b.length);
  let out = [...first!];
  for (const set of rest) {
    const next: number[] = [];
    let j = 0;
    for (const p of out) {
      while (j < set.length && set[j]! < p) j++;
      if (j === set.length) break;
      if (set[j] === p) next.push(p);
    }
    out = next;
  }
  return out;
}
