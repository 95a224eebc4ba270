import type { ArticleEvent } from '../extract/schema.ts';
import { datesAgree, finer, placesMeet, shareAny } from './compat.ts';
import { encloses, locate, type Lookup } from './location.ts';

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
  // `انسحب التنظيم من البلدة` and `سيطرت الوحدات على البلدة`: one side leaving and another taking are told apart.
  if (a.type === 'territorial_change' && (a.subType === 'withdrawal') !== (b.subType === 'withdrawal')) return false;
  if (a.type === 'statement_or_report') return !!a.actor1 && a.actor1 === b.actor1;
  // Two tellings are one happening where their most precise places meet (`Idlib` and `Saraqib`), not where they
  // only share a wider one (`Saraqib, Idlib` and `Ariha, Idlib` are two).
  if (a.places.length && b.places.length) {
    const pa = a.location?.id;
    const pb = b.location?.id;
    return pa && pb ? encloses(pa, pb, lookup) || encloses(pb, pa, lookup) : placesMeet(a.places, b.places, lookup);
  }
  if (!a.places.length && !b.places.length) return shareAny(a.actors, b.actors);
  // A vote told once without its place (`صوت مجلس الأمن على القرار`) is the one its body is told at elsewhere.
  return a.type === 'vote' && shareAny(a.actors, b.actors);
}

const detail = (e: ArticleEvent) => e.places.length + e.actors.length + (e.fatalities === null ? 0 : 2) + (e.reportedBy ? 1 : 0) + (e.dateBasis === 'article' ? 0 : 1);

/**
 * Folds the tellings of one happening into the first: places, actors and figures add up, the finest date wins, the
 * sentence that tells the most becomes the evidence and the others stay quoted in `also` with their offsets.
 */
export function foldArticle(
  events: ArticleEvent[], lookup: Lookup, refersBack: (e: ArticleEvent) => boolean = () => false, headline: (e: ArticleEvent) => boolean = () => false,
  another: (e: ArticleEvent) => boolean = () => false,
): ArticleEvent[] {
  /** The events begun by a telling of another one of a kind (`هجوم آخر`): only such tellings fold into them. */
  const others = new Set<ArticleEvent>();
  const out: ArticleEvent[] = [];
  /** Headline events not yet told again in the body: the first body telling of their type is theirs. */
  const untold = new Set<ArticleEvent>();
  /** The sentences each folded event already quotes (evidence and `also`): a fold costs no rescan of its tellings. */
  const quoted = new Map<ArticleEvent, Set<number>>();
  const sentenceOf = (e: ArticleEvent) => e.sentence ?? 0;
  const addAlso = (into: ArticleEvent, text: string, at: ArticleEvent['alsoAt'][number]) => {
    const seen = quoted.get(into)!;
    if (seen.has(at.sentence)) return;
    seen.add(at.sentence);
    into.also.push(text);
    into.alsoAt.push(at);
  };
  for (const e of events) {
    // `…انفجار في سروج…` then `وذكرت أن الانفجار وقع فيما…`: a definite noun goes back to the last happening of its
    // type told before, on agreeing dates; the places it names beside it (`رحلة إلى كوباني`) are not where it was.
    // `وبعيد التفجير الأول، استهدف هجوم آخر…`: another one of a kind is none told before, but may be told again.
    let into = another(e) ? [...others].find((o) => sameHappening(o, e, lookup)) : out.find((o) => sameHappening(o, e, lookup));
    let back = false;
    if (!into && refersBack(e) && !another(e)) {
      into = out.findLast((o) => o.type === e.type && datesAgree(o.date, e.date));
      back = !!into;
    }
    // A headline names the lead's happening more loosely (`تركيا تقصف مواقع «داعش»` over `قصفت المدفعية التركية
    // مواقع قرب كيليس`, a country for a town): the first body telling of its type, on agreeing dates, is it.
    if (!into && !headline(e) && !another(e)) {
      into = [...untold].find((o) => o.type === e.type && datesAgree(o.date, e.date) && (o.type !== 'statement_or_report' || (!!o.actor1 && o.actor1 === e.actor1)));
    }
    if (into) untold.delete(into);
    if (!into) {
      const first = { ...e, also: [...e.also], alsoAt: [...e.alsoAt] };
      out.push(first);
      if (headline(e)) untold.add(first);
      if (another(e)) others.add(first);
      quoted.set(first, new Set([sentenceOf(e), ...e.alsoAt.map((x) => x.sentence)]));
      continue;
    }
    const best = detail(e) > detail(into) ? e : into;
    const other = best === e ? into : e;
    const time = finer(into, e);
    const toll = e.toll.length > into.toll.length ? e.toll : into.toll;
    const fatalities = toll === e.toll ? e.fatalities : into.fatalities;
    const injured = toll === e.toll ? e.injured : into.injured;
    const old = { text: into.evidence, at: { sentence: sentenceOf(into), start: into.start, end: into.end ?? into.start } };
    Object.assign(into, {
      subType: best.subType,
      date: time.date, precision: time.precision, dateBasis: time.dateBasis, dateText: time.dateText, dateRange: time.dateRange,
      places: back ? into.places : [...new Set([...best.places, ...other.places])],
      actors: [...new Set([...best.actors, ...other.actors])],
      actor1: best.actor1 ?? other.actor1,
      actor2: best.actor2 ?? (other.actor2 !== (best.actor1 ?? other.actor1) ? other.actor2 : null),
      targets: [...new Set([...best.targets, ...other.targets])],
      toll, fatalities, injured,
      reportedBy: best.reportedBy ?? other.reportedBy,
      reportedByText: best.reportedBy ? best.reportedByText : (other.reportedByText ?? best.reportedByText),
    });
    if (best === e && sentenceOf(e) !== old.at.sentence) {
      // The new telling says more: it becomes the evidence, the old evidence one of the others.
      const i = into.alsoAt.findIndex((x) => x.sentence === sentenceOf(e));
      if (i >= 0) (into.also.splice(i, 1), into.alsoAt.splice(i, 1));
      Object.assign(into, { evidence: e.evidence, start: e.start, end: e.end, sentence: e.sentence });
      quoted.get(into)!.delete(old.at.sentence);
      addAlso(into, old.text, old.at);
      quoted.get(into)!.add(sentenceOf(e));
    } else {
      addAlso(into, e.evidence, { sentence: sentenceOf(e), start: e.start, end: e.end ?? e.start });
    }
    e.also.forEach((text, i) => addAlso(into, text, e.alsoAt[i]!));
    into.associated = into.actors.filter((id) => id !== into.actor1 && id !== into.actor2);
    into.location = locate(into.places, lookup);
  }
  return out;
}
