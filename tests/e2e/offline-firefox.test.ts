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
    await ff?.browser.close();
    rmSync(parent, { recursive: true, force: true });
  });

  const evaluate = <T>(expression: string) => ff.page.evaluate(expression) as Promise<T>;

  /** Clicks the link `selector` and waits for the file it leads to, which must be in this copy. */
  async function follow(selector: string): Promise<string> {
    const href = await ff.page.$eval(selector, (a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(root), href).toBe(true);
    expect(new URL(href).pathname).toMatch(/\.html$/);
    await Promise.all([ff.page.waitForNavigation({ waitUntil: 'load' }), ff.page.click(selector)]);
    expect(ff.page.url().split('#')[0]).toBe(href.split('#')[0]);
    return href;
  }

  async function search(query: string): Promise<string[]> {
    await ff.page.$eval('#search-input', (i, q) => {
      (i as HTMLInputElement).value = q;
      (i as HTMLInputElement).form!.requestSubmit();
    }, query);
    await ff.page.waitForFunction(`${SEARCH_DONE} && document.querySelector('[data-search-results]').dataset.query === ${JSON.stringify(query)}`, { timeout: 15_000 });
    return ff.page.$$eval('[data-search-results] a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  }

  /** Console messages and requests for anything but this copy (data: URLs are Firefox's own, not requests). */
  const trouble = () => ({
    console: ff.console,
    outside: ff.requests.filter((u) => !u.startsWith(root) && !u.startsWith('data:')),
  });

  it('leads from the root index.html through both languages to an entity page and back, and searches', async () => {
    await ff.page.goto(`${root}index.html`);
    await follow('[data-lang-choice="ar"]');
    expect(await evaluate('getComputedStyle(document.body).marginTop')).toBe('0px');
    const article = await follow('a[href*="articles/004_"]');
    await follow('.article-body a.mention');
    expect(await evaluate('location.pathname')).toMatch(/\/ar\/organisations\/[a-z0-9-]+\/index\.html$/);
    await follow('[data-backlinks] a[data-article-link^="004_"]');
    expect(await evaluate('location.href')).toBe(article);
    await follow('[data-lang-switch]');
    expect(await evaluate('document.documentElement.lang')).toBe('en');

    await follow('nav a[href$="search/index.html"]');
    expect((await search('داعش')).map((h) => h.split('#')[0])).toContain(`${root}en/articles/004_10c41ccd1338e6c9/index.html`);
    const latin = await search('Islamic State');
    expect(latin.every((h) => h.startsWith(`${root}en/`) && /\/index\.html(#s-\d+)?$/.test(h))).toBe(true);
    await follow('[data-search-results] a');
    expect(await evaluate('document.querySelector("main").textContent')).toContain('Islamic State');

    // The header's search box opens the search page with the query, from disk too.
    await ff.page.goto(`${root}ar/index.html`);
    await ff.page.type('#header-search-input', 'القامشلي');
    await Promise.all([ff.page.waitForNavigation({ waitUntil: 'load' }), ff.page.keyboard.press('Enter')]);
    expect(ff.page.url()).toMatch(/\/ar\/search\/index\.html\?q=/);
    await ff.page.waitForFunction(SEARCH_DONE, { timeout: 15_000 });
    expect(trouble()).toEqual({ console: [], outside: [] });
  });

  it('filters the timeline from an entity page\'s link, shows the matches, and pages the timeline', async () => {
    await ff.page.goto(`${root}en/places/sy-deir-ez-zor/index.html`);
    const href = await follow('a[data-entity-timeline="place"]');
    expect(new URL(href).search).toBe('?place=sy-deir-ez-zor');
    const done = `(() => { const l = document.querySelector('[data-timeline-results]'); return !l.hidden && l.getAttribute('aria-busy') === 'false'; })()`;
    await ff.page.waitForFunction(done, { timeout: 15_000 });
    const heading = await evaluate<string>('document.querySelector("main").textContent');
    expect(heading).toContain('Timeline of events');
    const shown = await evaluate<number>('document.querySelectorAll("[data-timeline-results] > li").length');
    expect(shown).toBeGreaterThan(0);
    expect(await evaluate('document.querySelector("[data-events-status]").textContent')).toMatch(new RegExp(`^${shown} events? match`));
    expect(await evaluate('document.querySelector("#events-place").value')).toBe('Deir ez-Zor Governorate');
    const id = await evaluate<string>('document.querySelector("[data-timeline-results] a[data-event-link]").dataset.eventLink');
    await follow('[data-timeline-results] a[data-event-link]');
    expect(await evaluate('document.querySelector("[data-merged-event]").dataset.mergedEvent')).toBe(id);
    expect(await evaluate<string>('document.querySelector("[data-summary=en]").textContent')).not.toBe('');

    await ff.page.goto(`${root}en/events/index.html`);
    await follow('[data-pager] a[rel="next"]');
    expect(await evaluate('location.pathname')).toMatch(/\/en\/events\/page\/2\/index\.html$/);
    expect(await evaluate<number>('document.querySelectorAll("[data-timeline] > li").length')).toBeGreaterThan(0);
    expect(trouble()).toEqual({ console: [], outside: [] });
  });
});
