import { collator, t, type Lang } from '../../i18n/index.ts';
import type { EntityType } from '../kb/schema.ts';
import { entityTypes } from '../kb/schema.ts';
import type { SiteModel } from './model.ts';
import { articleRef, entityRef, kindLabel, type ArticleRef, type EntityRef } from './refs.ts';
import { urls } from './urls.ts';
import { pager, pageCount, type PagerView } from './pager.ts';

export interface ListedEntity extends EntityRef {
  count: number;
  countLabel: string;
  kindLabel: string | undefined;
}

/** A per-type index: every entity of the type in the reader's collation order, with article counts. */
export interface TypeIndexView {
  type: EntityType;
  title: string;
  totalLabel: string;
  /** This page's entities (all of them on a site with up to LIST_PAGE_SIZE). */
  entities: ListedEntity[];
  description: string;
  /** Pages in collation order, each labelled by its first and last name. */
  pager: PagerView;
  total: number;
}

/** Entities per page of a type index: about 20 KB compressed, so the list stays light at 10,000 articles. */
export const LIST_PAGE_SIZE = 500;

export function typeIndexPageCount(site: SiteModel, type: EntityType): number {
  return pageCount(site.byType[type].length, LIST_PAGE_SIZE);
}

function listed(site: SiteModel, lang: Lang, id: string): ListedEntity {
  const ref = entityRef(site, lang, id);
  const count = site.articleCount(id);
  return { ...ref, count, countLabel: t(lang, 'count.articles', { count }), kindLabel: kindLabel(lang, site.entities.get(id)!.kind) };
}

const sortedCache = new WeakMap<SiteModel, Map<string, ListedEntity[]>>();
function sorted(site: SiteModel, lang: Lang, type: EntityType): ListedEntity[] {
  let cache = sortedCache.get(site);
  if (!cache) sortedCache.set(site, (cache = new Map()));
  let list = cache.get(`${lang}:${type}`);
  if (!list) {
    const sort = collator(lang);
    list = site.byType[type].map((e) => listed(site, lang, e.id)).sort((a, b) => sort.compare(a.name, b.name));
    cache.set(`${lang}:${type}`, list);
  }
  return list;
}

export function typeIndexView(site: SiteModel, lang: Lang, type: EntityType, page = 1): TypeIndexView {
  const all = sorted(site, lang, type);
  const pages = pageCount(all.length, LIST_PAGE_SIZE);
  const slice = (n: number) => all.slice((n - 1) * LIST_PAGE_SIZE, n * LIST_PAGE_SIZE);
  const view = pager(lang, page, pages, (n) => urls.typeIndexPage(lang, type, n));
  // Pages of a dictionary: each link names the first and last entry it holds.
  for (const link of view.links) {
    const items = slice(link.page);
    link.label = `${items[0]?.name ?? ''} – ${items.at(-1)?.name ?? ''}`;
  }
  return {
    type,
    title: t(lang, `type.${type}.many`),
    totalLabel: t(lang, `count.${type}`, { count: all.length }),
    entities: slice(page),
    description: t(lang, 'meta.list', { type: t(lang, `type.${type}.many`) }),
    pager: view,
    total: all.length,
  };
}

export interface HomeView {
  types: Array<{ type: EntityType; href: string; title: string; countLabel: string }>;
  latest: ArticleRef[];
  articlesLabel: string;
  mostMentioned: ListedEntity[];
}

const LATEST = 12;
const MOST = 12;

export function homeView(site: SiteModel, lang: Lang): HomeView {
  const ranked = [...site.entities.keys()]
    .filter((id) => site.articleCount(id) > 0)
    .sort((a, b) => site.articleCount(b) - site.articleCount(a) || a.localeCompare(b))
    .slice(0, MOST);
  return {
    types: entityTypes.map((type) => ({
      type,
      href: urls.typeIndex(lang, type),
      title: t(lang, `type.${type}.many`),
      countLabel: t(lang, `count.${type}`, { count: site.byType[type].length }),
    })),
    latest: site.articles.slice(0, LATEST).map((a) => articleRef(lang, a)),
    articlesLabel: t(lang, 'count.articles', { count: site.articles.length }),
    mostMentioned: ranked.map((id) => listed(site, lang, id)),
  };
}
