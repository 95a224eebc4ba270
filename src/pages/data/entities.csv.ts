import type { APIRoute } from 'astro';
import { siteModel } from '../../lib/site/index.ts';
import { entitiesCsv } from '../../lib/site/exports.ts';

export const GET: APIRoute = async () =>
  new Response(entitiesCsv(await siteModel()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
