/**
 * The `dalil()` Astro integration: everything Dalil adds to an Astro build, so that `astro build` alone makes the
 * whole site. After Astro has written the pages (`astro:build:done`):
 * 1. the search page's and the timeline's scripts, each bundled by Vite as one classic script (`_dalil/search.js`,
 *    `_dalil/timeline.js`, see client-bundle.ts): a module script would not run from disk (file://);
 * 2. the Pagefind index, through Pagefind's Node API, in shards on a large site (src/lib/build/search-index.ts);
 * 3. the offline step (src/lib/build/offline/): relative file-style links, search from disk.
 * In `astro dev` the same script is served as a module and search uses the index of the last build (dev.ts).
 * Problems stop the build as an AstroError with a hint.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/build/search-index.ts';
import { makeOffline } from '../lib/build/offline/index.ts';
import { bundleClient, CLIENTS } from './client-bundle.ts';
import { dropStaleContentCache } from './content-cache.ts';
import { devSearch } from './dev.ts';
import { asAstroError, offlineProblems } from './errors.ts';
import { memoryLog } from './memory.ts';

export default function dalil(): AstroIntegration {
  let root = process.cwd();
  let outDir = 'dist';
  const mem = memoryLog();
  return {
    name: 'dalil',
    hooks: {
      'astro:build:start': ({ logger }) => mem(logger, 'build start'),
      'astro:build:generated': ({ logger }) => mem(logger, 'pages generated'),
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        if (dropStaleContentCache(root, [fileURLToPath(config.cacheDir), join(root, '.astro')])) {
          logger.info('content folder changed since the last build: its cache was dropped');
        }
        if (command === 'dev') updateConfig({ vite: { plugins: [devSearch({ root, outDir, logger })] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          for (const c of CLIENTS) {
            const client = await bundleClient(root, site, c);
            logger.info(`client script: ${client.file} (${(client.bytes / 1024).toFixed(1)} KB, classic script)`);
          }
          mem(logger, 'build done');
          const index = await buildSearchIndex(site);
          logger.info(`search index over ${index.pages} pages${index.indexes > 1 ? `, in ${index.indexes} shards` : ''}`);
          mem(logger, 'search index');
          const { site: pages, search, ms } = makeOffline(site);
          mem(logger, 'offline step');
          for (const line of pages.missing.slice(0, 20)) logger.warn(`broken link: ${line}`);
          if (pages.missing.length > 20) logger.warn(`… and ${pages.missing.length - 20} more broken links`);
          logger.info(
            `offline copy: ${pages.rewritten} files rewritten (${pages.html} pages, ${pages.css} stylesheets; ` +
              `${pages.links} links, ${pages.missing.length} broken), ${search.files} search files wrapped, in ${Math.round(ms)} ms`,
          );
          if (pages.problems.length) throw offlineProblems(pages.problems);
        } catch (err) {
          throw asAstroError(err);
        }
      },
    },
  };
}
