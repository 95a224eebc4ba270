import { basename, extname } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root as HastRoot } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdToString } from 'mdast-util-to-string';
import type { Root as MdRoot, Parent as MdParent, RootContent as MdContent } from 'mdast';
import { DalilError } from '../kb/errors.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { makeArticle } from './meta.ts';
import type { RawArticle } from './schema.ts';
import type { ArticleMeta } from './schema.ts';

const stem = (file: string) => basename(file, extname(file));

/** Plain text: optional YAML front-matter; the first line is the headline unless `title` is given. */
export function readText(text: string, file: string): RawArticle[] {
  const { meta, body } = splitFrontMatter(text, file);
  return [makeArticle({ body, meta: meta as ArticleMeta, fallbackId: stem(file) }, { file })];
}

/** Raw HTML in Markdown is markup, not text: it is left out (it would show as code, never run). */
const NO_HTML = { includeHtml: false };

/**
 * Inline raw HTML such as `<script>alert(1)</script>` parses as two html nodes with text between them: the text
 * between an opening and a closing tag of an element that never holds article text (`SKIP`) is left out too.
 */
function dropEmbeddedCode(node: MdRoot | MdParent): void {
  const kept: MdContent[] = [];
  let inside: string | undefined;
  for (const child of node.children as MdContent[]) {
    if (child.type === 'html') {
      const tag = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(child.value.trim());
      const name = tag?.[2]?.toLowerCase();
      if (tag && name && SKIP.has(name)) {
        if (!tag[1] && !/\/>\s*$|<\/\s*[a-z]/i.test(child.value.trim().slice(tag[0].length))) inside ??= name;
        else if (tag[1] && inside === name) inside = undefined;
      }
      continue;
    }
    if (inside) continue;
    if ('children' in child) dropEmbeddedCode(child as MdParent);
    kept.push(child);
  }
  (node as { children: MdContent[] }).children = kept;
}

/** Markdown: front-matter as for text; the first heading is the headline; the body becomes plain paragraphs. */
export function readMarkdown(text: string, file: string): RawArticle[] {
  const { meta, body } = splitFrontMatter(text, file);
  const tree = fromMarkdown(body);
  dropEmbeddedCode(tree);
  let title: string | undefined;
  const blocks: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && title === undefined) title = mdToString(node, NO_HTML);
    else if (node.type === 'list') for (const item of node.children) blocks.push(mdToString(item, NO_HTML));
    else if (node.type !== 'html' && node.type !== 'code' && node.type !== 'thematicBreak') blocks.push(mdToString(node, NO_HTML));
  }
  return [makeArticle({ title, body: blocks.filter(Boolean).join('\n'), meta: meta as ArticleMeta, fallbackId: stem(file) }, { file })];
}

/** Elements whose content is never article text (code, embedded documents, page chrome). */
const SKIP = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'h1', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'select', 'textarea']);

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'pre', 'div', 'section', 'article']);

/** HTML: the headline from <h1> or <title>, metadata from <meta>/<time>, the body from <article> or <body>. */
export function readHtml(text: string, file: string): RawArticle[] {
  const tree = fromHtml(text);
  const all: Element[] = [];
  const walk = (n: HastRoot | Element) => {
    for (const c of n.children) if (c.type === 'element') (all.push(c), walk(c));
  };
  walk(tree);
  const meta: Record<string, string> = {};
  for (const el of all.filter((e) => e.tagName === 'meta')) {
    const key = String(el.properties.property ?? el.properties.name ?? '');
    const content = el.properties.content;
    if (typeof content !== 'string') continue;
    if (/published_time|^date$|pubdate/i.test(key)) meta.date ??= content;
    else if (/^(og:)?site_name$/.test(key)) meta.source ??= content;
    else if (/^author$|article:author/.test(key)) meta.author ??= content;
    else if (key === 'og:url') meta.url ??= content;
  }
  const time = all.find((e) => e.tagName === 'time' && typeof e.properties.dateTime === 'string');
  if (time) meta.date ??= String(time.properties.dateTime);
  const h1 = all.find((e) => e.tagName === 'h1');
  const titleEl = all.find((e) => e.tagName === 'title');
  const title = (h1 && toText(h1)) || (titleEl && toText(titleEl)) || undefined;
  const root = all.find((e) => e.tagName === 'article') ?? all.find((e) => e.tagName === 'body');
  const lines: string[] = [];
  const collect = (el: Element) => {
    if (SKIP.has(el.tagName)) return;
    const blockChildren = el.children.some((c) => c.type === 'element' && BLOCK.has(c.tagName));
    if (BLOCK.has(el.tagName) && !blockChildren) {
      const t = toText(el).replace(/\s+/g, ' ').trim();
      if (t) lines.push(t);
      return;
    }
    for (const c of el.children) if (c.type === 'element') collect(c);
  };
  if (root) collect(root);
  return [makeArticle({ title: title?.trim(), body: lines.join('\n'), meta, fallbackId: stem(file) }, { file })];
}

/**
 * JSON Lines: one record per line with `id?, title, content, date|date_extracted, source, url, author`.
 * A bad record is reported (file and line) and the others are still read.
 */
export function readJsonLines(text: string, file: string, report: (err: DalilError) => void = raise): RawArticle[] {
  const out: RawArticle[] = [];
  let bad = 0;
  let firstUnreported = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(readRecord(line, file, i + 1));
    } catch (err) {
      if (!(err instanceof DalilError)) throw err;
      if (++bad <= MAX_REPORTED) report(err);
      else firstUnreported ||= i + 1;
    }
  });
  if (bad > MAX_REPORTED) {
    report(new DalilError(`${bad - MAX_REPORTED} more bad records after these`, { file, line: firstUnreported }, 'is this a JSON Lines file? fix the records above first'));
  }
  return out;
}

/** Bad records of one file reported one by one; the rest are counted in one more line. */
const MAX_REPORTED = 10;

function readRecord(line: string, file: string, n: number): RawArticle {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new DalilError(`not valid JSON: ${(err as Error).message}`, { file, line: n }, 'each line of a .jsonl file is one JSON object');
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new DalilError('a record must be a JSON object', { file, line: n }, 'each line of a .jsonl file is one JSON object');
  }
  const { content, ...meta } = record as Record<string, unknown>;
  if (typeof content !== 'string') {
    const what = content === undefined ? 'has no "content" text' : `has a "content" that is ${Array.isArray(content) ? 'a list' : typeof content}, not text`;
    throw new DalilError(`the record ${what}`, { file, line: n }, 'fields: id?, title, content, date|date_extracted, source, url, author');
  }
  return makeArticle({ body: content, meta: meta as ArticleMeta, fallbackId: `${stem(file)}-${n}` }, { file, line: n });
}

function raise(err: DalilError): never {
  throw err;
}
