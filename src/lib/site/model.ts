import { buildGraph, type Graph } from '../graph/graph.ts';
import type { ArticleEntity, ArticleEvent } from '../extract/schema.ts';
import type { Entity, EntityType } from '../kb/schema.ts';
import { entityTypes } from '../kb/schema.ts';
import { articleReferences, danglingReferences, type DanglingReference } from './references.ts';

/** What the site needs of an article (its front-matter, `ArticleData` in src/content.config.ts). */
export interface SiteArticle {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  origin: string;
  /** Start offsets of the sentences that carry an anchor (`s-<start>`), ascending; see src/lib/mdx/sentences.ts. */
  sentences: number[];
  entities: ArticleEntity[];
  events: ArticleEvent[];
}

/**
 * Everything the pages are made from, computed once per build: the articles newest first, the entities by id and
 * by type, and the graph (backlinks, co-mentions, timelines). Event records and pages (src/lib/site/events.ts)
 * build on `articles` and `entities` the same way. Page view models come from the functions in this folder; a
 * page never looks anything up itself.
 */
export interface SiteModel {
  articles: SiteArticle[];
  article: Map<string, SiteArticle>;
  /**
   * The entities that have a page: not merged into another, not marked as no entity, and — for an unreviewed one —
   * named by some article (directly, through an event, or as the parent or merge target of one that is).
   */
  entities: Map<string, Entity>;
  /** Entities merged into another (`mergedInto`), by old id: their old page redirects to the one they joined. */
  merged: Map<string, { from: Entity; to: Entity }>;
  byType: Record<EntityType, Entity[]>;
  graph: Graph;
  /** Articles that name each entity (`graph.backlinks` lengths). */
  articleCount: (id: string) => number;
}

/** A model with references checked: returns the dangling ones instead, for the caller to report at once. */
export function buildSiteModel(
  articles: SiteArticle[],
  entities: Entity[],
): { model: SiteModel; dangling: [] } | { model?: undefined; dangling: DanglingReference[] } {
  const all = new Map(entities.map((e) => [e.id as string, e]));
  const byId = withoutOrphans(new Map([...all].filter(([, e]) => !e.mergedInto && !e.notAnEntity)), all, articles);
  const merged = new Map<string, { from: Entity; to: Entity }>();
  for (const [id, from] of all) {
    let to = from;
    for (let hops = 0; to.mergedInto && hops < all.size; hops++) to = all.get(to.mergedInto) ?? to;
    if (to !== from && byId.has(to.id)) merged.set(id, { from, to });
  }
  const dangling = danglingReferences(articles, byId, merged);
  if (dangling.length) return { dangling };
  const sorted = [...articles].sort(newestFirst);
  const byType = Object.fromEntries(entityTypes.map((t) => [t, [] as Entity[]])) as Record<EntityType, Entity[]>;
  for (const e of byId.values()) byType[e.type].push(e);
  const graph = buildGraph(sorted);
  return {
    model: {
      articles: sorted,
      article: new Map(sorted.map((a) => [a.id, a])),
      entities: byId,
      merged,
      byType,
      graph,
      articleCount: (id) => graph.backlinks.get(id)?.length ?? 0,
    },
    dangling: [],
  };
}

/**
 * Leaves out unreviewed entities nothing names: an earlier ingest wrote their file, but no article refers to them
 * now (the name is spelt, and so identified, differently since, or its article left the corpus). Reviewed and
 * knowledge-base entities keep their page with no articles; an unreviewed one that is the parent or merge target of
 * a kept entity stays, so that its chain still resolves. `npm run dalil -- review` lists the files left out.
 */
function withoutOrphans(candidates: Map<string, Entity>, all: Map<string, Entity>, articles: SiteArticle[]): Map<string, Entity> {
  const named = new Set<string>();
  for (const a of articles) for (const [, id] of articleReferences(a)) named.add(id);
  const keep = new Set<string>();
  const add = (id: string | undefined) => {
    for (let hops = 0; id && !keep.has(id) && hops <= all.size; hops++) {
      keep.add(id);
      const e = all.get(id);
      if (e?.mergedInto) add(e.mergedInto);
      id = e?.parent;
    }
  };
  for (const [id, e] of all) if (named.has(id) || !isOrphanable(e)) add(id);
  return new Map([...candidates].filter(([id]) => keep.has(id)));
}

/** An entity whose page exists only while an article names it: found by the ingest, not reviewed. */
export const isOrphanable = (e: Entity): boolean => Boolean(e.unreviewed) && !e.reviewed;

/** Dated articles newest first, then undated ones; ties by id, so the order is stable across builds. */
export function newestFirst(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}
