/**
 * The order of the results, after Pagefind has scored the pages (the rule the README documents):
 * 1. entity pages one of whose names (or aliases) is the query, in one of its spellings, first;
 * 2. then articles and the entity pages whose names contain the searched words, by score, but at most
 *    `ENTITIES_AHEAD` such entity pages before the first article: short entity pages score high on a common
 *    word, and must not push every article off the first screen;
 * 3. then the entity pages that matched elsewhere (a parent, a description), by score.
 * A page found through several spellings counts once, with its best score (client.ts merges by page).
 */
import { normaliseKey } from '../arabic/normalise.ts';
import { isSearched } from './excerpt.ts';
import { expandQuery } from './expand.ts';

export const ENTITIES_AHEAD = 2;

export interface Rankable {
  kind: 'article' | 'entity';
  score: number;
  /** An entity page's names and aliases, in both languages. */
  names: string[];
}

/** The query's spellings as whole keys (`وبالقامشلي` → `القامشلي` among them). */
export interface QueryForms {
  /** normaliseKey of each spelling of the whole query. */
  whole: string[];
  /** Normalised keys of the searched words, every spelling. */
  keys: string[];
}

/** The forms of what the reader typed: every spelling the search runs (expand.ts). */
export function queryForms(query: string): QueryForms {
  const variants = query.trim() ? expandQuery(query) : [];
  return {
    whole: [...new Set([query, ...variants.map((v) => v.text)].map((t) => normaliseKey(t.trim())).filter(Boolean))],
    keys: [...new Set(variants.flatMap((v) => v.keys))],
  };
}

const tier = (hit: Rankable, q: QueryForms): number => {
  if (hit.kind === 'article') return 1;
  const names = hit.names.map((n) => normaliseKey(n));
  if (names.some((n) => q.whole.includes(n))) return 0;
  return hit.names.some((n) => n.split(/\s+/).some((w) => isSearched(w, q.keys))) ? 1 : 2;
};

/** Tiers by query and hit: the list is ranked again each time a hit arrives, and names are many words. */
const tiers = new WeakMap<QueryForms, WeakMap<Rankable, number>>();
function tierOf(hit: Rankable, q: QueryForms): number {
  let known = tiers.get(q);
  if (!known) tiers.set(q, (known = new WeakMap()));
  let t = known.get(hit);
  if (t === undefined) known.set(hit, (t = tier(hit, q)));
  return t;
}

export function rank<T extends Rankable>(hits: T[], q: QueryForms): T[] {
  const tiers = hits.map((hit, i) => ({ hit, i, tier: tierOf(hit, q) }));
  const byScore = (a: (typeof tiers)[number], b: (typeof tiers)[number]) => b.hit.score - a.hit.score || a.i - b.i;
  const first = tiers.filter((t) => t.tier === 0).sort(byScore);
  const middle = tiers.filter((t) => t.tier === 1).sort(byScore);
  const last = tiers.filter((t) => t.tier === 2).sort(byScore);
  // Entity pages beyond ENTITIES_AHEAD wait until the first article.
  const firstArticle = middle.findIndex((t) => t.hit.kind === 'article');
  if (firstArticle > ENTITIES_AHEAD) {
    const held = middle.splice(ENTITIES_AHEAD, firstArticle - ENTITIES_AHEAD);
    middle.splice(ENTITIES_AHEAD + 1, 0, ...held);
  }
  return [...first, ...middle, ...last].map((t) => t.hit);
}
