import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/serve.ts';

/** Where the end-to-end tests build the site: the sample corpus plus the untrusted-input and search fixtures. */
export const TEST_SITE = resolve('tests/.site');
/** Its content folder. Always the same path: Astro's content cache (.astro/) remembers where entries were. */
export const TEST_CONTENT = resolve('tests/.content');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

/**
 * Builds the site once per run, as `npm run build` does (ingest, then `astro build`, whose dalil() integration
 * adds the search index and the offline step), into a content folder of its own (`DALIL_CONTENT_DIR`), so
 * `src/content` is never touched; then serves it over http.
 */
export default async function setup(project: TestProject) {
  const content = TEST_CONTENT;
  rmSync(content, { recursive: true, force: true });
  cpSync('src/content/entities', join(content, 'entities'), { recursive: true });
  const env = { ...process.env, DALIL_CONTENT_DIR: content };
  const run = (args: string[]) => execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  run(['scripts/dalil.ts', 'ingest', 'corpus', 'tests/fixtures/untrusted', 'tests/fixtures/search']);
  run([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', TEST_SITE, '--silent']);
  const { url, server } = await serveStatic(TEST_SITE);
  project.provide('siteUrl', url);
  project.provide('siteDir', TEST_SITE);
  return () => new Promise<void>((done) => server.close(() => done()));
}
