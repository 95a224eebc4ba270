import type { Entity } from '../kb/schema.ts';

/** Looks an entity up by id (the knowledge base, or the site's entity collection). */
export type Lookup = (id: string) => Entity | undefined;

/** The chain of enclosing places of a place, nearest first (`mayadin` → Deir ez-Zor governorate → Syria). */
export function ancestors(id: string, lookup: Lookup): string[] {
  const out: string[] = [];
  let parent = lookup(id)?.parent;
  while (parent && !out.includes(parent) && out.length < 8) {
    out.push(parent);
    parent = lookup(parent)?.parent;
  }
  return out;
}

/** Whether `outer` is `inner` or encloses it. */
export const encloses = (outer: string, inner: string, lookup: Lookup) => outer === inner || ancestors(inner, lookup).includes(outer);

/**
 * The most precise of the places named: the deepest in the knowledge base's tree, the first named among equals;
 * with its governorate (admin1), district (admin2) and country from its parents.
 */
export function locate(places: string[], lookup: Lookup) {
  let best: string | undefined;
  let depth = -1;
  for (const id of places) {
    const d = lookup(id) ? ancestors(id, lookup).length : -1;
    if (d > depth) (best = id), (depth = d);
  }
  if (!best) return null;
  const chain = [best, ...ancestors(best, lookup)];
  const ofKind = (kind: string) => chain.find((id) => lookup(id)?.kind === kind) ?? null;
  const named = chain.flatMap((id) => {
    const e = lookup(id);
    return e ? [{ id, kind: e.kind ?? null, name: { ar: e.name.ar, en: e.name.en } }] : [];
  });
  const coords = lookup(best)?.coords;
  return {
    id: best, admin1: ofKind('governorate'), admin2: ofKind('district'), country: ofKind('country'),
    chain: named, coords: coords ? { lat: coords.lat, lon: coords.lon } : null,
  };
}
