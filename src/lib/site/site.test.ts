import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../kb/schema.ts';
import { ArticleEvent, type ArticleEntity } from '../extract/schema.ts';
import { buildSiteModel, type SiteArticle, type SiteModel } from './model.ts';
import { formatDangling } from './references.ts';
import { articleView } from './article-view.ts';
import { entityView, entityPageCount, ENTITY_PAGE_SIZE } from './entity-view.ts';
import { searchFacets, searchMeta } from './search-meta.ts';
import { typeIndexView, homeView } from './lists.ts';
import { sentenceStart } from './anchors.ts';

const entity = (x: EntityInput) => Entity.parse(x);
const ENTITIES = [
  entity({ id: 'syria', type: 'place', kind: 'country', name: { ar: 'سوريا', en: 'Syria' } }),
  entity({ id: 'douma', type: 'place', kind: 'city', name: { ar: 'دوما', en: 'Douma' }, parent: 'syria' }),
  entity({ id: 'islamic-state', type: 'organisation', name: { ar: 'تنظيم الدولة', en: 'Islamic State' }, aliases: { ar: ['داعش'], en: [] } }),
  entity({ id: 'sohr', type: 'organisation', name: { ar: 'المرصد السوري', en: 'SOHR' } }),
];

/** An article whose text is its sentences joined by spaces; mentions are given as [entity, sentence index, surface]. */
function article(id: string, date: string | null, source: string | null, sentences: string[], mentions: Array<[string, number, string]>): SiteArticle {
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) starts.push(at), (at += s.length + 1);
  const byEntity = new Map<string, ArticleEntity>();
  for (const [eid, i, text] of mentions) {
    const e = ENTITIES.find((x) => x.id === eid);
    const start = starts[i]! + sentences[i]!.indexOf(text);
    const entry = byEntity.get(eid) ?? { id: eid, type: e?.type ?? 'place', name: e?.name ?? { ar: eid, en: eid }, mentions: [] };
    entry.mentions.push({ text, start, end: start + text.length, sentence: sentences[i]! });
    byEntity.set(eid, entry);
  }
  return { id, title: sentences[0]!, date, source, url: null, author: null, origin: `corpus/${id}.txt`, sentences: starts, entities: [...byEntity.values()], events: [] };
}

const A1 = article('a1', '2018-04-08', 'Outlet A', ['هجوم في دوما', 'قال المرصد إن داعش هاجم دوما في سوريا.', 'وأضاف أن داعش انسحب.'], [
  ['douma', 0, 'دوما'], ['douma', 1, 'دوما'], ['syria', 1, 'سوريا'], ['islamic-state', 1, 'داعش'], ['islamic-state', 2, 'داعش'], ['sohr', 1, 'المرصد'],
]);
const A2 = article('a2', '2018-05-01', 'Outlet B', ['تنظيم الدولة في سوريا', 'هاجم تنظيم الدولة مواقع في سوريا.'], [
  ['islamic-state', 0, 'تنظيم الدولة'], ['islamic-state', 1, 'تنظيم الدولة'], ['syria', 0, 'سوريا'], ['syria', 1, 'سوريا'],
]);

function model(articles = [A1, A2], entities = ENTITIES): SiteModel {
  const { model, dangling } = buildSiteModel(articles, entities);
  if (!model) throw new Error(formatDangling(dangling));
  return model;
}

describe('the site model', () => {
  it('refuses dangling references once, naming each article and id', () => {
    const bad = { ...A1, id: 'a3', origin: 'corpus/a3.txt', entities: [...A1.entities, { ...A1.entities[0]!, id: 'nowhere' }] };
    bad.events = [ArticleEvent.parse({ id: 'ev1', type: 'attack', date: null, places: ['atlantis'], actors: [], fatalities: null, reportedBy: 'ghost', evidence: 'x', also: [], start: 0 })];
    const orphan = entity({ id: 'orphan', type: 'place', name: { ar: 'أ', en: 'O' }, parent: 'missing-parent' });
    const { model, dangling } = buildSiteModel([A1, bad], [...ENTITIES, orphan]);
    expect(model).toBeUndefined();
    expect(dangling.map((d) => `${d.from}:${d.field}:${d.id}`)).toEqual([
      'a3:entities:nowhere', 'a3:events[ev1].places:atlantis', 'a3:events[ev1].reportedBy:ghost', 'orphan:parent:missing-parent',
    ]);
    const message = formatDangling(dangling);
    expect(message).toMatch(/^4 references to unknown entities/);
    expect(message).toContain('a3 (corpus/a3.txt): entities → "nowhere"');
  });

  it('gives no page to an unreviewed entity no article names, unless a named one needs it as parent or merge target', () => {
    const found = (id: string, extra: Partial<EntityInput> = {}) => entity({ id, type: 'person', name: { ar: id, en: id }, unreviewed: true, ...extra });
    const stale = found('basam-sabagh');
    const kept = found('kept-reviewed', { reviewed: true });
    const region = entity({ id: 'region', type: 'place', name: { ar: 'منطقة', en: 'Region' }, unreviewed: true });
    const town = entity({ id: 'town', type: 'place', name: { ar: 'بلدة', en: 'Town' }, unreviewed: true, parent: 'region' });
    const target = found('target');
    const old = found('old', { mergedInto: 'target' });
    const withTown = article('a3', null, null, ['بلدة', 'في بلدة.'], [['town', 1, 'بلدة']]);
    const m = model([A1, withTown], [...ENTITIES, stale, kept, region, town, target, old]);
    expect([...m.entities.keys()].sort()).toEqual(['douma', 'islamic-state', 'kept-reviewed', 'region', 'sohr', 'syria', 'town']);
    expect(m.byType.person.map((e) => e.id)).toEqual(['kept-reviewed']);
    expect(m.merged.has('old')).toBe(false);
    const named = { ...A1, id: 'a4', entities: [...A1.entities, { id: 'target', type: 'person' as const, name: { ar: 'target', en: 'target' }, mentions: [A1.entities[0]!.mentions[0]!] }] };
    const m2 = model([named], [...ENTITIES, target, old]);
    expect(m2.entities.has('target')).toBe(true);
    expect(m2.merged.get('old')?.to.id).toBe('target');
  });

  it('orders articles newest first', () => {
    expect(model().articles.map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('finds the sentence that holds an offset', () => {
    expect(sentenceStart(A1, 0)).toBe(0);
    expect(sentenceStart(A1, A1.sentences[1]! + 3)).toBe(A1.sentences[1]);
    expect(sentenceStart(A1, 10_000)).toBe(A1.sentences[2]);
  });
});

describe('entity pages', () => {
  it('quote the most telling sentence of each article, marked, linked to its anchor, and count the others', () => {
    const v = entityView(model(), 'en', 'islamic-state');
    expect(v.backlinks.map((b) => b.article.id)).toEqual(['a2', 'a1']);
    const a1 = v.backlinks[1]!;
    expect(a1.quote.href).toBe(`/en/articles/a1/#s-${A1.sentences[1]}`);
    expect(a1.quote.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['داعش']);
    expect(a1.quote.parts.map((p) => p.text).join('')).toBe('قال المرصد إن داعش هاجم دوما في سوريا.');
    expect(a1.more).toBe('one more sentence in this article');
    expect(v.articlesLabel).toBe('2 articles');
  });

  it('rank related entities by shared articles, with the count in words', () => {
    const v = entityView(model(), 'ar', 'islamic-state');
    expect(v.related.map((r) => [r.id, r.count, r.label])).toEqual([
      ['syria', 2, 'ذُكرا معاً في مقالتين'], ['douma', 1, 'ذُكرا معاً في مقالة واحدة'], ['sohr', 1, 'ذُكرا معاً في مقالة واحدة'],
    ]);
  });

  it('group the forms of a name by the outlets that write them', () => {
    const v = entityView(model(), 'en', 'islamic-state');
    expect(v.framing.map((f) => [f.form, f.outlets.map((o) => `${o.outlet} ${o.countLabel}`)])).toEqual([
      ['تنظيم الدولة', ['Outlet B 2 times']],
      ['داعش', ['Outlet A 2 times']],
    ]);
  });

  it('link the chain of enclosing places, and translate type and sub-type', () => {
    const v = entityView(model(), 'ar', 'douma');
    expect(v.chain.map((c) => [c.id, c.name, c.href])).toEqual([['syria', 'سوريا', '/ar/places/syria/']]);
    expect([v.typeLabel, v.kindLabel]).toEqual(['مكان', 'مدينة']);
  });

  it('map a place without a position of its own on the nearest enclosing place that has one, and say so', () => {
    const places = [
      ...ENTITIES.filter((e) => e.id !== 'douma'),
      entity({ id: 'douma', type: 'place', kind: 'city', name: { ar: 'دوما', en: 'Douma' }, parent: 'syria', coords: { lat: 33.57, lon: 36.4 } }),
      entity({ id: 'old-douma', type: 'place', kind: 'neighbourhood', name: { ar: 'دوما القديمة', en: 'Old Douma' }, parent: 'douma' }),
      entity({ id: 'nowhere-town', type: 'place', kind: 'town', name: { ar: 'بلدة', en: 'Somewhere' }, parent: 'syria' }),
      entity({ id: 'atlantis', type: 'place', kind: 'town', name: { ar: 'أطلانطس', en: 'Atlantis' } }),
      entity({ id: 'united-states', type: 'place', kind: 'country', name: { ar: 'الولايات المتحدة', en: 'United States of America' } }),
      entity({ id: 'somewhere-us', type: 'place', kind: 'city', name: { ar: 'مدينة', en: 'Springfield' }, parent: 'united-states' }),
    ];
    const site = model([A1, A2], places);
    const own = entityView(site, 'en', 'douma').map!;
    expect([own.label, own.caption, own.view.dot !== undefined, own.view.country]).toEqual(['Map: Douma', undefined, true, 'Syria']);
    // The neighbourhood: Douma's dot, with a caption naming both.
    const within = entityView(site, 'en', 'old-douma').map!;
    expect(within.view).toEqual(own.view);
    expect(within.caption).toBe('Old Douma lies within Douma: the map shows Douma, as no coordinates are recorded for Old Douma');
    expect(within.label).toBe('Map: Douma');
    expect(entityView(site, 'ar', 'old-douma').map!.caption).toBe('دوما القديمة ضمن دوما؛ تعرض الخريطة دوما، إذ لا إحداثيات مسجّلة لموقع دوما القديمة');
    // A town no source locates, in a country: the country's outline, no dot.
    const country = entityView(site, 'en', 'nowhere-town').map!;
    expect([country.view.country, country.view.dot, country.caption?.startsWith('Somewhere lies within Syria')]).toEqual(['Syria', undefined, true]);
    // Nothing encloses it, or only a country too large to place it: no map rather than a made-up or useless one.
    expect(entityView(site, 'en', 'atlantis').map).toBeUndefined();
    expect(entityView(site, 'en', 'united-states').map?.view.wide).toBe(true);
    expect(entityView(site, 'en', 'somewhere-us').map).toBeUndefined();
  });

  it('page the sentences when many articles name an entity', () => {
    const many = Array.from({ length: ENTITY_PAGE_SIZE * 2 + 1 }, (_, i) =>
      article(`m${String(i).padStart(3, '0')}`, `2019-01-${String((i % 28) + 1).padStart(2, '0')}`, null, [`سوريا ${i}`], [['syria', 0, 'سوريا']]),
    );
    const site = model(many);
    expect(entityPageCount(site, 'syria')).toBe(3);
    const p3 = entityView(site, 'en', 'syria', 3);
    expect(p3.backlinks).toHaveLength(1);
    expect(p3.pager.newer).toBe('/en/places/syria/2/');
    expect(p3.pager.older).toBeUndefined();
    expect(entityView(site, 'en', 'syria', 1).pager.older).toBe('/en/places/syria/2/');
  });

  it('gives each page of an entity its own sentences and pager over the parts all its pages share', () => {
    const many = Array.from({ length: ENTITY_PAGE_SIZE + 5 }, (_, i) =>
      article(`m${String(i).padStart(3, '0')}`, `2019-02-${String((i % 28) + 1).padStart(2, '0')}`, null, [`سوريا ${i}`], [['syria', 0, 'سوريا']]),
    );
    const site = model(many);
    const p1 = entityView(site, 'en', 'syria', 1);
    const p2 = entityView(site, 'en', 'syria', 2);
    // Another entity and language in between, then the same page again: the same view.
    entityView(site, 'ar', 'syria', 1);
    entityView(site, 'en', 'islamic-state', 1);
    expect(entityView(site, 'en', 'syria', 2)).toEqual(p2);
    expect(p2.backlinks.map((b) => b.article.id)).not.toEqual(p1.backlinks.map((b) => b.article.id));
    expect(p2.backlinks).toHaveLength(5);
    expect(p2.pager.newer).toBe('/en/places/syria/');
    expect(p1.pager.older).toBe('/en/places/syria/2/');
    const { backlinks: _b1, pager: _p1, ...shared1 } = p1;
    const { backlinks: _b2, pager: _p2, ...shared2 } = p2;
    expect(shared2).toEqual(shared1);
    expect(entityView(site, 'ar', 'syria', 2).name).toBe('سوريا');
  });
});

describe('article pages', () => {
  it('list the entities named, most mentioned first, with an abstract in the page language', () => {
    const v = articleView(model(), 'en', A1);
    expect(v.entities.map((e) => [e.id, e.countLabel])).toEqual([
      ['douma', '2 mentions'], ['islamic-state', '2 mentions'], ['sohr', '1 mention'], ['syria', '1 mention'],
    ]);
    expect(v.namesLine).toBe('It names 2 organisations and 2 places.');
    expect(v.outlet).toBe('Outlet A');
    expect(v.glossed).toBe(true);
    expect(articleView(model(), 'ar', A1).glossed).toBe(false);
  });
});

describe('search facets', () => {
  it('are the same records on the page and in the search page menus', () => {
    const site = model();
    const page = searchMeta(site, 'en', { kind: 'article', id: 'a1', entities: A1.entities.map((e) => site.entities.get(e.id)!), source: A1.source, date: A1.date });
    // An article page is of type `article` whatever it names (a type filter narrows to that kind of page).
    expect(page.facets).toEqual({ type: ['article'], source: ['Outlet A'], year: ['2018'], event: [] });
    const all = { type: ['article', 'organisation', 'place'], source: ['Outlet A', 'Outlet B'], year: ['2018'], event: [] };
    expect(searchFacets(site, 'en')).toEqual(all);
    expect(searchFacets(site, 'ar')).toEqual(all);
  });
});

describe('lists', () => {
  it('sort a type index by the reader’s collation, with counts', () => {
    const v = typeIndexView(model(), 'ar', 'organisation');
    expect(v.entities.map((e) => [e.name, e.countLabel])).toEqual([['المرصد السوري', 'مقالة واحدة'], ['تنظيم الدولة', 'مقالتان']]);
    expect(v.totalLabel).toBe('منظمتان');
  });
  it('put the most-mentioned entities and the latest articles on the home page', () => {
    const v = homeView(model(), 'en');
    expect(v.mostMentioned.slice(0, 2).map((e) => e.id)).toEqual(['islamic-state', 'syria']);
    expect(v.latest.map((a) => a.id)).toEqual(['a2', 'a1']);
  });
});

describe('type index pages', () => {
  it('page a long list in collation order, each page link naming its first and last entry', async () => {
    const { LIST_PAGE_SIZE, typeIndexPageCount } = await import('./lists.ts');
    const people = Array.from({ length: LIST_PAGE_SIZE + 3 }, (_, i) =>
      entity({ id: `p${i}`, type: 'person', name: { ar: `شخص ${String(i).padStart(4, '0')}`, en: `Person ${String(i).padStart(4, '0')}` } }),
    );
    const site = model([A1], [...ENTITIES, ...people]);
    expect(typeIndexPageCount(site, 'person')).toBe(2);
    const p2 = typeIndexView(site, 'en', 'person', 2);
    expect(p2.entities.map((e) => e.name)).toEqual(['Person 0500', 'Person 0501', 'Person 0502']);
    expect(p2.pager.links.map((l) => [l.label, l.href])).toEqual([
      ['Person 0000 – Person 0499', '/en/people/'],
      ['Person 0500 – Person 0502', '/en/people/page/2/'],
    ]);
    expect(p2.totalLabel).toBe('503 people');
  });
});

describe('curation marks', () => {
  it('give merged and not-an-entity files no page; a merged id redirects; a reference to one dangles', () => {
    const old = entity({ id: 'old-is', type: 'organisation', name: { ar: 'داعش', en: 'ISIS' }, mergedInto: 'islamic-state' });
    const noise = entity({ id: 'noise', type: 'person', name: { ar: 'س', en: 'S' }, notAnEntity: true });
    const site = model([A1, A2], [...ENTITIES, old, noise]);
    expect(site.entities.has('old-is')).toBe(false);
    expect(site.entities.has('noise')).toBe(false);
    expect(site.merged.get('old-is')?.to.id).toBe('islamic-state');
    expect(site.byType.person).toEqual([]);
    const stale = { ...A1, id: 'stale', entities: [{ ...A1.entities[0]!, id: 'old-is' }] };
    expect(buildSiteModel([stale], [...ENTITIES, old]).dangling.map((d) => d.id)).toEqual(['old-is']);
  });
});

describe('pagers', () => {
  it('link the first, the last and the pages around the current one only', async () => {
    const { shownPages } = await import('./pager.ts');
    expect(shownPages(1, 3)).toEqual([1, 2, 3]);
    expect(shownPages(50, 250)).toEqual([1, 47, 48, 49, 50, 51, 52, 53, 250]);
    expect(shownPages(250, 250)).toEqual([1, 247, 248, 249, 250]);
  });
});
