/**
 * Scores extraction against the hand-made gold annotations with the scorers the held-out evaluation uses.
 * `npm run eval:entities [-- <gold-dir> [<tools-dir>] [--verbose]]` (default ../shared/gold/dev): runs `extract` over the gold articles,
 * converts the output with extract_to_pred.py and prints per-type and overall P/R/F1 for entities and events, and
 * the per-field accuracy of the matched events (scripts/score-event-fields.py). `npm run eval:events` is the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { projectPaths } from '../src/lib/ingest/config.ts';
import { extractCorpus } from '../src/lib/ingest/ingest.ts';
import { extractionDocument } from '../src/lib/ingest/contract.ts';
import { commandLineOrExit } from '../src/lib/cli/run.ts';

const USAGE = 'usage: npm run eval:entities [-- <gold-dir> [<tools-dir>]] [--verbose]';
const { values: flags, positionals } = commandLineOrExit('eval', USAGE, process.argv.slice(2), { verbose: { type: 'boolean' } });
const [goldArg, toolsArg] = positionals;
const goldDir = resolve(goldArg ?? '../shared/gold/dev');
const tools = resolve(toolsArg ?? join(goldDir, '../../tools'));
const articles = join(goldDir, 'articles.jsonl');
for (const need of [articles, join(tools, 'score_entities.py')]) {
  if (!existsSync(need)) {
    console.error(`eval: ${need} not found\n  hint: npm run eval:entities -- <gold-dir> [<tools-dir>]`);
    process.exit(2);
  }
}
const work = mkdtempSync(join(tmpdir(), 'dalil-eval-'));
const started = performance.now();
const doc = extractionDocument(extractCorpus([articles], projectPaths()));
const ms = performance.now() - started;
writeFileSync(join(work, 'extract.json'), JSON.stringify(doc));
const py = (script: string, ...args: string[]) =>
  execFileSync('python3', [join(tools, script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
py('extract_to_pred.py', join(work, 'extract.json'), join(work, 'pred.ent'), join(work, 'pred.ev'));
const verbose = flags.verbose ? ['--verbose'] : [];
console.log(`# entities (${doc.articles.length} articles, extracted in ${ms.toFixed(0)} ms)`);
console.log(py('score_entities.py', goldDir, join(work, 'pred.ent'), ...verbose).trimEnd());
console.log('# events');
console.log(py('score_events.py', goldDir, join(work, 'pred.ev'), ...verbose).trimEnd());
// Per-field accuracy of the matched events (aggregate numbers only).
const fields = execFileSync('python3', [join(import.meta.dirname, 'score-event-fields.py'), goldDir, join(work, 'extract.json'), tools], { encoding: 'utf8' });
console.log(fields.trimEnd().replace(/^/gm, '  '));
