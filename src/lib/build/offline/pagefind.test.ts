/**
 * Pagefind's output layout, which the offline search depends on. When Pagefind changes it, these tests fail
 * first, and say what changed: update src/lib/build/offline/pagefind.ts and the pin in package.json together.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DalilError } from '../../kb/errors.ts';
import { localUrl } from '../../search/engine.ts';
import { parseFragment } from '../../search/fragment.ts';
import { FETCHED, NOT_FETCHED, PAGEFIND_VERSION, classicPagefind, makeSearchOffline } from './pagefind.ts';
import { buildSearchIndex } from '../search-index.ts';
import { tagResultIndex } from '../pagefind-module.ts';
import { SHARDS_FILE } from '../search-shards.ts';

const PAGES = [
  { url: '/ar/articles/a1/index.html', lang: 'ar', title: 'هجوم لداعش في البادية', body: 'تبنى تنظيم داعش هجوماً في البادية السورية.' },
  { url: '/en/organisations/islamic-state/index.html', lang: 'en', title: 'Islamic State', body: 'The Islamic State claimed an attack in the Syrian desert.' },
];

let site: string;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'dalil-pagefind-'));
  const { index } = await pagefind.createIndex({ keepIndexUrl: true });
  for (const p of PAGES) {
    await index!.addHTMLFile({
      url: p.url,
      content: `<!doctype html><html lang="${p.lang}"><head><title>${p.title}</title></head><body><main data-pagefind-body><h1>${p.title}</h1><p>${p.body}</p></main></body></html>`,
    });
  }
  await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('Pagefind output layout', () => {
  it(`is Pagefind ${PAGEFIND_VERSION}, pinned exactly in package.json`, () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.devDependencies.pagefind).toBe(PAGEFIND_VERSION);
    expect(JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version).toBe(PAGEFIND_VERSION);
    expect(JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).version).toBe(PAGEFIND_VERSION);
  });

  it('has exactly the files the offline step knows: fetched while searching, or never fetched', () => {
    const files = (readdirSync(join(site, 'pagefind'), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(site, 'pagefind').length + 1));
    expect(files.filter((f) => !FETCHED.test(f) && !NOT_FETCHED.has(f))).toEqual([]);
    expect([...NOT_FETCHED].filter((f) => !files.includes(f))).toEqual([]);
    const kinds = new Set(files.filter((f) => FETCHED.test(f)).map((f) => f.replace(/[\w-]+\.pf_|\.[\w-]+\.pf_meta|\.[\w-]+\.pagefind/, '*')));
    expect([...kinds].sort()).toEqual(['fragment/*fragment', 'index/*index', 'pagefind*', 'pagefind-entry.json', 'wasm*']);
  });
});

describe('classicPagefind', () => {
  const source = 'const a=import.meta.url;async function init(){}async function search(){}function options(){}export{init,search,options,a as url};';
  it('turns the module into a function body returning its exports', () => {
    const body = classicPagefind(source);
    expect(body).toContain('const a=__dalil_import_meta_url;');
    expect(body.endsWith('return { init, search, options, url: a };')).toBe(true);
  });
  it.each([
    ['const x = 1;', 'no longer ends with one `export { … }`'],
    ['const m = await import("./x.js");export{init,search,options};', 'uses `import(`'],
    ['globalThis.fetch("x");export{init,search,options};', 'uses `globalThis.fetch`'],
    ['export{init};', 'its exports are init'],
    ['const = ;export{init,search,options};', 'does not compile'],
  ])('refuses a layout it does not know: %j', (src, message) => {
    let err: unknown;
    try {
      classicPagefind(src);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DalilError);
    expect((err as DalilError).message).toContain(message);
    expect((err as DalilError).hint).toContain('package.json');
  });
  it('tags the place where Pagefind builds a result, once, and refuses a script without it', () => {
    const script = readFileSync(join(site, 'pagefind/pagefind.js'), 'utf8');
    const tagged = tagResultIndex(script);
    expect(tagged.split('dalilIndex:this.basePath').length).toBe(2);
    expect(tagResultIndex(tagged)).toBe(tagged);
    expect(() => tagResultIndex('export{init,search,options};')).toThrow(DalilError);
  });
  it('refuses an index written by another Pagefind version', () => {
    const other = mkdtempSync(join(tmpdir(), 'dalil-pagefind-'));
    mkdirSync(join(other, 'pagefind'));
    writeFileSync(join(other, 'pagefind/pagefind-entry.json'), '{"version":"9.9.9","languages":{}}');
    expect(() => makeSearchOffline(other)).toThrow(/Pagefind 9\.9\.9, not 1\.6\.0/);
    rmSync(other, { recursive: true });
  });
});

/** A page's globals, just enough for the two classic scripts: <script> elements run files from disk. */
function browserFor(pageUrl: string, lang: string) {
  const ctx = vm.createContext({ URL, Response, Request, TextDecoder, TextEncoder, atob, console, setTimeout, clearTimeout });
  const window = vm.runInContext('this', ctx);
  let current: { src: string } | null = null;
  Object.assign(window, {
    window,
    location: new URL(pageUrl),
    document: {
      get currentScript() {
        return current;
      },
      querySelector: () => ({ getAttribute: () => lang }),
      createElement: () => ({ remove() {} }),
      head: {
        append(s: { src: string; onload(): void; onerror(): void }) {
          setTimeout(() => {
            let code: string;
            try {
              code = readFileSync(fileURLToPath(s.src), 'utf8');
            } catch {
              return s.onerror();
            }
            current = s;
            vm.runInContext(code, ctx, { filename: s.src });
            current = null;
            s.onload();
          });
        },
      },
    },
  });
  return window;
}

describe('the offline search files', () => {
  it('answer Pagefind from registrations, and give results as file URLs of this copy', async () => {
    const report = makeSearchOffline(site);
    const wrapped = readdirSync(join(site, 'pagefind'), { recursive: true }) as string[];
    expect(report.files).toBe(wrapped.filter((f) => FETCHED.test(f)).length);
    expect(wrapped.filter((f) => FETCHED.test(f)).every((f) => wrapped.includes(`${f}.js`))).toBe(true);

    const root = pathToFileURL(`${site}/`).href;
    for (const { url, lang, title } of PAGES) {
      const window = browserFor(`${root}${lang}/search/index.html?q=x`, lang);
      await new Promise<void>((onload, onerror) => window.document.head.append({ src: `${root}pagefind/pagefind-offline.js`, onload, onerror }));
      // What src/lib/search/engine.ts does with it from disk.
      const api = window.__dalilPagefind.api;
      await api.options({ baseUrl: '/', noWorker: true });
      await api.init();
      const found = await api.search(lang === 'ar' ? 'داعش' : 'desert');
      expect(found.results.length).toBe(1);
      const data = await found.results[0].data();
      expect(localUrl(root, data.url)).toBe(`${root}${url.slice(1)}`);
      expect(data.meta.title).toBe(title);
      // The search page reads fragments itself through the same registrations (src/lib/search/fragment.ts).
      const file = await window.__dalilPagefind.fetch(`${root}pagefind/fragment/${found.results[0].id}.pf_fragment`);
      const fragment = await parseFragment(new Uint8Array(await file.arrayBuffer()));
      expect(fragment.url).toBe(url);
      expect(fragment.meta?.title).toBe(title);
      expect(fragment.content).toBe(data.content);
    }
  });
});

describe('a search index in shards, from disk', () => {
  let sharded: string;
  const ARTICLES = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
  const page = (lang: string, title: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
  beforeAll(async () => {
    sharded = mkdtempSync(join(tmpdir(), 'dalil-shards-'));
    const write = (path: string, html: string) => {
      mkdirSync(join(sharded, path, '..'), { recursive: true });
      writeFileSync(join(sharded, path), html);
    };
    for (const id of ARTICLES) {
      write(`ar/articles/${id}/index.html`, page('ar', `مقال ${id}`, `قصف في البادية ${id}.`));
      write(`en/articles/${id}/index.html`, page('en', `Article ${id}`, `Shelling in the desert ${id}.`));
    }
    write('ar/places/badia/index.html', page('ar', 'البادية', 'البادية السورية'));
    write('en/places/badia/index.html', page('en', 'Badia', 'The Syrian desert'));
    write('ar/events/index.html', '<!doctype html><html lang="ar"><body><p>البادية: صفحة لا تفهرس</p></body></html>');
    const report = await buildSearchIndex(sharded, 2);
    expect(report.indexes).toBeGreaterThan(1);
    makeSearchOffline(sharded);
  }, 60_000);
  afterAll(() => rmSync(sharded, { recursive: true, force: true }));

  it('lists its shards, each without an engine of its own, and tags results in the main script', () => {
    const { shards } = JSON.parse(readFileSync(join(sharded, 'pagefind', SHARDS_FILE), 'utf8'));
    expect(shards.length).toBeGreaterThan(0);
    for (const s of shards) {
      const files = readdirSync(join(sharded, 'pagefind', s));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => /^(?:pagefind(?:-[\w-]+)?\.(?:js|css)$|wasm\.)/.test(f))).toEqual([]);
    }
    expect(readFileSync(join(sharded, 'pagefind/pagefind.js'), 'utf8')).toContain('dalilIndex:this.basePath');
  });

  it('finds every article across the joined shards, each result naming the index its fragment is in', async () => {
    const root = pathToFileURL(`${sharded}/`).href;
    const { shards } = JSON.parse(readFileSync(join(sharded, 'pagefind', SHARDS_FILE), 'utf8')) as { shards: string[] };
    for (const [lang, word] of [['ar', 'البادية'], ['en', 'desert']] as const) {
      const window = browserFor(`${root}${lang}/search/index.html`, lang);
      await new Promise<void>((onload, onerror) => window.document.head.append({ src: `${root}pagefind/pagefind-offline.js`, onload, onerror }));
      const api = window.__dalilPagefind.api;
      await api.options({ baseUrl: '/', noWorker: true });
      await api.init();
      for (const s of shards) await api.mergeIndex(`${root}pagefind/${s}`, { baseUrl: '/' });
      const found = await api.search(word);
      const urls: string[] = [];
      const indexes = new Set<string>();
      for (const r of found.results) {
        indexes.add(r.dalilIndex);
        const file = await window.__dalilPagefind.fetch(`${new URL(r.dalilIndex, `${root}pagefind/`).href}fragment/${r.id}.pf_fragment`);
        urls.push((await parseFragment(new Uint8Array(await file.arrayBuffer()))).url);
      }
      expect(urls.sort()).toEqual([...ARTICLES.map((id) => `/${lang}/articles/${id}/index.html`), `/${lang}/places/badia/index.html`].sort());
      expect(indexes.size).toBe(shards.length + 1);
    }
  });
});
