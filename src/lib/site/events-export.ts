/**
 * The event downloads: `events.csv` with ACLED-like columns (written by csv-stringify, a maintained CSV writer that
 * quotes commas, quotes and line breaks in Arabic sentences correctly) and `events.json` with every report.
 */
import { stringify } from 'csv-stringify/sync';
import type { Entity } from '../kb/schema.ts';
import type { Lookup } from '../events/location.ts';
import type { MergedEvent } from '../events/merge.ts';
import { deathsOf } from './events.ts';

export const CSV_COLUMNS = [
  'event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'admin2',
  'location', 'latitude', 'longitude', 'fatalities', 'source', 'reported_by', 'notes',
] as const;

/** ACLED's time precision codes (1 day, 2 week, 3 month); a year, which ACLED does not code, is 4. */
const PRECISION = { day: 1, week: 2, month: 3, year: 4 } as const;

const english = (lookup: Lookup, id: string | null | undefined) => (id ? (lookup(id)?.name.en ?? id) : '');

/** One CSV row per merged event; `notes` is the evidence sentence of its first report, `fatalities` the lowest stated. */
export function csvRows(events: MergedEvent[], lookup: Lookup): string[][] {
  return events.map((e) => {
    const place: Entity | undefined = e.location ? lookup(e.location.id) : undefined;
    const coords = e.location?.coords ?? place?.coords;
    const admin = (id: string | null | undefined) => (id ? (lookup(id)?.name.en ?? e.location?.chain.find((c) => c.id === id)?.name.en ?? id) : '');
    const outlets = [...new Set(e.reports.map((r) => r.article.source).filter((s): s is string => !!s))];
    const reporters = [...new Set(e.reports.map((r) => (r.event.reportedBy ? english(lookup, r.event.reportedBy) : r.event.reportedByText)).filter((s): s is string => !!s))];
    const stated = e.fatalities !== null || e.disagreements.fatalities.length > 0;
    return [
      e.id, e.date ?? '', e.precision ? String(PRECISION[e.precision]) : '', e.type, e.subType ?? '',
      english(lookup, e.actor1), english(lookup, e.actor2), admin(e.location?.admin1), admin(e.location?.admin2),
      admin(e.location?.id), coords ? String(coords.lat) : '', coords ? String(coords.lon) : '',
      stated ? String(deathsOf(e)) : '', outlets.join('; '), reporters.join('; '), e.reports[0]?.event.evidence ?? '',
    ];
  });
}

export function eventsCsv(events: MergedEvent[], lookup: Lookup): string {
  return stringify([[...CSV_COLUMNS], ...csvRows(events, lookup)], { bom: true });
}

/** The merged events with every report (article, outlet, reporter, figures, sentence and its offsets). */
export function eventsJson(events: MergedEvent[]): string {
  return JSON.stringify(
    {
      events: events.map((e) => ({
        id: e.id, type: e.type, subType: e.subType, date: e.date, precision: e.precision, location: e.location,
        places: e.places, actors: e.actors, actor1: e.actor1, actor2: e.actor2, targets: e.targets, fatalities: e.fatalities,
        disagreements: e.disagreements,
        reports: e.reports.map(({ article, event }) => ({
          article: article.id, title: article.title, published: article.date, source: article.source, event: event.id,
          reportedBy: event.reportedBy, reportedByText: event.reportedByText, fatalities: event.fatalities, toll: event.toll,
          date: event.date, precision: event.precision, evidence: event.evidence,
          evidenceAt: { sentence: event.sentence ?? null, start: event.start, end: event.end ?? null },
        })),
      })),
    },
    null,
    1,
  );
}
