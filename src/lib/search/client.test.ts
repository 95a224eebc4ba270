import { describe, expect, it } from 'vitest';
import { search, type PagefindLike, type PagefindResult } from './client.ts';

/** A stand-in index: for each query text, pages with a score and the word Pagefind matched (the page's text). */
function engine(index: Record<string, Array<[id: string, score: number, marked: string]>>): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(q) {
      asked.push(q ?? '');
      // A phrase ("…") finds what its words find unless the index says otherwise.
      const key = q ?? '';
      const found = index[key] ?? (/^".*"$/.test(key) ? index[key.slice(1, -1)] : undefined) ?? [];
      const results: PagefindResult[] = found.map(([id, score, marked]) => ({
        id,
        score,
        data: async () => ({ url: `/ar/${id}/`, excerpt: '', content: marked, locations: marked ? [0] : [], meta: { title: id } }),
      }));
      return { results };
    },
  };
}

describe('search', () => {
  it('runs the variants, merges them by page and keeps the best score', async () => {
    const e = engine({
      سوريا: [['a', 1, 'سوريا']],
      سورية: [['b', 2, 'سورية'], ['a', 0.5, 'سورية']],
    });
    const hits = await search(e, 'سوريا');
    expect(e.asked).toEqual(expect.arrayContaining(['سوريا', 'سورية']));
    expect(hits.map((h) => h.data.meta.title)).toEqual(['b', 'a']);
  });

  it('runs the words as typed as a phrase first, then as separate words when the phrase finds less than a page', async () => {
    const e = engine({ '"قوات سوريا"': [['phrase', 2, 'قوات سوريا']], 'قوات سوريا': [['words', 3, 'قوات'], ['phrase', 1, 'قوات سوريا']] });
    const first: string[][] = [];
    const hits = await search(e, 'قوات سوريا', { onProgress: () => first.push([...e.asked]) });
    expect(e.asked.slice(0, 2)).toEqual(['"قوات سوريا"', 'قوات سوريا']);
    expect(first[0]).toEqual(['"قوات سوريا"', 'قوات سوريا']);
    expect(hits.map((h) => h.data.meta.title)).toEqual(['words', 'phrase']);
  });

  it('shows the phrase hits before any other search runs when they fill a page', async () => {
    const pages = Array.from({ length: 12 }, (_, i): [string, number, string] => [`p${i}`, 12 - i, 'داعش']);
    const e = engine({ داعش: pages });
    const asked: string[][] = [];
    await search(e, 'داعش', { onProgress: () => asked.push([...e.asked]) });
    expect(asked[0]).toEqual(['"داعش"']);
    expect(e.asked).toContain('داعش');
  });

  it('drops a page where the index only matched a longer word that starts with the searched one', async () => {
    const e = engine({ لداعش: [['towns', 3, 'بلدات'], ['isis', 1, 'لداعش']], داعش: [['isis', 1, 'داعش']] });
    const hits = await search(e, 'لداعش');
    expect(hits.map((h) => h.data.meta.title)).toEqual(['isis']);
  });

  it('checks each variant against its own matched words', async () => {
    // Pagefind marks different words for different queries: the page is kept through the variant that matched.
    const e = engine({ لداعش: [['page', 2, 'بلدات']], داعش: [['page', 1, 'داعش']] });
    expect((await search(e, 'لداعش')).map((h) => h.data.meta.title)).toEqual(['page']);
  });

  it('shows the hits of the words as typed before the variants have run', async () => {
    const e = engine({ سوريا: [['a', 1, 'سوريا']], سورية: [['b', 2, 'سورية']] });
    const seen: string[][] = [];
    await search(e, 'سوريا', { onProgress: (hits) => seen.push(hits.map((h) => h.data.meta.title!)) });
    expect(seen[0]).toEqual(['a']);
    expect(seen.at(-1)).toEqual(['b', 'a']);
  });

  it('never shortens the list on screen when the hits of the variants are merged in', async () => {
    const e = engine({ سوريا: [['a', 1, 'سوريا'], ['c', 0.5, 'سوريا']], سورية: [['b', 3, 'سورية']] });
    const seen: string[][] = [];
    await search(e, 'سوريا', { onProgress: (hits) => seen.push(hits.map((h) => h.data.meta.title!)) });
    expect(seen.slice(0, 2)).toEqual([['a'], ['a', 'c']]);
    expect(seen.at(-1)).toEqual(['b', 'a', 'c']);
    for (const [i, hits] of seen.entries()) if (i) expect(hits.length).toBeGreaterThanOrEqual(seen[i - 1]!.length);
  });

  it('stops running variants once a newer search has begun', async () => {
    const e = engine({ سوريا: [['a', 1, 'سوريا']], سورية: [['b', 2, 'سورية']] });
    const newer = new AbortController();
    const hits = await search(e, 'سوريا', { signal: newer.signal, onProgress: () => newer.abort() });
    expect(e.asked).not.toContain('سورية');
    expect(hits).toEqual([]);
  });

  it('shows the best hit as soon as it has loaded, before the rest of its batch', async () => {
    let release!: () => void;
    const later = new Promise<void>((r) => (release = r));
    const page = (id: string, score: number, wait?: Promise<void>): PagefindResult => ({
      id,
      score,
      data: async () => {
        await wait;
        return { url: `/ar/${id}/`, excerpt: '', content: 'حلب', locations: [0], meta: { title: id } };
      },
    });
    const e: PagefindLike = { search: async () => ({ results: [page('first', 3), page('second', 2, later), page('third', 1)] }) };
    const seen: string[][] = [];
    const done = search(e, 'Aleppo', {
      onProgress: (hits) => {
        seen.push(hits.map((h) => h.data.meta.title!));
        if (seen.length === 1) release();
      },
    });
    // The second page's fragment is held back until the first hit has been shown.
    expect((await done).map((h) => h.data.meta.title)).toEqual(['first', 'second', 'third']);
    expect(seen[0]).toEqual(['first']);
  });

  it('filters by entity through its index word, ANDed with the query or alone', async () => {
    const e = engine({ 'داعش entqamishliqz': [['qamishli-article', 1, 'داعش']], entqamishliqz: [['qamishli-page', 1, '']] });
    expect((await search(e, 'داعش', { entities: ['qamishli'] })).map((h) => h.data.meta.title)).toEqual(['qamishli-article']);
    expect((await search(e, '', { entities: ['qamishli'] })).map((h) => h.data.meta.title)).toEqual(['qamishli-page']);
  });

  it('lists filtered pages for an empty query', async () => {
    const e = engine({ '': [['p', 1, '']] });
    expect((await search(e, '', { filters: { type: ['place'] } })).map((h) => h.data.meta.title)).toEqual(['p']);
  });
});
