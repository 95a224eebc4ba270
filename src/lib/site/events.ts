/**
 * Event view models: merged events for the event pages, the timeline, entity and article pages, the monthly chart
 * and the downloads. Pure functions over the merged events; `eventsData()` loads them once per build.
 */
import { formatDate, formatNumber, t, type Lang, type UiKey } from '../../i18n/index.ts';
import type { ArticleEvent } from '../extract/schema.ts';
import type { Entity } from '../kb/schema.ts';
import { ancestors, type Lookup } from '../events/location.ts';
import { mergeEvents, type MergedEvent, type Report } from '../events/merge.ts';

/** Paths of the event pages and downloads, root-absolute like `urls` (the offline step makes them relative). */
export const eventUrls = {
  timeline: (lang: string) => `/${lang}/events/`,
  event: (lang: string, id: string) => `/${lang}/events/${encodeURIComponent(id)}/`,
  /**
   * A sentence of an article: the article page anchors each sentence as `#s-<start>`, the sentence's start offset in
   * the article text (the site's `src/lib/site/anchors.ts`), so the link survives a re-ingest of the same text.
   */
  sentence: (lang: string, articleId: string, start: number | undefined) =>
    `/${lang}/articles/${encodeURIComponent(articleId)}/${start === undefined ? '' : `#s-${start}`}`,
  csv: '/events.csv',
  json: '/events.json',
};

/** What the event views need of an article. */
export interface EventArticle {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  events: ArticleEvent[];
}

export interface EventsIndex {
  events: MergedEvent[];
  byId: Map<string, MergedEvent>;
  /** Article event id → the merged event it is a report of. */
  byReport: Map<string, MergedEvent>;
  /** Entity id → the merged events it takes part in or is the place of (a place also gets those of its children). */
  byEntity: Map<string, MergedEvent[]>;
}

/** Merges the articles' events and indexes them, newest first (undated last). */
export function indexEvents(articles: EventArticle[], lookup: Lookup): EventsIndex {
  const reports: Report[] = articles.flatMap((a) =>
    a.events.map((event) => ({ article: { id: a.id, title: a.title, date: a.date, source: a.source }, event })),
  );
  const events = mergeEvents(reports, lookup).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const byId = new Map(events.map((e) => [e.id, e]));
  const byReport = new Map(events.flatMap((e) => e.reports.map((r) => [r.event.id, e] as const)));
  const byEntity = new Map<string, MergedEvent[]>();
  for (const e of events) {
    const ids = new Set([...e.actors, ...enclosing(e, lookup)]);
    for (const id of ids) byEntity.set(id, [...(byEntity.get(id) ?? []), e]);
  }
  return { events, byId, byReport, byEntity };
}

let cached: Promise<EventsIndex> | undefined;

/** The site's merged events, computed once per build from the article collection. */
export function eventsData(): Promise<EventsIndex> {
  cached ??= (async () => {
    const { siteData } = await import('./content.ts');
    const { articles, entities } = await siteData();
    const lookup: Lookup = (id) => entities.get(id)?.data as Entity | undefined;
    return indexEvents(articles.map((a) => a.data), lookup);
  })();
  return cached;
}

/** The name of an entity in a language, or undefined for an id the site does not know. */
export type NameOf = (id: string, lang: Lang) => string | undefined;

// One formatter per language, kept: each Intl formatter holds ICU memory outside the JS heap (docs/benchmarks.md).
const listFormats = { ar: new Intl.ListFormat('ar', { type: 'conjunction' }), en: new Intl.ListFormat('en', { type: 'conjunction' }) };
const list = (lang: Lang, xs: string[]) => listFormats[lang].format(xs);

/**
 * The one-line summary of a merged event, generated from the record: who did what to whom, where (with its
 * governorate), how many killed according to whom, and when with what precision. English and Arabic alike.
 */
export function summary(e: MergedEvent, lang: Lang, name: NameOf): string {
  const unnamed = t(lang, 'event.unnamed');
  const a1 = e.actor1 ? (name(e.actor1, lang) ?? unnamed) : null;
  const a2 = e.actor2 ? (name(e.actor2, lang) ?? unnamed) : null;
  let out = a2
    ? t(lang, `event.summary.${e.type}` as UiKey, { actor1: a1 ?? unnamed, actor2: a2 })
    : a1
      ? t(lang, `event.summary.one.${e.type}` as UiKey, { actor1: a1 })
      : t(lang, `event.type.${e.type}` as UiKey);
  if (e.location) {
    const place = placeName(e.location, e.location.id, lang, name);
    const admin = e.location.admin1 && e.location.admin1 !== e.location.id ? placeName(e.location, e.location.admin1, lang, name) : undefined;
    if (place) out += t(lang, 'event.summary.place', { place }) + (admin ? t(lang, 'event.summary.admin', { admin: shortAdmin(admin) }) : '');
  }
  if (e.fatalities !== null) out += t(lang, 'event.summary.killed', { count: e.fatalities });
  else if (e.disagreements.fatalities.length) {
    out += t(lang, 'event.summary.killedDiffer', { values: e.disagreements.fatalities.map((d) => formatNumber(lang, d.value)).join(' / ') });
  }
  const reporters = [...new Set(e.reports.map((r) => (r.event.reportedBy ? name(r.event.reportedBy, lang) : undefined)).filter((x) => x !== undefined))];
  if (reporters.length) out += t(lang, 'event.summary.according', { reporter: list(lang, reporters) });
  out += e.date
    ? t(lang, 'event.summary.date', { date: e.date, precision: t(lang, `event.precision.${e.precision ?? 'day'}` as UiKey) })
    : t(lang, 'event.summary.noDate');
  return out;
}

/** A place of an event's admin chain by name: the site's entity, else the name recorded with the chain at extraction. */
export function placeName(location: NonNullable<MergedEvent['location']>, id: string, lang: Lang, name: NameOf): string | undefined {
  return name(id, lang) ?? location.chain.find((c) => c.id === id)?.name[lang];
}

/** `Deir ez-Zor Governorate` → `Deir ez-Zor`, `محافظة دير الزور` → `دير الزور`: the summary says it in brackets. */
const shortAdmin = (s: string) => s.replace(/\s+Governorate$/, '').replace(/^محافظة\s+/, '');

/** The date of an event written out for the locale, or "undated". */
export const dateLabel = (e: Pick<MergedEvent, 'date'>, lang: Lang) => (e.date ? formatDate(lang, e.date) : t(lang, 'event.undated'));

export interface Month {
  month: string;
  events: number;
  /** Deaths the reports state: the agreed figure, or the lowest where they differ. */
  deaths: number;
}

/** Events and deaths per month, every month from the first to the last dated event (events dated by year left out). */
export function monthly(events: MergedEvent[]): Month[] {
  const counts = new Map<string, Month>();
  for (const e of events) {
    if (!e.date || e.date.length < 7) continue;
    const key = e.date.slice(0, 7);
    const m = counts.get(key) ?? { month: key, events: 0, deaths: 0 };
    m.events++;
    m.deaths += deathsOf(e);
    counts.set(key, m);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const out: Month[] = [];
  let [y, mo] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    out.push(counts.get(key) ?? { month: key, events: 0, deaths: 0 });
    if (key === last) break;
    mo === 12 ? ((y += 1), (mo = 1)) : mo++;
  }
  return out;
}

/** The months a chart draws, and the events of outlying months it leaves to its table. */
export interface ChartWindow {
  months: Month[];
  /** Events in months left out before the first drawn month, and after the last. */
  before: number;
  after: number;
}

/** Empty months that set an outlying stretch of months apart from the rest. */
export const OUTLIER_GAP = 24;
/** The share of all events an outlying stretch may hold and still be left out of the drawing. */
export const OUTLIER_SHARE = 0.1;

/**
 * The months a chart draws: all of `monthly()`'s, except a stretch at either end that two years or more without
 * events set apart from the rest and that holds at most a tenth of the events (on a page of a few events, none is
 * an outlier: a second event three years on is news, not noise). A sentence giving a date
 * decades back (a 1988 massacre recalled in a 2015 report) would otherwise stretch the chart over decades of empty
 * months and draw the months that matter as slivers. What is left out is counted (the chart says so) and stays in
 * the table.
 */
export function chartWindow(months: Month[]): ChartWindow {
  const total = months.reduce((n, m) => n + m.events, 0);
  const limit = OUTLIER_SHARE * total;
  const count = (from: number, to: number) => months.slice(from, to).reduce((n, m) => n + m.events, 0);
  let from = 0;
  let to = months.length;
  let before = 0;
  let after = 0;
  for (let changed = true; changed; ) {
    changed = false;
    const gaps = emptyStretches(months, from, to);
    const first = gaps[0];
    if (first && before + count(from, first[0]) <= limit) {
      before += count(from, first[0]);
      from = first[1];
      changed = true;
      continue;
    }
    const last = gaps.at(-1);
    if (last && after + count(last[1], to) <= limit) {
      after += count(last[1], to);
      to = last[0];
      changed = true;
    }
  }
  return { months: months.slice(from, to), before, after };
}

/** The runs of OUTLIER_GAP or more months without events strictly inside [from, to), as [first empty, first after]. */
function emptyStretches(months: Month[], from: number, to: number): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let run = -1;
  for (let i = from; i < to; i++) {
    if (months[i]!.events === 0) {
      if (run < 0) run = i;
    } else {
      if (run >= 0 && i - run >= OUTLIER_GAP) gaps.push([run, i]);
      run = -1;
    }
  }
  return gaps;
}

/** The deaths of an event as the reports state them: the agreed figure, or the lowest where they differ. */
export const deathsOf = (e: MergedEvent) => e.fatalities ?? (e.disagreements.fatalities.length ? Math.min(...e.disagreements.fatalities.map((d) => d.value)) : 0);

/** An event's places and every place that encloses them: the site's parents, and the admin chain recorded at extraction. */
function enclosing(e: MergedEvent, lookup: Lookup): string[] {
  return [...new Set([...e.places.flatMap((p) => [p, ...ancestors(p, lookup)]), ...(e.location?.chain.map((c) => c.id) ?? [])])];
}

/** Names of the places of the events' admin chains (governorates and districts may have no entity page). */
export function chainNames(events: MergedEvent[]): Map<string, { ar: string; en: string }> {
  let names = chainCache.get(events);
  if (!names) chainCache.set(events, (names = new Map(events.flatMap((e) => e.location?.chain ?? []).map((c) => [c.id, c.name]))));
  return names;
}
/** Once per list of events: every entity page and timeline page asks for the names of the whole site's events. */
const chainCache = new WeakMap<MergedEvent[], Map<string, { ar: string; en: string }>>();

/** The filter facets of the timeline: an item's places include every place that encloses them. */
export function facets(e: MergedEvent, lookup: Lookup) {
  return {
    type: e.type,
    places: enclosing(e, lookup),
    actors: e.actors,
    year: e.date?.slice(0, 4) ?? '',
  };
}

/** How many of an entity's events its page lists (the rest are on the timeline, filtered to it). */
export const ENTITY_EVENTS = 10;

export interface EntityEventsView {
  /** Every event of the entity (the chart counts them all), newest first. */
  events: MergedEvent[];
  shown: MergedEvent[];
  /** `place` for a place (its events and those of the places inside it), else `actor`. */
  facet: 'place' | 'actor';
  /** The timeline filtered to the entity. */
  href: string;
}

/** An entity page's events section (src/components/events/EntityEvents.astro). */
export function entityEventsView(index: EventsIndex, id: string, type: string | undefined, lang: Lang): EntityEventsView {
  const events = index.byEntity.get(id) ?? [];
  const facet = type === 'place' ? 'place' : 'actor';
  return { events, shown: events.slice(0, ENTITY_EVENTS), facet, href: `${eventUrls.timeline(lang)}?${facet}=${encodeURIComponent(id)}` };
}

/**
 * What an entity page's events section shows, for its incremental-build key: the count, the chart's months and
 * the listed events with the names their summaries use. The entity's view model does not hold these.
 */
export function entityEventsKey(view: EntityEventsView, lang: Lang, name: NameOf) {
  return {
    count: view.events.length,
    months: monthly(view.events),
    shown: view.shown.map((e) => summary(e, lang, name) + dateLabel(e, lang) + e.reports.length + e.disagreements.fatalities.length),
  };
}
