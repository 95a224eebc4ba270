import type { APIRoute } from 'astro';
import { langOf, langs } from '../../../../i18n/index.ts';
import { siteData } from '../../../../lib/site/content.ts';
import { chainNames, eventsData, type NameOf } from '../../../../lib/site/events.ts';
import { scriptJson, timelinePage, timelinePageCount, timelineRow } from '../../../../lib/site/timeline.ts';

export async function getStaticPaths() {
  const { events } = await eventsData();
  const pages = timelinePageCount(events);
  return langs.flatMap((lang) => Array.from({ length: pages }, (_, i) => ({ params: { lang, n: String(i + 1) } })));
}

/**
 * The cards of timeline page n as data, a classic script (it loads from disk too): the timeline's filters load
 * the pages that hold matching events (src/lib/site/ui/timeline-element.ts).
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const n = Number(params.n);
  const { entities } = await siteData();
  const { events } = await eventsData();
  const chain = chainNames(events);
  const name: NameOf = (id, l) => entities.get(id)?.data.name[l] ?? chain.get(id)?.[l];
  const rows = timelinePage(events, n).map((e) => timelineRow(e, lang, name));
  return new Response(`(window.dalilTimelineRows ||= {})[${n}] = ${scriptJson(rows)};\n`, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
