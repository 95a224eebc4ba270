/**
 * How the search index is split. Pagefind's search of a word costs about the square of the pages the word is on
 * (docs/benchmarks.md, "Why داعش is slow"): on a 10,000-article site a word on most pages took 100–150 ms in
 * Pagefind alone. Article pages are therefore indexed in shards of at most `shardPages` pages per language, each
 * its own Pagefind index (`pagefind/shard-<n>/`), which the search page joins with Pagefind's `mergeIndex`; every
 * other searchable page (entity pages) stays in the main index (`pagefind/`). A site with no more article pages per
 * language than one shard holds keeps one index, as before.
 *
 * An article goes to the shard its id hashes to, so both languages of an article share a shard and a new article
 * changes one shard only.
 */
import { createHash } from 'node:crypto';

/** Article pages per language in one shard unless `DALIL_SEARCH_SHARD_PAGES` says otherwise. */
export const SHARD_PAGES = 5000;

/** Where the shard list is written, in the main index's folder; the search page reads it (engine.ts). */
export const SHARDS_FILE = 'dalil-shards.json';

/** The shard list's contents: index folders relative to the main index's folder, in order. */
export interface ShardList {
  shards: string[];
}

export interface ShardPlan {
  /** Pages for the main index (relative paths of HTML files under the site): all but the other shards' articles. */
  main: string[];
  /** Article pages of each further shard, `shard-1/` first; empty when the site needs one index only. */
  shards: string[][];
}

const ARTICLE = /^(ar|en)\/articles\/([^/]+)\/index\.html$/;

/** The folder of further shard `i` (0-based: `shards[i]`), relative to the main index's folder. */
export const shardFolder = (i: number): string => `shard-${i + 1}/`;

/** Splits a site's HTML files (paths relative to the site, `/`-separated) into the main index and the shards. */
export function planShards(files: readonly string[], shardPages: number = SHARD_PAGES): ShardPlan {
  if (!Number.isInteger(shardPages) || shardPages < 1) throw new RangeError(`shardPages must be a positive integer, not ${shardPages}`);
  const perLang = new Map<string, number>();
  for (const f of files) {
    const m = ARTICLE.exec(f);
    if (m) perLang.set(m[1]!, (perLang.get(m[1]!) ?? 0) + 1);
  }
  const count = Math.ceil(Math.max(0, ...perLang.values()) / shardPages);
  if (count <= 1) return { main: [...files], shards: [] };
  const main: string[] = [];
  const shards: string[][] = Array.from({ length: count - 1 }, () => []);
  for (const f of files) {
    const m = ARTICLE.exec(f);
    const shard = m ? shardOf(m[2]!, count) : 0;
    (shard === 0 ? main : shards[shard - 1]!).push(f);
  }
  // A small site split finely can leave a shard without articles: it is not written.
  return { main, shards: shards.filter((s) => s.length) };
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
