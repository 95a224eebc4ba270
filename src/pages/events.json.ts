import type { APIRoute } from 'astro';
import { eventsData } from '../lib/site/events.ts';
import { eventsJson } from '../lib/site/events-export.ts';

/** `/events.json`: every merged event with its reports. */
export const GET: APIRoute = async () => {
  const { events } = await eventsData();
  return new Response(eventsJson(events), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
