import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage, resolveLink } from './links.ts';
import { filterWeight } from './filter-weight.ts';

/**
 * A page's transfer weight: its HTML and the stylesheets and scripts it loads, each gzip -9 compressed; for a
 * timeline page also the filter data a filter that sets every facet loads (filter-weight.ts).
 */
export interface PageWeight {
  file: string;
  kind: string;
  html: number;
  assets: number;
  /** The timeline's worst-case filter data (0 for other pages). */
  filters: number;
  total: number;
}

/** The budget of issue 12: HTML + CSS + JS of any page, compressed, fonts excluded. */
export const PAGE_BUDGET = 60 * 1024;

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The kind of a built page, from its path: `article`, `entity`, `entity page n`, `list`, `home`… */
export function pageKind(file: string): string {
  const p = file.replace(/index\.html$/, '');
  if (p === '' ) return 'language chooser';
  if (p === '404.html') return '404';
  const m = /^(ar|en)\/(.*)$/.exec(p);
  if (!m) return 'other';
  const rest = m[2]!;
  if (rest === '') return 'home';
  if (/^articles\/[^/]+\/$/.test(rest)) return 'article';
  if (/^(organisations|people|places)\/(page\/\d+\/)?$/.test(rest)) return 'list';
  if (/^(organisations|people|places)\/[^/]+\/$/.test(rest)) return 'entity';
  if (/^(organisations|people|places)\/[^/]+\/\d+\/$/.test(rest)) return 'entity (page 2+)';
  if (rest === 'events/') return 'timeline';
  if (/^events\/page\/\d+\/$/.test(rest)) return 'timeline (page 2+)';
  if (/^events\/[^/]+\/$/.test(rest)) return 'event';
  return rest.split('/')[0]!;
}

export function pageWeights(siteDir: string, htmlFiles: string[]): PageWeight[] {
  const assetSize = new Map<string, number>();
  const asset = (file: string) => {
    let n = assetSize.get(file);
    if (n === undefined) assetSize.set(file, (n = gz(readFileSync(join(siteDir, file)))));
    return n;
  };
  const filterBytes = new Map<string, number>();
  const filterData = (lang: string) => {
    let n = filterBytes.get(lang);
    if (n === undefined) filterBytes.set(lang, (n = filterWeight(siteDir, lang)?.total ?? 0));
    return n;
  };
  return htmlFiles.map((file) => {
    const buf = readFileSync(join(siteDir, file));
    const loads = readPage(buf.toString('utf8')).links
      .map((l) => resolveLink(file, l.url).file)
      .filter((f) => /\.(css|js|mjs)$/.test(f));
    const assets = [...new Set(loads)].reduce((n, f) => n + asset(f), 0);
    const html = gz(buf);
    const kind = pageKind(file);
    const filters = kind.startsWith('timeline') ? filterData(file.split('/')[0]!) : 0;
    return { file, kind, html, assets, filters, total: html + assets + filters };
  });
}

/** The heaviest page of each kind. */
export function heaviestByKind(weights: PageWeight[]): PageWeight[] {
  const best = new Map<string, PageWeight>();
  for (const w of weights) if (!best.has(w.kind) || best.get(w.kind)!.total < w.total) best.set(w.kind, w);
  return [...best.values()].sort((a, b) => b.total - a.total);
}
