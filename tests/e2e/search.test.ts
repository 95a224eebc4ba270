import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, openPage } from '../support/browser.ts';

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

  it('filters by entity type, entity, source and year, and keeps them in the URL', async () => {
    const places = await results(page, `ar/search/?type=${encodeURIComponent('مكان')}`);
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.startsWith('places/'))).toBe(true);

    const bySource = await results(page, `ar/search/?q=${encodeURIComponent('قرية')}&source=fixture-agency`);
    expect(bySource).toEqual([ALIAS]);

    const byYear = await results(page, `en/search/?year=2019`);
    expect(byYear.sort()).toEqual([ALIAS, DISTRACTOR].sort());

    const byEntity = await results(page, `en/search/?q=${encodeURIComponent('داعش')}&entity=Qamishli`);
    expect(byEntity).toContain(SEED_000);
    expect(byEntity).not.toContain(SEED_004);

    await page.selectOption('select[data-search-filter="year"]', '2019');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2019');
  });

  it.each(['ar', 'en'])('%s: the filter menus, listed as the site is built, offer exactly the values in the index', async (lang) => {
    await page.goto(`${base}/${lang}/search/`);
    const offered = await page.$$eval('select[data-search-filter]', (selects) =>
      Object.fromEntries(selects.map((s) => [(s as HTMLSelectElement).dataset.searchFilter, [...(s as HTMLSelectElement).options].map((o) => o.value).filter(Boolean).sort()])),
    );
    const indexed = await page.evaluate(async () => {
      const w = window as unknown as { dalilPagefind: (base: string) => Promise<{ filters(): Promise<Record<string, Record<string, number>>> }> };
      const filters = await (await w.dalilPagefind(new URL('../../pagefind/', document.baseURI).href)).filters();
      return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).sort()]));
    });
    expect(Object.keys(offered).sort()).toEqual(['source', 'type', 'year']);
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
