import { describe, expect, it } from 'vitest';
import { facetValues, pageFacets, FACETS } from './facets.ts';

describe('pageFacets', () => {
  it('names each entity type once in the page language, with the source and the year', () => {
    expect(pageFacets('en', { types: ['place', 'person', 'place'], source: 'aawsat', date: '2015-07-21' })).toEqual({
      type: ['Place', 'Person'],
      source: ['aawsat'],
      year: ['2015'],
    });
    expect(pageFacets('ar', { types: ['organisation'] })).toEqual({ type: ['منظمة'], source: [], year: [] });
  });

  it('gives no source or year for a page without them', () => {
    expect(pageFacets('en', { types: [], source: null, date: null })).toEqual({ type: [], source: [], year: [] });
  });
});

describe('facetValues', () => {
  it('collects every value once: years newest first, the rest in the language’s order', () => {
    const pages = [
      pageFacets('en', { types: ['place'], source: 'aawsat', date: '2014-01-02' }),
      pageFacets('en', { types: ['person', 'organisation'], source: 'Alarabiya', date: '2017-05-01' }),
      pageFacets('en', { types: ['place'], source: 'aawsat', date: '2015-09-09' }),
    ];
    expect(facetValues('en', pages)).toEqual({
      type: ['Organisation', 'Person', 'Place'],
      source: ['aawsat', 'Alarabiya'],
      year: ['2017', '2015', '2014'],
    });
  });

  it('sorts Arabic values by Arabic collation', () => {
    const pages = [{ type: ['منظمة', 'شخص', 'مكان'], source: ['الوطن', 'الشرق الأوسط'], year: [] }];
    expect(facetValues('ar', pages)).toEqual({ type: ['شخص', 'مكان', 'منظمة'], source: ['الشرق الأوسط', 'الوطن'], year: [] });
  });

  it('covers every facet name, also for no pages', () => {
    expect(Object.keys(facetValues('en', []))).toEqual(FACETS);
  });
});
