import { readFileSync } from 'node:fs';
import { DalilError } from '../kb/errors.ts';
import { parseConll } from './conll.ts';
import { Tagger } from './tagger.ts';

/**
 * `dalil ner --conll <file>`: tags CoNLL text (first column = token, blank line between sentences, other columns
 * ignored) and returns `token TAG` lines for the same tokens in the same order, every blank line kept.
 */
export function tagConllFile(file: string, modelFile: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new DalilError(`cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file }, 'give the path of a CoNLL file');
  }
  const sentences = parseConll(bytes, file);
  const tags = Tagger.load(modelFile).tagSentences(sentences.map((s) => s.tokens)).flat();
  const out: string[] = [];
  let k = 0;
  for (const line of bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const token = line.trim().split(/\s+/)[0];
    out.push(token ? `${token} ${tags[k++]}` : '');
  }
  // A final newline in the input ends the last line; it is not one more blank line.
  if (out.at(-1) === '') out.pop();
  return out.join('\n') + '\n';
}
