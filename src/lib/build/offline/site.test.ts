import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSiteOffline } from './site.ts';

let site: string;
function build(files: Record<string, string>) {
  site = mkdtempSync(join(tmpdir(), 'dalil-site-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), text);
  }
}
const read = (name: string) => readFileSync(join(site, name), 'utf8');
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('makeSiteOffline', () => {
  it('rewrites pages and stylesheets in place, and a second run changes nothing', () => {
    build({
      'index.html': '<a href="/ar/">ar</a><link rel="stylesheet" href="/_astro/s.css">',
      'ar/index.html': '<a href="/">root</a><a href="/ar/gone/">gone</a><img src="/ar/logo.png">',
      '_astro/s.css': '@font-face{src:url(/_astro/f.woff2)}',
      '_astro/f.woff2': '',
    });
    const first = makeSiteOffline(site);
    expect(first).toMatchObject({ html: 2, css: 1, rewritten: 3, links: 6, problems: [] });
    expect(first.missing).toEqual(['ar/index.html → ar/gone/index.html', 'ar/index.html → ar/logo.png']);
    expect(read('index.html')).toBe('<a href="ar/index.html">ar</a><link rel="stylesheet" href="_astro/s.css">');
    expect(read('ar/index.html')).toBe('<a href="../index.html">root</a><a href="gone/index.html">gone</a><img src="logo.png">');
    expect(read('_astro/s.css')).toBe('@font-face{src:url(f.woff2)}');
    expect(makeSiteOffline(site).rewritten).toBe(0);
  });

  it('names each page that would load something from outside the folder or a module script file', () => {
    build({
      'ar/index.html': '<a href="https://example.com/">a link is fine</a>\n<img src="https://example.com/x.png">\n<script type="module" src="/_astro/x.js"></script><script type="module">inline is fine</script>',
      '_astro/s.css': '@import url(https://fonts.example.com/css);',
    });
    const problems = makeSiteOffline(site).problems.map((p) => p.format());
    expect(problems).toEqual([
      expect.stringMatching(/^.*_astro\/s\.css:1: loads https:\/\/fonts\.example\.com\/css from outside the site folder\n  hint: /),
      expect.stringMatching(/^.*ar\/index\.html:2: loads https:\/\/example\.com\/x\.png from outside the site folder\n  hint: /),
      expect.stringMatching(/^.*ar\/index\.html:3: a module script .* from disk \(file:\/\/\)\n  hint: use <script is:inline>/),
    ]);
  });
});
