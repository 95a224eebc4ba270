/** After `astro build`: the search index, then the offline step (relative links, search from disk). */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { makeOffline } from '../src/lib/build/offline/index.ts';
import { parseCommandLine, runScript } from '../src/lib/cli/run.ts';

await runScript('dalil postbuild', 'usage: node scripts/postbuild.ts [<site-dir>]', async () => {
  const site = resolve(parseCommandLine(process.argv.slice(2), {}).positionals[0] ?? 'dist');
  const index = await buildSearchIndex(site);
  console.error(`dalil postbuild: search index over ${index.pages} pages`);
  const { site: pages, search, ms } = makeOffline(site);
  const missing = pages.missing.length;
  for (const line of pages.missing.slice(0, 20)) console.error(`  broken link: ${line}`);
  if (missing > 20) console.error(`  … and ${missing - 20} more broken links`);
  for (const problem of pages.problems) console.error(problem.format());
  console.error(
    `dalil postbuild: offline copy: ${pages.rewritten} files rewritten (${pages.html} pages, ${pages.css} stylesheets; ` +
      `${pages.links} links, ${missing} broken), ${search.files} search files wrapped, in ${Math.round(ms)} ms`,
  );
  if (pages.problems.length) {
    console.error(`dalil postbuild: ${pages.problems.length} problems: the site would not work opened from disk`);
    return 1;
  }
});
