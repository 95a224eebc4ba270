import { t, type Lang } from '../../i18n/index.ts';
import type { ArticleEvent } from '../extract/schema.ts';
import { sentenceAnchor } from './anchors.ts';
import type { SiteArticle, SiteModel } from './model.ts';
import { articleRef, dateLabel, entityRef, type ArticleRef, type EntityRef } from './refs.ts';
import { markSpans, type QuotePart } from './evidence.ts';

/** One event as a list item shows it, every entity already resolved (event pages: src/lib/site/events.ts). */
export interface EventItemView {
  id: string;
  date: string | null;
  dateLabel: string;
  typeLabel: string;
  fatalities: string | undefined;
  places: EntityRef[];
  actors: EntityRef[];
  reporter: EntityRef | undefined;
  /** The sentence it rests on, linked to its place in the article. */
  evidence: { parts: QuotePart[]; href: string };
  /** Other sentences that tell it, linked to their places where the record has them. */
  also: Array<{ parts: QuotePart[]; href: string | undefined }>;
  /** The article it comes from, where the list is not on that article's page. */
  article: ArticleRef | undefined;
}

export function eventItem(site: SiteModel, lang: Lang, event: ArticleEvent, from: SiteArticle, showArticle: boolean): EventItemView {
  const ref = articleRef(lang, from);
  const ids = (list: string[]) => [...new Set(list)].map((id) => entityRef(site, lang, id));
  return {
    id: event.id,
    date: event.date,
    dateLabel: dateLabel(lang, event.date),
    typeLabel: t(lang, `event.type.${event.type}`),
    fatalities: event.fatalities === null ? undefined : t(lang, 'event.fatalities', { count: event.fatalities }),
    places: ids(event.places),
    actors: ids(event.actors.filter((id) => !event.places.includes(id))),
    reporter: event.reportedBy ? entityRef(site, lang, event.reportedBy) : undefined,
    evidence: { parts: markSpans(event.evidence, []), href: `${ref.href}#${sentenceAnchor(from, event.start)}` },
    also: event.also.map((text, i) => ({
      parts: markSpans(text, []),
      href: event.alsoAt[i] ? `${ref.href}#${sentenceAnchor(from, event.alsoAt[i]!.start)}` : undefined,
    })),
    article: showArticle ? ref : undefined,
  };
}
