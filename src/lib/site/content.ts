import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from '../graph/graph.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type EntityEntry = CollectionEntry<'entities'>;

interface SiteData {
  articles: ArticleEntry[];
  /** The entities that have a page: not merged into another, not marked as no entity. */
  entities: Map<string, EntityEntry>;
  /** Entities merged into another (`mergedInto`): their old page redirects to the one they joined. */
  merged: Map<string, { from: EntityEntry; to: EntityEntry }>;
  graph: Graph;
}

let cached: Promise<SiteData> | undefined;

/** All articles, entities and the graph, loaded once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
  cached ??= (async () => {
    const articles = (await getCollection('articles')).sort(
      (a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title),
    );
    const all = new Map((await getCollection('entities')).map((e) => [e.data.id as string, e]));
    const entities = new Map([...all].filter(([, e]) => !e.data.mergedInto && !e.data.notAnEntity));
    const merged = new Map<string, { from: EntityEntry; to: EntityEntry }>();
    for (const [id, from] of all) {
      let to = from;
      for (let hops = 0; to.data.mergedInto && hops < all.size; hops++) to = all.get(to.data.mergedInto) ?? to;
      if (to !== from && entities.has(to.data.id)) merged.set(id, { from, to });
    }
    return { articles, entities, merged, graph: buildGraph(articles.map((a) => a.data)) };
  })();
  return cached;
}
