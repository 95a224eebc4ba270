import type { APIRoute } from 'astro';
import { langs, otherLang, type Lang } from '../../../i18n/index.ts';
import { siteData } from '../../../lib/site/content.ts';
import type { EntityRow } from '../../../lib/search/ui/entity-picker.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/**
 * The entities the search page can filter by, as a classic script (it loads from disk too):
 * `window.dalilEntities = [[name in this language, id, name in the other language], …]`, loaded when the entity
 * filter is first used (src/lib/search/ui/entity-picker.ts).
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const other = otherLang(lang);
  const { entities } = await siteData();
  const list: EntityRow[] = [...entities.values()]
    .map((e): EntityRow => [e.data.name[lang], e.data.id, e.data.name[other]])
    .sort((a, b) => a[0].localeCompare(b[0], lang));
  const json = JSON.stringify(list).replace(/</g, '\\u003c');
  return new Response(`window.dalilEntities = ${json};\n`, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
