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

/**
 * A Chromium page for one test file, with the console errors and page errors it collects; close the browser in
 * `afterAll`.
 */
export async function openPage(): Promise<{ browser: Browser; page: import('playwright-core').Page; errors: string[] }> {
  const browser = await launch();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => errors.push(e.message));
  return { browser, page, errors };
}
