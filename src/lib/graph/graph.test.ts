import { describe, expect, it } from 'vitest';
import { ArticleEvent, type ArticleEntity } from '../extract/schema.ts';
import { buildGraph, type GraphArticle } from './graph.ts';

const entity = (id: string, ...sentences: string[]): ArticleEntity => ({
  id,
  type: 'place',
  name: { ar: id, en: id },
  mentions: sentences.map((sentence, i) => ({ text: id, start: i * 10, end: i * 10 + id.length, sentence })),
});
const event = (id: string, date: string | null, places: string[], actors: string[] = []): ArticleEvent => ArticleEvent.parse({
  id, type: 'airstrike', date, places, actors, fatalities: null, reportedBy: null, evidence: `evidence ${id}`, also: [], start: 0,
});
const article = (id: string, date: string | null, entities: ArticleEntity[], events: ArticleEvent[] = []): GraphArticle => ({ id, title: id, date, entities, events });

const articles = [
  article('a-old', '2015-03-01', [entity('raqqa', 's1'), entity('isis', 's1', 's2')], [event('e1', '2015-02-27', ['raqqa'], ['isis'])]),
  article('b-new', '2017-06-10', [entity('raqqa', 's3'), entity('sdf', 's3'), entity('isis', 's4')], [event('e2', null, ['raqqa'], ['sdf', 'raqqa']), event('e3', '2017-06-09', ['raqqa'])]),
  article('c-undated', null, [entity('sdf', 's5')]),
  article('a-same-day', '2017-06-10', [entity('raqqa', 's6')]),
];

describe('buildGraph', () => {
  const graph = buildGraph(articles);

  it('lists each entity’s articles newest first (ties by id, undated last) with that article’s mentions', () => {
    expect(graph.backlinks.get('raqqa')!.map((b) => b.article.id)).toEqual(['a-same-day', 'b-new', 'a-old']);
    expect(graph.backlinks.get('sdf')!.map((b) => b.article.id)).toEqual(['b-new', 'c-undated']);
    expect(graph.backlinks.get('isis')!.find((b) => b.article.id === 'a-old')!.mentions.map((m) => m.sentence)).toEqual(['s1', 's2']);
    expect(graph.backlinks.has('nowhere')).toBe(false);
  });

  it('counts co-mentions by shared articles, most first, then by id, never the entity itself', () => {
    expect(graph.related.get('raqqa')).toEqual([{ id: 'isis', articles: 2 }, { id: 'sdf', articles: 1 }]);
    expect(graph.related.get('sdf')).toEqual([{ id: 'isis', articles: 1 }, { id: 'raqqa', articles: 1 }]);
    expect(graph.related.get('a-same-day')).toBeUndefined();
  });

  it('gives an entity with no co-mention an empty list', () => {
    expect(buildGraph([article('x', null, [entity('alone', 's')])]).related.get('alone')).toEqual([]);
  });

  it('puts each event on the timeline of its places and actors once, oldest first, undated last', () => {
    expect(graph.timeline.get('raqqa')!.map((t) => t.event.id)).toEqual(['e1', 'e3', 'e2']);
    expect(graph.timeline.get('sdf')!.map((t) => [t.event.id, t.article.id])).toEqual([['e2', 'b-new']]);
    expect(graph.timeline.get('isis')!.map((t) => t.event.id)).toEqual(['e1']);
  });

  it('does not reorder the articles it was given', () => {
    const input = [...articles];
    buildGraph(input);
    expect(input.map((a) => a.id)).toEqual(articles.map((a) => a.id));
  });
});
