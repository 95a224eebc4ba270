import { t, type Lang } from '../../i18n/index.ts';
import type { Backlink } from '../graph/graph.ts';
import { sentenceStart, anchorId } from './anchors.ts';
import { eventItem, type EventItemView } from './event-item.ts';
import { markSpans, mentionSpans, type QuotePart } from './evidence.ts';
import { framing, type FramingForm } from './framing.ts';
import type { SiteArticle, SiteModel } from './model.ts';
import { articleRef, entityOf, entityRef, kindLabel, type ArticleRef, type EntityRef } from './refs.ts';
import { searchMeta, type SearchMetaView } from './search-meta.ts';
import { pager, pageCount, type PagerView } from './pager.ts';
import { urls } from './urls.ts';
import { placeMap, type PlaceMapView } from './map.ts';
import type { Entity } from '../kb/schema.ts';

/** A quoted sentence linked to its anchor in the article. */
export interface SentenceQuote {
  parts: QuotePart[];
  href: string;
}

/** One article that names the entity: its most telling sentence, and how many more sentences name it there. */
export interface BacklinkView {
  article: ArticleRef;
  quote: SentenceQuote;
  more: string | undefined;
}

export interface RelatedView extends EntityRef {
  count: number;
  label: string;
}

/** An entity page (one page of its backlinks): an infobox, the sentences that name it, related entities. */
export interface EntityView extends EntityRef {
  typeHref: string;
  names: { ar: string; en: string };
  kindLabel: string | undefined;
  description: string | undefined;
  framing: FramingForm[];
  /** Other names the knowledge base records (searchable on the page). */
  aliases: string[];
  wikidata: { id: string; href: string } | undefined;
  reviewed: boolean;
  /** Enclosing units, outermost first (country › governorate › district). */
  chain: EntityRef[];
  coords: { lat: number; lon: number } | undefined;
  /**
   * Places: a small map (coordinates on the country outline, or a country's outline). A place with no position of
   * its own (a neighbourhood, a town no source locates) shows the map of the nearest place that encloses it and
   * has one, and says so in `caption`.
   */
  map: { view: PlaceMapView; label: string; caption?: string } | undefined;
  articleCount: number;
  articlesLabel: string;
  backlinks: BacklinkView[];
  pager: PagerView;
  related: RelatedView[];
  timeline: EventItemView[];
  metaDescription: string;
  search: SearchMetaView;
}

/** Articles per page of an entity's backlinks: a screenful or two of sentences on a phone. */
export const ENTITY_PAGE_SIZE = 20;
const RELATED_MAX = 12;
const TIMELINE_MAX = 10;

/** How many pages an entity's backlinks take (at least one, which says that no article names it yet). */
export function entityPageCount(site: SiteModel, id: string): number {
  return pageCount(site.articleCount(id), ENTITY_PAGE_SIZE);
}

export function entityView(site: SiteModel, lang: Lang, id: string, page = 1): EntityView {
  const e = entityOf(site, id);
  const backlinks = site.graph.backlinks.get(id) ?? [];
  return {
    ...entityWhole(site, lang, id),
    backlinks: backlinks.slice((page - 1) * ENTITY_PAGE_SIZE, page * ENTITY_PAGE_SIZE).map((b) => backlinkView(site, lang, b)),
    pager: pager(lang, page, entityPageCount(site, id), (n) => urls.entityPage(lang, e.type, id, n)),
  };
}

/** What every page of an entity shows alike. */
type EntityWhole = Omit<EntityView, 'backlinks' | 'pager'>;

/**
 * The parts of an entity's view that do not depend on the page, for the entity's pages built one after another
 * (and for their cache keys, computed in the same order): the last entity's, per site model. A place named in
 * thousands of articles has hundreds of pages, and each computed its map, framing (over every backlink), related
 * entities and timeline again.
 */
function entityWhole(site: SiteModel, lang: Lang, id: string): EntityWhole {
  const key = `${lang}\0${id}`;
  const last = lastWhole.get(site);
  if (last?.key === key) return last.value;
  const value = computeWhole(site, lang, id);
  lastWhole.set(site, { key, value });
  return value;
}
const lastWhole = new WeakMap<SiteModel, { key: string; value: EntityWhole }>();

function computeWhole(site: SiteModel, lang: Lang, id: string): EntityWhole {
  const e = entityOf(site, id);
  const ref = entityRef(site, lang, id);
  const backlinks = site.graph.backlinks.get(id) ?? [];
  const chain: EntityRef[] = [];
  for (let p = e.parent, seen = new Set([id]); p && !seen.has(p); ) {
    const parent = site.entities.get(p) ?? site.merged.get(p)!.to;
    seen.add(p).add(parent.id);
    chain.unshift(entityRef(site, lang, parent.id));
    p = parent.parent;
  }
  const total = backlinks.length;
  return {
    ...ref,
    typeHref: urls.typeIndex(lang, e.type),
    names: e.name,
    kindLabel: kindLabel(lang, e.kind),
    description: e.description?.[lang],
    framing: framing(lang, backlinks),
    aliases: [...new Set([...e.aliases.ar, ...e.aliases.en])].filter((x) => x !== e.name.ar && x !== e.name.en),
    wikidata: e.wikidata ? { id: e.wikidata, href: `https://www.wikidata.org/wiki/${e.wikidata}` } : undefined,
    reviewed: !e.unreviewed || e.reviewed,
    chain,
    coords: e.coords,
    map: placeMapOf(site, lang, e),
    articleCount: total,
    articlesLabel: t(lang, 'count.articles', { count: total }),
    related: (site.graph.related.get(id) ?? []).slice(0, RELATED_MAX).map((r) => ({
      ...entityRef(site, lang, r.id),
      count: r.articles,
      label: t(lang, 'related.shared', { count: r.articles }),
    })),
    timeline: (site.graph.timeline.get(id) ?? [])
      .slice(-TIMELINE_MAX)
      .reverse()
      .map(({ event, article }) => eventItem(site, lang, event, site.article.get(article.id)!, true)),
    metaDescription: t(lang, 'meta.entity', { name: ref.name, type: kindLabel(lang, e.kind) ?? ref.typeLabel, articles: t(lang, 'count.articles', { count: total }) }),
    search: searchMeta(site, lang, { kind: 'entity', id, entities: [e] }),
  };
}

/** The sentence of the article that names the entity most often (the earliest of equals), and the count of others. */
function backlinkView(site: SiteModel, lang: Lang, b: Backlink): BacklinkView {
  const article = site.article.get(b.article.id) as SiteArticle;
  const bySentence = new Map<number, typeof b.mentions>();
  for (const m of b.mentions) {
    const start = sentenceStart(article, m.start);
    bySentence.set(start, [...(bySentence.get(start) ?? []), m]);
  }
  const [start, mentions] = [...bySentence].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])[0]!;
  const sentence = mentions[0]!.sentence;
  const ref = articleRef(lang, article);
  const more = bySentence.size - 1;
  return {
    article: ref,
    quote: { parts: markSpans(sentence, mentionSpans(sentence, start, mentions)), href: `${ref.href}#${anchorId(start)}` },
    more: more > 0 ? t(lang, 'entity.moreSentences', { count: more }) : undefined,
  };
}

function placeMapOf(site: SiteModel, lang: Lang, e: Entity): EntityView['map'] {
  if (e.type !== 'place') return undefined;
  const own = placeMap({ coords: e.coords, countryNames: e.kind === 'country' ? [e.name.en, ...e.aliases.en] : undefined });
  if (own) return { view: own, label: t(lang, 'entity.map', { name: e.name[lang] }) };
  // No position of its own: the nearest enclosing place that has one (never a position made up for the place),
  // unless that is a country too large for its outline to say anything of where the place lies.
  for (let p = e.parent, seen = new Set<string>([e.id]); p && !seen.has(p); ) {
    const parent = site.entities.get(p) ?? site.merged.get(p)?.to;
    if (!parent) break;
    seen.add(p).add(parent.id);
    const view = placeMap({ coords: parent.coords, countryNames: parent.kind === 'country' ? [parent.name.en, ...parent.aliases.en] : undefined });
    if (view?.wide) break;
    if (view) {
      // The image is the enclosing place's map; the caption says why (not the same sentence twice to a screen reader).
      const caption = t(lang, 'entity.mapWithin', { name: e.name[lang], within: parent.name[lang] });
      return { view, label: t(lang, 'entity.map', { name: parent.name[lang] }), caption };
    }
    p = parent.parent;
  }
  return undefined;
}
