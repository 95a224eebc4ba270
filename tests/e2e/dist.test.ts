import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks } from '../../src/lib/site/check/links.ts';
import { heaviestByKind, pageWeights, PAGE_BUDGET } from '../../src/lib/site/check/weight.ts';

/** The built test site as files: no browser needed. */
describe('the built site as files', () => {
  const site = inject('siteDir');
  const html = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(site, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => !f.startsWith('pagefind/'));

  it('has no broken internal link or anchor, sentence anchors included', () => {
    expect(html.length).toBeGreaterThan(100);
    expect(brokenLinks(site, html)).toEqual([]);
    const entityPage = readFileSync(join(site, 'en/organisations/islamic-state/index.html'), 'utf8');
    expect(entityPage).toMatch(/href="[^"]*articles\/[^"]+#s-\d+"/);
  });

  it('keeps every page within 60 KB of HTML, CSS and JS, compressed', () => {
    const weights = pageWeights(site, html);
    expect(weights.filter((w) => w.total > PAGE_BUDGET).map((w) => w.file)).toEqual([]);
    expect(heaviestByKind(weights).map((w) => w.kind)).toEqual(expect.arrayContaining(['article', 'entity', 'list', 'home', 'search', '404']));
  });

  it('has a 404 page, a sitemap with both languages, robots.txt and the data files', () => {
    expect(existsSync(join(site, '404.html'))).toBe(true);
    const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/ar/articles/004_10c41ccd1338e6c9/');
    expect(sitemap).toContain('hreflang="en"');
    expect(sitemap).not.toContain('/404/');
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toMatch(/Sitemap: .*sitemap-index\.xml/);
    const mentions = readFileSync(join(site, 'data/mentions.csv'), 'utf8');
    expect(mentions.split('\n')[0]).toBe('\uFEFFentity,article,date,source,start,end,text,sentence');
    const entities = JSON.parse(readFileSync(join(site, 'data/entities.json'), 'utf8'));
    expect(entities.find((e: { id: string }) => e.id === 'islamic-state').articles).toBeGreaterThan(0);
  });
});
