/**
 * The built site, made to open from disk: every link in every HTML and CSS file relative and file-style.
 * Pages that load anything from outside the folder, or a module script (blocked under file://), are errors.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DalilError } from '../../kb/errors.ts';
import { rewriteCss } from './css.ts';
import { rewriteHtml, type LinkUse } from './html.ts';
import { createLinker, type SiteFiles } from './urls.ts';

export interface OfflineSiteReport {
  html: number;
  css: number;
  /** Files whose text changed. */
  rewritten: number;
  links: number;
  /** Internal links to files the build did not write: `page → target`. */
  missing: string[];
  problems: DalilError[];
}

/** The site's files and folders as decoded posix paths relative to its root. */
export function indexSite(siteDir: string): SiteFiles & { files: string[] } {
  const files: string[] = [];
  const dirs = new Set<string>(['']);
  for (const e of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    const rel = posix.join(...join(e.parentPath, e.name).slice(siteDir.length + 1).split(/[\\/]/));
    if (e.isDirectory()) dirs.add(rel);
    else files.push(rel);
  }
  const fileSet = new Set(files);
  return { files: files.sort(), hasFile: (p) => fileSet.has(p), hasDir: (p) => dirs.has(p) };
}

/** What static hosts serve for a missing path. */
export const NOT_FOUND_PAGE = '404.html';
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Rewrites the links of every HTML and CSS file under `siteDir` in place. */
export function makeSiteOffline(siteDir: string): OfflineSiteReport {
  const site = indexSite(siteDir);
  const report: OfflineSiteReport = { html: 0, css: 0, rewritten: 0, links: 0, missing: [], problems: [] };
  const localLink = createLinker(site);
  for (const file of site.files) {
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    // The 404 page is served at whatever path was wrong, so its links stay root-absolute (src/pages/404.astro).
    if (file === NOT_FOUND_PAGE) continue;
    report[kind]++;
    const path = join(siteDir, file);
    const text = readFileSync(path, 'utf8');
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    const link = (url: string, use: LinkUse, offset: number) => {
      if (use === 'load' && EXTERNAL.test(url.trim())) {
        report.problems.push(new DalilError(`loads ${url} from outside the site folder`, { file: path, line: lineAt(text, offset) },
          'ship the file with the site (public/ or an npm package), so the offline copy makes no request'));
      }
      const local = localLink(url, dir);
      if (local.target === undefined) return url;
      report.links++;
      if (!site.hasFile(local.target)) report.missing.push(`${file} → ${local.target}`);
      return local.href;
    };
    const out = kind === 'html' ? rewriteHtml(text, link) : rewriteCss(text, (u) => link(u, 'load', 0));
    if (kind === 'html') {
      const module = /<script\b(?=[^>]*\btype\s*=\s*["']?module)(?=[^>]*\ssrc\s*=)[^>]*>/i.exec(text);
      if (module) {
        report.problems.push(new DalilError('a module script loaded from a file does not run when the page is opened from disk (file://)',
          { file: path, line: lineAt(text, module.index) }, 'use <script is:inline> (a classic script) in the component'));
      }
    }
    if (out !== text) {
      writeFileSync(path, out);
      report.rewritten++;
    }
  }
  return report;
}
