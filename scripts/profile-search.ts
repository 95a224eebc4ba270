/**
 * Where a search's time goes in the page:
 * `npm run profile:search -- --site=DIR [--queries=a,b] [--lang=ar] [--rounds=N] [--cpu-throttle=N]`.
 * On a built site (e.g. one `bench:search --keep` left), opens the search page in Chromium, warms it up, then for
 * each query records a Chrome DevTools Protocol trace (main-thread tasks, style, layout, paint, network) and a CPU
 * profile from Enter to the complete list, and prints:
 * - the moments the first result, the first ten and the complete list appeared;
 * - each file downloaded after Enter (what it is, bytes, when it started and ended);
 * - the main thread's time from Enter to the first ten, by kind (script per file, style and layout, paint, garbage
 *   collection, idle: waiting on the network or the event loop);
 * - the script self time from Enter to the first ten by script and by function.
 * A readable profile needs names: `npm run search:client -- --site=DIR --no-minify` rebuilds the client unminified.
 * `--rounds=N` repeats each query on fresh pages and prints the median of the phase figures; `--cpu-throttle=N`
 * slows the page's CPU N× (DevTools emulation); `PROFILE_DEBUG=1` also lists the trace events inside tasks of no
 * known kind.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';
import { commandLineOrExit } from '../src/lib/cli/run.ts';

const USAGE = 'usage: npm run profile:search -- --site=DIR [--queries=a,b] [--lang=ar] [--rounds=N] [--cpu-throttle=N]';
const { values: flags } = commandLineOrExit('profile:search', USAGE, process.argv.slice(2), {
  site: { type: 'string' },
  queries: { type: 'string' },
  lang: { type: 'string' },
  rounds: { type: 'string' },
  'cpu-throttle': { type: 'string' },
});
const site = resolve(flags.site ?? 'dist');
const lang = flags.lang ?? 'ar';
const queries = (flags.queries ?? 'داعش').split(',');
const rounds = Number(flags.rounds ?? 1);
const throttle = Number(flags['cpu-throttle'] ?? 1);

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown>; name?: string } }
interface Node { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const { url, server } = await serveStatic(site);
const browser = await launch();

/** What a downloaded file of the site is. */
function fileKind(u: string): string {
  if (u.includes('/fragment/')) return 'fragment';
  if (u.includes('/index/')) return 'index chunk';
  if (u.includes('/filter/')) return 'filter chunk';
  if (u.endsWith('.pf_meta')) return 'index meta';
  if (u.includes('wasm')) return 'wasm';
  return u.replace(/^.*\//, '');
}

async function collectTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

interface Phases { first: number; ten: number; done: number; busy: Record<string, number>; cpu: Record<string, number>; taskCpu: number; idle: number; bytes: number; files: number }

async function profileQuery(page: Page, cdp: CDPSession, q: string, print: boolean): Promise<Phases> {
  // Tracing starts before the query is typed: starting it takes long enough for the typed query's own search
  // (250 ms after the last key) to begin before Enter.
  await cdp.send('Tracing.start', {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'loading'].join(','),
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  await page.fill('#search-input', q);
  // Marks (user timing, in the trace's clock) for Enter and for the list's first result, first ten and end.
  await page.evaluate((query) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]')!;
    const seen = new Set<string>();
    const mark = (name: string) => seen.has(name) || (seen.add(name), performance.mark(`search:${name}`));
    document.querySelector('#search-input')!.addEventListener('keydown', () => mark('enter'), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      // The typed query's own search (250 ms after the last key) began before Enter: the timings are too short.
      if (!seen.has('enter') && list.getAttribute('aria-busy') === 'true') mark('early');
      if (list.dataset.query !== query || !seen.has('enter')) return;
      const shown = list.querySelectorAll('a').length;
      if (shown >= 1) mark('first');
      if (shown >= 10) mark('ten');
      if (list.getAttribute('aria-busy') === 'false') {
        mark('ten');
        mark('done');
        observer.disconnect();
      }
    });
    observer.observe(list, { childList: true, subtree: true, attributes: true });
  }, q);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => performance.getEntriesByName('search:done').length > 0, undefined, { timeout: 120_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const events = await collectTrace(cdp);
  await page.evaluate(() => performance.clearMarks());

  const markTs = (name: string) => events.find((e) => e.cat.includes('blink.user_timing') && e.name === `search:${name}`)?.ts;
  const enter = markTs('enter')!;
  const rel = (ts: number) => (ts - enter) / 1000;
  const first = rel(markTs('first')!);
  const ten = rel(markTs('ten')!);
  const done = rel(markTs('done')!);
  const tenTs = markTs('ten')!;
  if (markTs('early') !== undefined) console.warn(`  (the search of "${q}" began before Enter: its timings are too short)`);

  // The renderer's main thread: the thread that ran the user-timing marks.
  const markEvent = events.find((e) => e.name === 'search:enter')!;
  const main = events.filter((e) => e.pid === markEvent.pid && e.tid === markEvent.tid);

  // Network: requests sent after Enter, with their sizes (encoded, as downloaded).
  const requests = new Map<string, { url: string; start: number; end?: number; bytes?: number }>();
  for (const e of events) {
    const d = e.args?.data as { requestId?: string; url?: string; encodedDataLength?: number; finishTime?: number } | undefined;
    if (!d?.requestId) continue;
    if (e.name === 'ResourceSendRequest') requests.set(d.requestId, { url: d.url ?? '', start: rel(e.ts) });
    const r = requests.get(d.requestId);
    if (r && e.name === 'ResourceFinish') {
      r.end = rel(e.ts);
      r.bytes = d.encodedDataLength;
    }
  }
  // What was asked for while the query was typed (the index chunks it preloads) counts when it ends after Enter.
  for (const [id, r] of requests) if (r.start < 0 && (r.end ?? 0) < 0) requests.delete(id);
  // The first ten on screen: the end of the first paint after they were in the DOM.
  const paint = main.find((e) => e.name === 'Paint' && e.ts >= tenTs);
  const painted = paint ? rel(paint.ts + (paint.dur ?? 0)) : NaN;
  const files = [...requests.values()].sort((a, b) => a.start - b.start);
  const bytes = files.reduce((s, f) => s + (f.bytes ?? 0), 0);
  const typedBytes = files.filter((f) => f.start < 0).reduce((s, f) => s + (f.bytes ?? 0), 0);

  // The main thread's top-level work between Enter and the first ten, by kind.
  const busy: Record<string, number> = {};
  /** The same, in the thread's CPU time (the trace's thread durations): what the load does not inflate. */
  const cpu: Record<string, number> = {};
  const add = (k: string, ms: number, cpuMs = ms) => ((busy[k] = (busy[k] ?? 0) + ms), (cpu[k] = (cpu[k] ?? 0) + cpuMs));
  const cpuIn = (e: TraceEvent, w: number) => (e.tdur !== undefined && e.dur ? (e.tdur / 1000) * (w / (e.dur / 1000)) : w);
  const window = (e: TraceEvent) => Math.max(0, Math.min(rel(e.ts + (e.dur ?? 0)), ten) - Math.max(rel(e.ts), 0));
  const KIND: Record<string, string> = {
    UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', UpdateLayer: 'paint',
    MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc', 'V8.GCScavenger': 'gc', 'V8.GC_MC_BACKGROUND_MARKING': 'gc',
    FunctionCall: 'script', EvaluateScript: 'script', RunMicrotasks: 'script', 'V8.RunMicrotasks': 'script', TimerFire: 'script',
    FireAnimationFrame: 'script', EventDispatch: 'script', 'v8.callFunction': 'script', 'v8.run': 'script',
    ResourceReceivedData: 'network (main thread)', ResourceReceiveResponse: 'network (main thread)', ResourceFinish: 'network (main thread)',
    ResourceSendRequest: 'network (main thread)', 'WebURLLoaderImpl::Context::OnReceivedResponse': 'network (main thread)', 'v8.compile': 'compile', 'V8.Compile': 'compile', ParseHTML: 'parse',
  };
  const complete = main.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tasks = complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  let taskTime = 0;
  let taskCpu = 0;
  /** Events inside tasks with none of the known kinds: what "other task time" is made of. */
  const unknown = new Map<string, number>();
  for (const t of tasks) {
    const w = window(t);
    if (!w) continue;
    taskTime += w;
    taskCpu += cpuIn(t, w);
    // Child events of this task (nested within its span), counted at the outermost level of each kind.
    const inside = complete.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && KIND[e.name]);
    const outer = inside.filter((e) => !inside.some((o) => o !== e && KIND[o.name] === KIND[e.name] && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!));
    let known = 0;
    let knownCpu = 0;
    for (const e of outer) {
      const ms = window(e);
      add(KIND[e.name]!, ms, cpuIn(e, ms));
      if (KIND[e.name] !== 'gc' && KIND[e.name] !== 'compile') (known += ms), (knownCpu += cpuIn(e, ms));
    }
    add('other task time', Math.max(0, w - known), Math.max(0, cpuIn(t, w) - knownCpu));
    for (const e of inside.length ? [] : complete.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!)) unknown.set(e.name, (unknown.get(e.name) ?? 0) + window(e));
  }
  const idle = Math.max(0, ten - taskTime);

  // CPU profile self time between Enter and the first ten, by script and by function.
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  /** Self time before the first result, by script. */
  const beforeFirst = new Map<string, number>();
  const beforeFirstFn = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const at = rel(t);
    if (at < 0 || at > ten) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url: script, lineNumber } = byNode.get(id)!.callFrame;
    const file = script ? (script.startsWith('wasm://') ? 'pagefind wasm' : script.replace(/^.*\//, '')) : functionName.startsWith('(') ? functionName : '(native)';
    if (file === '(idle)' || file === '(program)') return;
    byScript.set(file, (byScript.get(file) ?? 0) + ms);
    if (at <= first) beforeFirst.set(file, (beforeFirst.get(file) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    if (at <= first) beforeFirstFn.set(fn, (beforeFirstFn.get(fn) ?? 0) + ms);
  });

  if (print) {
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    const top = (m: Map<string, number> | Record<string, number>, n: number) =>
      [...(m instanceof Map ? m : Object.entries(m))].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
    console.log(`\n${lang} "${q}" (CPU throttle ×${throttle}): first result ${f(first)}, first ten ${f(ten)} (painted ${f(painted)}), complete ${f(done)} after Enter`);
    console.log(`  downloads ending after Enter: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB (${(typedBytes / 1024).toFixed(1)} KB of them asked for while typing, times < 0)`);
    for (const file of files) {
      console.log(`    ${file.start.toFixed(1).padStart(7)} → ${(file.end ?? NaN).toFixed(1).padStart(7)} ms  ${((file.bytes ?? 0) / 1024).toFixed(1).padStart(6)} KB  ${fileKind(file.url)}${file.start > ten ? '  (after the first ten)' : ''}`);
    }
    console.log(`  main thread, Enter → first ten (${f(ten)}): idle ${f(idle)}, busy ${f(taskTime)} of which CPU ${f(taskCpu)}; by kind, wall (CPU):`);
    console.log(Object.entries(busy).sort((a, b) => b[1] - a[1]).map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms (${(cpu[k] ?? 0).toFixed(1).padStart(6)})  ${k}`).join('\n'));
    if (process.env.PROFILE_DEBUG) console.log(`  in tasks with no known event:\n${top(unknown, 12)}`);
    console.log(`  script self time, Enter → first result, by script:\n${top(beforeFirst, 6)}\n  by function:\n${top(beforeFirstFn, 10)}`);
    console.log(`  script self time, Enter → first ten, by script:\n${top(byScript, 8)}\n  by function:\n${top(byFunction, 15)}`);
  }
  return { first, ten, done, busy, cpu, taskCpu, idle, bytes, files: files.length };
}

try {
  const all = new Map<string, Phases[]>();
  for (let round = 0; round < rounds; round++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${url}/${lang}/search/`);
    await page.waitForLoadState('networkidle');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const q of queries) {
      const phases = await profileQuery(page, cdp, q, round === 0);
      all.set(q, [...(all.get(q) ?? []), phases]);
    }
    await page.close();
  }
  if (rounds > 1) {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    console.log(`\nmedians over ${rounds} rounds (Enter → first ten: idle and busy by kind):`);
    for (const [q, runs] of all) {
      const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.busy)))];
      const busy = kinds.map((k) => `${k} ${median(runs.map((r) => r.busy[k] ?? 0)).toFixed(1)} (CPU ${median(runs.map((r) => r.cpu[k] ?? 0)).toFixed(1)})`).join(', ');
      console.log(
        `  "${q}": first ${median(runs.map((r) => r.first)).toFixed(1)} ms, ten ${median(runs.map((r) => r.ten)).toFixed(1)} ms ` +
          `(worst ${Math.max(...runs.map((r) => r.ten)).toFixed(1)}), complete ${median(runs.map((r) => r.done)).toFixed(1)} ms; ` +
          `idle ${median(runs.map((r) => r.idle)).toFixed(1)}, main-thread CPU ${median(runs.map((r) => r.taskCpu)).toFixed(1)}; ${busy}; ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} KB`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
