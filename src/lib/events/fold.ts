import type { ArticleEvent } from '../extract/schema.ts';
import { datesAgree, finer, placesMeet, shareAny } from './compat.ts';
import { locate, type Lookup } from './location.ts';

/**
 * Whether two tellings in one article are one happening (headline, lead and details repeat it): the same type on
 * agreeing dates, and for a statement the same speaker; otherwise places that meet, or, with no place on either
 * side, a shared actor.
 */
export function sameHappening(a: ArticleEvent, b: ArticleEvent, lookup: Lookup): boolean {
  // A speaker's next sentence without time words (`وقال الجعفري…` after `أكد الجعفري في أيلول…`) goes on with the
  // same statement: a date that is only the article's month is no evidence of another one.
  const guessed = a.type === 'statement_or_report' && (a.dateBasis === 'article' || b.dateBasis === 'article');
  if (a.type !== b.type || (!guessed && !datesAgree(a.date, b.date))) return false;
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
  // The sentences each folded event already quotes (evidence and `also`), so that folding stays linear in the
  // tellings: an article that repeats one happening in thousands of sentences must not cost their square.
  const quoted = new Map<ArticleEvent, Set<number>>();
  for (const e of events) {
    const into = out.find((o) => sameHappening(o, e, lookup));
    if (!into) {
      const copy = { ...e, also: [...e.also], alsoAt: [...e.alsoAt] };
      out.push(copy);
      quoted.set(copy, new Set([e.sentence ?? 0, ...e.alsoAt.map((a) => a.sentence)]));
      continue;
    }
    const seen = quoted.get(into)!;
    const best = detail(e) > detail(into) ? e : into;
    const other = best === e ? into : e;
    const time = finer(into, e);
    const toll = e.toll.length > into.toll.length ? e.toll : into.toll;
    const also = into.also;
    const alsoAt = into.alsoAt;
    const quote = (text: string, at: ArticleEvent['alsoAt'][number] | undefined) => {
      if (!at || at.sentence === best.sentence || seen.has(at.sentence)) return;
      seen.add(at.sentence);
      also.push(text);
      alsoAt.push(at);
    };
    if (best === e && seen.has(e.sentence ?? 0)) {
      // The new evidence sentence was quoted before: it leaves `also`.
      const i = alsoAt.findIndex((a) => a.sentence === e.sentence);
      if (i >= 0) {
        also.splice(i, 1);
        alsoAt.splice(i, 1);
      }
    }
    if (best === e) {
      seen.delete(into.sentence ?? 0);
      quote(into.evidence, { sentence: into.sentence ?? 0, start: into.start, end: into.end ?? into.start });
    }
    e.also.forEach((text, i) => quote(text, e.alsoAt[i]));
    quote(e.evidence, { sentence: e.sentence ?? 0, start: e.start, end: e.end ?? e.start });
    seen.add(best.sentence ?? 0);
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
    });
    into.associated = into.actors.filter((id) => id !== into.actor1 && id !== into.actor2);
    into.location = locate(into.places, lookup);
  }
  return out;
}
