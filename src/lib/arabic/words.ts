import { tokenise, type Token } from './tokens.ts';
import { normaliseKey } from './normalise.ts';
import { readingsOnce, stripProclitics, type CliticReading } from './clitics.ts';

/** The matching keys of one written word form. */
export interface WordKeys {
  /** `normaliseKey` of the word (a dotted abbreviation's parts are space-separated: `ا ب`). */
  key: string;
  /** The key with no spaces (`اب`). */
  compact: string;
  /** The compact key without proclitics and article (`وبالقامشلي` → `قامشلي`), see `stripProclitics`. */
  bare: string;
  /** `procliticReadings` of the key's first part, with the default options (every reading). */
  readings: readonly CliticReading[];
  /** The key without a leading conjunction (و ف), as `procliticReadings` with no prepositions reads it. */
  afterConjunction: string;
  /** Whether the word as written has an Arabic letter. */
  arabic: boolean;
}

/** A word of an article: the token as written, its offsets and its keys. */
export interface KeyedWord extends Token, WordKeys {}

const CONJUNCTION_ONLY = { prepositions: [] } as const;
const ARABIC = /\p{Script=Arabic}/u;

/** Forms repeat within and across articles: each one's keys are worked out once. */
const forms = new Map<string, WordKeys>();

/** The keys of a written word form (memoised). */
export function wordKeys(text: string): WordKeys {
  let k = forms.get(text);
  if (k === undefined) {
    const key = normaliseKey(text);
    const compact = key.includes(' ') ? key.replace(/ /g, '') : key;
    k = {
      key,
      compact,
      bare: stripProclitics(compact),
      readings: readingsOnce(key.split(' ', 1)[0]!),
      afterConjunction: readingsOnce(key, CONJUNCTION_ONLY).at(-1)!.rest,
      arabic: ARABIC.test(text),
    };
    if (forms.size > 200_000) forms.clear();
    forms.set(text, k);
  }
  return k;
}

/** The extraction passes read the same article one after another: keep the last one's words. */
let last: { text: string; words: readonly KeyedWord[] } | undefined;

/**
 * The words of `text` with their keys, worked out once per article and shared by the extraction passes (names,
 * patterns, persons, events) so that none of them normalises the article again. Do not change the array.
 */
export function articleWords(text: string): readonly KeyedWord[] {
  if (last?.text === text) return last.words;
  const words = tokenise(text).map((t): KeyedWord => {
    const k = wordKeys(t.text);
    return { text: t.text, start: t.start, end: t.end, key: k.key, compact: k.compact, bare: k.bare, readings: k.readings, afterConjunction: k.afterConjunction, arabic: k.arabic };
  });
  last = { text, words };
  return words;
}
