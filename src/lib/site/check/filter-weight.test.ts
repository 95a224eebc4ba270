import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filterWeight } from './filter-weight.ts';

const site = mkdtempSync(join(tmpdir(), 'dalil-filter-weight-'));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
};
// Text that gzip cannot shrink much (a seeded pseudo-random string), of n characters.
const noise = (n: number, seed = 7) => Array.from({ length: n }, () => String.fromCharCode(33 + ((seed = (seed * 16807) % 2147483647) % 90))).join('');

describe('the timeline filter data a worst-case filter loads', () => {
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('counts filter.js, the heaviest by/ file of each kind, the heaviest names/ file of each picker and the heaviest rows of a step', () => {
    write('en/events/filter.js', 'window.dalilTimeline = {};');
    write('en/events/by/place/syria.js', noise(3000));
    write('en/events/by/place/douma.js', noise(100));
    write('en/events/by/type/attack.js', noise(500));
    write('en/events/names/actor/73-61.js', noise(800));
    write('en/events/names/actor/64-65.js', 'x'.repeat(5000));
    write('en/events/rows/1.js', noise(1200));
    // Ten rows files: a step loads at most eight, so the two lightest are not counted.
    for (let n = 2; n <= 10; n++) write(`en/events/rows/${n}.js`, n <= 8 ? noise(1000, n) : 'y'.repeat(1000));
    const w = filterWeight(site, 'en')!;
    expect(w.files.map((f) => f.file)).toEqual(['filter.js', 'by/place/syria.js', 'by/type/attack.js', 'names/actor/73-61.js', 'rows/ (the 8 heaviest)']);
    const rows = w.files.at(-1)!.bytes;
    // Eight files of ~1,000 noisy characters (~800 bytes or more each after gzip); the repeated-letter files would add ~30 bytes each.
    expect(rows).toBeGreaterThan(8 * 750);
    expect(rows).toBeLessThan(8 * 1100);
    expect(w.total).toBe(w.files.reduce((n, f) => n + f.bytes, 0));
    // 3,000 characters of 90 kinds (6.5 bits each) stay above 2 KB; 5,000 repeated letters shrink to a few dozen bytes.
    expect(w.files[1]!.bytes).toBeGreaterThan(2000);
    expect(w.rows).toBeGreaterThan(1000);
  });

  it('measures a site with one filter.js the same way, and a site without one not at all', () => {
    write('ar/events/filter.js', noise(2000));
    expect(filterWeight(site, 'ar')!.files.map((f) => f.file)).toEqual(['filter.js']);
    expect(filterWeight(site, 'xx')).toBeUndefined();
  });
});
