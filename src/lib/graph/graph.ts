import type { ArticleEntity, ArticleEvent, Mention } from '../extract/schema.ts';

/** What the graph needs of an article. */
export interface GraphArticle {
  id: string;
  title: string;
  date: string | null;
  /** The outlet, where recorded (entity pages group name forms by it). */
  source?: string | null;
  entities: ArticleEntity[];
  events: ArticleEvent[];
}

export interface Backlink {
  article: GraphArticle;
  mentions: Mention[];
}

export interface TimelineEntry {
  event: ArticleEvent;
  article: GraphArticle;
}

/** Backlinks, co-mentions and timelines, computed once per build in one pass over the articles. */
export interface Graph {
  backlinks: Map<string, Backlink[]>;
  /** Entity id → co-mentioned entity ids with the number of articles they share, most first. */
  related: Map<string, Array<{ id: string; articles: number }>>;
  timeline: Map<string, TimelineEntry[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildGraph(articles: GraphArticle[]): Graph {
  const backlinks = new Map<string, Backlink[]>();
  const pairs = new Map<string, Map<string, number>>();
  const timeline = new Map<string, TimelineEntry[]>();
  const byDate = [...articles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  for (const article of byDate) {
    const ids = article.entities.map((e) => e.id);
    for (const e of article.entities) {
      push(backlinks, e.id, { article, mentions: e.mentions });
      const counts = pairs.get(e.id) ?? new Map<string, number>();
      for (const other of ids) if (other !== e.id) counts.set(other, (counts.get(other) ?? 0) + 1);
      pairs.set(e.id, counts);
    }
    for (const event of article.events) {
      for (const id of new Set([...event.places, ...event.actors])) push(timeline, id, { event, article });
    }
  }
  const related = new Map<string, Array<{ id: string; articles: number }>>();
  for (const [id, counts] of pairs) {
    related.set(
      id,
      [...counts].map(([other, n]) => ({ id: other, articles: n })).sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id)),
    );
  }
  for (const list of timeline.values()) list.sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999'));
  return { backlinks, related, timeline };
}
