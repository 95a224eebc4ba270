/** The offline package: the built site and a bilingual README.html, in one ZIP file. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DalilError } from '../../kb/errors.ts';
import { offlineReadme } from './readme.ts';
import { indexSite } from './site.ts';
import { writeZip, type ZipEntry } from './zip.ts';

export interface PackageReport {
  file: string;
  entries: number;
  bytes: number;
}

/** Zips the built site in `siteDir` (after the offline step) into `zipFile`, README.html at the root. */
export async function packageOffline(siteDir: string, zipFile: string): Promise<PackageReport> {
  const site = resolve(siteDir);
  const offlineSearch = join(site, 'pagefind', 'pagefind-offline.js');
  if (!existsSync(offlineSearch)) {
    throw new DalilError('the site has not been through the offline step', { file: offlineSearch }, 'run `npm run build` first');
  }
  const { files } = indexSite(site);
  const entries: ZipEntry[] = [
    { name: 'README.html', data: Buffer.from(offlineReadme()) },
    ...files.map((name) => ({ name, path: join(site, name) })),
  ];
  mkdirSync(dirname(resolve(zipFile)), { recursive: true });
  return { file: zipFile, ...(await writeZip(zipFile, entries)) };
}
