/**
 * What the timeline's filters load, for the page weight (issue 12): a filter that sets every facet and uses both
 * pickers loads `filter.js`, the heaviest `by/<kind>/` file of each kind (the value with the most scattered
 * events: a country, the commonest type or actor) and the heaviest `names/<kind>/` file of each picker
 * (src/lib/site/timeline-files.ts), and the cards of its first step: the ROW_FILES_PER_STEP heaviest
 * `rows/<n>.js` (a step loads no more, src/lib/site/timeline-step.ts).
 * A site built before the split has one `filter.js` with everything; it is measured the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROW_FILES_PER_STEP } from '../timeline-step.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface FilterWeight {
  /** gzip -9 bytes of the files a worst-case filter loads. */
  total: number;
  /** Each file counted, relative to the events folder, with its gzip bytes. */
  files: Array<{ file: string; bytes: number }>;
  /** The heaviest `rows/<n>.js`. */
  rows: number;
}

/** The heaviest file of a folder (by gzip), or none. */
function heaviest(dir: string, prefix: string): Array<{ file: string; bytes: number }> {
  if (!existsSync(dir)) return [];
  let best: { file: string; bytes: number } | undefined;
  for (const name of readdirSync(dir)) {
    const bytes = gz(join(dir, name));
    if (!best || bytes > best.bytes) best = { file: `${prefix}${name}`, bytes };
  }
  return best ? [best] : [];
}

/** The worst-case filter data of the timeline in `<site>/<lang>/events/`; undefined without a `filter.js`. */
export function filterWeight(site: string, lang: string): FilterWeight | undefined {
  const events = join(site, lang, 'events');
  if (!existsSync(join(events, 'filter.js'))) return undefined;
  const files = [{ file: 'filter.js', bytes: gz(join(events, 'filter.js')) }];
  const by = join(events, 'by');
  if (existsSync(by)) for (const kind of readdirSync(by).sort()) files.push(...heaviest(join(by, kind), `by/${kind}/`));
  const names = join(events, 'names');
  if (existsSync(names)) for (const kind of readdirSync(names).sort()) files.push(...heaviest(join(names, kind), `names/${kind}/`));
  const rowsDir = join(events, 'rows');
  const rowFiles = existsSync(rowsDir) ? readdirSync(rowsDir).map((name) => gz(join(rowsDir, name))).sort((a, b) => b - a) : [];
  const step = rowFiles.slice(0, ROW_FILES_PER_STEP);
  if (step.length) files.push({ file: `rows/ (the ${step.length} heaviest)`, bytes: step.reduce((n, b) => n + b, 0) });
  const rows = rowFiles[0] ?? 0;
  return { total: files.reduce((n, f) => n + f.bytes, 0), files, rows };
}
