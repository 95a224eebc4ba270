/**
 * The timeline's filter data at build time: each filter value's events as timeline positions, written as the
 * scripts whose layout and format timeline-files.ts gives (src/pages/[lang]/events/ serves them).
 */
import { gzipSync } from 'node:zlib';
import type { Lang } from '../../i18n/index.ts';
import type { MergedEvent } from '../events/merge.ts';
import type { Lookup } from '../events/location.ts';
import type { EntityRow } from '../search/ui/entity-picker.ts';
import { facets, type NameOf } from './events.ts';
import { encodeSet } from './timeline-sets.ts';
import { nameShards, shardName } from './name-shards.ts';
import { TIMELINE_PAGE_SIZE } from './timeline.ts';
import { type FacetKind, type PickerKind, type TimelineFacet, type TimelineFilterHead } from './timeline-files.ts';

export { FACET_KINDS, filterFiles, type FacetKind, type PickerKind, type TimelineFacet, type TimelineFilterHead } from './timeline-files.ts';

/** Each filter value's events as timeline positions, increasing, computed once per build. */
export interface TimelineFilterIndex {
  total: number;
  by: Record<FacetKind, Map<string, number[]>>;
  years: Map<string, number[]>;
}

const cache = new WeakMap<MergedEvent[], TimelineFilterIndex>();

/** The positions of every value's events, by the same `facets()` the rest of the site uses. */
export function timelineFilterIndex(events: MergedEvent[], lookup: Lookup): TimelineFilterIndex {
  let index = cache.get(events);
  if (index) return index;
  index = { total: events.length, by: { type: new Map(), place: new Map(), actor: new Map() }, years: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  events.forEach((e, i) => {
    const f = facets(e, lookup);
    add(index!.by.type, f.type, i);
    f.places.forEach((id) => add(index!.by.place, id, i));
    f.actors.forEach((id) => add(index!.by.actor, id, i));
    if (f.year) add(index!.years, f.year, i);
  });
  cache.set(events, index);
  return index;
}

/** A set's size as served: gzip, which is what picks the shorter form. */
const gzipped = (s: string) => gzipSync(s, { level: 9 }).length;

export function filterHead(index: TimelineFilterIndex): TimelineFilterHead {
  return {
    pageSize: TIMELINE_PAGE_SIZE,
    total: index.total,
    types: [...index.by.type.keys()].sort(),
    years: Object.fromEntries([...index.years].map(([year, list]) => [year, encodeSet(list, gzipped)])),
  };
}

/** The values of a kind that get a `by/` file in a language: every type, every entity with a name there. */
export function facetValues(index: TimelineFilterIndex, kind: FacetKind, lang: Lang, name: NameOf): string[] {
  const values = [...index.by[kind].keys()];
  return kind === 'type' ? values : values.filter((id) => name(id, lang));
}

export function facetFile(index: TimelineFilterIndex, kind: FacetKind, value: string, label: string): TimelineFacet {
  const list = index.by[kind].get(value);
  if (!list) throw new Error(`timeline filter: no events for ${kind} ${JSON.stringify(value)} (facetValues() lists the values)`);
  return { name: label, events: encodeSet(list, gzipped) };
}

/** The picker's names of one kind: `[name, id, name in the other language]`, sorted by `compare` on the name. */
export function pickerNames(index: TimelineFilterIndex, kind: PickerKind, lang: Lang, other: Lang, name: NameOf, compare: (a: string, b: string) => number): EntityRow[] {
  return facetValues(index, kind, lang, name)
    .map((id): EntityRow => [name(id, lang)!, id, name(id, other) ?? ''])
    .sort((a, b) => compare(a[0], b[0]) || a[1].localeCompare(b[1]));
}

/** The picker's names filed by shard (name-shards.ts), by shard file name, each in the order of `rows`. */
export function namesByShard(rows: EntityRow[]): Map<string, EntityRow[]> {
  const out = new Map<string, EntityRow[]>();
  for (const row of rows) {
    for (const shard of nameShards(row[0], row[2])) {
      const name = shardName(shard);
      const list = out.get(name);
      if (list) list.push(row);
      else out.set(name, [row]);
    }
  }
  return out;
}
