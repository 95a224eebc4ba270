/**
 * Where a search's time goes in the page: `node scripts/profile-search.ts --site=DIR [--queries=a,b] [--lang=ar]`.
 * On a built site (e.g. one `bench:search --keep` left), opens the search page in Chromium, warms it up, then
 * records a CPU profile (Chrome DevTools Protocol) of each query from Enter to the complete list, and prints the
 * self time per script (Pagefind's engine, Dalil's search client, the rest) and the top functions.
 */
import { resolve } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const site = resolve(arg('site') ?? 'dist');
const lang = arg('lang') ?? 'ar';
const queries = (arg('queries') ?? 'داعش').split(',');

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const { url, server } = await serveStatic(site);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${url}/${lang}/search/`);
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const q of queries) {
    await page.fill('#search-input', q);
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.press('#search-input', 'Enter');
    await page.waitForFunction((q) => {
      const l = document.querySelector<HTMLElement>('[data-search-results]')!;
      return l.dataset.query === q && l.getAttribute('aria-busy') === 'false';
    }, q);
    const wall = Date.now() - t0;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const [id, ms] of self) {
      const { functionName, url: script, lineNumber } = byNode.get(id)!.callFrame;
      const file = script ? script.replace(/^.*\//, '') : functionName.startsWith('(') ? functionName : '(native)';
      byScript.set(file, (byScript.get(file) ?? 0) + ms);
      byFunction.set(`${functionName || '(anonymous)'} ${file}:${lineNumber}`, (byFunction.get(`${functionName || '(anonymous)'} ${file}:${lineNumber}`) ?? 0) + ms);
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
    console.log(`${lang} "${q}": ${wall} ms Enter → complete (wall, includes the waits); CPU self time by script:\n${top(byScript, 8)}\ntop functions:\n${top(byFunction, 12)}`);
  }
} finally {
  await browser.close();
  server.close();
}
