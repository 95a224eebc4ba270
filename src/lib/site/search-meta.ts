import { t, type Lang } from '../../i18n/index.ts';
import type { EventType } from '../extract/schema.ts';
import type { Entity } from '../kb/schema.ts';
import { facetValues, type PageFacets } from '../search/facets.ts';
import { pageSearchMeta, type PageSearchMeta } from '../search/page-meta.ts';
import type { SiteModel } from './model.ts';

/** What Pagefind indexes about a page besides its text (SearchMeta.astro renders it; src/lib/search/page-meta.ts). */
export interface SearchMetaView extends PageSearchMeta {
  kindLabel: string;
}

interface SearchPage {
  kind: 'article' | 'entity';
  id: string;
  entities: Entity[];
  source?: string | null;
  date?: string | null;
  events?: EventType[];
}

/**
 * One page's search record, computed once per page: the article and entity pages write it into the index and the
 * search page lists every filter value (`searchFacets`) from the same records. Facet values are the same in both
 * languages (the menus show labels), so one record serves both.
 */
const cache = new WeakMap<SiteModel, Map<string, PageSearchMeta>>();
function metaOf(site: SiteModel, page: SearchPage): PageSearchMeta {
  let byPage = cache.get(site);
  if (!byPage) cache.set(site, (byPage = new Map()));
  const key = `${page.kind}:${page.id}`;
  let m = byPage.get(key);
  if (!m) byPage.set(key, (m = pageSearchMeta(page)));
  return m;
}

export function searchMeta(site: SiteModel, lang: Lang, page: SearchPage): SearchMetaView {
  return { ...metaOf(site, page), kindLabel: t(lang, `search.kind.${page.kind}`) };
}

/** The indexed pages of the site, as `searchMeta` describes them. */
function* searchPages(site: SiteModel): Generator<SearchPage> {
  for (const a of site.articles) {
    yield { kind: 'article', id: a.id, entities: a.entities.map((e) => site.entities.get(e.id)!), source: a.source, date: a.date, events: a.events.map((e) => e.type) };
  }
  for (const e of site.entities.values()) yield { kind: 'entity', id: e.id, entities: [e] };
}

/** Every value each search filter takes on some page, for the search page's menus. */
export function searchFacets(site: SiteModel, lang: Lang): PageFacets {
  return facetValues(lang, [...searchPages(site)].map((p) => metaOf(site, p).facets));
}
