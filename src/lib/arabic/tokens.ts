/** Word tokens with their offsets in the original text. */
export interface Token {
  /** The token exactly as written. */
  text: string;
  start: number;
  end: number;
}

/**
 * A word is a run of Arabic letters (with diacritics and tatweel), Latin letters, digits, or a dotted
 * abbreviation such as `أ.ب` or `U.S.`. Punctuation, quotes and spaces separate words.
 */
const WORD = /(?:[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640]*)(?:\.(?=[\p{L}])[\p{L}\p{M}]+)*\.?/gu;

/** The extraction passes tokenise the same article text one after another: keep the last result. */
let last: { text: string; tokens: Token[] } | undefined;

/** The words of `text` with their offsets. The array is shared between callers: do not change it. */
export function tokenise(text: string): Token[] {
  if (last?.text === text) return last.tokens;
  const tokens = split(text);
  if (text.length > 200) last = { text, tokens };
  return tokens;
}

function split(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A trailing full stop belongs to the word only in an abbreviation (`أ.ب.`), not at a sentence end.
    if (word.endsWith('.') && !word.slice(0, -1).includes('.')) word = word.slice(0, -1);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}
