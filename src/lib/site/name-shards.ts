/**
 * The timeline pickers' names, filed by the first two letters of each word so that a picker loads only the names
 * that can match what is typed (one file of them all would outgrow the page budget at 10,000 articles, issue 12).
 * A name, in either language, is filed under the first two letters of each of its words' keys (normaliseKey),
 * the article left off: `الميادين` under `مي`, `al-Mayadin` under `ma` (the `al` itself under nothing). What is
 * typed picks its file the same way from its first word, from two letters on; the picker then matches as the
 * search page's does, among that file's names. So a name is found from the start of any of its words, with or
 * without the article; a match inside a word is offered when another of the name's words files it there.
 */
import { normaliseKey } from '../arabic/normalise.ts';
import { withoutArticle } from '../arabic/clitics.ts';

/** How many letters of a word choose its file. */
export const SHARD_LETTERS = 2;
/** Transliterated articles, written as a word of their own (`al-Assad`): a word after them files the name. */
const LATIN_ARTICLES = new Set(['al', 'el']);

const words = (text: string) => normaliseKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The file of a word: its first letters after the article, or none for a shorter word. */
function shardOfWord(word: string): string | undefined {
  const w = withoutArticle(word);
  return w.length >= SHARD_LETTERS ? [...w].slice(0, SHARD_LETTERS).join('') : undefined;
}

/** The files a name is found in: one per word. */
export function nameShards(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) for (const w of words(name)) if (!LATIN_ARTICLES.has(w)) out.add(shardOfWord(w) ?? '');
  out.delete('');
  return [...out];
}

/** The file what is typed looks in (its first word, past a transliterated article), or none yet. */
export function typedShard(typed: string): string | undefined {
  const ws = words(typed);
  const first = ws.length > 1 && LATIN_ARTICLES.has(ws[0]!) ? ws[1] : ws[0];
  return first === undefined ? undefined : shardOfWord(first);
}

/** A file name for a shard: its letters as hexadecimal code points (`645-64a`), plain ASCII on every disk. */
export const shardName = (shard: string) => [...shard].map((c) => c.codePointAt(0)!.toString(16)).join('-');
