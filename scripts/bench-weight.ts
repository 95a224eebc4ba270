/**
 * Page-weight benchmark: `npm run bench:weight [-- <articles>] [--keep] [--site=DIR]` (default 10,000 articles).
 * Builds a synthetic site from sentences of the SaudiNewsNet dev corpus (../shared; never published), as
 * bench:search does, then reports what `check:site` reports: broken links and anchors, and the heaviest page of
 * each kind (HTML + CSS + JS, gzip -9; budget 60 KB). The offline step is skipped: it changes link text only.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const keep = process.argv.includes('--keep');
const siteArg = process.argv.find((a) => a.startsWith('--site='))?.slice('--site='.length);
const source = '../shared/corpus/news/saudinewsnet-syria-dev.jsonl';
const work = mkdtempSync(join(tmpdir(), 'dalil-weight-'));
const out = siteArg ? resolve(siteArg) : join(work, 'site');

const time = (label: string, fn: () => void) => {
  const t = performance.now();
  fn();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
};

if (!siteArg) {
  const content = join(work, 'content');
  cpSync('src/content/entities', join(content, 'entities'), { recursive: true });
  // Each article: a dev article's headline, outlet and date, and 12 sentences drawn from the whole corpus (seeded).
  const records = readFileSync(source, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; content: string; source: string; date_extracted: string });
  const sentences = records.flatMap((r) => r.content.split(/(?<=[.!؟])\s+/).filter((s) => s.length > 40));
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const lines = Array.from({ length: count }, (_, i) => {
    const r = records[rand(records.length)]!;
    const body = Array.from({ length: 12 }, () => sentences[rand(sentences.length)]).join(' ');
    return JSON.stringify({ id: `weight-${i}`, title: r.title, content: body, source: r.source, date_extracted: r.date_extracted });
  });
  const corpus = join(work, 'corpus.jsonl');
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  const env = { ...process.env, DALIL_CONTENT_DIR: content };
  const node = (args: string[]) => execFileSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  time(`ingest ${count} articles`, () => node(['scripts/dalil.ts', 'ingest', corpus]));
  time('astro build', () => node([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out, '--silent']));
}

let status = 0;
try {
  execFileSync(process.execPath, ['scripts/check-site.ts', out], { stdio: 'inherit' });
} catch {
  status = 1;
}
if (!keep && !siteArg) rmSync(work, { recursive: true, force: true });
else console.log(`site kept in ${out}`);
process.exitCode = status;
