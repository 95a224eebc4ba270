/**
 * Pagefind for the search page, over http and from disk, behind one type (`Engine`).
 * Over http it is Pagefind's own ES module (a dynamic import works from a classic script); from disk (file://),
 * where module scripts and fetch() are blocked, it is the classic-script build the offline step writes
 * (`pagefind/pagefind-offline.js`, see src/lib/build/offline/pagefind.ts). Both run on the main thread: Pagefind's
 * web worker copies every result across to the page, which on a 5,000-article site added 30–100 ms to a common
 * word's search. Result URLs come back as full URLs of files in this copy of the site, wherever it sits.
 */
import type { PagefindData, PagefindLike, PagefindResult } from './client.ts';
import { canReadFragments, parseFragment, type RawFragment } from './fragment.ts';
import { loadScript } from '../client/load-script.ts';
import { SHARDS_FILE, type ShardList } from './shards.ts';

/** The parts of Pagefind's module used here. */
interface PagefindModule extends PagefindLike {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Engine extends PagefindLike {
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A search that downloads nothing but one result, so that the reader's first search does not also pay for
   * compiling the engine's code (about 60 ms on a 5,000-article site). */
  warm(): Promise<void>;
}

declare global {
  interface Window {
    /** Set by pagefind-offline.js (classic script): its module, and its fetch() that answers from disk. */
    __dalilPagefind?: { api: PagefindModule; fetch?: (url: string) => Promise<Response> };
    /** Set by the dev server's script (src/integration/dev.ts), which serves folders, not index.html files. */
    __dalilDevServer?: boolean;
  }
}

/**
 * Pagefind's root-absolute `/ar/x/index.html#h` → the same file under this copy's root. The dev server serves
 * folders, not `index.html` files, so there the file name is dropped.
 */
export function localUrl(root: string, url: string, folders = false): string {
  const local = new URL(url.replace(/^\/+/, ''), root);
  if (folders) local.pathname = local.pathname.replace(/index\.html$/, '');
  else if (local.pathname.endsWith('/')) local.pathname += 'index.html';
  return local.href;
}

/**
 * Pagefind's search, with each result's fragment as its own copy: Pagefind keeps one object per page and writes the
 * latest search's matches (`locations`) and URL into it, so two variants that found the same page would otherwise
 * read each other's matches. The result's `words` are its own matches. With `fragment`, the fragment is read from
 * its file (fragment.ts), not through Pagefind's `data()`.
 */
function localised(api: PagefindModule, root: string, folders: boolean, fragment?: (id: string, index?: string) => Promise<RawFragment>): PagefindLike['search'] {
  return async (query, options) => {
    const response = await api.search(query, options);
    if (!response?.results) return response;
    response.results = response.results.map((result): PagefindResult => ({
      ...result,
      data: async () => {
        const words = (result as { words?: number[] }).words;
        // The folder of the index the result came from (src/lib/build/pagefind-module.ts), as Pagefind keeps it.
        const index = (result as { dalilIndex?: string }).dalilIndex;
        if (fragment && words) {
          const f = await fragment(result.id, index);
          return { url: localUrl(root, f.url, folders), excerpt: '', content: f.content, locations: [...words], anchors: f.anchors, meta: f.meta ?? {}, filters: f.filters };
        }
        const d = await result.data();
        return { ...d, url: localUrl(root, d.url, folders), locations: words ? [...words] : [...d.locations] };
      },
    }));
    return response;
  };
}

/** Fragments by index folder and id, each read once per page (as Pagefind caches them). */
function fragmentReader(base: string, fetchFile: (url: string) => Promise<Response>): (id: string, index?: string) => Promise<RawFragment> {
  const read = new Map<string, Promise<RawFragment>>();
  return (id, index) => {
    const url = `${index ? new URL(index, base).href : base}fragment/${id}.pf_fragment`;
    let f = read.get(url);
    if (!f) {
      f = fetchFile(url).then(async (r) => {
        if (!r.ok) throw new Error(`Dalil search: ${url} answered ${r.status}`);
        return parseFragment(new Uint8Array(await r.arrayBuffer()), url);
      });
      f.catch(() => read.delete(url));
      read.set(url, f);
    }
    return f;
  };
}

/** The shard folders listed in the main index's folder (shards.ts), relative to it. */
async function readShards(base: string, fetchFile: (url: string) => Promise<Response>): Promise<string[]> {
  const url = `${base}${SHARDS_FILE}`;
  const r = await fetchFile(url);
  if (!r.ok) throw new Error(`Dalil search: ${url} answered ${r.status}`);
  const list = (await r.json()) as Partial<Record<keyof ShardList, unknown>>;
  if (!Array.isArray(list.shards) || !list.shards.every((s) => typeof s === 'string')) throw new Error(`Dalil search: ${url} lists no shards`);
  return list.shards;
}

const engines = new Map<string, Promise<Engine>>();

/** The engine over the index in `base` (the URL of the site's `pagefind/` folder); started once per page. */
export function loadEngine(base: string): Promise<Engine> {
  let engine = engines.get(base);
  if (engine) return engine;
  engine = (async () => {
    let api: PagefindModule;
    let fetchFile: (url: string) => Promise<Response>;
    if (/^https?:$/.test(location.protocol)) {
      api = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindModule;
      fetchFile = (url) => fetch(url);
    } else {
      await loadScript(`${base}pagefind-offline.js`);
      if (!window.__dalilPagefind) throw new Error('Dalil search: pagefind-offline.js registered nothing');
      api = window.__dalilPagefind.api;
      const offlineFetch = window.__dalilPagefind.fetch;
      if (!offlineFetch) throw new Error('Dalil search: pagefind-offline.js registered no fetch()');
      fetchFile = offlineFetch;
    }
    await api.options({ baseUrl: '/', noWorker: true });
    await api.init();
    // A large site's articles are indexed in shards (src/lib/build/search-shards.ts), joined here.
    const shards = await readShards(base, fetchFile);
    // Joined together: each loads its own entry and meta files (Pagefind keeps the order the calls were made in).
    await Promise.all(shards.map((shard) => api.mergeIndex(new URL(shard, base).href, { baseUrl: '/' })));
    const root = new URL('../', base).href;
    const fragment = canReadFragments() ? fragmentReader(base, fetchFile) : undefined;
    const search = localised(api, root, window.__dalilDevServer === true, fragment);
    let warmed: Promise<void> | undefined;
    return {
      search,
      preload: (query, options) => api.preload?.(query, options) ?? Promise.resolve(),
      filters: () => api.filters(),
      warm: () =>
        (warmed ??= search(null).then(async (all) => {
          // A filter-only search (no words: no index download) and one result's fragment, read as results are.
          await all.results[0]?.data();
        })),
    } satisfies Engine;
  })();
  engine.catch(() => engines.delete(base));
  engines.set(base, engine);
  return engine;
}

export type { PagefindData };
