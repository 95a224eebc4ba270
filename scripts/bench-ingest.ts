/**
 * Re-ingest speed and stability: `npm run bench:ingest [-- <corpus>]` (default: the 630-article SaudiNewsNet dev
 * file in ../shared). Runs the real CLI into an empty content folder, then again on the same input, then with
 * one article changed, and reports wall time, files written, mentions and entity files of each run, and whether
 * the no-change run left every file byte-identical. The corpus copy with one change stays in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir, cpus, loadavg } from 'node:os';

const source = process.argv[2] ?? '../shared/corpus/news/saudinewsnet-syria-dev.jsonl';
const dir = mkdtempSync(join(tmpdir(), 'dalil-bench-ingest-'));
const content = join(dir, 'content');
// Every run reads one copy (article files record where they came from), changed in place for the last run.
const corpus = join(dir, 'corpus', basename(source));
cpSync(source, corpus, { recursive: true });

function run(label: string, input: string) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['scripts/dalil.ts', 'ingest', input], { encoding: 'utf8', env: { ...process.env, DALIL_CONTENT_DIR: content } });
  const s = (performance.now() - t) / 1000;
  // The summary is the last such line (progress lines come before it).
  const summary = r.stderr.split('\n').filter((l) => l.startsWith('dalil ingest:')).pop() ?? r.stderr;
  // The load average says how far a shared machine's wall times are from an idle one's.
  console.log(`${label.padEnd(22)} ${s.toFixed(2).padStart(6)} s (load ${loadavg()[0]!.toFixed(1)})  ${summary.replace('dalil ingest: ', '')}`);
  if (r.status !== 0) process.exitCode = 1;
}

/** Path → SHA-256 and modification time of every file in the content folder. */
function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(content, { recursive: true }) as string[]) {
    const p = join(content, f);
    if (statSync(p).isFile()) out.set(f, `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${statSync(p).mtimeMs}`);
  }
  return out;
}

console.log(`corpus: ${source} (copied to ${corpus}); content folder: ${content}`);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}`);
run('first (empty folder)', corpus);
const before = snapshot();
run('no change', corpus);
const after = snapshot();
const same = before.size === after.size && [...before].every(([f, v]) => after.get(f) === v);
console.log(`no-change run: ${same ? 'every file byte-identical and untouched' : 'FILES CHANGED'} (${after.size} files)`);

// One article changed: one sentence added to the first article of the copy.
const first = [corpus, ...(statSync(corpus).isDirectory() ? (readdirSync(corpus, { recursive: true }) as string[]).map((f) => join(corpus, f)) : [])].find((f) => statSync(f).isFile() && /\.(jsonl|txt|md|html?)$/.test(f))!;
const text = readFileSync(first, 'utf8');
if (first.endsWith('.jsonl')) {
  const [line, ...rest] = text.split('\n');
  const record = JSON.parse(line!);
  record.content += '\nوقال مراسل إن الوضع هادئ في حلب.';
  writeFileSync(first, [JSON.stringify(record), ...rest].join('\n'));
} else writeFileSync(first, `${text}\nوقال مراسل إن الوضع هادئ في حلب.\n`);
run('one article changed', corpus);
