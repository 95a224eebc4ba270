import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dropStaleContentCache } from './content-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => void delete process.env.DALIL_CONTENT_DIR);

const store = () => {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'data-store.json'), '{}');
};

describe('dropStaleContentCache', () => {
  it('keeps the cache while the content folder stays the same, drops it when the folder changes', () => {
    store();
    expect(dropStaleContentCache(root, [cache])).toBe(true); // no folder remembered yet
    store();
    expect(dropStaleContentCache(root, [cache])).toBe(false);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
    process.env.DALIL_CONTENT_DIR = join(root, 'other-content');
    expect(dropStaleContentCache(root, [cache])).toBe(true);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
  });
});
