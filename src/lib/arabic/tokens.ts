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

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A trailing full stop belongs to the word only in an abbreviation (`أ.ب.`), not at a sentence end.
    if (word.endsWith('.') && !word.slice(0, -1).includes('.')) word = word.slice(0, -1);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}
