import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, openPage } from '../support/browser.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');

interface EventRecord {
  id: string;
  type: string;
  date: string | null;
  places: string[];
  actors: string[];
  location: { chain: Array<{ id: string }> } | null;
}
const events = (): EventRecord[] => JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')).events;

/** Events the timeline should find for the Deir ez-Zor governorate: its chain, or a place of it this corpus names. */
const DEIR_EZ_ZOR_PLACES = ['sy-deir-ez-zor', 'deir-ez-zor', 'mayadin', 'abu-kamal'];
const inDeirEzZor = (e: EventRecord) =>
  !!e.location?.chain.some((c) => c.id === 'sy-deir-ez-zor') || e.places.some((p) => DEIR_EZ_ZOR_PLACES.includes(p));

/** The timeline's page size (src/lib/site/timeline.ts). */
const PAGE = 25;
/** The results of a filter, once complete. */
const RESULTS_DONE = `(() => { const l = document.querySelector('[data-timeline-results]'); return !!l && !l.hidden && l.getAttribute('aria-busy') === 'false'; })()`;

describe.skipIf(!hasChromium)('event pages, the timeline and the downloads in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage());
  });
  afterAll(() => browser?.close());

  const cards = () => page.locator('[data-timeline] > li');
  const results = () => page.locator('[data-timeline-results] > li');
  const resultIds = async () => {
    await page.waitForFunction(RESULTS_DONE);
    return results().evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event!));
  };
  /** The timeline's filter scripts the page has asked for since `since()` (paths inside `/<lang>/events/`). */
  let scripts: string[] = [];
  const since = () => {
    scripts = [];
    page.removeAllListeners('request');
    page.on('request', (r) => {
      const m = /\/(?:ar|en)\/events\/((?:filter|by\/|names\/|rows\/).*\.js)$/.exec(new URL(r.url()).pathname);
      if (m) scripts.push(m[1]!);
    });
  };
  /** Types `typed` into a picker and chooses the option for `id`. */
  async function pick(kind: 'place' | 'actor', typed: string, id: string) {
    await page.fill(`#events-${kind}`, typed);
    await page.click(`#events-${kind}-list [data-entity-id="${id}"]`);
  }

  it('pages the timeline: the newest events first, each page linked, every event on one page', async () => {
    const all = events();
    expect(all.length, 'the e2e corpus gives more events than one timeline page holds').toBeGreaterThan(PAGE);
    await page.goto(`${base}/en/events/`);
    expect(await page.locator('[data-events-chart] svg[data-chart="wide"][role="img"] > title').textContent()).toContain('per month');
    // One drawing shows at a time: the wide one here (1280 px: the browser's default viewport is 1280 × 720).
    expect(await page.locator('[data-events-chart] svg[data-chart="wide"]').isVisible()).toBe(true);
    expect(await page.locator('[data-events-chart] svg[data-chart="narrow"]').isVisible()).toBe(false);
    // On a 390 px phone the narrow drawing shows, its labels at 10 px or more as drawn (an SVG scales its text).
    await page.setViewportSize({ width: 390, height: 844 });
    const drawn = await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('[data-events-chart] svg')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => ({ chart: svg.dataset.chart, px: (parseFloat(getComputedStyle(svg.querySelector('text.tick')!).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width })));
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.chart).toBe('narrow');
    expect(drawn[0]!.px).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-events-chart] table tbody tr').count()).toBeGreaterThan(0);
    const first = await cards().evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event));
    expect(first).toEqual(all.slice(0, PAGE).map((e) => e.id));
    expect(await page.locator('[data-events-count]').textContent()).toContain(`${all.length} events`);

    await page.click('[data-pager] a[rel="next"]');
    await page.waitForURL(/\/en\/events\/page\/2\/(index\.html)?$/);
    expect(await page.locator('[data-events-chart]').count()).toBe(0);
    const second = await cards().evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event));
    expect(second).toEqual(all.slice(PAGE, 2 * PAGE).map((e) => e.id));

    // The year index leads to the card that opens the year, on its page.
    const year = all[PAGE]!.date!.slice(0, 4);
    const link = page.locator(`[data-year-index] a[data-year="${year}"]`);
    expect(await link.locator('xpath=..').textContent()).toContain(`${all.filter((e) => e.date?.startsWith(year)).length} event`);
    const hash = new URL((await link.getAttribute('href'))!, page.url()).hash;
    await link.click();
    // The link may open another page: wait until the browser is there (its fragment included) before reading :target.
    await page.waitForURL((url) => url.hash === hash);
    const firstOfYear = all.find((e) => e.date?.startsWith(year))!;
    expect(await page.evaluate(() => (document.querySelector(':target') as HTMLElement | null)?.dataset.event)).toBe(firstOfYear.id);
    expect(errors).toEqual([]);
  });

  it('filters by a governorate (its towns included) and by type over every page, and shares the filter in the URL', async () => {
    const all = events();
    await page.goto(`${base}/en/events/page/2/`);
    since();
    await pick('place', 'Deir ez-Zor Gov', 'sy-deir-ez-zor');
    const expected = all.filter(inDeirEzZor).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(await resultIds()).toEqual(expected);
    // Only what this filter needs: the names under "de" (U+64 U+65), the head, the governorate's events, the cards.
    expect(scripts.filter((s) => !s.startsWith('rows/'))).toEqual(['names/place/64-65.js', 'filter.js', 'by/place/sy-deir-ez-zor.js']);
    expect(scripts.filter((s) => s.startsWith('rows/')).length).toBeGreaterThan(0);
    expect(await page.locator('[data-timeline]').isHidden()).toBe(true);
    expect(await page.locator('[data-events-status]').textContent()).toBe(`${expected.length} events match`);
    expect(page.url()).toContain('place=sy-deir-ez-zor');

    since();
    await page.selectOption('select[name="type"]', 'attack');
    await page.waitForFunction(`document.querySelector('[data-events-status]').textContent === '1 event matches'`);
    const attacks = all.filter((e) => inDeirEzZor(e) && e.type === 'attack').map((e) => e.id);
    expect(attacks.length).toBe(1);
    expect(await resultIds()).toEqual(attacks);
    expect(scripts.filter((s) => !s.startsWith('rows/'))).toEqual(['by/type/attack.js']);

    // The same filter from a shared URL, on page 1 (the picker's name comes with the place's events, no names
    // file); clearing it brings the page's own list back.
    since();
    await page.goto(`${base}/en/events/?place=sy-deir-ez-zor&type=attack`);
    expect(await resultIds()).toEqual(attacks);
    expect(await page.inputValue('#events-place')).toBe('Deir ez-Zor Governorate');
    expect(scripts.filter((s) => !s.startsWith('rows/')).sort()).toEqual(['by/place/sy-deir-ez-zor.js', 'by/type/attack.js', 'filter.js']);
    await page.click('[data-event-filters] button[type="reset"]');
    await page.waitForFunction(`!document.querySelector('[data-timeline]').hidden`);
    expect(await cards().count()).toBe(PAGE);
    expect(errors).toEqual([]);
  });

  it('shows more matches on request, and filters by actor and year', async () => {
    const all = events();
    await page.goto(`${base}/en/events/`);
    // Five at a time (`data-batch`; a page's worth by default), so that this small corpus needs "show more".
    await page.evaluate(() => ((document.querySelector('dalil-timeline') as HTMLElement).dataset.batch = '5'));
    await pick('place', 'Syria', 'syria');
    const inSyria = all.filter((e) => e.location?.chain.some((c) => c.id === 'syria') || e.places.includes('syria')).map((e) => e.id);
    expect(inSyria.length).toBeGreaterThan(10);
    expect(await resultIds()).toEqual(inSyria.slice(0, 5));
    await page.click('[data-events-more]');
    await page.waitForFunction(`document.querySelectorAll('[data-timeline-results] > li').length === 10`);
    expect(await resultIds()).toEqual(inSyria.slice(0, 10));
    while (await page.locator('[data-events-more]').isVisible()) {
      await page.click('[data-events-more]');
      await page.waitForFunction(RESULTS_DONE);
    }
    expect(await resultIds()).toEqual(inSyria);

    await page.goto(`${base}/en/events/`);
    await pick('actor', 'Islamic', 'islamic-state');
    await page.selectOption('select[name="year"]', '2018');
    await page.waitForFunction(`location.search.includes('year=2018')`);
    const expected = all.filter((e) => e.actors.includes('islamic-state') && e.date?.startsWith('2018')).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await resultIds()).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('gives an entity page its latest events and a link to all of them on the timeline', async () => {
    await page.goto(`${base}/en/places/syria/`);
    const section = page.locator('[data-entity-events]');
    const listed = await section.locator('.timeline > li').count();
    expect(listed).toBe(10);
    const total = events().filter((e) => e.location?.chain.some((c) => c.id === 'syria') || e.places.includes('syria')).length;
    expect(await section.locator('h2').textContent()).toContain(`${total} events`);
    await section.locator('a[data-entity-timeline="place"]').click();
    await page.waitForURL(/\/en\/events\/(index\.html)?\?place=syria$/);
    await page.waitForFunction(RESULTS_DONE);
    expect(await page.locator('[data-events-status]').textContent()).toBe(`${total} events match`);
    expect(errors).toEqual([]);
  });

  it('opens the Mayadin attack: one-line summaries in both languages, and its report links to the sentence', async () => {
    await page.goto(`${base}/en/events/?place=mayadin&type=attack`);
    await page.waitForFunction(RESULTS_DONE);
    await results().first().locator('a[data-event-link]').click();
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

  it('maps a town from its gazetteer coordinates, and gives its events latitude and longitude', async () => {
    await page.goto(`${base}/en/places/mayadin/`);
    const map = page.locator('.infobox [data-map] svg, [data-map] svg').first();
    expect(await map.locator('circle.dot').count()).toBe(1);
    expect(await map.getAttribute('aria-label')).toContain('Mayadin');
    const ld = await page.$$eval('script[type="application/ld+json"]', (ss) => ss.map((s) => JSON.parse(s.textContent!)));
    // data/gazetteer/coords/places.json: the GeoNames point of Al Mayādīn, which the OpenSyria subdistrict confirms.
    expect(ld.map((x) => x.geo).find(Boolean)).toEqual({ '@type': 'GeoCoordinates', latitude: 35.01982, longitude: 40.45154 });
    const csv = (await (await fetch(`${base}/events.csv`)).text()).split('\n');
    const columns = csv[0]!.replace(/^\uFEFF/, '').split(',');
    const row = csv.find((l) => l.includes(',Mayadin,'))!.split(',');
    expect([row[columns.indexOf('latitude')], row[columns.indexOf('longitude')]]).toEqual(['35.01982', '40.45154']);
    expect(errors).toEqual([]);
  });

  it('filters and pages the timeline from disk (file://) too, in Arabic', async () => {
    const all = events();
    await page.goto(pathToFileURL(join(dir, 'ar/events/index.html')).href + '?type=statement_or_report');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const expected = all.filter((e) => e.type === 'statement_or_report').map((e) => e.id);
    expect(await resultIds()).toEqual(expected.slice(0, PAGE));
    // A card's link opens the event page from disk.
    const href = await results().first().locator('a').evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(/^file:.*\/ar\/events\/[^/]+\/index\.html$/);

    await page.goto(pathToFileURL(join(dir, 'ar/events/page/2/index.html')).href);
    // A name is found from any of its words, without the article too: "ميادين" offers الميادين.
    await page.fill('#events-place', 'ميادين');
    await page.waitForSelector('#events-place-list [data-entity-id="mayadin"]');
    await pick('place', 'دير الزور', 'sy-deir-ez-zor');
    expect(await resultIds()).toEqual(all.filter(inDeirEzZor).map((e) => e.id));
    await page.click('[data-event-filters] button[type="reset"]');
    await page.waitForFunction(`!document.querySelector('[data-timeline]').hidden`);
    await page.click('[data-pager] a[rel="prev"]');
    await page.waitForURL(/\/ar\/events\/index\.html$/);
    expect(await cards().count()).toBe(PAGE);
    expect(errors).toEqual([]);
  });
});
