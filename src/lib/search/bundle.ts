import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

let cached: string | undefined;

/**
 * The search client (client.ts with the shared Arabic normaliser) as one classic script, inlined into the search
 * page: a module script would not run from disk (file://), and the normaliser must be the one ingest uses.
 */
export function searchClientScript(): string {
  cached ??= buildSync({
    // Resolved from the project root: this module itself is bundled into the build output.
    entryPoints: [resolve(process.cwd(), 'src/lib/search/client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'dalilQuery',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
  }).outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return cached;
}
