import type { EntityType } from '../kb/schema.ts';

/** Path segment of each entity type's pages. */
export const typeSegments: Record<EntityType, string> = { organisation: 'organisations', person: 'people', place: 'places' };

/**
 * Site paths, root-absolute with a trailing slash. The offline step (src/lib/build/offline/, run by the dalil() integration) rewrites every
 * link in the built HTML to a relative `…/index.html` form, so pages use only these helpers.
 */
export const urls = {
  home: (lang: string) => `/${lang}/`,
  article: (lang: string, id: string) => `/${lang}/articles/${encodeURIComponent(id)}/`,
  typeIndex: (lang: string, type: EntityType) => `/${lang}/${typeSegments[type]}/`,
  /** Page `n` (from 1) of a type index: `…/people/page/2/`. */
  typeIndexPage: (lang: string, type: EntityType, n: number) => `/${lang}/${typeSegments[type]}/${n > 1 ? `page/${n}/` : ''}`,
  entity: (lang: string, type: EntityType, id: string) => `/${lang}/${typeSegments[type]}/${encodeURIComponent(id)}/`,
  search: (lang: string) => `/${lang}/search/`,
  download: (lang: string) => `/${lang}/data/`,
  /** Page `n` (from 1) of an entity's backlinks. */
  entityPage: (lang: string, type: EntityType, id: string, n: number) =>
    `/${lang}/${typeSegments[type]}/${encodeURIComponent(id)}/${n > 1 ? `${n}/` : ''}`,
};

/** The same page in another language: every page exists in both, under the same path after the language. */
export function counterpartPath(path: string, to: string): string {
  return path.replace(/^\/(ar|en)(?=\/|$)/, `/${to}`);
}
