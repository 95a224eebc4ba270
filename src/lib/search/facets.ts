import type { EntityType } from '../kb/schema.ts';
import { eventTypes, type EventType } from '../extract/schema.ts';

/**
 * What a page is filtered by in search: its type (`article`, or an entity page's type), its source, its year and
 * the types of the events it reports.
 * Values are the same in both languages (the menus show labels), so a search keeps its filters across the
 * language switch.
 */
export interface PageFacets {
  type: Array<'article' | EntityType>;
  source: string[];
  year: string[];
  event: EventType[];
}
export type FacetName = keyof PageFacets;
export const FACETS: FacetName[] = ['type', 'source', 'year', 'event'];

/** The filter values of one page, as SearchMeta.astro writes them into the index. */
export function pageFacets(page: { type: 'article' | EntityType; source?: string | null; date?: string | null; events?: EventType[] }): PageFacets {
  return {
    type: [page.type],
    source: page.source ? [page.source] : [],
    year: page.date ? [page.date.slice(0, 4)] : [],
    event: [...new Set(page.events ?? [])],
  };
}

const TYPE_ORDER = ['article', 'organisation', 'person', 'place'];

/**
 * Every value each filter takes on some page, sorted for the reader. The search page lists them as it is built:
 * asking Pagefind for them (`filters()`) would load the filter indexes, after which every search counts every
 * value, which doubled the time of common-word searches on a 5,000-article site.
 */
export function facetValues(lang: string, pages: Iterable<PageFacets>): PageFacets {
  const type = new Set<PageFacets['type'][number]>();
  const source = new Set<string>();
  const year = new Set<string>();
  const event = new Set<EventType>();
  for (const page of pages) {
    page.type.forEach((v) => type.add(v));
    page.source.forEach((v) => source.add(v));
    page.year.forEach((v) => year.add(v));
    page.event.forEach((v) => event.add(v));
  }
  return {
    type: [...type].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)),
    source: [...source].sort((a, b) => a.localeCompare(b, lang)),
    year: [...year].sort((a, b) => b.localeCompare(a)),
    event: [...event].sort((a, b) => eventTypes.indexOf(a) - eventTypes.indexOf(b)),
  };
}
