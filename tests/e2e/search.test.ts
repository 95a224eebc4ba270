import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { planShards } from '../../src/lib/build/search-shards.ts';
import { hasChromium, openPage } from '../support/browser.ts';
import { SEARCH_SHARD_PAGES } from './global-setup.ts';

const base = inject('siteUrl');
const SEED_000 = 'articles/000_6e9a7b7a5efe6263';
const SEED_004 = 'articles/004_10c41ccd1338e6c9';
const ALIAS = 'articles/search-alias'; // writes سوريا, قوات سوريا الديمقراطية, مسئولية, الأمريكية
const DISTRACTOR = 'articles/search-distractor'; // writes بلدات, الأمر, مسؤول: none of the queries below

/** Each row: what a reader types, pages that must be found, pages that must not. */
const TABLE: Array<{ lang: 'ar' | 'en'; q: string; found: string[]; first?: string; not?: string[] }> = [
  { lang: 'ar', q: 'سوريا', found: [SEED_000, SEED_004, ALIAS], not: [DISTRACTOR] },
  { lang: 'ar', q: 'سورية', found: [SEED_000, SEED_004, ALIAS] },
  { lang: 'ar', q: 'الكيماوية', found: [SEED_000, SEED_004] },
  { lang: 'ar', q: 'الكيميائية', found: [SEED_000, SEED_004] },
  { lang: 'ar', q: 'لداعش', found: [SEED_000, SEED_004], not: [DISTRACTOR] },
  { lang: 'ar', q: 'اشتباكات', found: [SEED_000] },
  { lang: 'ar', q: 'الاشتباك', found: [SEED_000] },
  { lang: 'ar', q: 'أمريكية', found: [SEED_000, SEED_004, ALIAS], not: [DISTRACTOR] },
  { lang: 'ar', q: 'الأميركي', found: [SEED_000, ALIAS], not: [DISTRACTOR] },
  { lang: 'ar', q: 'مسئولية', found: [SEED_000, ALIAS] },
  { lang: 'ar', q: 'مسؤولية', found: [SEED_000, ALIAS] },
  { lang: 'ar', q: 'وبالقامشلي', found: [SEED_000], first: 'places/qamishli' },
  { lang: 'ar', q: 'Qamishli', found: [SEED_000], first: 'places/qamishli', not: [SEED_004] },
  { lang: 'ar', q: 'OPCW', found: [SEED_000, SEED_004], first: 'organisations/opcw' },
  { lang: 'ar', q: 'Syria', found: [SEED_000, SEED_004, ALIAS] },
  { lang: 'ar', q: 'Syrian Democratic Forces', found: [SEED_000, ALIAS], first: 'organisations/syrian-democratic-forces' },
  { lang: 'ar', q: 'قسد', found: [SEED_000, ALIAS] },
  { lang: 'en', q: 'داعش', found: [SEED_000, SEED_004], not: [DISTRACTOR] },
  { lang: 'en', q: 'Qamishli', found: [SEED_000], first: 'places/qamishli' },
];

/** Finished: the list is not busy and answers `query` (by default the page URL's, or its filters alone). */
async function settled(page: Page, query?: string): Promise<void> {
  await page.waitForFunction((query) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    const q = query ?? new URLSearchParams(location.search).get('q') ?? '';
    return list?.getAttribute('aria-busy') === 'false' && list.dataset.query === q;
  }, query);
}

async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`${base}/${query}`);
  await settled(page);
  return page.$$eval('[data-search-results] a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/(ar|en)\//, '').replace(/\/(index\.html)?$/, '')),
  );
}

/**
 * The ranking rule (src/lib/search/rank.ts) on the demo site: what a reader types → the first results, in order;
 * `articleIn`: an article is among the first n.
 */
const RANKING: Array<{ lang: 'ar' | 'en'; q: string; first: string[]; articleIn?: number }> = [
  { lang: 'ar', q: 'سوريا', first: ['places/syria'], articleIn: 4 },
  { lang: 'en', q: 'Syria', first: ['places/syria'], articleIn: 4 },
  { lang: 'ar', q: 'الأمم المتحدة', first: ['organisations/united-nations'], articleIn: 4 },
  { lang: 'en', q: 'United Nations', first: ['organisations/united-nations'] },
  { lang: 'ar', q: 'داعش', first: ['organisations/islamic-state'], articleIn: 4 },
  { lang: 'en', q: 'ISIS', first: ['organisations/islamic-state'] },
  { lang: 'ar', q: 'القامشلي', first: ['places/qamishli', SEED_000] },
];

/** Index-only words (SearchMeta.astro) that must never be on screen. */
const INDEX_ONLY = /ent[a-z0-9]+qz|Also known as\S|ويكي بيانات\S/;

describe('the search index of the e2e site', () => {
  it('is in shards, with pages the tests below must find or leave out in a joined shard', () => {
    const site = inject('siteDir');
    const listed = JSON.parse(readFileSync(join(site, 'pagefind/dalil-shards.json'), 'utf8')).shards;
    const files = (readdirSync(site, { recursive: true }) as string[]).map((f) => f.split(/[\\/]/).join('/'))
      .filter((f) => f.endsWith('.html') && readFileSync(join(site, f), 'utf8').includes('data-pagefind-body'));
    const plan = planShards(files, SEARCH_SHARD_PAGES);
    expect(listed).toEqual(plan.shards.map((_, i) => `shard-${i + 1}/`));
    expect(listed.length).toBeGreaterThan(1);
    const indexOf = (page: string) => [plan.main, ...plan.shards].findIndex((set) => set.includes(`ar/${page}/index.html`));
    // Entity pages in the main index, articles in the shards; the year filter below must find ALIAS and
    // DISTRACTOR, which are in two different shards.
    expect(indexOf('places/qamishli')).toBe(0);
    expect(indexOf(ALIAS)).toBeGreaterThan(0);
    expect(indexOf(DISTRACTOR)).toBeGreaterThan(0);
    expect(indexOf(ALIAS)).not.toBe(indexOf(DISTRACTOR));
  });
});

describe.skipIf(!hasChromium)('search in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage());
  });
  afterAll(() => browser?.close());

  it.each(TABLE)('$lang: $q', async ({ lang, q, found, first, not = [] }) => {
    const hits = await results(page, `${lang}/search/?q=${encodeURIComponent(q)}`);
    for (const p of found) expect(hits, `${q} should find ${p}`).toContain(p);
    if (first) expect(hits[0]).toBe(first);
    for (const p of not) expect(hits, `${q} should not find ${p}`).not.toContain(p);
    expect(errors).toEqual([]);
  });

  it.each(RANKING)('ranking, $lang: $q', async ({ lang, q, first, articleIn }) => {
    const hits = await results(page, `${lang}/search/?q=${encodeURIComponent(q)}`);
    expect(hits.slice(0, first.length)).toEqual(first);
    if (articleIn) expect(hits.slice(0, articleIn).some((h) => h.startsWith('articles/')), hits.slice(0, articleIn).join(' ')).toBe(true);
    expect(new Set(hits).size).toBe(hits.length);
  });

  /** Each result as shown: its link, the excerpt's text, its marked words and the name beside it. */
  async function shown(path: string) {
    await page.goto(`${base}/${path}`);
    await settled(page);
    return page.$$eval('[data-search-results] li', (items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        path: new URL(li.querySelector('a')!.href).pathname,
        text: li.textContent ?? '',
        excerpt: li.querySelector('[data-search-excerpt]')?.textContent ?? '',
        marks: [...li.querySelectorAll('[data-search-excerpt] mark')].map((m) => m.textContent ?? ''),
        via: li.querySelector('[data-search-via]')?.textContent ?? '',
      })),
    );
  }

  it('an article shows the sentence of its text where the query occurs, marked, never the index-only words', async () => {
    for (const path of [`en/search/?q=${encodeURIComponent('داعش')}`, `ar/search/?q=${encodeURIComponent('سوريا')}`, `en/search/?q=Qamishli`]) {
      for (const r of await shown(path)) expect(r.text, `${path}: ${r.text}`).not.toMatch(INDEX_ONLY);
    }
    const hits = await shown(`en/search/?q=${encodeURIComponent('لداعش')}`);
    const article = hits.find((h) => h.path.includes(SEED_004))!;
    expect(article.marks.length).toBeGreaterThan(0);
    expect(article.marks.every((m) => /داعش/.test(m)), article.marks.join(' ')).toBe(true);
    // The excerpt is a sentence of the article as the page shows it (Pagefind ends each paragraph with a period).
    const excerpt = article.excerpt.replace(/^… | …$/g, '').replace(/\.$/, '');
    await page.goto(new URL(article.href, page.url()).href);
    expect((await page.locator('main article').textContent())!.replace(/\s+/g, ' ')).toContain(excerpt.replace(/\s+/g, ' '));
  });

  it('an English query that matched through an English name shows the Arabic sentence naming the entity, the name beside it', async () => {
    const hits = await shown(`ar/search/?q=Qamishli`);
    const article = hits.find((h) => h.path.includes(SEED_000))!;
    expect(article.via).toBe('Qamishli');
    expect(article.marks.join(' ')).toMatch(/القامشلي/);
    expect(article.excerpt).toMatch(/\p{Script=Arabic}/u);
    const entity = hits.find((h) => h.path.includes('places/qamishli'))!;
    expect(entity.text).toContain('Qamishli');
    expect(entity.text).not.toMatch(INDEX_ONLY);
  });

  it('says how many results there are, in each language\'s plural forms', async () => {
    const status = async (path: string) => {
      const hits = await results(page, path);
      return { n: hits.length, text: (await page.textContent('[data-search-status]'))?.trim() };
    };
    const toArabicDigits = (n: number) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    // Arabic: 3–10 take the plural نتائج, 11–99 the singular نتيجة (never «لا نتائج» when there are results).
    for (const q of ['Douma', 'داعش', 'الأمم']) {
      const { n, text } = await status(`ar/search/?q=${encodeURIComponent(q)}`);
      expect(n).toBeGreaterThan(2);
      expect(text).toBe(`${toArabicDigits(n)} ${n <= 10 ? 'نتائج' : 'نتيجة'}`);
    }
    const { n, text } = await status('en/search/?q=Douma');
    expect(text).toBe(`${n} results`);
  });

  it('marks only the words that matched, never another word sharing letters', async () => {
    const hits = await shown(`ar/search/?q=${encodeURIComponent('الأمم')}`);
    const marks = hits.flatMap((h) => h.marks);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toMatch(/^[وفبكل]*(ال)?[أا]مم/);
  });

  it('filters by entity type, entity, source and year, and keeps them in the URL', async () => {
    const places = await results(page, `ar/search/?type=place`);
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.startsWith('places/'))).toBe(true);

    const bySource = await results(page, `ar/search/?q=${encodeURIComponent('قرية')}&source=fixture-agency`);
    expect(bySource).toEqual([ALIAS]);

    const byYear = await results(page, `en/search/?year=2019`);
    expect(byYear.sort()).toEqual([ALIAS, DISTRACTOR].sort());

    const byEntity = await results(page, `en/search/?q=${encodeURIComponent('داعش')}&entity=qamishli`);
    expect(byEntity).toContain(SEED_000);
    expect(byEntity).not.toContain(SEED_004);

    await page.selectOption('select[data-search-filter="year"]', '2019');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2019');

    // A type narrows articles and entity pages alike: people named like Syria, no articles.
    const people = await results(page, `en/search/?q=Syria&type=person`);
    expect(people).toContain('people/bashar-al-jaafari');
    expect(people.every((p) => p.startsWith('people/')), people.join(' ')).toBe(true);
    // An event type: the articles that report one, whatever words they match.
    const clashes = await results(page, `en/search/?event=armed_clash`);
    expect(clashes).toContain(SEED_000);
    expect(clashes.every((p) => p.startsWith('articles/'))).toBe(true);
    const articlesOnly = await results(page, `ar/search/?q=${encodeURIComponent('سوريا')}&type=article`);
    expect(articlesOnly.length).toBeGreaterThan(0);
    expect(articlesOnly.every((p) => p.startsWith('articles/'))).toBe(true);
  });

  it('picks the entity filter by name as the reader types, and keeps its id in the URL', async () => {
    await page.goto(`${base}/en/search/?q=${encodeURIComponent('داعش')}`);
    await settled(page);
    await page.click('[data-entity-input]');
    await page.keyboard.type('Qamish');
    const options = page.locator('[role="listbox"] [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(await options.first().textContent()).toContain('Qamishli');
    expect(await options.allTextContents()).not.toContainEqual(expect.stringMatching(/ent\w+qz/));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('entity')).toBe('qamishli');
    expect(await page.inputValue('[data-entity-input]')).toBe('Qamishli');
    await settled(page);
    const hits = await page.$$eval('[data-search-results] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hits.some((h) => h.includes(SEED_000))).toBe(true);
    expect(hits.some((h) => h.includes(SEED_004))).toBe(false);
    // Opened with the id in the URL, the field shows the name.
    await page.goto(`${base}/ar/search/?entity=qamishli`);
    await settled(page);
    expect(await page.inputValue('[data-entity-input]')).toBe('القامشلي');
  });

  it('the language switch keeps the query and the filters', async () => {
    await page.goto(`${base}/en/search/?q=Douma&year=2019`);
    await settled(page);
    await Promise.all([page.waitForURL(/\/ar\/search\//), page.click('[data-lang-switch]')]);
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.get('year')]).toEqual(['Douma', '2019']);
    await settled(page);
    expect(await page.inputValue('#search-input')).toBe('Douma');
    expect(await page.inputValue('select[name="year"]')).toBe('2019');
  });

  it('the header of every page has a search box (`/` focuses it) that opens the search page', async () => {
    await page.goto(`${base}/ar/articles/004_10c41ccd1338e6c9/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('داعش');
    await Promise.all([page.waitForURL(/\/ar\/search\/.*\?q=/), page.keyboard.press('Enter')]);
    await settled(page);
    expect(await page.inputValue('#search-input')).toBe('داعش');
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
  });

  it.each(['ar', 'en'])('%s: the filter menus, listed as the site is built, offer exactly the values in the index', async (lang) => {
    await page.goto(`${base}/${lang}/search/`);
    const offered = await page.$$eval('select[data-search-filter]', (selects) =>
      Object.fromEntries(selects.map((s) => [(s as HTMLSelectElement).dataset.searchFilter, [...(s as HTMLSelectElement).options].map((o) => o.value).filter(Boolean).sort()])),
    );
    // Pagefind's own module, asked in the page (a string: the test runner would rewrite a dynamic import).
    const indexed = await page.evaluate(`(async () => {
      const base = new URL('../../pagefind/', document.baseURI).href;
      const pagefind = await import(base + 'pagefind.js');
      await pagefind.init();
      // With its shards joined (the page's own script may join them to this module too: only names are compared).
      for (const s of (await (await fetch(base + 'dalil-shards.json')).json()).shards) await pagefind.mergeIndex(base + s);
      const filters = await pagefind.filters();
      return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).sort()]));
    })()`);
    expect(Object.keys(offered).sort()).toEqual(['event', 'source', 'type', 'year']);
    expect(offered).toEqual(indexed);
  });

  it('a query typed while another is still running ends with the newer one\'s results only', async () => {
    await page.goto(`${base}/ar/search/`);
    await page.fill('#search-input', 'سوريا');
    await page.press('#search-input', 'Enter');
    await page.fill('#search-input', 'Qamishli');
    await page.press('#search-input', 'Enter');
    await settled(page, 'Qamishli');
    // Give the older search time to (wrongly) render over the newer one.
    await page.waitForTimeout(300);
    const hits = await page.$$eval('[data-search-results] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hits[0]).toMatch(/\/ar\/places\/qamishli\//);
    expect(hits.some((h) => h.includes('search-alias'))).toBe(false);
    expect(await page.getAttribute('[data-search-results]', 'data-query')).toBe('Qamishli');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Qamishli');
    expect(errors).toEqual([]);
  });
});
