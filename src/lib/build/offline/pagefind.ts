/**
 * Search from disk. Pagefind's script is an ES module that fetch()es its index and starts a worker: none of
 * that works from file://. This step writes, into `<site>/pagefind/`:
 * - `<file>.js` beside each file Pagefind fetches, a classic script that registers the file's bytes;
 * - `pagefind-offline.js`, Pagefind's own script turned into a classic script whose fetch() answers from them,
 *   which the search page loads from disk (src/lib/search/engine.ts; over http it imports Pagefind's module).
 * It depends on Pagefind's output layout, so the version is pinned and checked: a change fails the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DalilError } from '../../kb/errors.ts';

/** The Pagefind release whose layout this step knows (package.json pins the same). */
export const PAGEFIND_VERSION = '1.6.0';

/**
 * Files Pagefind fetches while searching, relative to its folder: the main index's, a joined shard's under
 * `shard-<n>/` (src/lib/build/search-shards.ts, no engine of its own), and the shard list the search page reads.
 */
export const FETCHED = /^(?:dalil-shards\.json|wasm\.[\w-]+\.pagefind|(?:shard-\d+\/)?(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(?:index|fragment|filter)\/[\w-]+\.pf_(?:index|fragment|filter)))$/;

/** Folders in Pagefind's folder. */
const FOLDER = /^(?:shard-\d+(?:\/(?:index|fragment|filter))?|index|fragment|filter)$/;

/** Files Pagefind writes that are never fetched by the search page (its UIs, the worker, highlighting). */
export const NOT_FETCHED = new Set([
  'pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css',
]);

/** What this step adds, so that running it twice is harmless. */
const OURS = /^(?:pagefind-offline\.js|.+\.(?:json|pf_meta|pagefind|pf_index|pf_fragment|pf_filter)\.js)$/;

const HINT = `pagefind is pinned to ${PAGEFIND_VERSION} in package.json because src/lib/build/offline/pagefind.ts depends on ` +
  'its output layout: after changing the version, check that file (FETCHED, NOT_FETCHED, classicPagefind) against the new output';

const browserFile = (name: string) => readFileSync(new URL(`./browser/${name}`, import.meta.url), 'utf8');

/**
 * Pagefind's ES module as the body of `function (fetch, __dalil_import_meta_url) { … }` that returns its exports:
 * `import.meta.url` becomes the parameter, `export { a, b as c }` becomes `return { a, c: b }`, and every
 * bare `fetch` call resolves to the parameter. Anything else module-only is a layout change and an error.
 */
export function classicPagefind(source: string, file = 'pagefind/pagefind.js'): string {
  const fail = (what: string) => new DalilError(`Pagefind's script changed: ${what}`, { file }, HINT);
  const exports = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(source);
  if (!exports) throw fail('it no longer ends with one `export { … }`');
  let body = source.slice(0, exports.index).replaceAll('import.meta.url', '__dalil_import_meta_url');
  const names = exports[1]!.split(',').map((s) => s.trim()).filter(Boolean)
    .map((s) => /^(\w+)(?:\s+as\s+(\w+))?$/.exec(s)).map((m) => (m ? (m[2] ? `${m[2]}: ${m[1]}` : m[1]) : undefined));
  if (names.includes(undefined) || !['init', 'search', 'options'].every((n) => names.some((e) => e?.split(':')[0] === n))) {
    throw fail(`its exports are ${exports[1]}`);
  }
  body += `return { ${names.join(', ')} };`;
  const leftover = /\bimport\s*\.\s*meta\b|\bimport\s*\(|^\s*import[\s{*]|\bexport\s|\b(?:globalThis|window|self)\.fetch\b|XMLHttpRequest|importScripts/m.exec(body);
  if (leftover) throw fail(`it uses \`${leftover[0].trim()}\`, which the classic-script build cannot handle`);
  try {
    new Function('fetch', '__dalil_import_meta_url', body);
  } catch (err) {
    throw fail(`it does not compile as a classic script (${(err as Error).message})`);
  }
  return body;
}

export interface OfflineSearchReport {
  /** Files wrapped as registration scripts. */
  files: number;
  bytes: number;
}

/** Checks Pagefind's output in `<siteDir>/pagefind` and writes the offline search files beside it. */
export function makeSearchOffline(siteDir: string): OfflineSearchReport {
  const dir = join(siteDir, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version?: string; languages?: Record<string, { hash: string; wasm: string }> };
  if (entry.version !== PAGEFIND_VERSION) {
    throw new DalilError(`the search index was written by Pagefind ${entry.version}, not ${PAGEFIND_VERSION}`, { file: entryFile }, HINT);
  }
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(/[\\/]/).join('/'));
  const unknown = files.filter((f) => !FETCHED.test(f) && !NOT_FETCHED.has(f) && !OURS.test(f) && !FOLDER.test(f));
  if (unknown.length) throw new DalilError(`Pagefind wrote files this step does not know: ${unknown.join(', ')}`, { file: dir }, HINT);
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages ?? {})) {
    for (const needed of [`pagefind.${hash}.pf_meta`, `wasm.${wasm}.pagefind`]) {
      if (!files.includes(needed)) throw new DalilError(`the ${lang} index has no ${needed}`, { file: entryFile }, HINT);
    }
  }
  for (const shard of files.filter((f) => /^shard-\d+$/.test(f))) {
    const shardEntry = join(dir, shard, 'pagefind-entry.json');
    const e = JSON.parse(readFileSync(shardEntry, 'utf8')) as typeof entry;
    if (e.version !== PAGEFIND_VERSION) throw new DalilError(`a search shard was written by Pagefind ${e.version}, not ${PAGEFIND_VERSION}`, { file: shardEntry }, HINT);
    for (const [lang, { hash }] of Object.entries(e.languages ?? {})) {
      if (!files.includes(`${shard}/pagefind.${hash}.pf_meta`)) throw new DalilError(`the ${lang} index of ${shard} has no pagefind.${hash}.pf_meta`, { file: shardEntry }, HINT);
    }
  }

  const report: OfflineSearchReport = { files: 0, bytes: 0 };
  for (const name of files.filter((f) => FETCHED.test(f))) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.js`), `__dalilPagefind.register(${JSON.stringify(name)},"${bytes.toString('base64')}");\n`);
    report.files++;
    report.bytes += bytes.length;
  }
  const pagefind = classicPagefind(readFileSync(join(dir, 'pagefind.js'), 'utf8'));
  writeFileSync(join(dir, 'pagefind-offline.js'), browserFile('pagefind-offline.js').replace('/*PAGEFIND*/', () => pagefind));
  return report;
}
