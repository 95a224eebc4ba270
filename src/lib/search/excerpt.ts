/**
 * What a result shows of its page: text from the page, never the index-only words (SearchMeta.astro).
 * - An article: the sentence of its body where a searched word (or its variant) occurs, with those words
 *   marked and the sentence's anchor (`s-<n>`) to link to. A query that matched only through the names of an
 *   entity the article names (`Qamishli`, an alias) gives the Arabic sentence that names the entity, with the
 *   matched name beside it.
 * - An entity page: its name in the other language and the names that matched.
 * Word positions are Pagefind's: its `content` split at white space, `locations` and anchors counting in words.
 */
import { mayContainKey, normaliseKey } from '../arabic/normalise.ts';
import { matchesWord, matchProbe } from './expand.ts';

export interface Anchor {
  id: string;
  location: number;
}
/** The parts of a Pagefind fragment read here. */
export interface FragmentText {
  content: string;
  locations: number[];
  anchors?: Anchor[];
  meta: Record<string, string>;
}
export interface ExcerptPart {
  text: string;
  mark: boolean;
}
export interface Excerpt {
  parts: ExcerptPart[];
  /** The sentence's anchor id (`s-4`), to link to. */
  anchor?: string;
  /** The entity name the query matched, shown beside an Arabic sentence that names the entity differently. */
  via?: string;
}

/** Anchor ids that start index-only text (SearchMeta.astro). */
export const INDEX_ONLY = ['search-names', 'search-tokens'];
const SENTENCE = /^s-\d+$/;
const NAMES = /^n-(\d+)$/;
const MAX_WORDS = 40;

export const splitWords = (content: string) => content.split(/[\r\n\s]+/g);

/**
 * A page's words, split once: the check of what a hit matched, its excerpt and every variant that found the same
 * page read the same text (Pagefind hands the same content string to each).
 */
export function wordsOf(content: string): string[] {
  let words = split.get(content);
  if (!words) {
    if (split.size >= 200) split.clear();
    split.set(content, (words = splitWords(content)));
  }
  return words;
}
const split = new Map<string, string[]>();
/** Page controls inside a sentence (the cite link's ❞) are text to Pagefind, not text to show. */
const CONTROL = /\p{So}+$/u;
const clean = (w: string) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/**
 * Whether a page word is one of the searched keys in another form (never a different word sharing letters).
 * Remembered per keys array: a search asks it of the same words for every result and every re-ranking.
 */
export function isSearched(word: string, keys: readonly string[]): boolean {
  let byWord = searched.get(keys);
  if (!byWord) searched.set(keys, (byWord = new Map()));
  let yes = byWord.get(word);
  if (yes === undefined) {
    if (byWord.size > 20_000) byWord.clear();
    byWord.set(word, (yes = searchedWord(word, keys)));
  }
  return yes;
}
const searched = new WeakMap<readonly string[], Map<string, boolean>>();

/** Per keys array: a letter each key's matches must contain (undefined for a key that gives none, e.g. Latin). */
const probes = new WeakMap<readonly string[], Array<string | undefined>>();
function probesOf(keys: readonly string[]): Array<string | undefined> {
  let p = probes.get(keys);
  if (!p) probes.set(keys, (p = keys.map((k) => (/\p{Script=Arabic}/u.test(k) ? matchProbe(k) : undefined))));
  return p;
}

function searchedWord(word: string, keys: readonly string[]): boolean {
  // Most words of a page share no letter with the searched ones: they are ruled out before their keys are made.
  if (!probesOf(keys).some((p) => mayContainKey(word, p))) return false;
  const w = clean(word);
  if (!w) return false;
  const key = normaliseKey(w);
  return keys.some((k) => (/\p{Script=Arabic}/u.test(k) ? matchesWord(w, k) : key === k || (k.length >= 4 && key.startsWith(k) && key.length - k.length <= 2)));
}

/** Entities an article names, in the order of its `n-<i>` name groups: `[Arabic name, English name]`. */
export function namesMeta(meta: Record<string, string>): string[][] {
  try {
    const names = JSON.parse(meta.names ?? '[]');
    return Array.isArray(names) ? names.filter((n): n is string[] => Array.isArray(n)) : [];
  } catch {
    return [];
  }
}

interface Span {
  start: number;
  end: number;
  id?: string;
}

/** The body's sentences as word ranges: by their anchors, else at sentence-ending punctuation. */
function sentences(words: string[], anchors: Anchor[], end: number): Span[] {
  const marks = anchors.filter((a) => SENTENCE.test(a.id) && a.location < end).sort((a, b) => a.location - b.location);
  if (marks.length) {
    const spans: Span[] = [];
    if (marks[0]!.location > 0) spans.push({ start: 0, end: marks[0]!.location });
    marks.forEach((a, i) => spans.push({ start: a.location, end: marks[i + 1]?.location ?? end, id: a.id }));
    return spans;
  }
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < end; i++) {
    if (/[.!?؟]["»”)]*$/u.test(words[i]!) || i === end - 1) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return spans;
}

/** The words of a span as parts, marked where `marked(i)`, cut to MAX_WORDS around the first mark. */
function partsOf(words: string[], span: Span, marked: (i: number) => boolean): ExcerptPart[] {
  const first = Array.from({ length: span.end - span.start }, (_, k) => span.start + k).find(marked) ?? span.start;
  const from = Math.max(span.start, Math.min(first - 10, span.end - MAX_WORDS));
  const to = Math.min(span.end, from + MAX_WORDS);
  const parts: ExcerptPart[] = [];
  if (from > span.start) parts.push({ text: '… ', mark: false });
  for (let i = from; i < to; i++) {
    const word = words[i]!.replace(CONTROL, '');
    if (!word) continue;
    const mark = marked(i);
    const last = parts.at(-1);
    if (mark) {
      // Punctuation around the word («داعش»، القامشلي..) stays outside the mark.
      const [, before = '', core = word, after = ''] = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/u.exec(word) ?? [];
      if (before) (last && !last.mark ? (last.text += before) : parts.push({ text: before, mark: false }));
      parts.push({ text: core, mark: true }, { text: `${after} `, mark: false });
    }
    else if (last && !last.mark) last.text += `${word} `;
    else parts.push({ text: `${word} `, mark: false });
  }
  const tail = parts.at(-1);
  if (tail && !tail.mark) tail.text = tail.text.trimEnd();
  if (!tail?.text) parts.pop();
  if (to < span.end) parts.push({ text: ' …', mark: false });
  return parts;
}

/** Where the Arabic name `name` first occurs in words [0, end): the first word's position and the name's length. */
function findName(words: string[], name: string, end: number, preferred: (i: number) => boolean): { at: number; length: number } | undefined {
  const keys = name.split(/\s+/).map((w) => normaliseKey(clean(w))).filter(Boolean);
  if (!keys.length) return undefined;
  const at: number[] = [];
  // An article repeats its words: each is compared once.
  const startsName = new Map<string, boolean>();
  const probe = matchProbe(keys[0]!);
  const startsAt = (w: string) => {
    let yes = startsName.get(w);
    if (yes === undefined) startsName.set(w, (yes = mayContainKey(w, probe) && matchesWord(clean(w), keys[0]!)));
    return yes;
  };
  for (let i = 0; i + keys.length <= end; i++) {
    if (startsAt(words[i]!) && keys.every((k, j) => j === 0 || normaliseKey(clean(words[i + j]!)) === k)) at.push(i);
  }
  const first = at.find(preferred) ?? at[0];
  return first === undefined ? undefined : { at: first, length: keys.length };
}

/** The first word of a body sentence that is a searched one, if the body has any. */
function firstInBody(words: string[], end: number, keys: readonly string[], inBodySentence: (i: number) => boolean): number | undefined {
  for (let i = 0; i < end; i++) if (isSearched(words[i]!, keys) && inBodySentence(i)) return i;
  return undefined;
}

/** An article's excerpt for the searched keys; undefined when none of its matched words is a searched one. */
export function articleExcerpt(data: FragmentText, keys: readonly string[]): Excerpt | undefined {
  const words = wordsOf(data.content);
  const anchors = data.anchors ?? [];
  const end = Math.min(words.length, ...anchors.filter((a) => INDEX_ONLY.includes(a.id)).map((a) => a.location));
  const spans = sentences(words, anchors, end);
  const spanAt = (loc: number) => spans.find((s) => s.start <= loc && loc < s.end);
  // A sentence of the body before the headline, which comes first in the text: one with its anchor, or, on a
  // page without sentence anchors, any but the first.
  const anchored = spans.some((s) => s.id);
  const inBodySentence = (loc: number) => {
    const span = spanAt(loc);
    return !!span && (anchored ? !!span.id : span !== spans[0]);
  };
  const locations = [...data.locations].sort((a, b) => a - b);
  const found = locations.filter((l) => l < end && isSearched(words[l]!, keys));
  // Pagefind's phrase search gives one location per page, which may be in the name block although the body has
  // the word too: then the body's first sentence with a searched word is the excerpt, not the name's sentence.
  const namesMatched = () => locations.some((l) => l >= end && isSearched(words[l]!, keys));
  const inBody = found.find(inBodySentence) ?? found[0] ?? (namesMatched() ? firstInBody(words, end, keys, inBodySentence) : undefined);
  if (inBody !== undefined) {
    const span = spanAt(inBody)!;
    return { parts: partsOf(words, span, (i) => isSearched(words[i]!, keys)), anchor: span.id };
  }
  // Matched through the names of an entity the article names: the sentence that names it in Arabic.
  const groups = anchors.filter((a) => NAMES.test(a.id)).sort((a, b) => a.location - b.location);
  const names = namesMeta(data.meta);
  for (const loc of locations.filter((l) => l >= end && isSearched(words[l]!, keys))) {
    const group = groups.filter((g) => g.location <= loc).at(-1);
    const entity = group ? names[Number(NAMES.exec(group.id)![1])] : undefined;
    if (!entity) continue;
    const [ar, en] = entity;
    const named = ar ? findName(words, ar, end, inBodySentence) : undefined;
    const via = /\p{Script=Arabic}/u.test(words[loc]!) ? ar : en;
    if (!named) return { parts: [], via };
    const span = spanAt(named.at)!;
    return { parts: partsOf(words, span, (i) => i >= named.at && i < named.at + named.length), anchor: span.id, via };
  }
  return undefined;
}

/** An entity page's excerpt: its names (from the `names` meta) other than the title, the matched ones marked. */
export function entityExcerpt(data: FragmentText, keys: readonly string[]): Excerpt {
  const title = data.meta.title ?? '';
  let names: string[] = [];
  try {
    names = (JSON.parse(data.meta.names ?? '[]') as string[]).filter((n) => typeof n === 'string' && n !== title);
  } catch {
    /* no names: the title alone */
  }
  const matched = (name: string) => name.split(/\s+/).some((w) => isSearched(w, keys));
  // The other language's name first, then the aliases that matched.
  const shown = [...new Set([names[0] === title ? names[1] : names[0], ...names.filter(matched)].filter((n): n is string => !!n))].slice(0, 4);
  const parts: ExcerptPart[] = [];
  shown.forEach((name, n) => {
    if (n) parts.push({ text: ' · ', mark: false });
    for (const [i, w] of name.split(/\s+/).entries()) {
      if (i) parts.push({ text: ' ', mark: false });
      parts.push({ text: w, mark: isSearched(w, keys) });
    }
  });
  return { parts };
}
