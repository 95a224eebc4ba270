import { t, type Lang } from '../../i18n/index.ts';
import type { Entity } from '../kb/schema.ts';
import { entityToken } from '../search/entity-token.ts';
import { facetValues, pageFacets, type PageFacets } from '../search/facets.ts';
import { nameWords } from '../search/name-words.ts';
import type { SiteModel } from './model.ts';

/** What Pagefind indexes about a page besides its text (SearchMeta.astro renders it). */
export interface SearchMetaView {
  kindLabel: string;
  facets: PageFacets;
  /** Articles: the words of their entities' names in both languages, each once. */
  nameWords: string;
  /** A token per entity the page names, for the entity filter. */
  tokens: string;
}

interface SearchPage {
  kind: 'article' | 'entity';
  entities: Entity[];
  source?: string | null;
  date?: string | null;
}

/**
 * One page's facets, computed once per page and language: the article and entity pages write them into the index
 * and the search page lists every value (`searchFacets`) from the same records.
 */
const facetCache = new WeakMap<SiteModel, Map<string, PageFacets>>();
function facetsOf(site: SiteModel, lang: Lang, key: string, page: SearchPage): PageFacets {
  let cache = facetCache.get(site);
  if (!cache) facetCache.set(site, (cache = new Map()));
  const k = `${lang}:${key}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = pageFacets(lang, { types: page.entities.map((e) => e.type), source: page.source, date: page.date })));
  return f;
}

const pageKey = (page: SearchPage, id: string) => `${page.kind}:${id}`;

export function searchMeta(site: SiteModel, lang: Lang, page: SearchPage & { id: string }): SearchMetaView {
  const names = page.entities.flatMap((e) => [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en]);
  return {
    kindLabel: t(lang, `search.kind.${page.kind}`),
    facets: facetsOf(site, lang, pageKey(page, page.id), page),
    nameWords: page.kind === 'article' ? nameWords(names).join(' ') : '',
    tokens: page.entities.map((e) => entityToken(e.id)).join(' '),
  };
}

/** The indexed pages of the site, as `searchMeta` describes them. */
function* searchPages(site: SiteModel): Generator<SearchPage & { id: string }> {
  for (const a of site.articles) {
    yield { kind: 'article', id: a.id, entities: a.entities.map((e) => site.entities.get(e.id)!), source: a.source, date: a.date };
  }
  for (const e of site.entities.values()) yield { kind: 'entity', id: e.id, entities: [e] };
}

/** Every value each search filter takes on some page, for the search page's menus. */
export function searchFacets(site: SiteModel, lang: Lang): PageFacets {
  return facetValues(lang, [...searchPages(site)].map((p) => facetsOf(site, lang, pageKey(p, p.id), p)));
}
