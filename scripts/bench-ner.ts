/**
 * Tagger speed: `npm run bench:ner [-- <file.conll>]` (default: ANERcorp's training split in ../shared). Reports the
 * model file size, the model load time (median of 5 loads) and tokens per second on one core (three runs), by CPU time
 * and by wall time.
 */
import { readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseConll } from '../src/lib/ner/conll.ts';
import { Tagger } from '../src/lib/ner/tagger.ts';
import { projectPaths } from '../src/lib/ingest/config.ts';

const file = process.argv[2] ?? '../shared/ner/anercorp-train.conll';
const model = projectPaths().nerModel;
const sentences = parseConll(readFileSync(file), file).map((s) => s.tokens);
const tokens = sentences.reduce((n, s) => n + s.length, 0);
console.log(`input: ${file} (${sentences.length} sentences, ${tokens} tokens)`);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}, one thread`);
console.log(`model: ${model}, ${(statSync(model).size / 1e6).toFixed(1)} MB`);
const loads: number[] = [];
let tagger!: Tagger;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  tagger = Tagger.load(model);
  loads.push(performance.now() - t);
}
console.log(`load: ${[...loads].sort((a, b) => a - b)[2]!.toFixed(0)} ms (median of 5; first ${loads[0]!.toFixed(0)} ms)`);
// On a machine shared with other work, wall time measures the others too: the CPU time of this one thread is the
// speed on one core.
for (let run = 1; run <= 3; run++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  let names = 0;
  for (const tags of tagger.tagSentences(sentences)) for (const tag of tags) if (tag.startsWith('B-')) names++;
  const s = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cs = (used.user + used.system) / 1e6;
  console.log(`run ${run}: ${(tokens / cs).toFixed(0)} tokens/s of CPU time (${cs.toFixed(2)} s), ${(tokens / s).toFixed(0)} tokens/s wall (${s.toFixed(2)} s), ${names} names`);
}
