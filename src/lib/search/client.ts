/**
 * The search page's logic, bundled for the browser as a classic script (see src/components/Search.astro):
 * expand the query, run every variant through Pagefind, merge by page, drop hits that only matched a longer word.
 */
import { expandQuery, matchesWord, type QueryVariant } from './expand.ts';
import { entityToken } from './entity-token.ts';

export { entityToken };

/** The parts of Pagefind's JS API used here. */
export interface PagefindLike {
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
export interface Hit {
  data: PagefindData;
  score: number;
  /** The variant that found it, as searched. */
  via: string;
}

const PER_VARIANT = 50;
const MAX_HITS = 30;
const BATCH = 10;

/** Words Pagefind marked in an excerpt. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!).flatMap((w) => w.split(/\s+/)).filter(Boolean);
}

type Candidate = { result: PagefindResult; score: number; variant: QueryVariant | null };

/**
 * Runs the query and its variants; hits are merged by page, best score first. The words as typed run first and
 * their best hits are shown (`onProgress`) while the variants run; then the merged list replaces them.
 */
export async function search(
  engine: PagefindLike,
  query: string,
  filters: Record<string, string[]> = {},
  onProgress?: (hits: Hit[]) => void,
  entities: string[] = [],
): Promise<Hit[]> {
  // Entities filter through their index words (entity-token.ts), ANDed with every variant.
  const required = entities.map(entityToken);
  const typed: Array<QueryVariant | null> = query.trim() ? expandQuery(query) : [null];
  const variants = required.length
    ? typed.map((v) => ({ text: [v?.text, ...required].filter(Boolean).join(' '), weight: v?.weight ?? 1, keys: v?.keys ?? [] }))
    : typed;
  // One fetch per result: the same page found by another variant is another result, with its own excerpt.
  const fragments = new WeakMap<PagefindResult, Promise<PagefindData>>();
  const data = (r: PagefindResult) => {
    let d = fragments.get(r);
    if (!d) fragments.set(r, (d = r.data()));
    return d;
  };
  const run = (v: QueryVariant | null) => engine.search(v ? v.text : null, { filters });
  const runs = [await run(variants[0]!)];
  if (variants.length > 1) {
    const early = await ranked(variants.slice(0, 1), runs, BATCH, data);
    if (early.length) onProgress?.(early);
    runs.push(...(await Promise.all(variants.slice(1).map(run))));
  }
  return ranked(variants, runs, MAX_HITS, data, onProgress);
}

/** Merges the runs by page, best first, keeping pages whose matched words really are the searched ones. */
async function ranked(
  variants: Array<QueryVariant | null>,
  runs: Array<{ results: PagefindResult[] }>,
  limit: number,
  data: (r: PagefindResult) => Promise<PagefindData>,
  onProgress?: (hits: Hit[]) => void,
): Promise<Hit[]> {
  const candidates: Candidate[] = [];
  runs.forEach((run, i) => {
    const variant = variants[i]!;
    for (const result of run.results.slice(0, PER_VARIANT)) candidates.push({ result, score: result.score * (variant?.weight ?? 1), variant });
  });
  // Best first; a page found by several variants is tried with each until one really matched it.
  candidates.sort((a, b) => b.score - a.score);
  const byPage = new Map<string, Candidate[]>();
  for (const c of candidates) byPage.set(c.result.id, [...(byPage.get(c.result.id) ?? []), c]);
  const pages = [...byPage.values()];
  const hits: Hit[] = [];
  for (let i = 0; i < pages.length && hits.length < limit; i += BATCH) {
    // Fragments load in parallel, a batch at a time; the first batch is usually all a reader sees first.
    const batch = await Promise.all(pages.slice(i, i + BATCH).map((tries) => verified(tries, data)));
    for (const hit of batch) if (hit && hits.length < limit) hits.push(hit);
    onProgress?.(hits);
  }
  return hits;
}

/** The first of a page's candidates whose matched words really are the searched ones, as a hit. */
async function verified(tries: Candidate[], fragment: (r: PagefindResult) => Promise<PagefindData>): Promise<Hit | undefined> {
  for (const { result, score, variant } of tries) {
    const data = await fragment(result);
    // The words Pagefind matched must be the variant's words, not longer ones that start with them (لداعش must
    // not find بلدات). Latin words are left to Pagefind's own stemming.
    if (variant && variant.keys.some((k) => /\p{Script=Arabic}/u.test(k))) {
      const marked = markedWords(data.excerpt);
      if (marked.length && !marked.some((w) => variant.keys.some((k) => matchesWord(w, k)))) continue;
    }
    return { data, score, via: variant?.text ?? '' };
  }
  return undefined;
}
