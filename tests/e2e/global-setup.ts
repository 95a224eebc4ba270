import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/serve.ts';

/** Where the end-to-end tests build the site: the sample corpus plus the untrusted-input, search and curation fixtures. */
export const TEST_SITE = resolve('tests/.site');
/** The content folder the e2e site is built from (its ingest output is read by tests too). */
export const TEST_CONTENT = resolve('tests/.site-content');
/** Article pages per language in one search shard of the e2e site. */
export const SEARCH_SHARD_PAGES = 4;

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

/**
 * Builds the site once per run, as `npm run build` does (ingest, then `astro build`, whose dalil() integration
 * adds the search index and the offline step), and serves it over http.
 */
export default async function setup(project: TestProject) {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  // A content folder of its own: the project's entity files plus the curation fixture's, src/content left alone.
  // (Astro's content cache remembers the last content folder's files: the dalil() integration drops it when the
  // folder changes, src/integration/content-cache.ts.)
  rmSync(TEST_CONTENT, { recursive: true, force: true });
  cpSync('src/content/entities', join(TEST_CONTENT, 'entities'), { recursive: true });
  cpSync('tests/fixtures/curation/entities', join(TEST_CONTENT, 'entities'), { recursive: true });
  const env = { DALIL_CONTENT_DIR: TEST_CONTENT };
  run(['scripts/dalil.ts', 'ingest', 'corpus', 'tests/fixtures/untrusted', 'tests/fixtures/search', 'tests/fixtures/curation'], env);
  // Its articles are indexed in shards of four per language (src/lib/build/search-shards.ts), as a large site's are,
  // so that every search test also runs over shards joined with mergeIndex, over http and from disk. (Smaller
  // shards than that make Pagefind's per-index word statistics, and with them the ranking, mere noise: a large
  // site's shards hold thousands of pages each.)
  run([astro, 'build', '--outDir', TEST_SITE, '--silent'], { ...env, DALIL_SEARCH_SHARD_PAGES: String(SEARCH_SHARD_PAGES) });
  const { url, server } = await serveStatic(TEST_SITE);
  project.provide('siteUrl', url);
  project.provide('siteDir', TEST_SITE);
  return () => new Promise<void>((done) => server.close(() => done()));
}
