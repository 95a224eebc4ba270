import * as pagefind from 'pagefind';

export interface SearchIndexReport {
  pages: number;
}

/**
 * Indexes the built site with Pagefind (one index per `<html lang>`) into `<site>/pagefind/`. Result URLs keep
 * their `index.html`, as every link on the site does (see offline/).
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
