import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from '../graph/graph.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type EntityEntry = CollectionEntry<'entities'>;

interface SiteData {
  articles: ArticleEntry[];
  entities: Map<string, EntityEntry>;
  graph: Graph;
}

let cached: Promise<SiteData> | undefined;

/** All articles, entities and the graph, loaded once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
  cached ??= (async () => {
    const articles = (await getCollection('articles')).sort(
      (a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title),
    );
    const entities = new Map((await getCollection('entities')).map((e) => [e.data.id as string, e]));
    return { articles, entities, graph: buildGraph(articles.map((a) => a.data)) };
  })();
  return cached;
}
