import { DalilError } from '../kb/errors.ts';

/** A CoNLL sentence: tokens and, when the file has them, the tags of the last column. */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/**
 * Reads CoNLL text: first column the token, one token per line, a blank line between sentences; other columns
 * are ignored except that the last one, when there are two or more, is kept as the gold tag. A file with NUL or
 * other control bytes, invalid UTF-8 or no token at all is refused with its name and line.
 */
export function parseConll(bytes: Buffer | string, file: string): ConllSentence[] {
  const text = typeof bytes === 'string' ? bytes : decode(bytes, file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  lines.forEach((line, i) => {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000E-\u001F\u007F]/.test(line)) {
      throw new DalilError('binary data, not CoNLL text', { file, line: i + 1 }, 'give a UTF-8 text file: one token per line, blank line between sentences');
    }
    const cols = line.trim().split(/\s+/);
    if (!cols[0]) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      return;
    }
    cur.tokens.push(cols[0]);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  });
  if (cur.tokens.length) out.push(cur);
  if (!out.length) throw new DalilError('no tokens', { file }, 'CoNLL: first column = token, one token per line');
  return out;
}

function decode(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DalilError('not UTF-8 text (binary file?)', { file }, 'give a UTF-8 CoNLL file');
  }
}

/** `token TAG` lines, a blank line after each sentence. */
export function formatConll(sentences: Array<{ tokens: string[]; tags: readonly string[] }>): string {
  return sentences.map((s) => s.tokens.map((t, i) => `${t} ${s.tags[i]}\n`).join('') + '\n').join('');
}
