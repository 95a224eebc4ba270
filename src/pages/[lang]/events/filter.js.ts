import type { APIRoute } from 'astro';
import { collator, langOf, langs, otherLang } from '../../../i18n/index.ts';
import { siteData } from '../../../lib/site/content.ts';
import { chainNames, eventsData, type NameOf } from '../../../lib/site/events.ts';
import { scriptOf, timelineFilterData } from '../../../lib/site/timeline.ts';
import type { Entity } from '../../../lib/kb/schema.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/**
 * Every event's filter facets and the names the place and actor pickers offer, as a classic script (it loads from
 * disk too): `window.dalilTimeline`, loaded when a timeline filter is first used (src/lib/site/timeline.ts).
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const { entities } = await siteData();
  const { events } = await eventsData();
  const chain = chainNames(events);
  const name: NameOf = (id, l) => entities.get(id)?.data.name[l] ?? chain.get(id)?.[l];
  const lookup = (id: string) => entities.get(id)?.data as Entity | undefined;
  const data = timelineFilterData(events, lookup, lang, otherLang(lang), name, collator(lang).compare);
  return new Response(scriptOf('window.dalilTimeline', data), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
