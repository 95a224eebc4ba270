import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A reference to an entity no file defines fails `astro build` once, naming the article and the id — pages no
 * longer drop such links silently (src/lib/site/references.ts).
 */
describe('a dangling entity reference', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-dangling-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the build with one message naming the article and the id', () => {
    const content = join(dir, 'content');
    cpSync(resolve('src/content/entities'), join(content, 'entities'), { recursive: true });
    mkdirSync(join(content, 'articles'));
    const source = readFileSync(resolve('src/content/articles/004_10c41ccd1338e6c9.mdx'), 'utf8');
    // The article names Sweden; its entity file is gone (renamed by hand, say).
    rmSync(join(content, 'entities', 'sweden.yaml'));
    writeFileSync(join(content, 'articles', 'retreat.mdx'), source);
    const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, DALIL_CONTENT_DIR: content, FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    const out = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(out).toContain('004_10c41ccd1338e6c9');
    expect(out).toMatch(/entities → "sweden" has no entity file/);
    expect(out).toMatch(/events\[[^\]]+\]\.places → "sweden"/);
    expect(out.match(/references? to unknown entities/g)).toHaveLength(1);
    expect(out).toContain('npm run ingest');
  }, 120_000);
});
