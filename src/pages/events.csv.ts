import type { APIRoute } from 'astro';
import type { Entity } from '../lib/kb/schema.ts';
import { siteData } from '../lib/site/content.ts';
import { eventsData } from '../lib/site/events.ts';
import { eventsCsv } from '../lib/site/events-export.ts';

/** `/events.csv`: one row per merged event, ACLED-like columns (see src/lib/site/events-export.ts). */
export const GET: APIRoute = async () => {
  const { entities } = await siteData();
  const { events } = await eventsData();
  return new Response(eventsCsv(events, (id) => entities.get(id)?.data as Entity | undefined), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
