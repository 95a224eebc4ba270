import { collator, t, type Lang } from '../../i18n/index.ts';
import type { EntityType } from '../kb/schema.ts';

/** What a page is filtered by in search: its entities' types (as shown), its source and its year. */
export interface PageFacets {
  type: string[];
  source: string[];
  year: string[];
}
export type FacetName = keyof PageFacets;
export const FACETS: FacetName[] = ['type', 'source', 'year'];

/** The filter values of one page, as SearchMeta.astro writes them into the index. */
export function pageFacets(lang: Lang, page: { types: EntityType[]; source?: string | null; date?: string | null }): PageFacets {
  return {
    type: [...new Set(page.types)].map((type) => t(lang, `type.${type}.one`)),
    source: page.source ? [page.source] : [],
    year: page.date ? [page.date.slice(0, 4)] : [],
  };
}

/**
 * Every value each filter takes on some page, sorted for the reader. The search page lists them as it is built:
 * asking Pagefind for them (`filters()`) would load the filter indexes, after which every search counts every
 * value, which doubled the time of common-word searches on a 5,000-article site.
 */
export function facetValues(lang: Lang, pages: Iterable<PageFacets>): PageFacets {
  const all: Record<FacetName, Set<string>> = { type: new Set(), source: new Set(), year: new Set() };
  for (const page of pages) for (const name of FACETS) for (const value of page[name]) all[name].add(value);
  const sort = collator(lang);
  const sorted = (name: FacetName) => [...all[name]].sort((a, b) => (name === 'year' ? b.localeCompare(a) : sort.compare(a, b)));
  return { type: sorted('type'), source: sorted('source'), year: sorted('year') };
}
