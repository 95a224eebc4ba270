import { describe, expect, it } from 'vitest';
import { Entity } from './schema.ts';
import { chooseCoords, distanceKm, foldLatin, geonamesCoords, indexCities, seatCoords, withCoords, type AdminUnit } from './place-coords.ts';

const place = (id: string, fields: Record<string, unknown>) => Entity.parse({ id, type: 'place', name: { ar: id, en: id }, ...fields });
const kb = new Map<string, Entity>(
  [
    place('syria', { kind: 'country' }),
    place('iraq', { kind: 'country' }),
    place('sy-deir-ez-zor', { kind: 'governorate', parent: 'syria', coords: { lat: 35.0, lon: 40.1 } }),
    place('mayadin', { kind: 'city', name: { ar: 'الميادين', en: 'Mayadin' }, aliases: { ar: [], en: ['Al-Mayadin'] }, parent: 'sy-deir-ez-zor' }),
    place('hajin', { kind: 'town', name: { ar: 'هجين', en: 'Hajin' }, parent: 'sy-deir-ez-zor' }),
    place('mosul', { kind: 'city', name: { ar: 'الموصل', en: 'Mosul' }, parent: 'iraq' }),
    place('nowhere', { kind: 'city', name: { ar: 'مكان', en: 'Nowhere' } }),
    place('lebanon', { kind: 'country' }),
    place('tripoli-lebanon', { kind: 'city', name: { ar: 'طرابلس', en: 'Tripoli (Lebanon)' }, parent: 'lebanon' }),
  ].map((e) => [e.id, e]),
);
const find = (id: string) => kb.get(id);
const unit = (id: string, level: AdminUnit['level'], ar: string, lat: number, lon: number, governorateId = 'sy-deir-ez-zor'): AdminUnit => ({
  id, level, governorateId, name: { ar, en: id }, centroid: { latitude: lat, longitude: lon },
});

describe('the seat of a Syrian town (OpenSyria)', () => {
  const units = [
    unit('sy-dz-mayadin-markaz', 'subdistrict', 'مركز الميادين', 34.9, 40.16),
    unit('sy-dz-mayadin', 'district', 'الميادين', 34.7, 40.3),
    unit('sy-dz-hajin-a', 'subdistrict', 'هجين', 34.7, 40.8),
    unit('sy-dz-hajin-b', 'subdistrict', 'هجين', 34.6, 40.9),
  ];
  it('takes the subdistrict the town is the centre of before a district of its name', () => {
    expect(seatCoords(kb.get('mayadin')!, units, find)).toEqual({ lat: 34.9, lon: 40.16, source: 'opensyria-geography', from: 'sy-dz-mayadin-markaz' });
  });
  it('takes nothing when two units of one rank have the name, or the town is not in Syria', () => {
    expect(seatCoords(kb.get('hajin')!, units, find)).toBeUndefined();
    expect(seatCoords(kb.get('mosul')!, units, find)).toBeUndefined();
  });
  it('looks only in the town\'s governorate', () => {
    expect(seatCoords(kb.get('mayadin')!, [unit('x', 'subdistrict', 'مركز الميادين', 33, 36, 'sy-homs')], find)).toBeUndefined();
  });
});

describe('the GeoNames point of a town', () => {
  const cities = indexCities([
    { name: 'Al Mayādīn', lat: '35.01982', lng: '40.45154', country: 'SY' },
    { name: 'Mosul', lat: '36.335', lng: '43.11889', country: 'IQ' },
    { name: 'Hajin', lat: '34.69', lng: '40.83', country: 'SY' },
    { name: 'Hajīn', lat: '36.0', lng: '38.0', country: 'SY' },
    { name: 'Tripoli', lat: '34.43667', lng: '35.84972', country: 'LB' },
    { name: 'Tripoli', lat: '32.88743', lng: '13.18733', country: 'LY' },
  ]);
  const code = (id: string) => ({ syria: 'SY', iraq: 'IQ', lebanon: 'LB' })[id];
  it('matches a folded name in the town\'s country', () => {
    expect(foldLatin('Al Mayādīn')).toBe('mayadin');
    expect(foldLatin('Ra’s al ‘Ayn')).toBe('ras al ayn');
    expect(geonamesCoords(kb.get('mayadin')!, cities, find, code)).toEqual({ lat: 35.01982, lon: 40.45154, source: 'geonames', from: 'Al Mayādīn, SY' });
    expect(geonamesCoords(kb.get('mosul')!, cities, find, code)?.lat).toBe(36.335);
  });
  it('looks a name up without the bracketed place that tells it apart from its namesakes', () => {
    expect(geonamesCoords(kb.get('tripoli-lebanon')!, cities, find, code)).toEqual({ lat: 34.43667, lon: 35.84972, source: 'geonames', from: 'Tripoli, LB' });
  });
  it('gives nothing for two places of the name, or a place with no country', () => {
    expect(geonamesCoords(kb.get('hajin')!, cities, find, code)).toBeUndefined();
    expect(geonamesCoords(kb.get('nowhere')!, cities, find, code)).toBeUndefined();
  });
});

describe('choosing between them', () => {
  const geo = { lat: 35.01982, lon: 40.45154, source: 'geonames' as const, from: 'Al Mayādīn, SY' };
  const seat = { lat: 34.9, lon: 40.16, source: 'opensyria-geography' as const, from: 'sy-dz-mayadin-markaz' };
  it('measures great-circle distance', () => {
    // Damascus to Aleppo is about 310 km.
    expect(Math.round(distanceKm({ lat: 33.5102, lon: 36.29128 }, { lat: 36.20124, lon: 37.16117 }) / 10)).toBe(31);
  });
  it('keeps the point when the unit agrees, else the unit; a lone Syrian point only near its governorate', () => {
    expect(chooseCoords(geo, seat, undefined)).toEqual({ ...geo, from: 'Al Mayādīn, SY (sy-dz-mayadin-markaz agrees)' });
    expect(chooseCoords({ ...geo, lat: 37.5, lon: 42 }, seat, undefined)).toEqual(seat);
    expect(chooseCoords(geo, undefined, { lat: 35, lon: 40.1 })).toEqual(geo);
    expect(chooseCoords(geo, undefined, { lat: 32.6, lon: 36.1 })).toBeUndefined();
    expect(chooseCoords(undefined, seat, undefined)).toEqual(seat);
  });
  it('gives a place the table\'s coordinates only where it has none', () => {
    const table = { mayadin: geo, 'sy-deir-ez-zor': { ...geo, lat: 1 } };
    expect(withCoords(kb.get('mayadin')!, table).coords).toEqual({ lat: 35.01982, lon: 40.45154 });
    expect(withCoords(kb.get('sy-deir-ez-zor')!, table).coords).toEqual({ lat: 35.0, lon: 40.1 });
  });
});
