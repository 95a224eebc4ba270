import { describe, expect, it } from 'vitest';
import { facetValues, pageFacets, FACETS } from './facets.ts';

describe('pageFacets', () => {
  it('gives an article the type `article` and an entity page its entity type, with the source and the year', () => {
    expect(pageFacets({ type: 'article', source: 'aawsat', date: '2015-07-21' })).toEqual({ type: ['article'], source: ['aawsat'], year: ['2015'] });
    expect(pageFacets({ type: 'organisation' })).toEqual({ type: ['organisation'], source: [], year: [] });
  });

  it('gives no source or year for a page without them', () => {
    expect(pageFacets({ type: 'place', source: null, date: null })).toEqual({ type: ['place'], source: [], year: [] });
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
      pageFacets({ type: 'article', source: 'aawsat', date: '2015-09-09' }),
    ];
    expect(facetValues('en', pages)).toEqual({
      type: ['article', 'organisation', 'person', 'place'],
      source: ['aawsat', 'Alarabiya'],
      year: ['2017', '2015', '2014'],
    });
  });

  it('sorts Arabic sources by Arabic collation', () => {
    const pages = [{ type: [], source: ['الوطن', 'الشرق الأوسط'], year: [] }];
    expect(facetValues('ar', pages)).toEqual({ type: [], source: ['الشرق الأوسط', 'الوطن'], year: [] });
  });

  it('covers every facet name, also for no pages', () => {
    expect(Object.keys(facetValues('en', []))).toEqual(FACETS);
  });
});
