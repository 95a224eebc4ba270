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

/** Every classic script Dalil bundles: the search page's, and the timeline's filters (src/lib/site/ui/, Timeline.astro). */
export const CLIENTS = [
  { name: 'dalilSearch', entry: CLIENT_ENTRY, file: CLIENT_FILE, restore: 'src/lib/search/ui/index.ts' },
  {
    name: 'dalilTimeline',
    entry: fileURLToPath(new URL('../lib/site/ui/index.ts', import.meta.url)),
    file: '_dalil/timeline.js',
    restore: 'src/lib/site/ui/index.ts',
  },
] as const;

export type Client = (typeof CLIENTS)[number];

/** `minify: false` keeps the names, for a readable profile (scripts/search-client.ts). */
export async function bundleClient(root: string, siteDir: string, client: Client, { minify = true } = {}): Promise<{ file: string; bytes: number }> {
  if (!existsSync(client.entry)) {
    throw new DalilError(`the ${client.file} client is missing`, { file: client.entry }, `restore ${client.restore}`);
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
      lib: { entry: client.entry, formats: ['iife'], name: client.name, fileName: () => client.file.slice('_dalil/'.length) },
    },
  });
  const file = join(siteDir, client.file);
  return { file: client.file, bytes: statSync(file).size };
}

/** The search page's script (kept for callers of the one-client API). */
export const bundleSearchClient = (root: string, siteDir: string, options: { minify?: boolean } = {}) =>
  bundleClient(root, siteDir, CLIENTS[0], options);
