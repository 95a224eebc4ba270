/** `npm run package:offline`: the built site (see `npm run build`) as a ZIP a reader can open from a USB stick. */
import { packageOffline } from '../src/lib/build/offline/package.ts';
import { parseCommandLine, runScript } from '../src/lib/cli/run.ts';

await runScript('dalil package:offline', 'usage: npm run package:offline [-- <site-dir> [<zip>]]', async () => {
  const [site = 'dist', zip = 'dist-offline/dalil-offline.zip'] = parseCommandLine(process.argv.slice(2), {}).positionals;
  const r = await packageOffline(site, zip);
  console.error(`dalil package:offline: ${r.file}, ${r.entries} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
});
