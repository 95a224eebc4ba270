import { describe, expect, it } from 'vitest';
import { facetValues, pageFacets, FACETS } from './facets.ts';

describe('pageFacets', () => {
  it('gives an article the type `article`, its source, year and event types (each once); an entity page its type', () => {
    expect(pageFacets({ type: 'article', source: 'aawsat', date: '2015-07-21', events: ['airstrike', 'attack', 'airstrike'] })).toEqual({
      type: ['article'], source: ['aawsat'], year: ['2015'], event: ['airstrike', 'attack'],
    });
    expect(pageFacets({ type: 'organisation' })).toEqual({ type: ['organisation'], source: [], year: [], event: [] });
  });

  it('gives no source or year for a page without them', () => {
    expect(pageFacets({ type: 'place', source: null, date: null })).toEqual({ type: ['place'], source: [], year: [], event: [] });
  });
});

describe('facetValues', () => {
  it('collects every value once: types in a fixed order, years newest first, sources in the language’s order', () => {
    const pages = [
      pageFacets({ type: 'article', source: 'aawsat', date: '2014-01-02' }),
      pageFacets({ type: 'person' }),
      pageFacets({ type: 'article', source: 'Alarabiya', date: '2017-05-01' }),
      pageFacets({ type: 'place' }),
      pageFacets({ type: 'organisation' }),
      pageFacets({ type: 'article', source: 'aawsat', date: '2015-09-09', events: ['shelling', 'attack'] }),
    ];
    expect(facetValues('en', pages)).toEqual({
      type: ['article', 'organisation', 'person', 'place'],
      source: ['aawsat', 'Alarabiya'],
      year: ['2017', '2015', '2014'],
      event: ['attack', 'shelling'],
    });
  });

  it('sorts Arabic sources by Arabic collation', () => {
    const pages = [{ type: [], source: ['الوطن', 'الشرق الأوسط'], year: [], event: [] }];
    expect(facetValues('ar', pages)).toEqual({ type: [], source: ['الشرق الأوسط', 'الوطن'], year: [], event: [] });
  });

  it('covers every facet name, also for no pages', () => {
    expect(Object.keys(facetValues('en', []))).toEqual(FACETS);
  });
});
