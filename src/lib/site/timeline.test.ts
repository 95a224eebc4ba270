import { describe, expect, it } from 'vitest';
import { ArticleEvent } from '../extract/schema.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { locate } from '../events/location.ts';
import { indexEvents, type NameOf } from './events.ts';
import { filterMenus, TIMELINE_PAGE_SIZE, timelinePageView, timelineRow, timelineUrls, yearIndex } from './timeline.ts';
import { facetFile, facetValues, filterHead, pickerNames, timelineFilterIndex } from './timeline-filter.ts';
import { decodeSet, intersect } from './timeline-sets.ts';

const kb = loadKnowledgeBase(projectPaths());
const lookup = (id: string) => kb.entities.get(id);
const name: NameOf = (id, lang) => kb.entities.get(id)?.name[lang];

const event = (id: string, date: string | null, place: string, fields: Partial<ArticleEvent> = {}) =>
  ArticleEvent.parse({
    id, type: 'attack', date, precision: date ? 'day' : null, dateBasis: 'text', places: [place], actors: ['islamic-state'],
    actor1: 'islamic-state', actor2: null, location: locate([place], lookup), fatalities: null, reportedBy: null,
    evidence: 'x', start: 0, end: 1, sentence: 0, ...fields,
  });

// 60 events, one article each (no two merge: each on its own day), every 15 days back from 2019-03-01; two undated.
const days = Array.from({ length: 58 }, (_, i) => new Date(Date.UTC(2019, 2, 1) - i * 15 * 86_400_000).toISOString().slice(0, 10));
const articles = [
  ...days.map((d, i) => ({ id: `a${i}`, title: 't', date: d, source: null, events: [event(`a${i}-e1`, d, i % 2 ? 'mayadin' : 'douma', i === 3 ? { type: 'airstrike', actors: ['syrian-air-force'], actor1: 'syrian-air-force' } : {})] })),
  { id: 'u1', title: 't', date: null, source: null, events: [event('u1-e1', null, 'douma')] },
  { id: 'u2', title: 't', date: null, source: null, events: [event('u2-e1', null, 'douma')] },
];
const { events } = indexEvents(articles, lookup);

describe('the paged timeline', () => {
  it('has 25 events a page, newest first, undated last, and links pages 1 and n', () => {
    expect(TIMELINE_PAGE_SIZE).toBe(25);
    expect(events).toHaveLength(60);
    const p1 = timelinePageView(events, 'en', 1);
    const p3 = timelinePageView(events, 'en', 3);
    expect(p1.pages).toBe(3);
    expect(p1.events.map((e) => e.id).slice(0, 2)).toEqual(['a0-e1', 'a1-e1']);
    expect(p3.events.map((e) => e.id)).toEqual(['a50-e1', 'a51-e1', 'a52-e1', 'a53-e1', 'a54-e1', 'a55-e1', 'a56-e1', 'a57-e1', 'u1-e1', 'u2-e1']);
    expect(p1.pager.older).toBe('/en/events/page/2/');
    expect(p3.pager.newer).toBe('/en/events/page/2/');
    expect(timelineUrls.page('ar', 1)).toBe('/ar/events/');
    expect(timelineUrls.base(1)).toBe('');
    expect(timelineUrls.base(2)).toBe('../../');
  });

  it('indexes the years with their counts, each linked to the page and card where it starts', () => {
    // Every 15 days back from 1 March 2019: 2019 has i = 0–3 (to 15 Jan), 2018 i = 4–28 (424 days back to 1 Jan),
    // 2017 i = 29–52 (789 days), 2016 i = 53–57; i = 29 is the 30th event (page 2), i = 53 the 54th (page 3).
    const years = yearIndex(events, 'en');
    expect(years.map((y) => [y.year, y.count, y.page])).toEqual([['2019', 4, 1], ['2018', 25, 1], ['2017', 24, 2], ['2016', 5, 3], ['', 2, 3]]);
    expect(years[2]!.href).toBe('/en/events/page/2/#y-2017');
    expect(years[4]!.label).toBe('undated');
    expect(timelinePageView(events, 'en', 2).anchors.get(events.find((e) => e.date?.startsWith('2017'))!.id)).toBe('y-2017');
    expect(yearIndex(events, 'ar')[0]!.label).toBe('٢٠١٩');
  });

  it('writes each filter value\'s events as a set of positions: a town\'s events are found under its governorate and country', () => {
    const index = timelineFilterIndex(events, lookup);
    const head = filterHead(index);
    // Position i is a<i> (newest first); u1 and u2 (undated, in Douma) are 58 and 59. Mayadin: the odd i.
    expect(head).toMatchObject({ pageSize: 25, total: 60, types: ['airstrike', 'attack'] });
    expect(Object.keys(head.years).sort()).toEqual(['2016', '2017', '2018', '2019']);
    expect(decodeSet(head.years['2019']!)).toEqual([0, 1, 2, 3]);
    expect(decodeSet(head.years['2016']!)).toEqual([53, 54, 55, 56, 57]);
    const odd = Array.from({ length: 29 }, (_, i) => 2 * i + 1);
    const set = (kind: 'type' | 'place' | 'actor', id: string) => decodeSet(facetFile(index, kind, id, id).events);
    expect(set('place', 'mayadin')).toEqual(odd);
    expect(set('place', 'sy-deir-ez-zor')).toEqual(odd);
    expect(set('place', 'syria')).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(set('type', 'airstrike')).toEqual([3]);
    expect(set('actor', 'islamic-state')).toEqual(Array.from({ length: 60 }, (_, i) => i).filter((i) => i !== 3));
    // Mayadin in 2019: a1 and a3; of those, the attacks by Islamic State: a1.
    expect(intersect([set('place', 'mayadin'), decodeSet(head.years['2019']!)])).toEqual([1, 3]);
    expect(intersect([set('place', 'mayadin'), decodeSet(head.years['2019']!), set('type', 'attack'), set('actor', 'islamic-state')])).toEqual([1]);
    expect(facetFile(index, 'place', 'sy-deir-ez-zor', 'Deir ez-Zor Governorate').name).toBe('Deir ez-Zor Governorate');
    expect(() => facetFile(index, 'place', 'aleppo', 'Aleppo')).toThrow(/no events for place "aleppo"/);
    expect(facetValues(index, 'place', 'en', name).sort()).toEqual(['douma', 'mayadin', 'sy-deir-ez-zor', 'sy-rif-dimashq', 'syria']);
    expect(facetValues(index, 'type', 'en', name)).toEqual(['attack', 'airstrike']);
  });

  it('gives each picker the names of its kind, in both languages', () => {
    const index = timelineFilterIndex(events, lookup);
    const places = pickerNames(index, 'place', 'en', 'ar', name, (a, b) => a.localeCompare(b));
    expect(places.find((r) => r[1] === 'sy-deir-ez-zor')).toEqual(['Deir ez-Zor Governorate', 'sy-deir-ez-zor', 'محافظة دير الزور']);
    expect(places.map((r) => r[0])).toEqual([...places.map((r) => r[0])].sort((a, b) => a.localeCompare(b)));
    expect(pickerNames(index, 'actor', 'en', 'ar', name, (a, b) => a.localeCompare(b)).map((r) => r[1]).sort()).toEqual(['islamic-state', 'syrian-air-force']);
  });

  it('offers only types and years as menus, with their counts, and a card as data', () => {
    const menus = filterMenus(events, 'en');
    expect(menus.types.map((o) => o.label)).toEqual(['Airstrike (1)', 'Attack (59)']);
    expect(menus.years.map((o) => o.label)).toEqual(['2019 (4)', '2018 (25)', '2017 (24)', '2016 (5)']);
    expect(timelineRow(events[0]!, 'en', name)).toEqual(['a0-e1', '2019-03-01', '1 March 2019', ['Attack'], expect.stringContaining('Islamic State')]);
  });
});
