import { describe, expect, it } from 'vitest';
import { Entity } from '../kb/schema.ts';
import { buildSiteModel, type SiteArticle } from './model.ts';
import { entitiesCsv, entitiesJson, mentionsCsv } from './exports.ts';
import { placeMap } from './map.ts';

const sentence = 'قال "المرصد"، إن القصف طال دوما,\nأمس';
const article: SiteArticle = {
  id: 'a1', title: 't', date: '2018-04-08', source: 'Outlet, Inc.', url: null, author: null, origin: 'x', sentences: [0], events: [],
  entities: [{ id: 'douma', type: 'place', name: { ar: 'دوما', en: 'Douma' }, mentions: [{ text: 'دوما', start: 27, end: 31, sentence }] }],
};
const douma = Entity.parse({ id: 'douma', type: 'place', name: { ar: 'دوما', en: 'Douma' }, aliases: { ar: ['مدينة دوما'], en: ['Duma'] }, coords: { lat: 33.57, lon: 36.4 } });
const { model } = buildSiteModel([article], [douma]);

describe('data downloads', () => {
  it('write mentions as RFC 4180 CSV, quoting commas, quotes and line breaks, with a BOM', () => {
    const csv = mentionsCsv(model!);
    expect(csv.startsWith('\uFEFFentity,article,date,source,start,end,text,sentence\n')).toBe(true);
    expect(csv).toContain(`douma,a1,2018-04-08,"Outlet, Inc.",27,31,دوما,"قال ""المرصد""، إن القصف طال دوما,\nأمس"`);
  });
  it('list entities with counts in JSON and CSV', () => {
    const [e] = JSON.parse(entitiesJson(model!));
    expect(e).toMatchObject({ id: 'douma', articles: 1, mentions: 1, coords: { lat: 33.57, lon: 36.4 }, reviewed: true });
    expect(entitiesCsv(model!).split('\n')[1]).toBe('douma,place,,دوما,Douma,مدينة دوما,Duma,,33.57,36.4,,true,1,1');
  });
});

describe('place maps', () => {
  it('put a point on the country that holds it, inside the drawing', () => {
    const m = placeMap({ coords: { lat: 33.57, lon: 36.4 } })!;
    expect(m.country).toBe('Syria');
    expect(m.focus).toMatch(/^M/);
    expect(m.dot!.x).toBeGreaterThan(0);
    expect(m.dot!.x).toBeLessThan(m.width);
    expect(m.dot!.y).toBeGreaterThan(0);
    expect(m.dot!.y).toBeLessThan(m.height);
    expect(m.others.length).toBeGreaterThan(2); // Lebanon, Jordan, Iraq, Turkey…
  });
  it('cut every outline at the frame, so a town in a large country stays a small drawing', () => {
    // New York is framed around its point; the United States' bounds cross the antimeridian (the Aleutians).
    const ny = placeMap({ coords: { lat: 40.71427, lon: -74.00597 } })!;
    expect(ny.others.length).toBeGreaterThanOrEqual(2); // the United States and Canada
    const bytes = (m: typeof ny) => [m.focus ?? '', ...m.others].join('').length;
    expect(bytes(ny)).toBeLessThan(10_000);
    // Syria's neighbours are cut at the frame too (they were drawn whole: 32 KB of path).
    expect(bytes(placeMap({ coords: { lat: 35.01982, lon: 40.45154 } })!)).toBeLessThan(10_000);
    for (const d of [ny.focus ?? '', ...ny.others].join(' ').match(/-?\d+/g)!.map(Number)) {
      expect(d).toBeGreaterThanOrEqual(-1);
      expect(d).toBeLessThanOrEqual(ny.width + 1);
    }
  });
  it('draw a country without coordinates by its name, and nothing for a place with neither', () => {
    expect(placeMap({ countryNames: ['France'] })).toMatchObject({ country: 'France', dot: undefined });
    expect(placeMap({})).toBeUndefined();
  });
});
