/**
 * Rebuilds only the search page's script (`_dalil/search.js`, src/integration/client-bundle.ts) into a built site,
 * to try a change to src/lib/search/ on a large site (one `bench:search --keep` left) without building it again:
 * `npm run search:client -- --site=DIR [--no-minify]` (unminified: a profile with names, profile-search.ts).
 */
import { resolve } from 'node:path';
import { bundleSearchClient } from '../src/integration/client-bundle.ts';
import { commandLineOrExit } from '../src/lib/cli/run.ts';

const { values } = commandLineOrExit('search:client', 'usage: npm run search:client -- --site=DIR [--no-minify]', process.argv.slice(2), {
  site: { type: 'string' },
  'no-minify': { type: 'boolean' },
});
if (!values.site) {
  console.error('search:client: --site=DIR is required (a built site, e.g. the one `npm run bench:search -- --keep` left)');
  process.exit(2);
}
const { file, bytes } = await bundleSearchClient(process.cwd(), resolve(values.site), { minify: !values['no-minify'] });
console.log(`search:client: ${file} (${(bytes / 1024).toFixed(1)} KB${values['no-minify'] ? ', not minified' : ''}) in ${resolve(values.site)}`);
