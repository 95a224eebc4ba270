import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launch } from '../support/browser.ts';

/** One page of each kind, in both languages: the paths the site builds from the sample corpus and fixtures. */
const KINDS = {
  home: '/{lang}/',
  article: '/{lang}/articles/004_10c41ccd1338e6c9/',
  organisation: '/{lang}/organisations/islamic-state/',
  person: '/{lang}/people/antonio-guterres/',
  place: '/{lang}/places/sy-rif-dimashq-darayya-hajar-aswad/',
  list: '/{lang}/places/',
  search: '/{lang}/search/',
  data: '/{lang}/data/',
  timeline: '/{lang}/events/',
  timelinePage: '/{lang}/events/page/2/',
  event: '/{lang}/events/004_10c41ccd1338e6c9-e2/',
  notFound: '/{lang}/404/',
} as const;
const LANGS = ['ar', 'en'] as const;
const JSON_LD: Partial<Record<keyof typeof KINDS, string>> = {
  home: 'WebSite', article: 'NewsArticle', organisation: 'Organization', person: 'Person', place: 'Place', list: 'CollectionPage',
  timeline: 'CollectionPage', timelinePage: 'CollectionPage', event: 'Event',
};
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Both ways in: over http, and the same dist/ opened from disk. */
const ways = () => [
  { name: 'http', url: (p: string) => inject('siteUrl') + p },
  { name: 'file', url: (p: string) => pathToFileURL(join(inject('siteDir'), p, p.endsWith('/') ? 'index.html' : '')).href },
];

describe.skipIf(!hasChromium)('every page kind in Chromium, both languages, over http and from disk', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !/404 \(Not Found\)/.test(m.text()) && errors.push(`${m.text()} (${page.url()})`));
    page.on('pageerror', (e) => errors.push(`${e.message} (${page.url()})`));
  });
  afterAll(() => browser?.close());

  for (const way of ways()) {
    it(`renders each kind with its language, head and structured data (${way.name})`, async () => {
      errors = [];
      for (const lang of LANGS) {
        for (const [kind, pattern] of Object.entries(KINDS) as Array<[keyof typeof KINDS, string]>) {
          const path = pattern.replace('{lang}', lang);
          const res = await page.goto(way.url(path));
          if (way.name === 'http') expect(res?.status(), path).toBe(200);
          expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
          expect(await page.getAttribute('html', 'dir'), path).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          expect((await page.locator('h1').first().textContent())?.trim(), path).toBeTruthy();
          const description = await page.getAttribute('meta[name="description"]', 'content');
          expect(description, path).toBeTruthy();
          if (kind === 'notFound') {
            expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
            continue;
          }
          const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
          expect(alternates, path).toEqual(['ar ' + path.replace(/^\/en\//, '/ar/'), 'en ' + path.replace(/^\/ar\//, '/en/'), 'x-default /']);
          expect(new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!).pathname, path).toBe(path);
          expect(await page.getAttribute('meta[property="og:title"]', 'content'), path).toBeTruthy();
          const type = JSON_LD[kind];
          if (type) {
            const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
            expect(data['@type'], path).toBe(type);
          }
        }
      }
      expect(errors).toEqual([]);
    });

    it(`jumps from an entity page's quote to the highlighted sentence (${way.name})`, async () => {
      for (const lang of LANGS) {
        await page.goto(way.url(KINDS.organisation.replace('{lang}', lang)));
        const link = page.locator('[data-backlinks] a[data-sentence-link]').first();
        const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
        expect(href).toMatch(/\/articles\/[^/]+\/(index\.html)?#s-\d+$/);
        await link.click();
        await page.waitForURL((u) => u.hash === new URL(href).hash);
        const id = new URL(href).hash.slice(1);
        const target = page.locator(`[id="${id}"]`);
        expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
        expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 228, 138)');
        await expect.poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
        // The quoted sentence is the one the entity page showed: it names the entity.
        expect(await target.locator('a.mention[data-entity="islamic-state"]').count()).toBeGreaterThan(0);
      }
    });

    it(`copies a citation of a sentence with its source and link (${way.name})`, async () => {
      if (way.name === 'http') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('siteUrl') });
      for (const lang of LANGS) {
        await page.goto(way.url(KINDS.article.replace('{lang}', lang)));
        const sentence = page.locator('.article-body .s').nth(2);
        const id = await sentence.getAttribute('id');
        await sentence.locator('a[data-cite]').click();
        const out = page.locator('[data-cite-output]');
        await expect.poll(() => out.getAttribute('data-state')).toMatch(/copied|manual/);
        const text = await out.locator('textarea').inputValue();
        const own = (await sentence.evaluate((el) => { const c = el.cloneNode(true) as Element; c.querySelectorAll('.cite, .gloss').forEach((x) => x.remove()); return c.textContent!; })).replace(/\s+/g, ' ').trim();
        expect(text).toContain(own);
        expect(text).toMatch(new RegExp(`#${id}$`));
        expect(text).toContain(lang === 'ar' ? 'المصدر غير مسجّل' : 'Outlet not recorded');
        expect(page.url()).toMatch(new RegExp(`#${id}$`));
        if (way.name === 'http') {
          expect(await out.getAttribute('data-state')).toBe('copied');
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
        }
      }
    });
  }

  it('filters a list as one types, folding Arabic spelling', async () => {
    await page.goto(ways()[0]!.url('/ar/places/'));
    const items = page.locator('[data-filter-list] > li');
    const total = await items.count();
    await page.fill('#list-filter', 'دمشق');
    const shown = await page.locator('[data-filter-list] > li:not([hidden])').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    expect(shown.every((x) => x.includes('دمشق'))).toBe(true);
    expect(await page.locator('[data-list-status]').textContent()).toMatch(/^معروض [٠-٩]+ من [٠-٩]+$/);
  });

  it('glosses every mention of an English article page with its English name, in small type after it', async () => {
    await page.goto(ways()[0]!.url(KINDS.article.replace('{lang}', 'en')));
    const mentions = await page.locator('.article-body a.mention').count();
    expect(await page.locator('.article-body a.mention + small.gloss[lang="en"]').count()).toBe(mentions);
    expect(await page.locator('.article-body').getAttribute('dir')).toBe('rtl');
    await page.goto(ways()[0]!.url(KINDS.article.replace('{lang}', 'ar')));
    expect(await page.locator('.article-body .gloss').count()).toBe(0);
  });

  it('answers a wrong address with the 404 page, in both languages', async () => {
    const res = await page.goto(`${inject('siteUrl')}/en/no/such/page/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('[data-not-found]').count()).toBe(2);
    await page.locator('[data-not-found] a[href="/en/places/"]').click();
    await page.waitForURL(/\/en\/places\//);
    expect(await page.locator('h1').textContent()).toContain('Places');
  });

  it('has no serious or critical accessibility violation (axe-core), desktop and phone', async () => {
    const found: string[] = [];
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const lang of LANGS) {
        for (const pattern of [...Object.values(KINDS), '/404.html']) {
          const path = pattern.replace('{lang}', lang);
          await page.goto(ways()[0]!.url(path));
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(async () => {
            const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({ resultTypes: ['violations'] });
            return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
          });
          for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${viewport.width}px ${path}: ${v.id} (${v.impact}, ${v.nodes} nodes)`);
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(found).toEqual([]);
  });

  it('takes the README screenshots: an Arabic and an English page, desktop and phone', async () => {
    const shots = [
      { lang: 'ar', path: KINDS.place, name: 'ar-place' },
      { lang: 'en', path: KINDS.article, name: 'en-article' },
    ];
    for (const s of shots) {
      for (const [tag, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
        const shot = await browser.newPage({ viewport });
        await shot.goto(ways()[0]!.url(s.path.replace('{lang}', s.lang)));
        await shot.evaluate(() => document.fonts.ready);
        const file = join('docs/screenshots', `${s.name}-${tag}.png`);
        await shot.screenshot({ path: file });
        expect(readFileSync(file).length).toBeGreaterThan(10_000);
        await shot.close();
      }
    }
  });
});
