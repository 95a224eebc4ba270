/**
 * A ZIP writer with no dependency: Node's zlib deflates and checksums, the format (PKWARE APPNOTE 6.3, without
 * ZIP64) is written here. Names are UTF-8 (flag bit 11), so Arabic file names survive.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { DalilError } from '../../kb/errors.ts';

export interface ZipEntry {
  /** Path inside the archive, with `/` between folders. */
  name: string;
  data: Uint8Array;
}

const UTF8 = 0x0800;
const LIMIT = 0xffffffff;

/** MS-DOS time and date, as ZIP stores them (local time, two-second steps). */
function dosDateTime(d: Date): [number, number] {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  const date = ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return [time, date];
}

/** Writes `entries` to `file` (deflated where that makes them smaller) and returns the archive's size. */
export function writeZip(file: string, entries: Iterable<ZipEntry>, modified = new Date()): { entries: number; bytes: number } {
  const [time, date] = dosDateTime(modified);
  const central: Buffer[] = [];
  const fd = openSync(file, 'w');
  let offset = 0;
  const write = (b: Uint8Array) => {
    writeSync(fd, b);
    offset += b.length;
  };
  try {
    for (const { name, data } of entries) {
      const nameBytes = Buffer.from(name, 'utf8');
      const deflated = deflateRawSync(data, { level: 9 });
      const stored = deflated.length >= data.length;
      const body = stored ? data : deflated;
      const crc = crc32(data);
      if (data.length >= LIMIT || offset + body.length >= LIMIT || central.length >= 0xffff) {
        throw new DalilError('the offline site is too big for a ZIP file without ZIP64 (4 GiB, 65,535 files)', { file }, 'ship the folder itself, or split the corpus');
      }
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(UTF8, 6);
      local.writeUInt16LE(stored ? 0 : 8, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      local.writeUInt16LE(0, 28);

      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, so the mode below is read
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(UTF8, 8);
      entry.writeUInt16LE(stored ? 0 : 8, 10);
      entry.writeUInt16LE(time, 12);
      entry.writeUInt16LE(date, 14);
      entry.writeUInt32LE(crc, 16);
      entry.writeUInt32LE(body.length, 20);
      entry.writeUInt32LE(data.length, 24);
      entry.writeUInt16LE(nameBytes.length, 28);
      entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      entry.writeUInt32LE(offset, 42);
      central.push(entry, nameBytes);

      write(local);
      write(nameBytes);
      write(body);
    }
    const start = offset;
    for (const b of central) write(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length / 2, 8);
    end.writeUInt16LE(central.length / 2, 10);
    end.writeUInt32LE(offset - start, 12);
    end.writeUInt32LE(start, 16);
    write(end);
    return { entries: central.length / 2, bytes: offset };
  } finally {
    closeSync(fd);
  }
}
