/**
 * Search benchmark: `npm run bench:search [-- <articles>] [--queries=a,b] [--keep] [--site=DIR] [--rounds=N] [--from-disk]` (default 5,000
 * articles). Builds a synthetic site from sentences of the SaudiNewsNet dev corpus (../shared; never published) in
 * a temporary content folder, then in Chromium, on a warm search page (loaded, search engine started), measures
 * for each query in turn the bytes downloaded and the time from the finished query (Enter) to the first result on
 * screen, to the first ten, and to the complete list. Each query starts once the previous one has completed.
 * `--rounds=N` (default 5) repeats this on N fresh pages and reports the median (and the range).
 * `--keep` keeps the built site; `--site=DIR` measures a site kept earlier instead of building one; with it,
 * `--shard-pages=N` first indexes that site again in shards of N article pages per language (search-shards.ts; a
 * number above its articles gives one index), with the offline search files; `--from-disk` opens the pages from
 * disk (file://), as the offline copy is read, instead of over http.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';
import { commandLineOrExit } from '../src/lib/cli/run.ts';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { makeSearchOffline } from '../src/lib/build/offline/pagefind.ts';

const USAGE = 'usage: npm run bench:search [-- <articles>] [--queries=a,b] [--keep] [--site=DIR [--shard-pages=N]] [--rounds=N] [--from-disk]';
const { values: flags, positionals } = commandLineOrExit('bench:search', USAGE, process.argv.slice(2), {
  queries: { type: 'string' },
  keep: { type: 'boolean' },
  site: { type: 'string' },
  'shard-pages': { type: 'string' },
  rounds: { type: 'string' },
  'from-disk': { type: 'boolean' },
});
const count = Number(positionals.find((a) => /^\d+$/.test(a)) ?? 5000);
const source = '../shared/corpus/news/saudinewsnet-syria-dev.jsonl';
const FROM_DISK = flags['from-disk'] ?? false;
const ROUNDS = Number(flags.rounds ?? 5);
const QUERIES = flags.queries ? flags.queries.split(',') : ['داعش', 'القامشلي', 'سوريا الديمقراطية', 'Aleppo'];

const siteArg = flags.site;
const work = siteArg ? resolve(siteArg, '..') : mkdtempSync(join(tmpdir(), 'dalil-bench-'));
const out = siteArg ? resolve(siteArg) : join(work, 'site');
if (!siteArg) build();
else if (flags['shard-pages']) await reindex(Number(flags['shard-pages']));
const pages = Number(execFileSync('sh', ['-c', `find ${out} -name '*.html' | wc -l`]).toString().trim());
const indexBytes = Number(execFileSync('sh', ['-c', `du -sb ${out}/pagefind | cut -f1`]).toString().split(/\s/)[0]);
console.log(`site: ${pages} pages, search files ${(indexBytes / 1e6).toFixed(1)} MB`);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Chromium /usr/bin/chromium`);

/** The kept site's search index written again in shards of `shardPages` (and its offline files). */
async function reindex(shardPages: number): Promise<void> {
  if (!Number.isInteger(shardPages) || shardPages < 1) {
    console.error(`bench:search: --shard-pages must be a positive whole number, not ${flags['shard-pages']}\n${USAGE}`);
    process.exit(2);
  }
  const t = performance.now();
  const report = await buildSearchIndex(out, shardPages);
  const offline = makeSearchOffline(out);
  console.log(`search index again, shards of ${shardPages}: ${report.pages} pages in ${report.indexes} index(es), ${offline.files} offline files, ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

function build(): void {
  const content = join(work, 'content');
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

  const env: NodeJS.ProcessEnv = { ...process.env, DALIL_CONTENT_DIR: content };
  const time = (label: string, fn: () => void) => {
    const t = performance.now();
    fn();
    console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const node = (args: string[], log = 'ignore' as 'ignore' | number) => execFileSync(process.execPath, args, { env, stdio: ['ignore', log, 'inherit'] });
  time(`ingest ${count} articles`, () => node(['scripts/dalil.ts', 'ingest', corpus]));
  // astro build includes the search index and the offline step (the dalil() integration). Its log, with the time
  // of each phase and the memory at each (DALIL_MEMORY_LOG), goes to a file beside the site.
  const logFile = join(work, 'build.log');
  const log = openSync(logFile, 'w');
  env.DALIL_MEMORY_LOG ??= '1';
  try {
    time('astro build', () => node([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], log));
  } finally {
    closeSync(log);
  }
  console.log(`build log: ${logFile}`);
}

const { url, server } = await serveStatic(out);
const browser = await launch();
type Timing = { first: number; ten: number; done: number; kb: number; hits: number };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** One query on a search page: bytes downloaded and, timed in the page, Enter → first result, first ten, complete. */
async function measure(page: Page, q: string): Promise<Timing> {
  let bytes = 0;
  const count = (r: Request) => r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => {});
  const pending: Promise<unknown>[] = [];
  const onFinished = (r: Request) => pending.push(count(r));
  page.on('requestfinished', onFinished);
  await page.fill('#search-input', q);
  await page.evaluate((query) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]')!;
    const t: Record<string, number> = {};
    (window as unknown as { benchTimes: typeof t }).benchTimes = t;
    document.querySelector('#search-input')!.addEventListener('keydown', () => (t.enter ??= performance.now()), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      // The typed query's own search (250 ms after the last key) began before Enter: this run is not timed.
      if (t.enter === undefined && list.getAttribute('aria-busy') === 'true') t.early = 1;
      if (list.dataset.query !== query || t.enter === undefined) return;
      const shown = list.querySelectorAll('a').length;
      if (shown >= 1) t.first ??= performance.now();
      if (shown >= 10) t.ten ??= performance.now();
      if (list.getAttribute('aria-busy') === 'false') {
        t.ten ??= performance.now();
        t.done = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(list, { childList: true, subtree: true, attributes: true });
  }, q);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => (window as unknown as { benchTimes: { done?: number } }).benchTimes.done !== undefined, undefined, { timeout: 120_000 });
  const t = await page.evaluate(() => (window as unknown as { benchTimes: Record<string, number> }).benchTimes);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('requestfinished', onFinished);
  const hits = await page.locator('[data-search-results] a').count();
  if (t.early) console.warn(`  (the search of "${q}" began before Enter: its times are too short)`);
  return { first: t.first! - t.enter!, ten: t.ten! - t.enter!, done: t.done! - t.enter!, kb: bytes / 1024, hits };
}

try {
  for (const lang of ['ar', 'en']) {
    // Each round is a fresh page, loaded and idle (warm), that then runs the queries in turn.
    const runs: Timing[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage();
      await page.goto(FROM_DISK ? `${pathToFileURL(out).href}/${lang}/search/index.html` : `${url}/${lang}/search/`);
      await page.waitForLoadState('networkidle');
      const timings: Timing[] = [];
      for (const q of QUERIES) timings.push(await measure(page, q));
      runs.push(timings);
      await page.close();
    }
    for (const [n, q] of QUERIES.entries()) {
      const of = (key: keyof Timing) => runs.map((r) => r[n]![key]);
      const ms = (key: 'first' | 'ten' | 'done') => `${Math.round(median(of(key)))} ms (${Math.round(Math.min(...of(key)))}–${Math.round(Math.max(...of(key)))})`;
      console.log(
        `${lang} query ${n + 1} "${q}": first result ${ms('first')}, first ten ${ms('ten')}, complete ${ms('done')}; ` +
          `${Math.round(median(of('kb')))} KB ${FROM_DISK ? 'read from disk' : 'downloaded'}, ${runs[0]![n]!.hits} results`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
  if (!siteArg && !flags.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`site kept in ${out}`);
}
