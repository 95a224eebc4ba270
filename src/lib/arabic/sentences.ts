/** A sentence with its offsets in the original text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into sentences at line breaks and at sentence-final punctuation (. ! ? ؟ …) that is followed
 * by a space, unless the full stop is part of an abbreviation (`أ.ب`, `U.S.`) or a number (`3.5`).
 * A quote that closes right after the punctuation stays with its sentence. Offsets point into `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '…') {
      if (c === '.' && isAbbreviationDot(text, i)) continue;
      let j = i + 1;
      while (j < text.length && /[.!?؟…»”"')\]]/.test(text[j]!)) j++;
      if (j >= text.length || /\s/.test(text[j]!)) {
        push(j);
        i = j - 1;
      }
    }
  }
  push(text.length);
  return out;
}

function isAbbreviationDot(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (/\d/.test(before) && /\d/.test(after)) return true;
  // Single letter before the dot, preceded by a boundary or another dot: `أ.ب` / `U.S.`
  const before2 = text[i - 2] ?? ' ';
  if (/\p{L}/u.test(before) && /[\s.«(]/u.test(before2) && (/\p{L}/u.test(after) || /[\s.]/.test(before2))) {
    return /\p{L}/u.test(after) || before2 === '.';
  }
  return false;
}
