import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { indexSite } from './offline/site.ts';
import { tagResultIndex } from './pagefind-module.ts';
import { planShards, shardFolder, shardPagesFromEnv, SHARDS_FILE, type ShardList } from './search-shards.ts';

export interface SearchIndexReport {
  pages: number;
  /** Indexes written: 1 for the main index alone. */
  indexes: number;
}

/** Files a joined (`mergeIndex`) index is never asked for: the main index's script and engine serve it. */
const MAIN_ONLY = /^(?:pagefind[\w-]*\.(?:js|css)|wasm\.[\w-]+\.pagefind)$/;

/**
 * Indexes the built site with Pagefind (one index per `<html lang>`) into `<site>/pagefind/`, split into shards
 * when it has many articles (search-shards.ts), and writes the shard list there. Pagefind reads only the searchable
 * pages (those with `data-pagefind-body`), from trees of hard links beside the site: at 10,000 articles they are a
 * fifth of the pages, and Pagefind otherwise parses every page to find that out. Result URLs keep their
 * `index.html`, as every link on the site does (see offline/). Pagefind's script is tagged so that each result says
 * which index it came from (pagefind-module.ts).
 */
export async function buildSearchIndex(site: string, shardPages = shardPagesFromEnv()): Promise<SearchIndexReport> {
  const siteDir = resolve(site);
  const out = join(siteDir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const searchable = indexSite(siteDir).files.filter((f) => f.endsWith('.html') && readFileSync(join(siteDir, f)).includes(BODY));
  const plan = planShards(searchable, shardPages);
  let pages = 0;
  try {
    if (!searchable.length) {
      // No page marks its body: Pagefind's own rule (every page, whole) applies.
      pages = await writeIndex(siteDir, out);
    } else {
      const trees = `${siteDir}.search-trees`;
      rmSync(trees, { recursive: true, force: true });
      try {
        for (const [i, files] of [plan.main, ...plan.shards].entries()) {
          const tree = join(trees, String(i));
          linkTree(siteDir, tree, files);
          const dest = i === 0 ? out : join(out, shardFolder(i - 1));
          pages += await writeIndex(tree, dest);
          rmSync(tree, { recursive: true, force: true });
          if (i > 0) for (const f of readdirSync(dest)) if (MAIN_ONLY.test(f)) rmSync(join(dest, f));
        }
      } finally {
        rmSync(trees, { recursive: true, force: true });
      }
    }
  } finally {
    await pagefind.close();
  }
  const list: ShardList = { shards: plan.shards.map((_, i) => shardFolder(i)) };
  writeFileSync(join(out, SHARDS_FILE), `${JSON.stringify(list)}\n`);
  const script = join(out, 'pagefind.js');
  writeFileSync(script, tagResultIndex(readFileSync(script, 'utf8'), script));
  return { pages, indexes: plan.shards.length + 1 };
}

/** The attribute that marks a page's searchable part (src/layouts/Base.astro). */
const BODY = 'data-pagefind-body';

async function writeIndex(dir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

function linkTree(siteDir: string, tree: string, files: readonly string[]): void {
  for (const f of files) {
    const to = join(tree, f);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(siteDir, f), to);
    } catch {
      copyFileSync(join(siteDir, f), to);
    }
  }
}
