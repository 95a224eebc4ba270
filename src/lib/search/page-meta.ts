/**
 * What the search index holds about one page besides its text (SearchMeta.astro renders it). Never shown on
 * screen: result excerpts come from the page's own text (excerpt.ts).
 * - Not searchable: `page` (article or entity), the filters (facets.ts) and `names`: an entity page's names and
 *   aliases (for ranking, rank.ts, and its excerpt), or an article's entities as `[Arabic, English]`, in the
 *   order of its name groups.
 * - Searchable: on articles, the words of their entities' names in both languages, each word once over the page
 *   (name-words.ts), one group per entity (anchor `n-<i>`), so that `Qamishli` finds an Arabic article that wrote
 *   القامشلي and its excerpt can find the sentence naming that entity; then a token per entity (entity-token.ts),
 *   for the entity filter. The anchors `search-names` and `search-tokens` mark where the index-only text begins.
 */
import type { EventType } from '../extract/schema.ts';
import type { Entity, EntityType } from '../kb/schema.ts';
import { entityToken } from './entity-token.ts';
import { pageFacets, type PageFacets } from './facets.ts';
import { nameWords } from './name-words.ts';

type Named = Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>;

export interface PageSearchMeta {
  page: 'article' | 'entity';
  facets: PageFacets;
  /** JSON, see above. */
  names: string;
  /** Articles: the name words of each entity, in groups (`n-<i>`). */
  nameGroups: string[];
  tokens: string;
}

const namesOf = (e: Named) => [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en];

export function pageSearchMeta(page: {
  kind: 'article' | 'entity';
  entities: Named[];
  source?: string | null;
  date?: string | null;
  /** The types of the events an article reports. */
  events?: EventType[];
}): PageSearchMeta {
  const { kind, entities } = page;
  const type: 'article' | EntityType = kind === 'article' ? 'article' : entities[0]!.type;
  const seen = new Set<string>();
  const nameGroups = kind === 'article'
    ? entities.map((e) => nameWords(namesOf(e)).filter((w) => !seen.has(w.toLowerCase()) && !!seen.add(w.toLowerCase())).join(' '))
    : [];
  return {
    page: kind,
    facets: pageFacets({ type, source: page.source, date: page.date, events: page.events }),
    names: JSON.stringify(kind === 'article' ? entities.map((e) => [e.name.ar, e.name.en]) : [...new Set(namesOf(entities[0]!))]),
    nameGroups,
    tokens: entities.map((e) => entityToken(e.id)).join(' '),
  };
}
