import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose output is part of an article file. */
const WRITER_PACKAGES = ['yaml', 'mdast-util-to-markdown', 'mdast-util-mdx'];

let cached: string | undefined;

/**
 * What else an article file is a function of besides its extraction: the MDX writer's source (src/lib/mdx)
 * and the versions of the serialisers it uses. A change to either rewrites every article on the next ingest.
 */
export function writerFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const mdx = join(import.meta.dirname, '../mdx');
  for (const name of readdirSync(mdx).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    hash.update(name).update(readFileSync(join(mdx, name)));
  }
  for (const pkg of WRITER_PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}`);
  return (cached = hash.digest('hex'));
}

/** A package's version, from the package.json above its entry point. */
function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '?';
    } catch {
      // no package.json at this level
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}
