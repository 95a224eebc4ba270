import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap (@astrojs/sitemap) lists them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('sitemap-index.xml', site).href}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
