/**
 * English names of machine-found people against the gold's `name_en`: `npm run eval:names [-- <gold-dir>]`
 * (default ../shared/gold/dev). Extracts the gold articles, pairs each unreviewed person found with the gold person
 * that shares a normalised surface form (as score_entities.py matches), and prints only aggregate counts: exact
 * (ignoring case, hyphens and spaces) and close (letters at most 20 % apart by edit distance).
 *
 * `npm run eval:names -- --fallback` instead scores the fallback rules alone (`romaniseWord`) against the lexicon's
 * own one-word given and family names (data/names/english/3-given.tsv, 4-family.tsv, and by the foreign rules
 * 5-foreign-given.tsv, 6-foreign-family.tsv): how close the rules come to a conventional spelling for a word no
 * lexicon has, on a tuning part and on a held-out quarter of the words (`--tune` also lists the tuning part's
 * misses, never the held-out ones). No gold is read.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectPaths } from '../src/lib/ingest/config.ts';
import { extractCorpus } from '../src/lib/ingest/ingest.ts';

const goldDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/gold/dev');
const norm = (s: string) =>
  s.replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640«»“”"'()[\]]/g, '').replace(/[إأآٱ]/g, 'ا').replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/\s+/g, ' ').trim();
const keys = (s: string) => {
  const n = norm(s);
  return n.startsWith('ال') && n.length > 4 ? [n, n.slice(2)] : [n];
};
const letters = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length]!;
}

if (process.argv.includes('--fallback')) {
  const { romaniseWord } = await import('../src/lib/arabic/romanise-word.ts');
  // Every fourth word (by a hash of its Arabic key, so a word keeps its side as the files grow) is held out: the
  // rules are tuned by looking at the other words only (`--fallback --tune` lists their misses), and the held-out
  // line is the score to report.
  const heldOut = (ar: string) => createHash('sha256').update(norm(ar)).digest()[0]! % 4 === 0;
  const listMisses = process.argv.includes('--tune');
  const files = [
    ['3-given.tsv', {}],
    ['4-family.tsv', { family: true }],
    ['5-foreign-given.tsv', { foreign: true }],
    ['6-foreign-family.tsv', { foreign: true, family: true }],
  ] as const;
  for (const [file, options] of files) {
    const rows = readFileSync(join('data/names/english', file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string]).filter(([ar]) => !ar.includes(' ') && !ar.startsWith('ال'));
    for (const held of [false, true]) {
      const part = rows.filter(([ar]) => heldOut(ar) === held);
      let ex = 0;
      let cl = 0;
      for (const [ar, en] of part) {
        const got = romaniseWord(ar, options);
        const [p, q] = [letters(got), letters(en)];
        if (p === q) ex++;
        if (distance(p, q) <= 0.2 * Math.max(p.length, q.length)) cl++;
        else if (listMisses && !held) console.log(`  ${ar}\t${en}\t${got}`);
      }
      const pc = (n: number) => ((100 * n) / part.length).toFixed(0);
      const side = held ? 'held out' : 'tuning';
      console.log(`fallback vs ${file}, ${side} (${part.length} words): exact ${ex} (${pc(ex)} %); close ${cl} (${pc(cl)} %)`);
    }
  }
  process.exit(0);
}
type GoldEntity = { type: string; surface: string[]; name_en: string };
const gold = new Map<string, GoldEntity[]>();
for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.gold.json'))) {
  const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { article: string; entities: GoldEntity[] };
  gold.set(g.article, g.entities.filter((e) => e.type === 'person'));
}
let found = 0;
let paired = 0;
let exact = 0;
let close = 0;
for (const a of extractCorpus([join(goldDir, 'articles.jsonl')], projectPaths())) {
  for (const e of a.entities) {
    if (e.type !== 'person' || !e.unreviewed) continue;
    found++;
    const mine = new Set(e.mentions.flatMap((m) => keys(m.text)).concat(keys(e.name.ar)));
    const g = gold.get(a.article.id)?.find((x) => x.surface.some((s) => keys(s).some((k) => mine.has(k))));
    if (!g) continue;
    paired++;
    const [p, q] = [letters(e.name.en), letters(g.name_en)];
    if (p === q) exact++;
    if (distance(p, q) <= 0.2 * Math.max(p.length, q.length)) close++;
  }
}
const pct = (n: number) => (paired ? ((100 * n) / paired).toFixed(0) : '0');
console.log(`machine-found people: ${found}; matching a gold person: ${paired}`);
console.log(`English name exact: ${exact}/${paired} (${pct(exact)} %); close (≤ 20 % edits, exact included): ${close}/${paired} (${pct(close)} %)`);
