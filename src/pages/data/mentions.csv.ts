import type { APIRoute } from 'astro';
import { siteModel } from '../../lib/site/index.ts';
import { mentionsCsv } from '../../lib/site/exports.ts';

export const GET: APIRoute = async () =>
  new Response(mentionsCsv(await siteModel()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
