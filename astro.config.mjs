// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import dalil from './src/integration/index.ts';

/** Warnings that every generated .mdx file would print once: known and harmless, so kept out of the build log. */
const QUIET = new Set(['MODULE_LEVEL_DIRECTIVE']);

export default defineConfig({
  // The public address, for canonical links, hreflang alternates, Open Graph, JSON-LD and the sitemap.
  // Set DALIL_SITE when publishing; the default is `astro preview`'s address.
  site: process.env.DALIL_SITE ?? 'http://localhost:4321',
  // dalil(): after the pages, the search client, the Pagefind index and the offline step (src/integration/).
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      i18n: { defaultLocale: 'ar', locales: { ar: 'ar', en: 'en' } },
    }),
    dalil(),
  ],
  markdown: {
    // Quoted evidence must stay exactly as the source wrote it: no curly quotes or dashes (smart punctuation),
    // and no GFM autolinks or strikethrough made out of article text.
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  trailingSlash: 'always',
  // Pages as folder/index.html; the offline step (src/lib/build/offline/, run by the dalil() integration) then makes
  // every link relative and file-style (…/index.html), so one dist/ works over http and opened from disk.
  // One shared stylesheet file rather than a copy inlined in each of thousands of pages (`auto` inlines small ones).
  // DALIL_BUILD_CONCURRENCY: pages rendered at once (Astro's build.concurrency; measured in docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.DALIL_BUILD_CONCURRENCY) || 1 },
  devToolbar: { enabled: false },
  // Incremental builds: a page whose cacheKey (src/lib/build/page-key.ts), template and content entry are unchanged
  // is copied from the last build's cache (node_modules/.astro) instead of rendered. DALIL_FULL_BUILD=1 turns it off.
  experimental: { incrementalBuild: !process.env.DALIL_FULL_BUILD },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code && QUIET.has(log.code)) return;
          handler(level, log);
        },
      },
    },
  },
});
