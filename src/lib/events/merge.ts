import type { ArticleEvent } from '../extract/schema.ts';
import { datesAgree, placesMeet, shareAny } from './compat.ts';
import { locate, type Lookup } from './location.ts';

/** The article a report comes from. */
export interface ReportArticle {
  id: string;
  title: string;
  date: string | null;
  /** The outlet that published it (never who it says reported the event). */
  source: string | null;
}

/** One article's telling of a happening. */
export interface Report {
  article: ReportArticle;
  event: ArticleEvent;
}

/** A value on which reports differ, with the reports (event ids) that give each. */
export interface Disagreement<T> {
  value: T;
  reports: string[];
}

/** A happening told by one or more articles. */
export interface MergedEvent {
  /** The id of its first report's event (articles in id order): stable while that article's events are. */
  id: string;
  type: ArticleEvent['type'];
  subType: string | null;
  date: string | null;
  precision: ArticleEvent['precision'];
  places: string[];
  location: ArticleEvent['location'];
  actors: string[];
  actor1: string | null;
  actor2: string | null;
  targets: string[];
  /** Killed as the reports state it: one figure when they agree, null when none gives one. */
  fatalities: number | null;
  reports: Report[];
  /** Where reports differ: each toll and each day given, with the reports that give it. Empty when they agree. */
  disagreements: { fatalities: Array<Disagreement<number>>; date: Array<Disagreement<string>> };
}

const DAY = 86_400_000;
const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/**
 * Whether two reports from different articles tell one happening. The rule (README, "Events across articles"):
 * the same type; dates the text gives (not only the article's month) that agree at the coarser precision, two days
 * at most one apart (a night attack is dated by its evening or its morning); places that meet (shared, or one
 * inside the other; a country alone is too wide); and, when both name actors, one actor in common. A statement
 * also needs the same speaker.
 */
export function sameEvent(a: Report, b: Report, lookup: Lookup): boolean {
  const x = a.event;
  const y = b.event;
  if (a.article.id === b.article.id || x.type !== y.type) return false;
  if (!x.date || !y.date || x.dateBasis === 'article' || y.dateBasis === 'article') return false;
  const days = x.date.length === 10 && y.date.length === 10;
  if (days ? dayDiff(x.date, y.date) > 1 : !datesAgree(x.date, y.date)) return false;
  if (x.type === 'statement_or_report') return !!x.actor1 && x.actor1 === y.actor1;
  if (!x.places.length || !y.places.length || !placesMeet(x.places, y.places, lookup)) return false;
  if (x.actors.length && y.actors.length && !shareAny(x.actors, y.actors)) return false;
  return true;
}

/**
 * Merges the reports of all articles into happenings: a report joins the first merged event with whose every
 * report it is the same event (no chaining of near matches), else starts one. Figures are kept per report; the
 * merged event shows where they disagree.
 */
export function mergeEvents(reports: Report[], lookup: Lookup): MergedEvent[] {
  const sorted = [...reports].sort((a, b) => a.article.id.localeCompare(b.article.id) || a.event.start - b.event.start);
  const groups: Report[][] = [];
  for (const r of sorted) {
    const group = groups.find((g) => g.every((o) => sameEvent(o, r, lookup)));
    if (group) group.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => merged(g, lookup));
}

function tally<T>(reports: Report[], value: (e: ArticleEvent) => T | null): Array<Disagreement<T>> {
  const out: Array<Disagreement<T>> = [];
  for (const r of reports) {
    const v = value(r.event);
    if (v === null) continue;
    const d = out.find((x) => x.value === v);
    if (d) d.reports.push(r.event.id);
    else out.push({ value: v, reports: [r.event.id] });
  }
  return out;
}

const most = <T>(xs: T[]): T | null => {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)!) best = x;
  return best;
};

function merged(group: Report[], lookup: Lookup): MergedEvent {
  const first = group[0]!.event;
  const events = group.map((r) => r.event);
  const places = [...new Set(events.flatMap((e) => e.places))];
  const dated = events.filter((e) => e.date).sort((a, b) => b.date!.length - a.date!.length);
  const tolls = tally(group, (e) => e.fatalities);
  const days = tally(group, (e) => (e.date && e.date.length === 10 ? e.date : null));
  return {
    id: first.id,
    type: first.type,
    subType: most(events.map((e) => e.subType).filter((s) => s !== null)),
    date: dated[0]?.date ?? null,
    precision: dated[0]?.precision ?? null,
    places,
    // The location recorded at extraction (with the knowledge base's admin chain) of the most precise report.
    location: events.map((e) => e.location).filter((l) => l !== null).sort((a, b) => b.chain.length - a.chain.length)[0] ?? locate(places, lookup),
    actors: [...new Set(events.flatMap((e) => e.actors))],
    actor1: most(events.map((e) => e.actor1).filter((s) => s !== null)),
    actor2: most(events.map((e) => e.actor2).filter((s) => s !== null)),
    targets: [...new Set(events.flatMap((e) => e.targets))],
    fatalities: tolls.length === 1 ? tolls[0]!.value : null,
    reports: group,
    disagreements: { fatalities: tolls.length > 1 ? tolls : [], date: days.length > 1 ? days : [] },
  };
}
