/**
 * The offline step, run after the search index: one `dist/` that works over http and opened from disk.
 * See site.ts (links), pagefind.ts (search) and zip.ts (the package).
 */
import { resolve } from 'node:path';
import { makeSiteOffline, type OfflineSiteReport } from './site.ts';
import { makeSearchOffline, type OfflineSearchReport } from './pagefind.ts';

export { localLink, type SiteFiles } from './urls.ts';
export { makeSiteOffline } from './site.ts';
export { makeSearchOffline, PAGEFIND_VERSION } from './pagefind.ts';

export interface OfflineReport {
  site: OfflineSiteReport;
  search: OfflineSearchReport;
  /** Wall time of the whole step, in milliseconds. */
  ms: number;
}

/** Rewrites the links of the built site in `siteDir` and adds the offline search files. */
export function makeOffline(siteDir: string): OfflineReport {
  const start = performance.now();
  const dir = resolve(siteDir);
  const site = makeSiteOffline(dir);
  const search = makeSearchOffline(dir);
  return { site, search, ms: performance.now() - start };
}
