import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launch, SEARCH_DONE } from '../support/browser.ts';

/**
 * The built site opened from disk, as a reader with a USB stick would: a copy in a folder whose path has spaces
 * and Arabic letters, pages opened as file:// URLs, no server.
 */
describe.skipIf(!hasChromium)('the built site in Chromium from disk (file://)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'dalil-offline-'));
  const dir = join(parent, 'نسخة دليل offline');
  const root = pathToFileURL(`${dir}/`).href;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const outside: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    cpSync(inject('siteDir'), dir, { recursive: true });
    browser = await launch();
    page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith(root) && outside.push(r.url()));
    // A missing file fails (net::ERR_FILE_NOT_FOUND); a load cut short by the next navigation (ERR_ABORTED) does not count.
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  /** Clicks `link` and waits for the page it leads to: a file of this copy, never a folder. */
  async function follow(link: ReturnType<Page['locator']>): Promise<string> {
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(root), href).toBe(true);
    expect(new URL(href).pathname).toMatch(/\.html$/);
    await link.click();
    await page.waitForURL((u) => u.href.split('#')[0] === href.split('#')[0]);
    return href;
  }

  it('opens the root index.html and leads through both languages to an entity page and back', async () => {
    await page.goto(`${root}index.html`);
    expect(await page.locator('[data-lang-choice]').count()).toBe(2);
    await follow(page.locator('[data-lang-choice="ar"]'));
    expect(page.url()).toBe(`${root}ar/index.html`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The stylesheet came from disk too (body { margin: 0 } against the browser's 8px).
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');

    const article = await follow(page.locator('a[href*="articles/004_"]').first());
    await follow(page.locator('.article-body a.mention', { hasText: 'داعش' }).first());
    expect(page.url()).toMatch(/\/ar\/organisations\/[a-z0-9-]+\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await follow(page.locator('[data-backlinks] a[data-article-link^="004_"]'));
    expect(page.url()).toBe(article);

    await follow(page.locator('[data-lang-switch]'));
    expect(page.url()).toBe(article.replace('/ar/', '/en/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await follow(page.locator('.article-body a.mention', { hasText: 'داعش' }).first());
    expect(page.url()).toMatch(/\/en\/organisations\/[a-z0-9-]+\/index\.html$/);
    await follow(page.locator('a.brand'));
    expect(page.url()).toBe(`${root}en/index.html`);
    expect({ errors, outside, failed }).toEqual({ errors: [], outside: [], failed: [] });
  });

  /** Types `query` into the search box of the current page and waits for results. */
  async function search(query: string) {
    await page.fill('#search-input', query);
    await page.press('#search-input', 'Enter');
    const results = page.locator('[data-search-results] a');
    await page.waitForFunction(SEARCH_DONE, null, { timeout: 15_000 });
    return results;
  }

  it('searches in Arabic and in Latin script, and opens a result', async () => {
    await page.goto(`${root}ar/index.html`);
    await follow(page.locator('a[href$="search/index.html"]'));
    let results = await search('داعش');
    // Article results link to the matching sentence (`#s-<n>`) of the page.
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split('#')[0]!));
    expect(hrefs).toContain(`${root}ar/articles/004_10c41ccd1338e6c9/index.html`);
    expect(hrefs).toContain(`${root}ar/articles/000_6e9a7b7a5efe6263/index.html`);
    expect(hrefs.every((h) => h.startsWith(`${root}ar/`) && h.endsWith('/index.html'))).toBe(true);
    // The URL follows the box, from disk too.
    expect(new URL(page.url()).searchParams.get('q')).toBe('داعش');
    await follow(results.first());
    expect(await page.locator('h1').textContent()).toBeTruthy();

    await follow(page.locator('[data-lang-switch]'));
    await follow(page.locator('a[href$="search/index.html"]'));
    expect(page.url()).toBe(`${root}en/search/index.html`);
    results = await search('Islamic State');
    const first = await results.first().evaluate((a) => (a as HTMLAnchorElement).href);
    expect(first.startsWith(`${root}en/`)).toBe(true);
    await follow(results.first());
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main').textContent()).toContain('Islamic State');
    expect({ errors, outside, failed }).toEqual({ errors: [], outside: [], failed: [] });
  });

  it('runs the query in ?q= when a search page is opened from disk with one, and from the header\'s box', async () => {
    await page.goto(`${root}ar/search/index.html?q=${encodeURIComponent('القامشلي')}`);
    await page.waitForFunction(SEARCH_DONE, null, { timeout: 15_000 });
    await page.goto(`${root}en/people/index.html`);
    await page.keyboard.press('/');
    await page.keyboard.type('Qamishli');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/index\.html\?q=Qamishli$/);
    await page.waitForFunction(SEARCH_DONE, null, { timeout: 15_000 });
    expect(await page.inputValue('#search-input')).toBe('Qamishli');
    expect({ errors, outside, failed }).toEqual({ errors: [], outside: [], failed: [] });
  });
});
