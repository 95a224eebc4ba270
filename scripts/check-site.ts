/**
 * Checks a built site (default dist/): every internal link and `#anchor` resolves, and every page's HTML + CSS +
 * JS stays within the weight budget (gzip -9, fonts excluded; a timeline page counts the filter data a filter
 * that sets every facet loads). Prints the heaviest page of each kind, that filter data file by file, and the
 * font bytes; exits 1 on a broken link or a page over budget.
 *   node scripts/check-site.ts [dist]
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brokenLinks } from '../src/lib/site/check/links.ts';
import { heaviestByKind, pageWeights, PAGE_BUDGET } from '../src/lib/site/check/weight.ts';
import { filterWeight } from '../src/lib/site/check/filter-weight.ts';

const site = resolve(process.argv[2] ?? 'dist');
const all = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(site, join(e.parentPath, e.name)).split(sep).join('/'));
const html = all.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

const broken = brokenLinks(site, html);
for (const line of broken.slice(0, 30)) console.error(`broken: ${line}`);
console.log(`links: ${html.length} pages checked, ${broken.length} broken links or anchors`);

const weights = pageWeights(site, html);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('heaviest page of each kind (HTML + CSS + JS, gzip -9):');
for (const w of heaviestByKind(weights)) {
  const filters = w.filters ? `, filter data ${kb(w.filters)}` : '';
  console.log(`  ${w.kind.padEnd(18)} ${kb(w.total).padStart(9)}  (html ${kb(w.html)}, css+js ${kb(w.assets)}${filters})  ${w.file}`);
}
for (const lang of ['ar', 'en']) {
  const f = filterWeight(site, lang);
  if (!f) continue;
  console.log(`timeline filter data, worst case (${lang}): ${kb(f.total)} — ${f.files.map((x) => `${x.file} ${kb(x.bytes)}`).join(', ')}`);
  console.log(`  cards: heaviest rows/<n>.js ${kb(f.rows)} (a step of a filter loads one per page its shown matches lie on, up to 8)`);
}
const fonts = all.filter((f) => f.endsWith('.woff2'));
console.log(`fonts: ${fonts.length} woff2 files, ${kb(fonts.reduce((n, f) => n + statSync(join(site, f)).size, 0))} (excluded from the budget)`);
const over = weights.filter((w) => w.total > PAGE_BUDGET);
for (const w of over.slice(0, 20)) console.error(`over budget: ${w.file} ${kb(w.total)}`);
if (broken.length || over.length) process.exitCode = 1;
