/**
 * The timeline's filter data, split so that a filter loads only what it asks for: at 10,000 articles one file of
 * every event's facets would be 120 KB compressed, past the page budget (issue 12). Classic scripts under
 * `/<lang>/events/` (they load from disk too, where fetch() of JSON does not), written by src/pages/[lang]/events/:
 * - `filter.js` sets `window.dalilTimeline` (`TimelineFilterHead`): the page size, the event count, the type keys
 *   and each year's set of events (a year is one stretch of the timeline: a few characters). Loaded first.
 * - `by/<kind>/<value>.js` (kind `type`, `place`, `actor`; the value is the type key or the entity id) adds
 *   `"<kind>/<value>": TimelineFacet` to `window.dalilTimelineBy`: the value's name and the set of its events'
 *   timeline positions (0 = newest) in the compact form of timeline-sets.ts. A place's set holds the events of
 *   the places inside it. Loaded for the values a filter sets; a filter is the intersection of their sets.
 * - `names/<kind>/<shard>.js` (`place`, `actor`) adds `"<kind>/<shard>": EntityRow[]` to `window.dalilTimelineNames`:
 *   the names the picker of that kind offers that have a word beginning with the shard's two letters
 *   (name-shards.ts; the file is named by their code points), loaded as the reader types.
 * One `by/` file per type and per entity that has events (and a name in the page's language), and one `names/`
 * file per two letters that begin a word of their names, per language.
 *
 * Every `by/` file of a language is also what bench:weight and check:site add to the timeline's weight: a filter
 * that sets every facet loads `filter.js`, one `by/` file of each kind and one `names/` file of each picker
 * (src/lib/site/check/).
 */

export type FacetKind = 'type' | 'place' | 'actor';
export const FACET_KINDS: readonly FacetKind[] = ['type', 'place', 'actor'];
export type PickerKind = Exclude<FacetKind, 'type'>;

/** What `filter.js` holds (`window.dalilTimeline`). */
export interface TimelineFilterHead {
  pageSize: number;
  /** How many events the timeline has. */
  total: number;
  /** The type keys there are `by/type/` files for. */
  types: string[];
  /** Each dated year (`"2018"`) with its set of events (timeline-sets.ts). */
  years: Record<string, string>;
}

/** What a `by/<kind>/<value>.js` holds. */
export interface TimelineFacet {
  /** The value's name in the page's language (the picker shows it for a filter set by the URL). */
  name: string;
  /** The set of its events' timeline positions (timeline-sets.ts). */
  events: string;
}

/** The scripts, relative to the events folder (`/<lang>/events/`). */
export const filterFiles = {
  head: 'filter.js',
  facet: (kind: FacetKind, value: string) => `by/${kind}/${encodeURIComponent(value)}.js`,
  /** `shard` as name-shards.ts names it (`shardName`). */
  names: (kind: PickerKind, shard: string) => `names/${kind}/${shard}.js`,
  /** The key of a facet in `window.dalilTimelineBy`, or of a shard of names in `window.dalilTimelineNames`. */
  key: (kind: FacetKind, value: string) => `${kind}/${value}`,
};
