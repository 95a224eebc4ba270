/**
 * Search benchmark: `npm run bench:search [-- <articles>] [--queries=a,b] [--keep]` (default 5,000 articles). Builds
 * of the SaudiNewsNet dev corpus (../shared; never published) in a temporary content folder, then in Chromium
 * measures, for a first and a second query on a warm search page, the bytes downloaded and the time from the
 * finished query to the first results on screen.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5000);
const source = '../shared/corpus/news/saudinewsnet-syria-dev.jsonl';
const queriesArg = process.argv.find((a) => a.startsWith('--queries='));
const QUERIES = queriesArg ? queriesArg.slice('--queries='.length).split(',') : ['داعش', 'القامشلي', 'سوريا الديمقراطية', 'Aleppo'];

const work = mkdtempSync(join(tmpdir(), 'dalil-bench-'));
const content = join(work, 'content');
const out = join(work, 'site');
cpSync('src/content/entities', join(content, 'entities'), { recursive: true });

// A synthetic corpus: each article takes a headline and 12 sentences from random dev articles (seeded).
const records = readFileSync(source, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; content: string; source: string; date_extracted: string });
const sentences = records.flatMap((r) => r.content.split(/(?<=[.!؟])\s+/).filter((s) => s.length > 40));
let seed = 42;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const lines: string[] = [];
for (let i = 0; i < count; i++) {
  const r = records[rand(records.length)]!;
  const body = Array.from({ length: 12 }, () => sentences[rand(sentences.length)]).join(' ');
  lines.push(JSON.stringify({ id: `bench-${i}`, title: r.title, content: body, source: r.source, date_extracted: r.date_extracted }));
}
const corpus = join(work, 'bench.jsonl');
writeFileSync(corpus, lines.join('\n') + '\n');

const env = { ...process.env, DALIL_CONTENT_DIR: content };
const time = (label: string, fn: () => void) => {
  const t = performance.now();
  fn();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
};
const node = (args: string[]) => execFileSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
time(`ingest ${count} articles`, () => node(['scripts/dalil.ts', 'ingest', corpus]));
time('astro build', () => node([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out, '--silent']));
time('postbuild', () => node(['scripts/postbuild.ts', out]));
const pages = Number(execFileSync('sh', ['-c', `find ${out} -name '*.html' | wc -l`]).toString().trim());
const indexBytes = Number(execFileSync('sh', ['-c', `du -sb ${out}/pagefind | cut -f1`]).toString().split(/\s/)[0]);
console.log(`site: ${pages} pages, search files ${(indexBytes / 1e6).toFixed(1)} MB`);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Chromium /usr/bin/chromium`);

const { url, server } = await serveStatic(out);
const browser = await launch();
try {
  for (const lang of ['ar', 'en']) {
    const page = await browser.newPage();
    await page.goto(`${url}/${lang}/search/`);
    await page.waitForLoadState('networkidle');
    for (const [n, q] of QUERIES.entries()) {
      let bytes = 0;
      const count = (r: Request) => r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => {});
      const pending: Promise<unknown>[] = [];
      const onFinished = (r: Request) => pending.push(count(r));
      page.on('requestfinished', onFinished);
      await page.fill('#search-input', q);
      const started = Date.now();
      await page.press('#search-input', 'Enter');
      // Wait for results of this query, not the previous one still on screen.
      await page.waitForFunction(
        (query) => {
          const list = document.querySelector<HTMLElement>('[data-search-results]');
          return list?.dataset.query === query && list.querySelector('a') !== null;
        },
        q,
        { timeout: 60_000 },
      );
      const ms = Date.now() - started;
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      page.off('requestfinished', onFinished);
      const hits = await page.locator('[data-search-results] a').count();
      console.log(`${lang} query ${n + 1} "${q}": first results after ${ms} ms, ${(bytes / 1024).toFixed(0)} KB downloaded, ${hits} results`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
