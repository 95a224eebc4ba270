import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/serve.ts';

/** Where the end-to-end tests build the site: the sample corpus plus the untrusted-input and search fixtures. */
export const TEST_SITE = resolve('tests/.site');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

/** Builds the site once per run, as `npm run build` does, and serves it over http. */
export default async function setup(project: TestProject) {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  run(['scripts/dalil.ts', 'ingest', 'corpus', 'tests/fixtures/untrusted', 'tests/fixtures/search']);
  try {
    run([astro, 'build', '--outDir', TEST_SITE, '--silent']);
    run(['scripts/postbuild.ts', TEST_SITE]);
  } finally {
    // Leave src/content as the demo build expects it.
    run(['scripts/dalil.ts', 'ingest']);
  }
  const { url, server } = await serveStatic(TEST_SITE);
  project.provide('siteUrl', url);
  project.provide('siteDir', TEST_SITE);
  return () => new Promise<void>((done) => server.close(() => done()));
}
