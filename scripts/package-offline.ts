/** `npm run package:offline`: the built site (see `npm run build`) as a ZIP a reader can open from a USB stick. */
import { packageOffline } from '../src/lib/build/offline/package.ts';
import { DalilError } from '../src/lib/kb/errors.ts';

const [site = 'dist', zip = 'dist-offline/dalil-offline.zip'] = process.argv.slice(2);
try {
  const r = await packageOffline(site, zip);
  console.error(`dalil package:offline: ${r.file}, ${r.entries} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
} catch (err) {
  if (!(err instanceof DalilError)) throw err;
  console.error(err.format());
  process.exitCode = 1;
}
