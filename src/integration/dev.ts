/**
 * `astro dev` with search: the search page's script (`/_dalil/search.js`) is a classic script that imports the
 * client's source as a module, so Vite serves and reloads it; Pagefind's index cannot be built from the dev
 * server's pages (it indexes a built site), so `/pagefind/` serves the index of the last build from dist/. Without
 * one, the integration says so once, and the search page says search is unavailable.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { CLIENTS } from './client-bundle.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };

export function devSearch({ root, outDir, logger }: { root: string; outDir: string; logger: AstroIntegrationLogger }): Plugin {
  const index = join(outDir, 'pagefind');
  let warned = false;
  return {
    name: 'dalil:dev-search',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
        const client = CLIENTS.find((c) => path === `/${c.file}`);
        if (client) {
          const source = `/${relative(root, client.entry).split(sep).join('/')}`;
          res.setHeader('content-type', 'text/javascript');
          return void res.end(`window.__dalilDevServer = true;\nimport(${JSON.stringify(source)});\n`);
        }
        if (!path.startsWith('/pagefind/')) return next();
        const file = normalize(join(index, path.slice('/pagefind/'.length)));
        if (!file.startsWith(index + sep) || !existsSync(file) || !statSync(file).isFile()) {
          if (!warned) {
            warned = true;
            logger.warn(`search in astro dev uses the index of the last build, and ${index} has none: run \`npm run build\` once`);
          }
          res.statusCode = 404;
          return void res.end('no search index: run `npm run build` once');
        }
        res.setHeader('content-type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}
