import { locales, sourceLang, type Lang } from '../../i18n/index.ts';
import type { EntityType } from '../kb/schema.ts';
import type { SiteModel } from './model.ts';
import { entityOf } from './refs.ts';
import { urls } from './urls.ts';

/** A mention in an article body: the link to the entity's page and, on pages in another language, a gloss. */
export interface MentionView {
  href: string;
  type: EntityType;
  /** The entity's name in the page language, shown after the mention on pages not in the article's language. */
  gloss: { name: string; lang: Lang; dir: 'rtl' | 'ltr' } | undefined;
}

export function mentionView(site: SiteModel, lang: Lang, id: string): MentionView {
  const e = entityOf(site, id);
  return {
    href: urls.entity(lang, e.type, id),
    type: e.type,
    gloss: lang === sourceLang ? undefined : { name: e.name[lang], lang, dir: locales[lang].dir },
  };
}
