/**
 * The search page's query logic (bundled into the search page's script, ui/): expand the query, run every variant
 * through Pagefind, merge by page, drop hits whose matched words are not the searched ones, build each result's
 * excerpt from the page's text (excerpt.ts) and order the results (rank.ts).
 */
import { expandQuery, type QueryVariant } from './expand.ts';
import { entityToken } from './entity-token.ts';
import { articleExcerpt, entityExcerpt, isSearched, wordsOf, type Anchor, type Excerpt } from './excerpt.ts';
import { queryForms, rank } from './rank.ts';

export { entityToken };

/** The parts of Pagefind's JS API used here. */
export interface PagefindLike {
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
  /** Downloads what a search for `query` needs, without searching. */
  preload?(query: string, options?: { filters?: Record<string, string[]> }): Promise<unknown>;
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Each call gives this result's own copy: its `locations` are this search's matches on the page. */
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  /** Pagefind's own excerpt: not shown (it can hold index-only words), see excerpt.ts. */
  excerpt: string;
  /** The page's indexed text, and the word positions of the matches and of the elements with an id. */
  content: string;
  locations: number[];
  anchors?: Anchor[];
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
export interface Hit {
  data: PagefindData;
  score: number;
  /** The variant that found it, as searched. */
  via: string;
  kind: 'article' | 'entity';
  /** An entity page's names in both languages (the `names` meta). */
  names: string[];
  excerpt: Excerpt;
}

const PER_VARIANT = 50;
const MAX_HITS = 30;
const BATCH = 10;
/** Fragments loading at once after the first: the rest of a page of results is asked for together. */
const IN_FLIGHT = 10;

type Candidate = { result: PagefindResult; score: number; variant: QueryVariant | null };

export interface SearchOptions {
  /** Pagefind filters (type, source, year). */
  filters?: Record<string, string[]>;
  /** Entity ids the pages must name (through their index words, entity-token.ts). */
  entities?: string[];
  /** Called with the hits found so far, best first, each time the list grows or improves. */
  onProgress?: (hits: Hit[]) => void;
  /** A newer search has begun: stop spending time on this one. */
  signal?: AbortSignal;
}

/** Lets the page handle input between two searches run on its thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the query and its variants; hits are merged by page, best score first.
 *
 * First the words as typed, as a phrase (`"…"`: Pagefind matches whole words in that order, which for a word on
 * most pages is about a third quicker than its prefix search), then as separate words if the phrase found less than
 * a page of results. Their best hits are shown one by one (`onProgress`) while the variants, the prefix search of
 * the typed words among them, run; the merged list then takes over.
 */
export async function search(engine: PagefindLike, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const { filters = {}, entities = [], onProgress, signal } = options;
  // Entities filter through their index words (entity-token.ts), ANDed with every variant.
  const required = entities.map(entityToken);
  const typed: Array<QueryVariant | null> = query.trim() ? expandQuery(query) : [null];
  const variants = required.length
    ? typed.map((v) => ({ text: [v?.text, ...required].filter(Boolean).join(' '), weight: v?.weight ?? 1, keys: v?.keys ?? [] }))
    : [...typed];
  // A phrase is the whole query in quotes, so entity words (which are not in the text) cannot join it.
  const phrase = typed[0] && !required.length ? { ...typed[0], text: `"${typed[0].text}"` } : null;
  if (phrase) variants.unshift(phrase);
  const forms = queryForms(query);
  const order = (hits: Hit[]) => rank(hits, forms);
  // One fetch per result: the same page found by another variant is another result, with its own excerpt.
  const fragments = new WeakMap<PagefindResult, Promise<PagefindData>>();
  const data = (r: PagefindResult) => {
    let d = fragments.get(r);
    if (!d) fragments.set(r, (d = r.data()));
    return d;
  };
  // One check per result: the merged list checks again the pages the first list showed.
  const checks = new WeakMap<PagefindResult, Promise<Hit | undefined>>();
  const check = (c: Candidate) => {
    let hit = checks.get(c.result);
    if (!hit) checks.set(c.result, (hit = checked(c, data)));
    return hit;
  };
  const run = (v: QueryVariant | null) => engine.search(v ? v.text : null, { filters });
  const runs = [await run(variants[0]!)];
  if (variants.length === 1) return order(await ranked(variants, runs, MAX_HITS, check, signal, (hits) => onProgress?.(order(hits))));
  if (phrase && runs[0]!.results.length < BATCH) runs.push(await run(variants[1]!));
  let shown = 0;
  await ranked(variants.slice(0, runs.length), runs, BATCH, check, signal, (hits) => {
    shown = hits.length;
    onProgress?.(order(hits));
  });
  // The variants' index files download together; the searches themselves take turns with the page.
  const rest = variants.slice(runs.length);
  await Promise.all(rest.map((v) => engine.preload?.(v!.text, { filters })));
  for (const v of rest) {
    if (signal?.aborted) return [];
    await nextTask();
    runs.push(await run(v));
  }
  // The merged list replaces the first one once it is as long.
  const hits = await ranked(variants, runs, MAX_HITS, check, signal, (hits) => hits.length >= shown && onProgress?.(order(hits)));
  return order(hits);
}

/** Merges the runs by page, best score first, keeping pages whose matched words really are the searched ones. */
async function ranked(
  variants: Array<QueryVariant | null>,
  runs: Array<{ results: PagefindResult[] }>,
  limit: number,
  check: (c: Candidate) => Promise<Hit | undefined>,
  signal: AbortSignal | undefined,
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
  // The best page's fragment loads alone: alongside nine others it arrives later (measured, docs/benchmarks.md).
  // Then the fragments of the pages ranked next load together, IN_FLIGHT at a time and never more than the list
  // still needs; each hit is shown as soon as it and those ranked above it are in.
  const started: Array<Promise<Hit | undefined>> = [];
  for (let i = 0; i < pages.length && hits.length < limit && !signal?.aborted; i++) {
    const upTo = Math.min(pages.length, i + Math.min(i ? IN_FLIGHT : 1, limit - hits.length));
    while (started.length < upTo) started.push(verified(pages[started.length]!, check));
    const hit = await started[i]!;
    if (!hit || hits.length >= limit) continue;
    hits.push(hit);
    onProgress?.([...hits]);
  }
  return hits;
}

/** The first of a page's candidates whose matched words really are the searched ones. */
async function verified(tries: Candidate[], check: (c: Candidate) => Promise<Hit | undefined>): Promise<Hit | undefined> {
  for (const c of tries) {
    const hit = await check(c);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * One candidate as a hit with its excerpt, or undefined when the words Pagefind matched are not a variant's words
 * but longer ones that start with them (لداعش must not find بلدات); Latin words are left to Pagefind's own stemming.
 */
async function checked({ result, score, variant }: Candidate, fragment: (r: PagefindResult) => Promise<PagefindData>): Promise<Hit | undefined> {
  const data = await fragment(result);
  const keys = variant?.keys ?? [];
  const kind = data.meta.page === 'entity' ? 'entity' : 'article';
  const names = kind === 'entity' ? entityNames(data.meta.names) : [];
  if (keys.some((k) => /\p{Script=Arabic}/u.test(k))) {
    const words = wordsOf(data.content);
    if (data.locations.length && !data.locations.some((l) => isSearched(words[l] ?? '', keys))) return undefined;
  }
  const excerpt = kind === 'entity' ? entityExcerpt(data, keys) : articleExcerpt(data, keys);
  return { data, score, via: variant?.text ?? '', kind, names, excerpt: excerpt ?? { parts: [] } };
}

function entityNames(json: string | undefined): string[] {
  try {
    const names = JSON.parse(json ?? '[]');
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}
