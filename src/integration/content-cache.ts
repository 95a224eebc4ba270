/**
 * Astro's content layer caches the entries it loaded (`data-store.json`) by path. When the content folder changes
 * (`DALIL_CONTENT_DIR`: the tests and benchmarks build from folders of their own), the cache would still point
 * at the other folder's files, and the build fails on a file that is gone or shows articles that are not in this
 * corpus. The integration remembers the folder it last built from and drops the cache when it differs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../lib/ingest/config.ts';

/** Returns whether the cache was dropped. */
export function dropStaleContentCache(root: string, cacheDirs: string[]): boolean {
  const current = contentDir(root);
  let dropped = false;
  for (const dir of cacheDirs) {
    const marker = join(dir, 'dalil-content-dir');
    const last = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
    if (last !== current) {
      for (const file of ['data-store.json', 'content-modules.mjs', 'content-assets.mjs']) {
        if (existsSync(join(dir, file))) {
          rmSync(join(dir, file), { force: true });
          dropped = true;
        }
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(marker, current);
    }
  }
  return dropped;
}
