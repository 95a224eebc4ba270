/**
 * Where `astro build`'s page rendering went, per kind of page: `node scripts/bench/route-times.ts <build.log>`.
 * Reads the per-page lines Astro logs while generating static routes (`├─ /ar/events/x/index.html (+8ms)`) from
 * a build run without `--silent` (bench:search writes such a log beside its site) and prints, per route kind, the
 * pages, the total and mean milliseconds and the share of the rendering time. A page's kind is its path without
 * the language, its ids replaced by `*` (`events/*`, `events/by/*`, `organisations/* /2`).
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/route-times.ts <build.log>');
  process.exit(2);
}
const FIXED = /^(?:by|names|articles|events|search|data|index\.html|filter\.js|404\.html|\d+|\d+\.js|index\.js)$/;

/** `/ar/organisations/islamic-state/2/index.html` → `organisations/*\/2/index.html`-like kind. */
export function routeKind(path: string): string {
  const parts = path.replace(/^\/+/, '').split('/');
  if (/^(ar|en)$/.test(parts[0] ?? '')) parts.shift();
  return parts.map((p, i) => (i === 0 || FIXED.test(p) ? p.replace(/^\d+$/, 'N').replace(/^\d+\.js$/, 'N.js') : '*')).join('/');
}

const kinds = new Map<string, { pages: number; ms: number }>();
let total = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const m = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
  if (!m) continue;
  const kind = routeKind(m[1]!);
  const k = kinds.get(kind) ?? { pages: 0, ms: 0 };
  k.pages++;
  k.ms += Number(m[2]);
  total += Number(m[2]);
  kinds.set(kind, k);
}
const rows = [...kinds].sort((a, b) => b[1].ms - a[1].ms);
console.log(`${rows.reduce((n, [, k]) => n + k.pages, 0)} pages, ${(total / 1000).toFixed(1)} s of page rendering logged`);
console.log('kind | pages | total s | mean ms | share');
for (const [kind, k] of rows.slice(0, 30)) {
  console.log(`${kind} | ${k.pages} | ${(k.ms / 1000).toFixed(1)} | ${(k.ms / k.pages).toFixed(1)} | ${((100 * k.ms) / total).toFixed(1)} %`);
}
