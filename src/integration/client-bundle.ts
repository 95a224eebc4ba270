/**
 * The search page's script as one classic script, built by Vite (library mode, IIFE) into `<site>/_dalil/search.js`.
 * Why not the module script Astro would emit for a `<script>`: the same dist/ must work opened from disk, and
 * Chromium and Firefox refuse module scripts from file:// (the offline step rejects them, site.ts). A classic
 * script with a fixed name is loaded by Search.astro (`<script is:inline src>`), and the offline step makes its
 * link relative like any other.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DalilError } from '../lib/kb/errors.ts';

/** The browser entry: defines the `<dalil-search>` element (src/lib/search/ui/). */
export const CLIENT_ENTRY = fileURLToPath(new URL('../lib/search/ui/index.ts', import.meta.url));
/** Where the bundle goes, relative to the site root; Search.astro links to it. */
export const CLIENT_FILE = '_dalil/search.js';

/** `minify: false` keeps the names, for a readable profile (scripts/search-client.ts). */
export async function bundleSearchClient(root: string, siteDir: string, { minify = true } = {}): Promise<{ file: string; bytes: number }> {
  if (!existsSync(CLIENT_ENTRY)) {
    throw new DalilError('the search client is missing', { file: CLIENT_ENTRY }, 'restore src/lib/search/ui/index.ts');
  }
  const outDir = join(siteDir, '_dalil');
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify,
      target: 'es2020',
      reportCompressedSize: false,
      lib: { entry: CLIENT_ENTRY, formats: ['iife'], name: 'dalilSearch', fileName: () => 'search.js' },
    },
  });
  const file = join(siteDir, CLIENT_FILE);
  return { file: CLIENT_FILE, bytes: statSync(file).size };
}
