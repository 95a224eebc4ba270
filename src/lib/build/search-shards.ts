/**
 * How the search index is split. Pagefind's search of a word costs about the square of the pages the word is on
 * (docs/benchmarks.md, "Why داعش is slow"): on a 10,000-article site a word on most pages took 100–150 ms in
 * Pagefind alone. So on a site with more article pages per language than `shardPages`, article pages are split into
 * shards of at most that many per language, each its own Pagefind index (`pagefind/shard-<n>/`), and the other
 * searchable pages (entity pages) make the main index (`pagefind/`); the search page joins them with Pagefind's
 * `mergeIndex`. Each index scores its pages by its own word statistics, so the article shards are alike (an
 * article's shard is a hash of its id) and no shard mixes articles with entity pages. A smaller site keeps one index.
 *
 * Both languages of an article share a shard, and a new article changes one shard only.
 */
import { createHash } from 'node:crypto';

/** Article pages per language in one shard unless `DALIL_SEARCH_SHARD_PAGES` says otherwise. */
export const SHARD_PAGES = 5000;

export { SHARDS_FILE, type ShardList } from '../search/shards.ts';

export interface ShardPlan {
  /** Pages of the main index (paths of HTML files relative to the site, `/`-separated). */
  main: string[];
  /** Article pages of each further index, `shard-1/` first; empty when the site needs one index only. */
  shards: string[][];
}

const ARTICLE = /^(ar|en)\/articles\/([^/]+)\/index\.html$/;

/** The folder of further index `i` (0-based: `shards[i]`), relative to the main index's folder. */
export const shardFolder = (i: number): string => `shard-${i + 1}/`;

/** Splits a site's searchable pages (paths relative to the site, `/`-separated) into the main index and the shards. */
export function planShards(pages: readonly string[], shardPages: number = SHARD_PAGES): ShardPlan {
  if (!Number.isInteger(shardPages) || shardPages < 1) throw new RangeError(`shardPages must be a positive integer, not ${shardPages}`);
  const perLang = new Map<string, number>();
  for (const f of pages) {
    const m = ARTICLE.exec(f);
    if (m) perLang.set(m[1]!, (perLang.get(m[1]!) ?? 0) + 1);
  }
  const count = Math.ceil(Math.max(0, ...perLang.values()) / shardPages);
  if (count <= 1) return { main: [...pages], shards: [] };
  const main: string[] = [];
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const f of pages) {
    const m = ARTICLE.exec(f);
    (m ? shards[shardOf(m[2]!, count)]! : main).push(f);
  }
  // A small site split finely can leave a shard without articles: it is not written.
  const written = shards.filter((s) => s.length);
  // A site whose only searchable pages are articles: the first shard is the main index.
  return main.length ? { main, shards: written } : { main: written[0]!, shards: written.slice(1) };
}

/** The shard (0-based) an article id hashes to. */
export function shardOf(id: string, count: number): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % count;
}

/** The shard size from `DALIL_SEARCH_SHARD_PAGES`, or the default; a bad value is an error naming the variable. */
export function shardPagesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DALIL_SEARCH_SHARD_PAGES;
  if (raw === undefined || raw === '') return SHARD_PAGES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DALIL_SEARCH_SHARD_PAGES must be a positive whole number of pages, not "${raw}"`);
  return n;
}
