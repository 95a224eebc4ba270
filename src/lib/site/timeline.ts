/**
 * The timeline, paged so that every page stays light on any archive: page 1 (`/<lang>/events/`) holds the chart
 * and the newest events, `…/events/page/<n>/` the older ones, TIMELINE_PAGE_SIZE each, newest first, with a
 * by-year index (each year linked to the page and card where it starts, with its count).
 *
 * Filters (type, place with the places inside it, actor, year) run in the reader's browser over classic scripts,
 * so they work from disk as over http (no fetch() of JSON: browsers block it on file://): each filter value's
 * events as a compact set, loaded for the values a filter sets (timeline-filter.ts), and `…/events/rows/<n>.js`,
 * page n's cards as data, loaded only for the pages that hold matching events. The pages' own lists stay as
 * they are without script.
 */
import { formatDate, formatNumber, t, type Lang, type UiKey } from '../../i18n/index.ts';
import type { MergedEvent } from '../events/merge.ts';
import { dateLabel, eventUrls, summary, type NameOf } from './events.ts';
import { pageCount, pager, type PagerView } from './pager.ts';

export const TIMELINE_PAGE_SIZE = 25;

export const timelineUrls = {
  page: (lang: string, n: number) => (n <= 1 ? eventUrls.timeline(lang) : `/${lang}/events/page/${n}/`),
  /** From a timeline page to the events folder (`/<lang>/events/`): the client script's base for its scripts and links. */
  base: (n: number) => (n <= 1 ? '' : '../../'),
  rowsScript: (lang: string, n: number) => `/${lang}/events/rows/${n}.js`,
};

export const timelinePageCount = (events: readonly unknown[]) => pageCount(events.length, TIMELINE_PAGE_SIZE);

/** The events of timeline page n (1-based), newest first. */
export const timelinePage = <T>(events: readonly T[], n: number): T[] => events.slice((n - 1) * TIMELINE_PAGE_SIZE, n * TIMELINE_PAGE_SIZE);

export interface YearLink {
  /** `2018`, or '' for the undated events (listed last). */
  year: string;
  label: string;
  count: number;
  countLabel: string;
  page: number;
  /** The id of the card that opens the year on its page (`y-2018`, `y-undated`). */
  anchor: string;
  href: string;
}

export const yearAnchor = (year: string) => `y-${year || 'undated'}`;

/** Each year of the timeline (newest first, undated last) with its count and the page and card where it starts. */
export function yearIndex(events: ReadonlyArray<Pick<MergedEvent, 'date'>>, lang: Lang): YearLink[] {
  const years = new Map<string, { count: number; first: number }>();
  events.forEach((e, i) => {
    const year = e.date?.slice(0, 4) ?? '';
    const y = years.get(year);
    if (y) y.count++;
    else years.set(year, { count: 1, first: i });
  });
  return [...years].map(([year, { count, first }]) => {
    const page = Math.floor(first / TIMELINE_PAGE_SIZE) + 1;
    const anchor = yearAnchor(year);
    return {
      year,
      label: year ? formatDate(lang, year) : t(lang, 'event.undated'),
      count,
      countLabel: t(lang, 'events.count', { count }),
      page,
      anchor,
      href: `${timelineUrls.page(lang, page)}#${anchor}`,
    };
  });
}

/** The id of each card that opens a year (its first event in timeline order), by event id. */
export function yearStarts(events: ReadonlyArray<Pick<MergedEvent, 'id' | 'date'>>): Map<string, string> {
  const seen = new Set<string>();
  const out = new Map<string, string>();
  for (const e of events) {
    const year = e.date?.slice(0, 4) ?? '';
    if (seen.has(year)) continue;
    seen.add(year);
    out.set(e.id, yearAnchor(year));
  }
  return out;
}

export interface TimelinePageView {
  page: number;
  pages: number;
  total: number;
  events: MergedEvent[];
  pager: PagerView;
  years: YearLink[];
  /** Card ids of the years that start on this page, by event id. */
  anchors: Map<string, string>;
}

export function timelinePageView(events: MergedEvent[], lang: Lang, page: number): TimelinePageView {
  const pages = timelinePageCount(events);
  const { starts, years } = wholeTimeline(events, lang);
  const shown = timelinePage(events, page);
  return {
    page,
    pages,
    total: events.length,
    events: shown,
    pager: pager(lang, page, pages, (n) => timelineUrls.page(lang, n)),
    years,
    anchors: new Map(shown.flatMap((e) => (starts.has(e.id) ? [[e.id, starts.get(e.id)!] as const] : []))),
  };
}

/**
 * What every timeline page reads off the whole list of events (where each year starts, the year index, the filter
 * menus), once per list and language: a 10,000-article archive has some 2,900 timeline pages per language, and each
 * went over all ~36,000 events for these (16.6 ms a page). The site's list of events is never changed once built.
 */
function wholeTimeline(events: MergedEvent[], lang: Lang) {
  return perList(wholeCache, events, lang, () => ({ starts: yearStarts(events), years: yearIndex(events, lang) }));
}
const wholeCache = new WeakMap<object, Map<string, { starts: Map<string, string>; years: YearLink[] }>>();

function perList<T>(cache: WeakMap<object, Map<string, T>>, list: object, key: string, make: () => T): T {
  let byKey = cache.get(list);
  if (!byKey) cache.set(list, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}

/** A card as data, as EventCard.astro renders it: `[id, ISO date or '', date label, badges (type first), summary]`. */
export type TimelineRow = [id: string, datetime: string, date: string, badges: string[], summary: string];

export function timelineRow(e: MergedEvent, lang: Lang, name: NameOf): TimelineRow {
  const badges = [t(lang, `event.type.${e.type}` as UiKey)];
  if (e.reports.length > 1) badges.push(t(lang, 'event.reports', { count: e.reports.length }));
  if (e.disagreements.fatalities.length > 0) badges.push(t(lang, 'event.disagree'));
  return [e.id, e.date ?? '', dateLabel(e, lang), badges, summary(e, lang, name)];
}

/** A value as JavaScript source (JSON, safe inside a script: no `</script>`, no raw line separators). */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** A classic script that sets `target` to a value. */
export const scriptOf = (target: string, value: unknown) => `${target} = ${scriptJson(value)};\n`;

export interface FilterOption {
  value: string;
  label: string;
}

/** The type and year menus of the filters (every event's, with counts): bounded by the types and years there are. */
export function filterMenus(events: ReadonlyArray<Pick<MergedEvent, 'type' | 'date'>>, lang: Lang): { types: FilterOption[]; years: FilterOption[] } {
  return perList(menusCache, events, lang, () => filterMenusOf(events, lang));
}
const menusCache = new WeakMap<object, Map<string, { types: FilterOption[]; years: FilterOption[] }>>();

function filterMenusOf(events: ReadonlyArray<Pick<MergedEvent, 'type' | 'date'>>, lang: Lang): { types: FilterOption[]; years: FilterOption[] } {
  const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const types = count(events.map((e) => e.type));
  const years = count(events.map((e) => e.date?.slice(0, 4)).filter((y): y is string => !!y));
  const withCount = (label: string, n: number) => `${label} (${formatNumber(lang, n)})`;
  return {
    types: [...types]
      .map(([type, n]) => ({ value: type, label: withCount(t(lang, `event.type.${type}` as UiKey), n) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
    years: [...years].sort((a, b) => b[0].localeCompare(a[0])).map(([year, n]) => ({ value: year, label: withCount(formatDate(lang, year), n) })),
  };
}
