import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoBounds, geoContains, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

/**
 * A place's small map, drawn at build time as SVG paths: the country that holds the point (from `world-atlas`,
 * Natural Earth 1:50m outlines) and its neighbours, with a dot at the coordinates. No tiles and no script, so it
 * works from disk; every outline is cut at the frame (`clipExtent`), so a map weighs a few kilobytes.
 */
export interface PlaceMapView {
  width: number;
  height: number;
  /** The country holding the point, or none (seas, deserts across borders). */
  country: string | undefined;
  focus: string | undefined;
  others: string[];
  /** The place's coordinates, when it has them. */
  dot: { x: number; y: number } | undefined;
  /** A country's outline drawn whole, too large to show where anything in it lies (the United States, Russia). */
  wide: boolean;
}

type Country = Feature<Geometry, { name: string }> & { bounds: [[number, number], [number, number]] };

let countries: Country[] | undefined;
function load(): Country[] {
  if (countries) return countries;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  countries = fc.features.map((f) => Object.assign(f, { bounds: geoBounds(f) }));
  return countries;
}

const W = 240;
const H = 180;
type Bounds = [[number, number], [number, number]];
/** A country's longitudes, as one or two ranges: bounds that cross the antimeridian (the United States, Russia) wrap. */
const lonRanges = (b: Bounds): Array<[number, number]> => (b[0][0] <= b[1][0] ? [[b[0][0], b[1][0]]] : [[b[0][0], 180], [-180, b[1][0]]]);
const overlaps = (a: Bounds, b: Bounds) =>
  a[0][1] <= b[1][1] && b[0][1] <= a[1][1] && lonRanges(a).some(([a0, a1]) => lonRanges(b).some(([b0, b1]) => a0 <= b1 && b0 <= a1));

/**
 * The map of a place with coordinates (a dot on the country that holds it), or of a country without them (its
 * outline, found by its English name or aliases among Natural Earth's names); undefined when neither applies.
 */
export function placeMap(place: { coords?: { lat: number; lon: number }; countryNames?: string[] }): PlaceMapView | undefined {
  const all = load();
  const point: [number, number] | undefined = place.coords ? [place.coords.lon, place.coords.lat] : undefined;
  const home = point
    ? all.find((c) => geoContains(c, point))
    : all.find((c) => place.countryNames?.includes(c.properties.name));
  if (!point && !home) return undefined;
  const wide = (c: Country) => c.bounds[0][0] > c.bounds[1][0] || Math.max(c.bounds[1][0] - c.bounds[0][0], c.bounds[1][1] - c.bounds[0][1]) > 25;
  // A country too large to show the place (Russia, the United States) is framed around the point instead.
  const frame: [[number, number], [number, number]] =
    home && (!point || !wide(home)) ? home.bounds : [[point![0] - 4, point![1] - 3], [point![0] + 4, point![1] + 3]];
  const projection = geoMercator();
  if (home && !point) projection.fitExtent([[8, 8], [W - 8, H - 8]], home);
  else {
    projection.fitExtent([[8, 8], [W - 8, H - 8]], {
      type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [frame[0], frame[1]] },
    });
  }
  // Only what falls in the frame: a neighbour (or a large country framed around a town) is cut at the map's edge,
  // not drawn whole off-screen (the United States around New York took 38 KB compressed, clipped 2 KB).
  projection.clipExtent([[0, 0], [W, H]]);
  // Whole pixels: the map is 240 px wide, and a decimal doubles the bytes of every outline.
  const path = geoPath(projection).digits(0);
  const pad = 3;
  const view: [[number, number], [number, number]] = [[frame[0][0] - pad, frame[0][1] - pad], [frame[1][0] + pad, frame[1][1] + pad]];
  const others = home && wide(home) && !point ? [] : all.filter((c) => c !== home && overlaps(c.bounds, view));
  const dot = point ? projection(point)! : undefined;
  return {
    width: W,
    height: H,
    country: home?.properties.name,
    focus: home ? path(home) ?? undefined : undefined,
    others: others.map((c) => path(c) ?? '').filter(Boolean),
    dot: dot ? { x: Math.round(dot[0] * 10) / 10, y: Math.round(dot[1] * 10) / 10 } : undefined,
    wide: !point && !!home && wide(home),
  };
}
