import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** What one built page holds: the ids it defines and the local links it makes (href/src, decoded, with fragment). */
export interface PageLinks {
  ids: Set<string>;
  links: Array<{ attr: string; url: string }>;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

export function readPage(html: string): PageLinks {
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  visit(fromHtml(html), 'element', (el: Element) => {
    const p = el.properties;
    if (typeof p.id === 'string') ids.add(p.id);
    if (el.tagName === 'a' && typeof p.name === 'string') ids.add(p.name);
    for (const attr of ['href', 'src'] as const) {
      const v = p[attr];
      if (typeof v !== 'string' || !v || EXTERNAL.test(v) || v.startsWith('//')) continue;
      links.push({ attr, url: v });
    }
  });
  return { ids, links };
}

/** The site file a link leads to from `fromFile` (posix, relative to the site root), and its fragment. */
export function resolveLink(fromFile: string, url: string): { file: string; fragment: string } {
  const [pathPart, fragment = ''] = url.split('#', 2) as [string, string?];
  const path = decodeURIComponent(pathPart.split('?')[0]!);
  if (!path) return { file: fromFile, fragment: decodeURIComponent(fragment) };
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromFile), path);
  const file = posix.normalize(joined).replace(/^\.\//, '');
  return { file: file === '.' ? '' : file, fragment: decodeURIComponent(fragment) };
}

/**
 * Every internal link and anchor of a built site that leads nowhere: a file that is missing, or a `#fragment`
 * that the target page does not define (the sentence anchors `#s-<n>` above all). Folder links resolve to
 * their index.html, as servers do.
 */
export function brokenLinks(siteDir: string, htmlFiles: string[]): string[] {
  const pages = new Map<string, PageLinks>();
  const page = (file: string) => {
    let p = pages.get(file);
    if (!p) pages.set(file, (p = readPage(readFileSync(join(siteDir, file), 'utf8'))));
    return p;
  };
  const broken: string[] = [];
  for (const from of htmlFiles) {
    for (const { url } of page(from).links) {
      let { file, fragment } = resolveLink(from, url);
      const abs = join(siteDir, file);
      if (file === '' || (existsSync(abs) && statSync(abs).isDirectory())) file = posix.join(file, 'index.html');
      if (!existsSync(join(siteDir, file))) {
        broken.push(`${from}: ${url} → missing ${file}`);
        continue;
      }
      if (fragment && file.endsWith('.html') && !page(file).ids.has(fragment)) broken.push(`${from}: ${url} → no #${fragment} in ${file}`);
    }
  }
  return broken;
}
