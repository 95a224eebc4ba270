/** What the timeline's filter scripts are made from (src/lib/site/timeline-filter.ts), once per build. */
import { siteData } from '../../../lib/site/content.ts';
import { chainNames, eventsData, type NameOf } from '../../../lib/site/events.ts';
import { timelineFilterIndex, type TimelineFilterIndex } from '../../../lib/site/timeline-filter.ts';
import type { Entity } from '../../../lib/kb/schema.ts';

export async function filterData(): Promise<{ index: TimelineFilterIndex; name: NameOf }> {
  const { entities } = await siteData();
  const { events } = await eventsData();
  const chain = chainNames(events);
  const name: NameOf = (id, l) => entities.get(id)?.data.name[l] ?? chain.get(id)?.[l];
  const lookup = (id: string) => entities.get(id)?.data as Entity | undefined;
  return { index: timelineFilterIndex(events, lookup), name };
}

export const script = (body: string) => new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
