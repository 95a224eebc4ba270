import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseKey } from './normalise.ts';

/**
 * The names lexicon (`data/names/name-parts.tsv`): Arabic given names and name parts with their usual English
 * form, one `arabic<TAB>English` per line (`#` comments). Keys are normalised; the first spelling of a key wins.
 */
export function readNameLexicon(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const file = join(dir, 'name-parts.tsv');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [ar, en] = line.replace(/#.*/, '').split('\t').map((s) => s?.trim());
    if (!ar || !en) continue;
    const key = normaliseKey(ar);
    if (!out.has(key)) out.set(key, en);
  }
  return out;
}
