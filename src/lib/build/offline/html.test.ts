import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rewriteCss } from './css.ts';
import { rewriteHtml, rewriteRefresh, rewriteSrcset, type LinkUse } from './html.ts';
import { localLink } from './urls.ts';
import { expectedOutput } from '../../../../tests/support/expected.ts';

const mark = (url: string) => `<${url}>`;

describe('rewriteSrcset', () => {
  it.each([
    ['/a.png 1x, /b.png 2x', '</a.png> 1x, </b.png> 2x'],
    ['/a.png 480w,/b.png 800w', '</a.png> 480w,</b.png> 800w'],
    ['/a.png', '</a.png>'],
    ['  /a.png  ,  /b.png 2x ', '  </a.png>  ,  </b.png> 2x '],
    ['/a,b.png 1x, /c.png 2x', '</a,b.png> 1x, </c.png> 2x'],
  ])('%j', (input, expected) => expect(rewriteSrcset(input, mark)).toBe(expected));
});

describe('rewriteRefresh', () => {
  it.each([
    ['0; url=/ar/', '0; url=</ar/>'],
    ['0;URL=/ar/', '0;URL=</ar/>'],
    ["5; url='/en/?q=x'", "5; url='</en/?q=x>'"],
    ['0, /ar/', '0, </ar/>'],
    ['30', '30'],
  ])('%j', (input, expected) => expect(rewriteRefresh(input, mark)).toBe(expected));
});

describe('rewriteCss', () => {
  it.each([
    ['a{background:url(/x.png)}', 'a{background:url(</x.png>)}'],
    ['a{background:url( "/x y.png" )}', 'a{background:url("</x y.png>")}'],
    ["a{background:url('/x.png')}", "a{background:url('</x.png>')}"],
    ['@font-face{src:url(/f.woff2) format("woff2"),url(/f.woff) format("woff")}', '@font-face{src:url(</f.woff2>) format("woff2"),url(</f.woff>) format("woff")}'],
    ['@import "/base.css";@import url(/more.css);', '@import "</base.css>";@import url(</more.css>);'],
    ['/* url(/kept.png) */a{}', '/* url(/kept.png) */a{}'],
    ['a{background:URL(/x.png)}', 'a{background:url(</x.png>)}'],
    ['a{content:"url"}', 'a{content:"url"}'],
  ])('%j', (input, expected) => expect(rewriteCss(input, mark)).toBe(expected));
});

describe('rewriteHtml', () => {
  it('says which links are followed and which are loaded with the page', () => {
    const seen: Array<[string, LinkUse]> = [];
    rewriteHtml(
      '<a href="/a/"></a><link rel="stylesheet" href="/s.css"><link rel="alternate" href="/en/"><img src="/i.png" srcset="/j.png 2x">' +
        '<form action="/f/"></form><object data="/o.svg"></object><div data="/not-a-link/"></div><video poster="/p.png"></video>',
      (url, use) => (seen.push([url, use]), url),
    );
    expect(seen).toEqual([
      ['/a/', 'navigate'], ['/s.css', 'load'], ['/en/', 'navigate'], ['/i.png', 'load'], ['/j.png', 'load'],
      ['/f/', 'navigate'], ['/o.svg', 'load'], ['/p.png', 'load'],
    ]);
  });

  it('decodes entities before rewriting and escapes the result', () => {
    const out = rewriteHtml(`<a href="/s/?a=1&amp;b=&quot;2&quot;">x</a><a title='it&#39;s' href='/t/'>y</a>`, (u) => `${u}!`);
    expect(out).toBe(`<a href="/s/?a=1&amp;b=&quot;2&quot;!">x</a><a title='it&#39;s' href="/t/!">y</a>`);
  });

  it('leaves a character reference it cannot decode as written', () => {
    expect(rewriteHtml('<a href="/x&#x110000;/">x</a>', (u) => u)).toBe('<a href="/x&#x110000;/">x</a>');
  });

  it('keeps a page without links byte for byte', () => {
    const page = '<!doctype html><html><body><p class="x">نص &amp; <b>bold</b></p><br/><input disabled></body></html>';
    expect(rewriteHtml(page, (u) => `${u}!`)).toBe(page);
  });

  // The whole-page fixture: tests/fixtures/offline/page/{input,expected}.html. UPDATE=1 writes expected.html; a
  // missing expected.html fails.
  it('rewrites a whole page as found at ar/articles/a1/index.html', () => {
    const dir = 'tests/fixtures/offline/page';
    const files = new Set(['index.html', 'ar/index.html', 'ar/search/index.html', 'en/search/index.html', 'en/articles/a1/index.html', '_astro/site.css', '_astro/font.woff2', 'img/a.png', 'img/a-2x.png']);
    const site = { hasFile: (p: string) => files.has(p), hasDir: (p: string) => [...files].some((f) => f.startsWith(`${p}/`)) };
    const out = rewriteHtml(readFileSync(`${dir}/input.html`, 'utf8'), (url) => localLink(url, 'ar/articles/a1', site).href);
    expect(out).toBe(expectedOutput(`${dir}/expected.html`, out));
  });
});
