import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, openPage } from '../support/browser.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');

describe.skipIf(!hasChromium)('event pages, the timeline and the downloads in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage());
  });
  afterAll(() => browser?.close());

  const visible = () => page.locator('[data-timeline] > li:not([hidden])');

  it('filters the timeline by a governorate (its towns included) and by type, and shares the filter in the URL', async () => {
    await page.goto(`${base}/en/events/`);
    const all = await visible().count();
    expect(all).toBeGreaterThan(10);
    expect(await page.locator('[data-events-chart] svg[role="img"] > title').textContent()).toContain('per month');
    expect(await page.locator('[data-events-chart] table tbody tr').count()).toBeGreaterThan(0);

    await page.selectOption('select[name="place"]', 'sy-deir-ez-zor');
    const inGovernorate = await visible().count();
    expect(inGovernorate).toBeGreaterThan(0);
    expect(inGovernorate).toBeLessThan(all);
    for (const places of await visible().evaluateAll((lis) => lis.map((li) => li.getAttribute('data-places')!.split(' '))))
      expect(places).toContain('sy-deir-ez-zor');
    expect(page.url()).toContain('place=sy-deir-ez-zor');

    await page.selectOption('select[name="type"]', 'attack');
    expect(await visible().count()).toBeGreaterThan(0);
    for (const type of await visible().evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')))) expect(type).toBe('attack');

    // The same filter from a shared URL.
    await page.goto(`${base}/en/events/?place=sy-deir-ez-zor&type=attack`);
    expect(await page.inputValue('select[name="type"]')).toBe('attack');
    expect(await visible().count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('opens the Mayadin attack: one-line summaries in both languages, and its report links to the sentence', async () => {
    await page.goto(`${base}/en/events/?place=mayadin&type=attack`);
    await visible().first().locator('a[data-event-link]').click();
    await page.waitForURL(/\/en\/events\/004_/);
    const en = await page.locator('[data-summary="en"]').textContent();
    expect(en).toMatch(/^Islamic State attacked Syrian Armed Forces in Mayadin \(Deir ez-Zor\), \d+ killed according to Syrian Observatory for Human Rights; 2018-04-18, day precision$/);
    const ar = await page.locator('[data-summary="ar"]').textContent();
    expect(ar).toContain('الميادين');
    expect(await page.getAttribute('[data-summary="ar"]', 'dir')).toBe('rtl');

    const link = page.locator('[data-reports] a[data-sentence-link]').first();
    const start = await link.getAttribute('data-sentence-link');
    const url = new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(url.pathname).toMatch(/\/en\/articles\/004_10c41ccd1338e6c9\/(index\.html)?$/);
    expect(url.hash).toBe(`#s-${start}`);
    // The quoted sentence is the article's own text at that offset.
    const quoted = await link.locator('blockquote').textContent();
    const text = await (await fetch(`${base}/events.json`)).json();
    const report = text.events.flatMap((e: { reports: Array<{ evidence: string; evidenceAt: { start: number } }> }) => e.reports).find((r: { evidence: string }) => r.evidence === quoted);
    expect(report.evidenceAt.start).toBe(Number(start));
    expect(errors).toEqual([]);
  });

  it('serves events.csv with the ACLED-like columns and events.json with every report', async () => {
    const csv = await (await fetch(`${base}/events.csv`)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      'event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,fatalities,source,reported_by,notes',
    );
    expect(csv).toContain('Mayadin');
    const json = await (await fetch(`${base}/events.json`)).json();
    // One row per merged event (evidence sentences hold no line break).
    expect(json.events.length).toBe(csv.trim().split('\n').length - 1);
    expect(json.events.every((e: { reports: unknown[] }) => e.reports.length > 0)).toBe(true);
  });

  it('filters the timeline from disk (file://) too', async () => {
    await page.goto(pathToFileURL(join(dir, 'ar/events/index.html')).href + '?type=statement_or_report');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await visible().count()).toBeGreaterThan(0);
    for (const type of await visible().evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')))) expect(type).toBe('statement_or_report');
  });
});
