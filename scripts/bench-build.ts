/**
 * Build benchmark: `npm run bench:build [-- <sizes>] [--keep] [--no-baseline] [--no-rebuild] [--no-baseline-rebuild] [--profile=DIR]`, sizes as
 * `1000,5000,10000` (the default). For each size, in one run: a synthetic corpus of that many articles (paragraphs
 * of the SaudiNewsNet dev corpus recombined, see bench/synthetic.ts; written to a temporary folder), Dalil's whole
 * pipeline on it (ingest, `astro build`, Pagefind, the offline step) from cold caches, then a second build after
 * one article is added; and the bare-Astro baseline of the same articles (bench/baseline.ts). Reports per size:
 * ingest articles/s, the time of each step, total, peak RSS of the process tree, pages, dist/ and index size, time
 * per page and its ratio to the baseline's, and the rebuild. Plain lines, one per finding, to a terminal or a pipe.
 * `--profile=DIR` runs every Node step with `--cpu-prof` into DIR (open the .cpuprofile files in a profiler, or
 * summarise them with `node scripts/bench/profile-summary.ts DIR`).
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { execFileSync } from 'node:child_process';
import { syntheticCorpus } from './bench/synthetic.ts';
import { addBaselineArticle, writeBaseline } from './bench/baseline.ts';
import { lineTime, runStep, type StepResult } from './bench/process-tree.ts';

const { values, positionals } = parseArgs({
  options: {
    sizes: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    'no-baseline-rebuild': { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
  allowPositionals: true,
});
const sizes = (values.sizes ?? positionals[0] ?? '1000,5000,10000').split(',').map((s) => {
  if (!/^\d+$/.test(s.trim())) throw new Error(`bench:build: "${s}" is not a number of articles (give sizes as 1000,5000)`);
  return Number(s);
});
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const pipelineHasPostbuild = /postbuild/.test(JSON.parse(readFileSync('package.json', 'utf8')).scripts.build);
const profileDir = values.profile ? resolve(values.profile) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const du = (dir: string) => Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);
const countPages = (dir: string) => Number(execFileSync('sh', ['-c', `find "${dir}" -name '*.html' | wc -l`]).toString().trim());
const log = (line: string) => console.log(line);

function node(args: string[], env: NodeJS.ProcessEnv, label: string, cwd?: string): Promise<StepResult> {
  const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${label}.cpuprofile`] : [];
  return runStep(process.execPath, [...prof, ...args], { env, cwd }).then((r) => {
    if (r.status !== 0) {
      for (const l of r.lines.slice(-30)) console.error(`  ${label}: ${l.text}`);
      throw new Error(`bench:build: ${label} exited with ${r.status}`);
    }
    return r;
  });
}

interface DalilBuild {
  ingest: StepResult;
  astro: StepResult;
  postbuild?: StepResult;
  /** Pagefind and offline-step times, from the lines they print. */
  pagefindMs: number;
  offlineMs: number;
  astroOwnMs: number;
  totalMs: number;
  peakRss: number;
}

/** Ingest, astro build, and (when the pipeline has it as a separate script) the postbuild step, timed. */
async function dalilBuild(corpus: string, out: string, env: NodeJS.ProcessEnv, label: string): Promise<DalilBuild> {
  const ingest = await node(['scripts/dalil.ts', 'ingest', corpus], env, `${label}-ingest`);
  const astro = await node([ASTRO, 'build', '--outDir', out], env, `${label}-astro`);
  const postbuild = pipelineHasPostbuild ? await node(['scripts/postbuild.ts', out], env, `${label}-postbuild`) : undefined;
  const plain = (r: StepResult) => r.lines.forEach((l) => (l.text = stripVTControlCharacters(l.text)));
  [ingest, astro, postbuild].forEach((r) => r && plain(r));
  let pagefindMs: number;
  let offlineMs: number;
  if (postbuild) {
    pagefindMs = lineTime(postbuild, /search index over/) ?? NaN;
    offlineMs = postbuild.ms - pagefindMs;
  } else {
    // The dalil() integration prints a line after the search client, after the index and after the offline step.
    const index = lineTime(astro, /search index over/) ?? NaN;
    pagefindMs = index - (lineTime(astro, /search client:/) ?? NaN);
    offlineMs = (lineTime(astro, /offline copy:/) ?? NaN) - index;
  }
  const astroOwnMs = astro.ms - (postbuild ? 0 : pagefindMs + offlineMs);
  const totalMs = ingest.ms + astro.ms + (postbuild?.ms ?? 0);
  const peakRss = Math.max(ingest.peakRss, astro.peakRss, postbuild?.peakRss ?? 0);
  return { ingest, astro, postbuild, pagefindMs, offlineMs, astroOwnMs, totalMs, peakRss };
}

/** Astro's own phases, from its log lines: content sync, bundling, page rendering; pages reused from its cache. */
function astroPhases(r: StepResult): string {
  const at = (re: RegExp, from = 0) => r.lines.findIndex((l, i) => i >= from && re.test(l.text));
  const span = (start: RegExp, end: RegExp) => {
    const a = at(start);
    const b = a < 0 ? -1 : at(end, a + 1);
    return a < 0 || b < 0 ? NaN : r.lines[b]!.at - r.lines[a]!.at;
  };
  const sync = span(/Syncing content/, /Synced content/);
  // Astro prints its bundling step's "Completed" only after the pages are rendered: bundling ends where rendering starts.
  const bundle = span(/Building static entrypoints/, /generating static routes/);
  const render = span(/generating static routes/, /Completed in/);
  const reused = r.lines.filter((l) => /\((cached|restored)\)/.test(l.text)).length;
  return `content sync ${s(sync)}, bundling ${s(bundle)}, rendering ${s(render)}${reused ? `, ${reused} pages reused from the cache` : ''}`;
}

/** Astro's content cache of this project, dropped so that every size starts cold. */
function dropAstroCache(): void {
  for (const dir of ['node_modules/.astro', '.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
}

log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${gb(totalmem())} RAM, Node ${process.version}; load average ${load()}`);
log(`pipeline: ingest, astro build${pipelineHasPostbuild ? ', scripts/postbuild.ts (Pagefind, offline step)' : ' (Pagefind and the offline step in the dalil() integration)'}`);
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `dalil-bench-build-${n}-`));
  const lines = syntheticCorpus(n + 1);
  const corpus = join(work, 'corpus', 'bench.jsonl');
  mkdirSync(join(work, 'corpus'));
  writeFileSync(corpus, lines.slice(0, n).join('\n') + '\n');
  const content = join(work, 'content');
  cpSync('src/content/entities', join(content, 'entities'), { recursive: true });
  const env = { ...process.env, DALIL_CONTENT_DIR: content, CI: 'true' };
  const out = join(work, 'dist');
  log(`— ${n} articles (${work}); load average ${load()}`);
  try {
    dropAstroCache();
    const d = await dalilBuild(corpus, out, env, `dalil-${n}`);
    const pages = countPages(out);
    const dist = du(out);
    const index = existsSync(join(out, 'pagefind')) ? du(join(out, 'pagefind')) : 0;
    const summary = d.ingest.lines.find((l) => /^dalil ingest: \d+ articles:/.test(l.text))?.text ?? '';
    const mentions = Number(/(\d+) mentions/.exec(summary)?.[1] ?? NaN);
    log(`dalil ${n}: ingest ${s(d.ingest.ms)} (${(n / (d.ingest.ms / 1000)).toFixed(0)} articles/s, ${mentions} mentions), ` +
      `astro build ${s(d.astroOwnMs)}, Pagefind ${s(d.pagefindMs)}, offline step ${s(d.offlineMs)}; total ${s(d.totalMs)}; ` +
      `peak RSS ${gb(d.peakRss)} (ingest ${gb(d.ingest.peakRss)}, astro ${gb(d.astro.peakRss)}${d.postbuild ? `, postbuild ${gb(d.postbuild.peakRss)}` : ''})`);
    log(`dalil ${n}: astro build: ${astroPhases(d.astro)}`);
    log(`dalil ${n}: ${pages} pages, dist ${mb(dist)}, index ${mb(index)}; ${(d.totalMs / pages).toFixed(1)} ms per page, ` +
      `${(d.totalMs / mentions * 1000).toFixed(0)} µs per mention`);
    let rebuild: DalilBuild | undefined;
    if (!values['no-rebuild']) {
      appendFileSync(corpus, lines[n] + '\n');
      rebuild = await dalilBuild(corpus, out, env, `dalil-${n}-rebuild`);
      const ingestLine = rebuild.ingest.lines.find((l) => /^dalil ingest: \d+ articles:/.test(l.text))?.text.replace('dalil ingest: ', '') ?? '';
      log(`dalil ${n} + 1 article: ingest ${s(rebuild.ingest.ms)} (${ingestLine.split(';')[0]}), astro build ${s(rebuild.astroOwnMs)}, ` +
        `Pagefind ${s(rebuild.pagefindMs)}, offline step ${s(rebuild.offlineMs)}; total ${s(rebuild.totalMs)} = ` +
        `${((rebuild.totalMs / d.totalMs) * 100).toFixed(0)} % of the full build`);
      log(`dalil ${n} + 1 article: astro build: ${astroPhases(rebuild.astro)}`);
    }
    if (!values['no-baseline']) {
      const base = writeBaseline(join(work, 'baseline'), lines.slice(0, n));
      const b = await node([ASTRO, 'build'], { ...process.env, CI: 'true' }, `baseline-${n}`, base);
      const basePages = countPages(join(base, 'dist'));
      const perPage = d.totalMs / pages;
      const basePerPage = b.ms / basePages;
      log(`baseline ${n}: astro build ${s(b.ms)}, peak RSS ${gb(b.peakRss)}, ${basePages} pages, dist ${mb(du(join(base, 'dist')))}; ` +
        `${basePerPage.toFixed(1)} ms per page`);
      log(`ratio ${n}: Dalil ${perPage.toFixed(1)} ms per page / baseline ${basePerPage.toFixed(1)} ms = ${(perPage / basePerPage).toFixed(2)}× ` +
        `(target ≤ 1.5×); memory ${(d.peakRss / b.peakRss).toFixed(2)}× the baseline's`);
      if (!values['no-rebuild'] && !values['no-baseline-rebuild']) {
        addBaselineArticle(base, lines[n]!);
        const again = await node([ASTRO, 'build'], { ...process.env, CI: 'true' }, `baseline-${n}-rebuild`, base);
        log(`baseline ${n} + 1 article: astro build ${s(again.ms)} = ${((again.ms / b.ms) * 100).toFixed(0)} % of its full build`);
      }
    }
    log(`— ${n} done; load average ${load()}`);
  } finally {
    if (values.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
