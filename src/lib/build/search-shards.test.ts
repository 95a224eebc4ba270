import { describe, expect, it } from 'vitest';
import { planShards, shardOf, shardPagesFromEnv, SHARD_PAGES } from './search-shards.ts';

const articles = (n: number) => Array.from({ length: n }, (_, i) => [`ar/articles/a${i}/index.html`, `en/articles/a${i}/index.html`]).flat();
const others = ['ar/index.html', 'en/index.html', 'ar/organisations/islamic-state/index.html', 'en/places/douma/index.html', 'ar/events/index.html'];

describe('planShards', () => {
  it('keeps one index while a language has no more article pages than a shard holds', () => {
    const files = [...others, ...articles(10)];
    expect(planShards(files, 10)).toEqual({ main: files, shards: [] });
  });

  it('splits the articles into ceil(articles per language / shard size) shards, other pages in the main index', () => {
    const plan = planShards([...others, ...articles(30)], 10);
    expect(plan.main).toEqual(others);
    expect(plan.shards).toHaveLength(3);
    for (const shard of plan.shards) for (const page of shard) expect(page).toMatch(/^(ar|en)\/articles\//);
    // Every page once, nothing lost.
    expect([...plan.main, ...plan.shards.flat()].sort()).toEqual([...others, ...articles(30)].sort());
    // Both languages of an article in the same index.
    for (const set of plan.shards) {
      const ids = (lang: string) => set.filter((p) => p.startsWith(`${lang}/articles/`)).map((p) => p.split('/')[2]).sort();
      expect(ids('ar')).toEqual(ids('en'));
    }
  });

  it('makes the first shard the main index when articles are the only searchable pages', () => {
    const plan = planShards(articles(30), 10);
    expect(plan.shards).toHaveLength(2);
    expect(plan.main.every((p) => p.includes('/articles/'))).toBe(true);
    expect([...plan.main, ...plan.shards.flat()].sort()).toEqual(articles(30).sort());
  });

  it('gives an article the same shard whatever else the site holds', () => {
    const small = planShards([...others, ...articles(25)], 10);
    const bigger = planShards([...others, ...articles(25), 'ar/articles/zz/index.html', 'en/articles/zz/index.html'], 10);
    expect(bigger.shards.length).toBe(small.shards.length);
    expect(bigger.shards.map((s) => s.filter((p) => !p.includes('/zz/')))).toEqual(small.shards);
  });

  it('spreads articles about evenly', () => {
    const plan = planShards([...others, ...articles(3000)], 1000);
    const sizes = plan.shards.map((s) => s.length / 2);
    expect(sizes).toHaveLength(3);
    for (const n of sizes) expect(n).toBeGreaterThan(850);
    for (const n of sizes) expect(n).toBeLessThan(1150);
  });

  it('writes no empty shard', () => {
    const plan = planShards([...others, ...articles(3)], 1);
    expect(plan.shards.every((s) => s.length > 0)).toBe(true);
    expect([...plan.main, ...plan.shards.flat()].sort()).toEqual([...others, ...articles(3)].sort());
  });

  it('rejects a shard size that is not a positive whole number', () => {
    expect(() => planShards(others, 0)).toThrow(RangeError);
    expect(() => planShards(others, 2.5)).toThrow(RangeError);
  });
});

describe('shardOf', () => {
  it('is stable and within range', () => {
    expect(shardOf('a1', 4)).toBe(shardOf('a1', 4));
    for (let i = 0; i < 100; i++) expect(shardOf(`x${i}`, 3)).toBeLessThan(3);
  });
});

describe('shardPagesFromEnv', () => {
  it('reads DALIL_SEARCH_SHARD_PAGES, defaulting to SHARD_PAGES', () => {
    expect(shardPagesFromEnv({})).toBe(SHARD_PAGES);
    expect(shardPagesFromEnv({ DALIL_SEARCH_SHARD_PAGES: '40' })).toBe(40);
  });
  it('names the variable when its value is bad', () => {
    expect(() => shardPagesFromEnv({ DALIL_SEARCH_SHARD_PAGES: 'many' })).toThrow(/DALIL_SEARCH_SHARD_PAGES/);
    expect(() => shardPagesFromEnv({ DALIL_SEARCH_SHARD_PAGES: '-3' })).toThrow(/DALIL_SEARCH_SHARD_PAGES/);
  });
});
