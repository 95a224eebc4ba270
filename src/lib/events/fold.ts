import type { ArticleEvent } from '../extract/schema.ts';
import { datesAgree, finer, placesMeet, shareAny } from './compat.ts';
import { locate, type Lookup } from './location.ts';

/**
 * Whether two tellings in one article are one happening (headline, lead and details repeat it): the same type on
 * agreeing dates, and for a statement the same speaker; otherwise places that meet, or, with no place on either
 * side, a shared actor.
 */
export function sameHappening(a: ArticleEvent, b: ArticleEvent, lookup: Lookup): boolean {
  if (a.type !== b.type || !datesAgree(a.date, b.date)) return false;
  if (a.type === 'statement_or_report') return !!a.actor1 && a.actor1 === b.actor1;
  if (a.places.length && b.places.length) return placesMeet(a.places, b.places, lookup);
  if (!a.places.length && !b.places.length) return shareAny(a.actors, b.actors);
  return false;
}

const detail = (e: ArticleEvent) => e.places.length + e.actors.length + (e.fatalities === null ? 0 : 2) + (e.reportedBy ? 1 : 0) + (e.dateBasis === 'article' ? 0 : 1);

/**
 * Folds the tellings of one happening into the first: places, actors and figures add up, the finest date wins, the
 * sentence that tells the most becomes the evidence and the others stay quoted in `also` with their offsets.
 */
export function foldArticle(events: ArticleEvent[], lookup: Lookup): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  for (const e of events) {
    const into = out.find((o) => sameHappening(o, e, lookup));
    if (!into) {
      out.push({ ...e });
      continue;
    }
    const best = detail(e) > detail(into) ? e : into;
    const other = best === e ? into : e;
    const time = finer(into, e);
    const toll = e.toll.length > into.toll.length ? e.toll : into.toll;
    const tellings = [
      ...into.also.map((text, i) => ({ text, at: into.alsoAt[i] })),
      { text: into.evidence, at: { sentence: into.sentence ?? 0, start: into.start, end: into.end ?? into.start } },
      ...e.also.map((text, i) => ({ text, at: e.alsoAt[i] })),
      { text: e.evidence, at: { sentence: e.sentence ?? 0, start: e.start, end: e.end ?? e.start } },
    ].filter((t, i, all) => t.at && t.at.sentence !== best.sentence && all.findIndex((u) => u.at?.sentence === t.at!.sentence) === i);
    Object.assign(into, {
      subType: best.subType,
      date: time.date, precision: time.precision, dateBasis: time.dateBasis, dateText: time.dateText, dateRange: time.dateRange,
      places: [...new Set([...best.places, ...other.places])],
      actors: [...new Set([...best.actors, ...other.actors])],
      actor1: best.actor1 ?? other.actor1,
      actor2: best.actor2 ?? (other.actor2 !== (best.actor1 ?? other.actor1) ? other.actor2 : null),
      targets: [...new Set([...best.targets, ...other.targets])],
      toll,
      fatalities: toll === e.toll ? e.fatalities : into.fatalities,
      injured: toll === e.toll ? e.injured : into.injured,
      reportedBy: best.reportedBy ?? other.reportedBy,
      reportedByText: best.reportedBy ? best.reportedByText : (other.reportedByText ?? best.reportedByText),
      evidence: best.evidence, start: best.start, end: best.end, sentence: best.sentence,
      also: tellings.map((t) => t.text),
      alsoAt: tellings.map((t) => t.at!),
    });
    into.associated = into.actors.filter((id) => id !== into.actor1 && id !== into.actor2);
    into.location = locate(into.places, lookup);
  }
  return out;
}
