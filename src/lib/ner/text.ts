import { splitSentences } from '../arabic/sentences.ts';
import { articleWords } from '../arabic/words.ts';

/** A tagger token with its offsets in the article text. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
}

/**
 * An article as the tagger reads it (as ANERcorp is tokenised): sentences of words, clitics attached, and each
 * punctuation mark a token of its own.
 */
export function nerSentences(text: string): NerToken[][] {
  const out: NerToken[][] = [];
  // The article's words (shared with the other extraction passes): a sentence's words are those within it.
  const words = articleWords(text);
  let k = 0;
  for (const s of splitSentences(text)) {
    const tokens: NerToken[] = [];
    let at = 0;
    const marks = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const c = s.text[i]!;
        if (!/\s/.test(c)) tokens.push({ text: c, start: s.start + i, end: s.start + i + 1 });
      }
    };
    while (k < words.length && words[k]!.start < s.start) k++;
    for (; k < words.length && words[k]!.end <= s.end; k++) {
      const w = words[k]!;
      marks(at, w.start - s.start);
      tokens.push({ text: w.text, start: w.start, end: w.end });
      at = w.end - s.start;
    }
    marks(at, s.text.length);
    if (tokens.length) out.push(tokens);
  }
  return out;
}

/** A name the tagger found: its type, the tokens it spans and their offsets. */
export interface NerSpan {
  type: 'PERS' | 'LOC' | 'ORG';
  tokens: NerToken[];
  start: number;
  end: number;
}

/** PERS, LOC and ORG spans of tagged sentences (MISC is left out). */
export function spansOf(sentences: NerToken[][], tags: string[][]): NerSpan[] {
  const out: NerSpan[] = [];
  sentences.forEach((tokens, si) => {
    let cur: NerSpan | undefined;
    tokens.forEach((t, i) => {
      const tag = tags[si]![i]!;
      if (cur && tag === `I-${cur.type}`) {
        cur.tokens.push(t);
        cur.end = t.end;
        return;
      }
      cur = undefined;
      const type = tag.slice(2);
      if (tag.startsWith('B-') && (type === 'PERS' || type === 'LOC' || type === 'ORG')) {
        cur = { type, tokens: [t], start: t.start, end: t.end };
        out.push(cur);
      }
    });
  });
  return out;
}
