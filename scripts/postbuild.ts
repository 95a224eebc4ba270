/** After `astro build`: the search index. */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
const report = await buildSearchIndex(site);
console.error(`dalil postbuild: search index over ${report.pages} pages`);
