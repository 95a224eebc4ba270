import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { packageOffline } from './package.ts';
import { writeZip } from './zip.ts';

/** Reads an archive back the way unzip tools do: from the central directory at the end. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [flags, method, crc, size] = [zip.readUInt16LE(at + 8), zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20)];
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(flags & 0x0800).toBe(0x0800);
    expect(crc32(data)).toBe(crc);
    out.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'dalil-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeZip', () => {
  it('writes entries that read back byte for byte: deflated, stored, empty, Arabic names', () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
    const entries = [
      { name: 'ar/articles/مقال/index.html', data: Buffer.from('<p>داعش</p>'.repeat(200)) },
      { name: 'pagefind/wasm.ar.pagefind', data: random },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    const file = join(tmp, 'a.zip');
    const r = writeZip(file, entries);
    expect(r).toEqual({ entries: 3, bytes: readFileSync(file).length });
    const back = readZip(file);
    expect([...back.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(back.get(e.name)!.equals(e.data)).toBe(true);
    expect(r.bytes).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0));
  });
});

describe('packageOffline', () => {
  it('zips the site with a bilingual README.html at the root that leads to index.html', () => {
    const site = join(tmp, 'site');
    mkdirSync(join(site, 'ar'), { recursive: true });
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'index.html'), '<a href="ar/index.html">ar</a>');
    writeFileSync(join(site, 'ar/index.html'), '<p>عربي</p>');
    writeFileSync(join(site, 'pagefind/pagefind-offline.js'), '');
    const report = packageOffline(site, join(tmp, 'out/dalil-offline.zip'));
    const back = readZip(report.file);
    expect([...back.keys()].sort()).toEqual(['README.html', 'ar/index.html', 'index.html', 'pagefind/pagefind-offline.js']);
    const readme = back.get('README.html')!.toString('utf8');
    expect(readme).toContain('<section lang="ar" dir="rtl">');
    expect(readme).toContain('<section lang="en" dir="ltr">');
    expect(readme).toContain('href="index.html"');
  });

  it('refuses a site that has not been through the offline step, with a hint', () => {
    expect(() => packageOffline(join(tmp, 'nothing'), join(tmp, 'x.zip'))).toThrow(/offline step/);
  });
});
