import { describe, expect, it } from 'vitest';
import { articleExcerpt, entityExcerpt, splitWords, type FragmentText } from './excerpt.ts';
import { queryForms } from './rank.ts';

/**
 * A fragment as Pagefind writes it for an article page: the headline, the body's sentences (`s-<n>` anchors),
 * then the index-only name groups (`search-names`, `n-<i>`) and entity tokens (`search-tokens`).
 */
function fragment(parts: Array<[id: string | null, text: string]>, meta: Record<string, string> = {}): FragmentText {
  const words: string[] = [];
  const anchors: FragmentText['anchors'] = [];
  for (const [id, text] of parts) {
    if (id) anchors.push({ id, location: words.length });
    words.push(...splitWords(text).filter(Boolean));
  }
  return { content: words.join(' '), locations: [], anchors, meta };
}

/** Pagefind's matched positions for `query`'s keys (here: every word that is one of them). */
function matched(f: FragmentText, query: string): FragmentText {
  const { keys } = queryForms(query);
  const words = splitWords(f.content);
  const locations = words.flatMap((w, i) => (keys.some((k) => w.replace(/[^\p{L}]/gu, '').toLowerCase().includes(k.slice(-4))) ? [i] : []));
  return { ...f, locations };
}

const text = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => p.text).join('');
const marks = (parts: Array<{ text: string; mark: boolean }>) => parts.filter((p) => p.mark).map((p) => p.text);

const ARTICLE = fragment(
  [
    [null, 'اشتباكات في القامشلي.'],
    ['s-1', 'قتل عشرة عناصر من قوات النظام في هجوم لداعش على بلدات في ريف دير الزور.'],
    ['s-2', 'وقالت مصادر إن الاشتباكات تجددت في مدينة القامشلي مساء أمس.'],
    ['search-names', ''],
    ['n-0', 'تنظيم الدولة الإسلامية داعش Islamic State ISIS'],
    ['n-1', 'Qamishli قامشلو'],
    ['search-tokens', 'entislamicstateqz entqamishliqz'],
  ],
  { names: JSON.stringify([['تنظيم الدولة الإسلامية', 'Islamic State'], ['القامشلي', 'Qamishli']]) },
);

describe('articleExcerpt', () => {
  it('a match Pagefind gave only in the name block still shows the body sentence that has the word', () => {
    // Pagefind's phrase search returns one location per page: here the name group's, though s-1 writes داعش.
    const f = { ...ARTICLE, locations: [splitWords(ARTICLE.content).indexOf('داعش')] };
    const ex = articleExcerpt(f, queryForms('داعش').keys)!;
    expect(ex.anchor).toBe('s-1');
    expect(ex.via).toBeUndefined();
    expect(marks(ex.parts)).toEqual(['لداعش']);
  });

  it('shows the body sentence where the query occurs, marks only the searched word, links to its anchor', () => {
    const x = articleExcerpt(matched(ARTICLE, 'داعش'), queryForms('داعش').keys)!;
    expect(x.anchor).toBe('s-1');
    expect(text(x.parts)).toBe('قتل عشرة عناصر من قوات النظام في هجوم لداعش على بلدات في ريف دير الزور.');
    expect(marks(x.parts)).toEqual(['لداعش']);
  });

  it('prefers a sentence of the body to the headline', () => {
    const x = articleExcerpt(matched(ARTICLE, 'القامشلي'), queryForms('القامشلي').keys)!;
    expect(x.anchor).toBe('s-2');
    expect(marks(x.parts)).toEqual(['القامشلي']);
  });

  it('for a query matched through an entity\'s English name: the Arabic sentence naming it, the name beside it', () => {
    const x = articleExcerpt(matched(ARTICLE, 'Qamishli'), queryForms('Qamishli').keys)!;
    expect(x.via).toBe('Qamishli');
    expect(x.anchor).toBe('s-2');
    expect(marks(x.parts)).toEqual(['القامشلي']);
    expect(text(x.parts)).not.toMatch(/Qamishli|ent\w+qz|قامشلو/);
  });

  it('never shows the index-only words, and finds nothing when no matched word is a searched one', () => {
    const x = articleExcerpt(matched(ARTICLE, 'ISIS'), queryForms('ISIS').keys)!;
    expect(x.via).toBe('Islamic State');
    expect(text(x.parts)).not.toMatch(/ISIS|Islamic|ent\w+qz/);
    // بلدات shares letters with لداعش's prefix search, but is not the searched word.
    const towns = { ...ARTICLE, locations: [splitWords(ARTICLE.content).indexOf('بلدات')] };
    expect(articleExcerpt(towns, queryForms('لداعش').keys)).toBeUndefined();
  });

  it('leaves out the page\'s controls inside a sentence (the cite link ❞)', () => {
    const cited = fragment([[null, 'عنوان.'], ['s-7', 'هجوم لداعش على الميادين❞'], ['s-40', 'جملة أخرى. ❞']]);
    const x = articleExcerpt(matched(cited, 'داعش'), queryForms('داعش').keys)!;
    expect(x.anchor).toBe('s-7');
    expect(text(x.parts)).toBe('هجوم لداعش على الميادين');
  });

  it('without sentence anchors, cuts the sentence at its punctuation', () => {
    const plain = fragment([[null, 'عنوان المقال. جملة أولى عن حلب. جملة ثانية عن داعش في البادية. جملة ثالثة.']]);
    const x = articleExcerpt(matched(plain, 'داعش'), queryForms('داعش').keys)!;
    expect(x.anchor).toBeUndefined();
    expect(text(x.parts)).toBe('جملة ثانية عن داعش في البادية.');
    // The headline comes first in the text; a body sentence is preferred to it.
    const headline = fragment([[null, 'اشتباكات في القامشلي. قالت مصادر إن الاشتباكات تجددت في القامشلي مساء أمس.']]);
    expect(text(articleExcerpt(matched(headline, 'القامشلي'), queryForms('القامشلي').keys)!.parts)).toBe('قالت مصادر إن الاشتباكات تجددت في القامشلي مساء أمس.');
  });

  it('keeps punctuation around a matched word outside its mark', () => {
    const quoted = fragment([[null, 'عنوان.'], ['s-1', 'هجوم مفاجئ لـ «داعش» على الميادين.']]);
    const x = articleExcerpt(matched(quoted, 'داعش'), queryForms('داعش').keys)!;
    expect(marks(x.parts)).toEqual(['داعش']);
    expect(text(x.parts)).toBe('هجوم مفاجئ لـ «داعش» على الميادين.');
  });
});

describe('entityExcerpt', () => {
  it('shows the other language\'s name and the names that matched, never the index tokens', () => {
    const page: FragmentText = {
      content: 'القامشلي Qamishli مدينة في محافظة الحسكة entqamishliqz',
      locations: [0],
      anchors: [{ id: 'search-tokens', location: 6 }],
      meta: { title: 'القامشلي', names: JSON.stringify(['القامشلي', 'Qamishli', 'قامشلو', 'مدينة القامشلي']) },
    };
    const x = entityExcerpt(page, queryForms('القامشلي').keys);
    // قامشلو is the light stem's variant of the searched word (قامشل…): shown and marked; the index token is not.
    expect(text(x.parts)).toBe('Qamishli · قامشلو · مدينة القامشلي');
    expect(marks(x.parts)).toEqual(['قامشلو', 'القامشلي']);
  });
});
