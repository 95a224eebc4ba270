import { SEARCH_DONE } from '../support/browser.ts';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasFirefox, launchFirefox, type Firefox } from '../support/firefox.ts';

/** The same reader's journey as offline.test.ts, in Firefox ESR with its default settings. */
describe.skipIf(!hasFirefox)('the built site in Firefox from disk (file://)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'dalil-offline-'));
  const dir = join(parent, 'نسخة دليل offline');
  const root = pathToFileURL(`${dir}/`).href;
  let ff: Firefox;

  beforeAll(async () => {
    cpSync(inject('siteDir'), dir, { recursive: true });
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  const q = (selector: string) => `document.querySelector(${JSON.stringify(selector)})`;
  /** The page's value of `expression`, or undefined while a navigation replaces the page. */
  const read = <T>(expression: string) => ff.evaluate<T>(expression).catch(() => undefined);

  /** Clicks the link `selector` and waits for the file it leads to, which must be in this copy. */
  async function follow(selector: string): Promise<string> {
    const href = await ff.evaluate<string>(`${q(selector)}.href`);
    expect(href.startsWith(root), href).toBe(true);
    expect(new URL(href).pathname).toMatch(/\.html$/);
    await ff.evaluate(`${q(selector)}.click()`);
    await expect.poll(() => read(`document.readyState === 'complete' && location.href.split('#')[0]`)).toBe(href.split('#')[0]);
    return href;
  }

  async function search(query: string): Promise<string[]> {
    await ff.evaluate(`(() => { const i = ${q('#search-input')}; i.value = ${JSON.stringify(query)}; i.form.requestSubmit(); })()`);
    await expect.poll(() => read<boolean>(SEARCH_DONE), { timeout: 15_000 }).toBe(true);
    return ff.evaluate<string[]>(`[...document.querySelectorAll('[data-search-results] a')].map((a) => a.href)`);
  }

  /** Console messages and requests for anything but this copy (data: URLs are Firefox's own, not requests). */
  const trouble = () => ({
    console: ff.events.filter((e) => e.method === 'log.entryAdded').map((e) => `${e.params.level}: ${e.params.text}`),
    outside: ff.events.filter((e) => e.method === 'network.beforeRequestSent').map((e) => e.params.request.url as string)
      .filter((u) => !u.startsWith(root) && !u.startsWith('data:')),
  });

  it('leads from the root index.html through both languages to an entity page and back, and searches', async () => {
    await ff.navigate(`${root}index.html`);
    await follow('[data-lang-choice="ar"]');
    expect(await ff.evaluate('getComputedStyle(document.body).marginTop')).toBe('0px');
    const article = await follow('a[href*="articles/004_"]');
    await follow('.article-body a.mention');
    expect(await ff.evaluate('location.pathname')).toMatch(/\/ar\/organisations\/[a-z0-9-]+\/index\.html$/);
    await follow('[data-backlinks] a[data-article-link^="004_"]');
    expect(await ff.evaluate('location.href')).toBe(article);
    await follow('[data-lang-switch]');
    expect(await ff.evaluate('document.documentElement.lang')).toBe('en');

    await follow('a[href$="search/index.html"]');
    expect(await search('داعش')).toContain(`${root}en/articles/004_10c41ccd1338e6c9/index.html`);
    const latin = await search('Islamic State');
    expect(latin.every((h) => h.startsWith(`${root}en/`) && h.endsWith('/index.html'))).toBe(true);
    await follow('[data-search-results] a');
    expect(await ff.evaluate(`${q('main')}.textContent`)).toContain('Islamic State');

    await ff.navigate(`${root}ar/search/index.html?q=${encodeURIComponent('القامشلي')}`);
    await expect.poll(() => read<boolean>(SEARCH_DONE), { timeout: 15_000 }).toBe(true);
    expect(trouble()).toEqual({ console: [], outside: [] });
  });
});
