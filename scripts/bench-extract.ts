/**
 * Extraction speed: `npm run bench:extract [-- <corpus>]` (default: the 630-article SaudiNewsNet dev file in
 * ../shared). Reports the knowledge-base load time and articles per second over three runs.
 */
import { cpus } from 'node:os';
import { readCorpus } from '../src/lib/corpus/read.ts';
import { loadKnowledgeBase } from '../src/lib/kb/knowledge-base.ts';
import { extractArticle } from '../src/lib/extract/extract.ts';
import { projectPaths } from '../src/lib/ingest/config.ts';
import { commandLineOrExit } from '../src/lib/cli/run.ts';

const { positionals } = commandLineOrExit('bench:extract', 'usage: npm run bench:extract [-- <corpus>]', process.argv.slice(2), {});
const corpus = positionals[0] ?? '../shared/corpus/news/saudinewsnet-syria-dev.jsonl';
const articles = readCorpus([corpus]);
let t = performance.now();
const kb = loadKnowledgeBase(projectPaths());
const loadMs = performance.now() - t;
const chars = articles.reduce((n, a) => n + a.text.length, 0);
console.log(`corpus: ${corpus} (${articles.length} articles, ${(chars / 1e6).toFixed(2)} M characters)`);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}`);
console.log(`knowledge base: ${kb.entities.size} entities loaded in ${loadMs.toFixed(0)} ms${kb.tagger ? ' (with the trained tagger)' : ''}`);
for (let run = 1; run <= 3; run++) {
  t = performance.now();
  const cpu = process.cpuUsage();
  let mentions = 0;
  for (const a of articles) mentions += extractArticle(a, kb).entities.reduce((n, e) => n + e.mentions.length, 0);
  const s = (performance.now() - t) / 1000;
  // On a shared machine wall time counts the others' work too: CPU time is this one thread's.
  const used = process.cpuUsage(cpu);
  const cs = (used.user + used.system) / 1e6;
  console.log(`run ${run}: ${(articles.length / s).toFixed(0)} articles/s (${s.toFixed(2)} s, ${mentions} mentions); ${(articles.length / cs).toFixed(0)} articles per CPU second`);
}
