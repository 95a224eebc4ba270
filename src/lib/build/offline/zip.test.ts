import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { packageOffline } from './package.ts';
import { writeZip } from './zip.ts';

/**
 * Reads an archive back the way unzip tools do, written here (not by the library under test): from the end of
 * central directory record (through the ZIP64 one when present), each entry's sizes and offset from the ZIP64
 * extra field where the 32-bit fields say 0xFFFFFFFF.
 */
function readZip(file: string): { entries: Map<string, Buffer>; zip64: boolean } {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const locator = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]), end);
  const zip64 = locator >= 0 && locator === end - 20;
  if (zip64) {
    const record = Number(zip.readBigUInt64LE(locator + 8));
    expect(zip.readUInt32LE(record)).toBe(0x06064b50);
    count = Number(zip.readBigUInt64LE(record + 32));
    at = Number(zip.readBigUInt64LE(record + 48));
  }
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [flags, method, crc] = [zip.readUInt16LE(at + 8), zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16)];
    let [size, local] = [zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 42)];
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    // ZIP64 extra field (0x0001): uncompressed size, compressed size, local header offset, each only if 0xFFFFFFFF.
    for (let x = at + 46 + nameLength; x < at + 46 + nameLength + extraLength; x += 4 + zip.readUInt16LE(x + 2)) {
      if (zip.readUInt16LE(x) !== 0x0001) continue;
      let field = x + 4;
      const next = () => Number(zip.readBigUInt64LE((field += 8) - 8));
      if (zip.readUInt32LE(at + 24) === 0xffffffff) next();
      if (size === 0xffffffff) size = next();
      if (local === 0xffffffff) local = next();
    }
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(flags & 0x0800).toBe(0x0800);
    expect(crc32(data)).toBe(crc);
    entries.set(name, data);
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return { entries, zip64 };
}

const tmp = mkdtempSync(join(tmpdir(), 'dalil-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeZip', () => {
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
  const entries = [
    { name: 'ar/articles/مقال/index.html', data: Buffer.from('<p>داعش</p>'.repeat(200)) },
    { name: 'pagefind/wasm.ar.pagefind', data: random },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('writes entries that read back byte for byte: deflated, random, empty, Arabic names, files from disk', async () => {
    const onDisk = join(tmp, 'on-disk.css');
    writeFileSync(onDisk, 'body { margin: 0 }\n'.repeat(50));
    const file = join(tmp, 'a.zip');
    const r = await writeZip(file, [...entries, { name: 'styles/site.css', path: onDisk }]);
    expect(r).toEqual({ entries: 4, bytes: readFileSync(file).length });
    const back = readZip(file);
    expect(back.zip64).toBe(false);
    expect([...back.entries.keys()]).toEqual([...entries.map((e) => e.name), 'styles/site.css']);
    for (const e of entries) expect(back.entries.get(e.name)!.equals(e.data)).toBe(true);
    expect(back.entries.get('styles/site.css')!.equals(readFileSync(onDisk))).toBe(true);
    expect(r.bytes).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0));
  });

  it('writes ZIP64 records (what an archive over 4 GiB or 65,535 files needs) that read back the same', async () => {
    const file = join(tmp, 'zip64.zip');
    await writeZip(file, entries, { forceZip64: true });
    const back = readZip(file);
    expect(back.zip64).toBe(true);
    for (const e of entries) expect(back.entries.get(e.name)!.equals(e.data)).toBe(true);
  });

  it('leaves no file behind when an input cannot be read', async () => {
    const file = join(tmp, 'broken.zip');
    await expect(writeZip(file, [{ name: 'x', path: join(tmp, 'missing') }])).rejects.toThrow(/cannot write the ZIP file/);
    expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
  });
});

describe('packageOffline', () => {
  it('zips the site with a bilingual README.html at the root that leads to index.html', async () => {
    const site = join(tmp, 'site');
    mkdirSync(join(site, 'ar'), { recursive: true });
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'index.html'), '<a href="ar/index.html">ar</a>');
    writeFileSync(join(site, 'ar/index.html'), '<p>عربي</p>');
    writeFileSync(join(site, 'pagefind/pagefind-offline.js'), '');
    const report = await packageOffline(site, join(tmp, 'out/dalil-offline.zip'));
    const back = readZip(report.file).entries;
    expect([...back.keys()].sort()).toEqual(['README.html', 'ar/index.html', 'index.html', 'pagefind/pagefind-offline.js']);
    const readme = back.get('README.html')!.toString('utf8');
    expect(readme).toContain('<section lang="ar" dir="rtl">');
    expect(readme).toContain('<section lang="en" dir="ltr">');
    expect(readme).toContain('href="index.html"');
  });

  it('refuses a site that has not been through the offline step, with a hint', async () => {
    await expect(packageOffline(join(tmp, 'nothing'), join(tmp, 'x.zip'))).rejects.toThrow(/offline step/);
  });
});
