import { formatDate, hasMessage, locales, otherLang, t, type Lang } from '../../i18n/index.ts';
import type { Entity, EntityType } from '../kb/schema.ts';
import type { SiteArticle, SiteModel } from './model.ts';
import { urls } from './urls.ts';

/** A name in the other site language, with the `lang`/`dir` it is shown in (and isolated by). */
export interface OtherName {
  name: string;
  lang: Lang;
  dir: 'rtl' | 'ltr';
}

/** An entity as a link: its name in the page language, the other-language name, its type's label. */
export interface EntityRef {
  id: string;
  type: EntityType;
  href: string;
  name: string;
  other: OtherName;
  typeLabel: string;
}

export interface ArticleRef {
  id: string;
  href: string;
  /** Article titles are in the source language (Arabic). */
  title: string;
  date: string | null;
  dateLabel: string;
  source: string | null;
}

/** The entity with this id; the model has checked every reference, so a miss is a bug and throws. */
export function entityOf(site: SiteModel, id: string): Entity {
  const e = site.entities.get(id);
  if (!e) throw new Error(`no entity "${id}" (references are checked when the site model is built)`);
  return e;
}

export function otherName(lang: Lang, name: { ar: string; en: string }): OtherName {
  const other = otherLang(lang);
  return { name: name[other], lang: other, dir: locales[other].dir };
}

export function entityRef(site: SiteModel, lang: Lang, id: string): EntityRef {
  const e = entityOf(site, id);
  return {
    id,
    type: e.type,
    href: urls.entity(lang, e.type, id),
    name: e.name[lang],
    other: otherName(lang, e.name),
    typeLabel: t(lang, `type.${e.type}.one`),
  };
}

export function dateLabel(lang: Lang, date: string | null): string {
  return date ? formatDate(lang, date) : t(lang, 'article.undated');
}

export function articleRef(lang: Lang, a: SiteArticle): ArticleRef {
  return { id: a.id, href: urls.article(lang, a.id), title: a.title, date: a.date, dateLabel: dateLabel(lang, a.date), source: a.source };
}

/** The translated sub-type (`kind.city` → «مدينة»), or undefined for a kind the message files do not name yet. */
export function kindLabel(lang: Lang, kind: string | undefined): string | undefined {
  const key = `kind.${kind}`;
  return kind && hasMessage(key) ? t(lang, key) : undefined;
}
