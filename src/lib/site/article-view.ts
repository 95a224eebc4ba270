import { collator, formatList, sourceLang, t, type Lang } from '../../i18n/index.ts';
import { splitSentences } from '../arabic/sentences.ts';
import { anchorId } from './anchors.ts';
import { entityTypes, type EntityType } from '../kb/schema.ts';
import { eventItem, type EventItemView } from './event-item.ts';
import type { SiteArticle, SiteModel } from './model.ts';
import { articleRef, entityOf, entityRef, type ArticleRef, type EntityRef } from './refs.ts';
import { searchMeta, type SearchMetaView } from './search-meta.ts';

export interface NamedEntity extends EntityRef {
  count: number;
  countLabel: string;
}

/** An article page: its source record, a structured abstract, the entities and events it names, resolved. */
export interface ArticleView extends ArticleRef {
  /** The headline by sentence: the first is the h1's own anchor `s-0`, each later one gets its `s-<offset>`. */
  titleParts: Array<{ text: string; id: string | undefined }>;
  author: string | null;
  url: string | null;
  outlet: string;
  /** «It names 3 people, 5 organisations and 4 places.» */
  namesLine: string;
  /** The entities named most, with counts. */
  most: NamedEntity[];
  /** Every entity named, most mentioned first. */
  entities: NamedEntity[];
  events: EventItemView[];
  /** The body is in the source language; pages in another language gloss each name (src/lib/site/mentions.ts). */
  glossed: boolean;
  description: string;
  search: SearchMetaView;
}

const MOST = 5;

export function articleView(site: SiteModel, lang: Lang, a: SiteArticle): ArticleView {
  const sort = collator(lang);
  const entities = a.entities
    .map((e) => ({ ...entityRef(site, lang, e.id), count: e.mentions.length, countLabel: t(lang, 'entity.mentions', { count: e.mentions.length }) }))
    .sort((x, y) => y.count - x.count || sort.compare(x.name, y.name));
  const perType = (type: EntityType) => entities.filter((e) => e.type === type).length;
  const counted = entityTypes.filter((type) => perType(type) > 0).map((type) => t(lang, `count.${type}`, { count: perType(type) }));
  return {
    ...articleRef(lang, a),
    titleParts: headlineParts(a.title),
    author: a.author,
    url: a.url,
    outlet: a.source ?? t(lang, 'article.outletUnknown'),
    namesLine: counted.length ? t(lang, 'article.abstract.names', { list: formatList(lang, counted) }) : '',
    most: entities.slice(0, MOST),
    entities,
    events: a.events.map((ev) => eventItem(site, lang, ev, a, false)),
    glossed: lang !== sourceLang,
    description: t(lang, 'meta.article', { names: formatList(lang, entities.slice(0, 4).map((e) => e.name)) }),
    search: searchMeta(site, lang, {
      kind: 'article',
      id: a.id,
      entities: a.entities.map((e) => entityOf(site, e.id)),
      source: a.source,
      date: a.date,
      events: a.events.map((e) => e.type),
    }),
  };
}

/**
 * The article text begins with the headline, so a headline sentence's offset in the title is its offset in the
 * text: events and mentions in a headline of two sentences («… في القامشلي.. نشاط مكثف …») link to the second.
 */
function headlineParts(title: string): ArticleView['titleParts'] {
  const parts: ArticleView['titleParts'] = [];
  let at = 0;
  for (const s of splitSentences(title)) {
    if (s.start > at) parts.push({ text: title.slice(at, s.start), id: undefined });
    parts.push({ text: s.text, id: s.start > 0 ? anchorId(s.start) : undefined });
    at = s.end;
  }
  if (at < title.length) parts.push({ text: title.slice(at), id: undefined });
  return parts;
}
