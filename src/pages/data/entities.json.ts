import type { APIRoute } from 'astro';
import { siteModel } from '../../lib/site/index.ts';
import { entitiesJson } from '../../lib/site/exports.ts';

export const GET: APIRoute = async () =>
  new Response(entitiesJson(await siteModel()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
