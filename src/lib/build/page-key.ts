/**
 * Page cache keys for Astro's incremental build (`experimental.incrementalBuild`, Astro ≥ 7.2): a page whose
 * `getStaticPaths()` entry returns the same `cacheKey` as in the previous build, with the same template code and
 * the same rendered content entries, is copied from the cache instead of being rendered again. The key must
 * cover everything the page shows that is not template code or its own MDX entry: give it exactly the data the
 * page reads (its view model). Keys are SHA-1 of that data as JSON (object keys in insertion order, so build the
 * view the same way each time).
 */
import { createHash } from 'node:crypto';

export function pageKey(...data: unknown[]): string {
  const h = createHash('sha1');
  for (const d of data) h.update(JSON.stringify(d) ?? 'undefined').update('\0');
  return h.digest('base64url');
}

/** The ids of the entities an event names (places, actors, reporter): a page showing it shows their names. */
export function eventRefs(events: Array<{ places: string[]; actors: string[]; reportedBy: string | null }>): string[] {
  return [...new Set(events.flatMap((e) => [...e.places, ...e.actors, ...(e.reportedBy ? [e.reportedBy] : [])]))];
}
