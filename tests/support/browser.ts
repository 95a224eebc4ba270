import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; CI installs it (`.ci/run`). */
export const CHROMIUM = process.env.DALIL_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! NO BROWSER: ${CHROMIUM} is missing, so the browser tests are SKIPPED.\n!! Install it with: apt-get install chromium\n${line}\n`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** In-page check that the search page has finished: results complete (not busy) and at least one shown. */
export const SEARCH_DONE = `(() => { const l = document.querySelector('[data-search-results]'); return !!l && l.getAttribute('aria-busy') === 'false' && l.querySelector('a') !== null; })()`;
