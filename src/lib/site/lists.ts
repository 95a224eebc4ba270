import { collator, t, type Lang } from '../../i18n/index.ts';
import type { EntityType } from '../kb/schema.ts';
import { entityTypes } from '../kb/schema.ts';
import type { SiteModel } from './model.ts';
import { articleRef, entityRef, kindLabel, type ArticleRef, type EntityRef } from './refs.ts';
import { urls } from './urls.ts';

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
  entities: ListedEntity[];
  description: string;
}

function listed(site: SiteModel, lang: Lang, id: string): ListedEntity {
  const ref = entityRef(site, lang, id);
  const count = site.articleCount(id);
  return { ...ref, count, countLabel: t(lang, 'count.articles', { count }), kindLabel: kindLabel(lang, site.entities.get(id)!.kind) };
}

export function typeIndexView(site: SiteModel, lang: Lang, type: EntityType): TypeIndexView {
  const sort = collator(lang);
  const entities = site.byType[type].map((e) => listed(site, lang, e.id)).sort((a, b) => sort.compare(a.name, b.name));
  return {
    type,
    title: t(lang, `type.${type}.many`),
    totalLabel: t(lang, `count.${type}`, { count: entities.length }),
    entities,
    description: t(lang, 'meta.list', { type: t(lang, `type.${type}.many`) }),
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
