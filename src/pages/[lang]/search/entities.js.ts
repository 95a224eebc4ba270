import type { APIRoute } from 'astro';
import { collator, langOf, langs, otherLang } from '../../../i18n/index.ts';
import { siteModel } from '../../../lib/site/index.ts';
import type { EntityRow } from '../../../lib/search/ui/entity-picker.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/**
 * The entities the search page can filter by, as a classic script (it loads from disk too):
 * `window.dalilEntities = [[name in this language, id, name in the other language], …]`, loaded when the entity
 * filter is first used (src/lib/search/ui/entity-picker.ts).
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const other = otherLang(lang);
  const sort = collator(lang);
  const list: EntityRow[] = [...(await siteModel()).entities.values()]
    .map((e): EntityRow => [e.name[lang], e.id, e.name[other]])
    .sort((a, b) => sort.compare(a[0], b[0]));
  const json = JSON.stringify(list).replace(/</g, '\\u003c');
  return new Response(`window.dalilEntities = ${json};\n`, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
