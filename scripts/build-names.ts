/**
 * Builds the word lists the person finder uses from the ANERcorp training split (CC BY-SA 4.0):
 *   data/names/given-names.txt  words that begin multi-word person names (B-PERS followed by I-PERS) more often
 *                               than they stand outside a name
 *   data/names/common-words.txt words seen at least twice outside any name: never part of an unknown name
 * `node scripts/build-names.ts [path/to/anercorp-train.conll]` (default ../shared/ner/anercorp-train.conll).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { normaliseKey } from '../src/lib/arabic/normalise.ts';
import { procliticReadings } from '../src/lib/arabic/clitics.ts';
import { commandLineOrExit } from '../src/lib/cli/run.ts';

const { positionals } = commandLineOrExit('build-names', 'usage: node scripts/build-names.ts [<anercorp-train.conll>]', process.argv.slice(2), {});
const source = positionals[0] ?? '../shared/ner/anercorp-train.conll';
const lines = readFileSync(source, 'utf8').split('\n');
const rows = lines.map((l) => l.trim().split(/\s+/)).map(([w, tag]) => ({ key: w ? normaliseKey(w) : '', tag: tag ?? '' }));
/** A name that begins with و is mostly «and» + the name (`ومحمد`); ف begins names itself (`فيصل`, `فراس`). */
const withoutAnd = (key: string) => procliticReadings(key, { conjunctions: ['و'], prepositions: [] }).at(-1)!.rest;
const begins = new Map<string, number>();
const outside = new Map<string, number>();
const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
rows.forEach((r, i) => {
  if (!r.key || !/^\p{Script=Arabic}+$/u.test(r.key)) return;
  if (r.tag === 'O') inc(outside, r.key);
  if (r.tag === 'B-PERS' && rows[i + 1]?.tag === 'I-PERS') inc(begins, withoutAnd(r.key));
});
const given = [...begins].filter(([k, n]) => n > (outside.get(k) ?? 0) && k.length >= 2).map(([k]) => k).sort();
const common = [...outside].filter(([k, n]) => n >= 2 && !begins.has(k)).map(([k]) => k).sort();
mkdirSync('data/names', { recursive: true });
const head = (what: string) => `# ${what}\n# Derived from ANERcorp (Benajiba et al.; CAMeL Lab train split), CC BY-SA 4.0. Regenerate: node scripts/build-names.ts\n`;
writeFileSync('data/names/given-names.txt', head('Given names (normalised keys)') + given.join('\n') + '\n');
writeFileSync('data/names/common-words.txt', head('Common words seen outside names (normalised keys)') + common.join('\n') + '\n');
console.error(`given names: ${given.length}, common words: ${common.length}`);
