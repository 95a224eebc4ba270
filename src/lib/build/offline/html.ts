/**
 * Finds every link in an HTML document without a parser: URL attributes, `srcset`, meta refresh, `style`
 * attributes and `<style>` elements. Script and textarea contents are never touched.
 */
import { rewriteCss } from './css.ts';

/** `navigate`: followed by the reader (`<a href>`, forms, refresh). `load`: fetched by the browser with the page. */
export type LinkUse = 'navigate' | 'load';

/** Called for each link with its decoded text; returns the replacement. `offset` is where its tag starts. */
export type LinkRewrite = (url: string, use: LinkUse, offset: number) => string;

const ATTRS = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*/(?!>))*`;
const DOCUMENT = new RegExp(
  String.raw`<!--[\s\S]*?-->|<(script|style|textarea|title)\b(${ATTRS})\s*>([\s\S]*?)</\1\s*>|<([a-zA-Z][^\s/>]*)(${ATTRS})\s*/?>`,
  'gi',
);
const ATTR = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Attributes holding one URL, by how the browser uses them. */
const URL_ATTRS: Record<string, LinkUse> = {
  href: 'navigate', action: 'navigate', formaction: 'navigate', cite: 'navigate',
  src: 'load', poster: 'load', data: 'load', background: 'load', 'xlink:href': 'load',
};
/** `<link rel>` values that make the browser fetch the `href`. */
const LOADED_REL = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
const encodeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `url 1x, url 2x` or `url 480w, …`: each candidate's URL is rewritten, descriptors kept. */
export function rewriteSrcset(srcset: string, rewrite: (url: string) => string): string {
  return srcset.replace(/(^|,)(\s*)([^\s,][^\s]*?)(,*)(?=\s|$)/g, (_m, lead: string, space: string, url: string, commas: string) =>
    `${lead}${space}${rewrite(url)}${commas}`,
  );
}

/** `0; url=/ar/`: the URL part of a meta refresh. */
export function rewriteRefresh(content: string, rewrite: (url: string) => string): string {
  return content.replace(/^(\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?)(['"]?)(.*?)\2(\s*)$/i, (_m, head: string, q: string, url: string, tail: string) =>
    `${head}${q}${rewrite(url)}${q}${tail}`,
  );
}

/** A quick look for any attribute that can hold a link: most tags have none. */
const MAY_LINK = /\s(?:href|src|srcset|imagesrcset|action|formaction|cite|poster|data|background|xlink:href|style|content)\s*=/i;

function rewriteAttributes(tag: string, attrs: string, offset: number, link: LinkRewrite): string {
  if (!MAY_LINK.test(attrs)) return attrs;
  const name = tag.toLowerCase();
  const isRefresh = name === 'meta' && /\shttp-equiv\s*=\s*["']?refresh/i.test(attrs);
  const linkLoads = name === 'link' && LOADED_REL.test(/\srel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs)?.slice(1).join('') ?? '');
  return attrs.replace(ATTR, (whole, space: string, rawName: string, eq?: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare;
    if (value === undefined) return whole;
    const attr = rawName.toLowerCase();
    let rewrite: ((text: string) => string) | undefined;
    if (attr === 'srcset' || attr === 'imagesrcset') rewrite = (t) => rewriteSrcset(t, (u) => link(u, 'load', offset));
    else if (attr === 'style') rewrite = (t) => rewriteCss(t, (u) => link(u, 'load', offset));
    else if (attr === 'content' && isRefresh) rewrite = (t) => rewriteRefresh(t, (u) => link(u, 'navigate', offset));
    else if (attr in URL_ATTRS && !(attr === 'data' && name !== 'object')) {
      rewrite = (t) => link(t, attr === 'href' && linkLoads ? 'load' : URL_ATTRS[attr]!, offset);
    }
    if (!rewrite) return whole;
    const text = value.includes('&') ? decodeEntities(value) : value;
    const out = rewrite(text);
    return out === text ? whole : `${space}${rawName}${eq}"${encodeAttr(out)}"`;
  });
}

/** Rewrites every link in `html` through `link`; everything else is kept byte for byte. */
export function rewriteHtml(html: string, link: LinkRewrite): string {
  return html.replace(DOCUMENT, (whole, raw?: string, rawAttrs?: string, body?: string, tag?: string, attrs?: string, at = 0) => {
    if (whole.startsWith('<!--')) return whole;
    const name = (raw ?? tag)!;
    const oldAttrs = (raw ? rawAttrs : attrs)!;
    const newAttrs = rewriteAttributes(name, oldAttrs, at, link);
    const attrsEnd = 1 + name.length + oldAttrs.length;
    if (!raw) return newAttrs === oldAttrs ? whole : whole.slice(0, 1 + name.length) + newAttrs + whole.slice(attrsEnd);
    // <style>: the body is CSS. <script>, <textarea>, <title>: the body is kept as written.
    const bodyStart = whole.indexOf('>', attrsEnd) + 1;
    const bodyEnd = bodyStart + body!.length;
    const newBody = name.toLowerCase() === 'style' ? rewriteCss(body!, (u) => link(u, 'load', at)) : body!;
    return whole.slice(0, 1 + name.length) + newAttrs + whole.slice(attrsEnd, bodyStart) + newBody + whole.slice(bodyEnd);
  });
}
