import { describe, expect, it } from 'vitest';
import { localLink, type SiteFiles } from './urls.ts';

/** A small site: folders with index.html, a stylesheet, a font, an Arabic-named article and one with a space. */
const FILES = [
  'index.html', 'ar/index.html', 'en/index.html', 'ar/search/index.html', 'ar/articles/a1/index.html',
  'ar/organisations/islamic-state/index.html', 'ar/articles/مقال/index.html', 'ar/articles/two words/index.html',
  '_astro/site.css', '_astro/font.woff2', 'img/a.png', 'img/a-2x.png',
];
const dirsOf = (f: string) => f.split('/').slice(0, -1).map((_, i, s) => s.slice(0, i + 1).join('/'));
const site: SiteFiles = {
  hasFile: (p) => FILES.includes(p),
  hasDir: (p) => p === '' || FILES.some((f) => dirsOf(f).includes(p)),
};

describe('localLink', () => {
  // [found in (folder of the file), link as written, link as rewritten]
  const cases: Array<[string, string, string]> = [
    // Root-absolute folder URLs, from pages at several depths.
    ['ar/articles/a1', '/ar/organisations/islamic-state/', '../../organisations/islamic-state/index.html'],
    ['ar/articles/a1', '/ar/', '../../index.html'],
    ['ar/articles/a1', '/en/', '../../../en/index.html'],
    ['ar/articles/a1', '/', '../../../index.html'],
    ['', '/ar/', 'ar/index.html'],
    ['', '/', 'index.html'],
    ['ar', '/ar/', 'index.html'],
    ['ar/articles/a1', '/ar/articles/a1/', 'index.html'],
    // A folder written without its slash is still a folder when the site has it.
    ['ar', '/ar/search', 'search/index.html'],
    // Relative links, including . and .., and .. past the root (clamped, as browsers do).
    ['ar/articles/a1', '../../search/', '../../search/index.html'],
    ['ar/articles/a1', './', 'index.html'],
    ['ar/articles/a1', '.', 'index.html'],
    ['ar', '..', '../index.html'],
    ['ar', '../../../../en/', '../en/index.html'],
    ['ar', 'search/', 'search/index.html'],
    // Fragments and queries are kept, after index.html.
    ['ar/articles/a1', '/ar/search/?q=%D8%AF%D8%A7%D8%B9%D8%B4', '../../search/index.html?q=%D8%AF%D8%A7%D8%B9%D8%B4'],
    ['ar/articles/a1', '/ar/organisations/islamic-state/#backlinks', '../../organisations/islamic-state/index.html#backlinks'],
    ['ar', '/ar/search/?q=a#top', 'search/index.html?q=a#top'],
    ['ar', '/ar/search?q=a', 'search/index.html?q=a'],
    // Files keep their names.
    ['ar/articles/a1', '/_astro/site.css', '../../../_astro/site.css'],
    ['_astro', '/_astro/font.woff2', 'font.woff2'],
    ['_astro', 'font.woff2', 'font.woff2'],
    ['ar/search', '/ar/search/index.html', 'index.html'],
    // Arabic and percent-encoded paths: compared decoded, written as they were.
    ['ar/articles/مقال', '/ar/articles/%D9%85%D9%82%D8%A7%D9%84/', 'index.html'],
    ['ar/articles/a1', '/ar/articles/%D9%85%D9%82%D8%A7%D9%84/', '../%D9%85%D9%82%D8%A7%D9%84/index.html'],
    ['ar/articles/a1', '/ar/articles/مقال/', '../مقال/index.html'],
    ['ar/articles/two words', '/ar/articles/two%20words/#x', 'index.html#x'],
    ['ar/articles/two words', '../a1/', '../a1/index.html'],
    ['ar/articles/مقال', '../two%20words/', '../two%20words/index.html'],
    // Left exactly as written: other schemes, other hosts, same-document links, empty.
    ['ar', 'https://example.com/ar/', 'https://example.com/ar/'],
    ['ar', 'http://example.com', 'http://example.com'],
    ['ar', '//cdn.example.com/x.js', '//cdn.example.com/x.js'],
    ['ar', 'mailto:editor@example.com', 'mailto:editor@example.com'],
    ['ar', 'tel:+963', 'tel:+963'],
    ['ar', 'data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
    ['ar', 'javascript:void(0)', 'javascript:void(0)'],
    ['ar', '#main', '#main'],
    ['ar', '?q=x', '?q=x'],
    ['ar', '', ''],
  ];
  it.each(cases)('in %j: %j → %j', (dir, url, expected) => {
    expect(localLink(url, dir, site).href).toBe(expected);
  });

  it('names the site file a link points at, decoded, or none for links it leaves alone', () => {
    expect(localLink('/ar/articles/%D9%85%D9%82%D8%A7%D9%84/', 'ar', site).target).toBe('ar/articles/مقال/index.html');
    expect(localLink('/ar/missing/', 'ar', site).target).toBe('ar/missing/index.html');
    expect(localLink('https://example.com/', 'ar', site).target).toBeUndefined();
    expect(localLink('#x', 'ar', site).target).toBeUndefined();
  });

  it('turns a link to a folder the site does not have into a file-style link too', () => {
    expect(localLink('/ar/missing/', 'ar/articles/a1', site).href).toBe('../../missing/index.html');
    expect(localLink('/ar/missing', 'ar/articles/a1', site).href).toBe('../../missing');
  });
});
