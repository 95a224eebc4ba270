/**
 * The offline package's ZIP file, written by yazl (maintained, streaming, ZIP64 when an entry or the archive
 * passes 4 GiB or 65,535 files, UTF-8 names so Arabic file names survive). Files are streamed from disk, not held
 * in memory, and the archive is written beside its place and renamed, so a failed run leaves no half-written file.
 */
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { DalilError } from '../../kb/errors.ts';

export type ZipEntry =
  /** Path inside the archive, with `/` between folders; the bytes, or a file to read them from. */
  { name: string; data: Uint8Array } | { name: string; path: string };

export interface ZipOptions {
  modified?: Date;
  /** Write ZIP64 records even when the archive would not need them (tests, tools that want them). */
  forceZip64?: boolean;
}

/** Writes `entries` to `file` (deflated) and returns the number of entries and the archive's size. */
export async function writeZip(file: string, entries: Iterable<ZipEntry>, options: ZipOptions = {}): Promise<{ entries: number; bytes: number }> {
  const { modified = new Date(), forceZip64 = false } = options;
  const zip = new yazl.ZipFile();
  const fileOptions = { mtime: modified, mode: 0o100644, compress: true, compressionLevel: 9, forceZip64Format: forceZip64 };
  let count = 0;
  for (const entry of entries) {
    if ('path' in entry) zip.addFile(entry.path, entry.name, fileOptions);
    else zip.addBuffer(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength), entry.name, fileOptions);
    count++;
  }
  zip.end({ forceZip64Format: forceZip64, comment: '' });
  const partial = `${file}.partial`;
  // yazl reports an unreadable input on the ZipFile, not on its output stream: end the output with it.
  const output = zip.outputStream as NodeJS.ReadableStream & { destroy(err?: Error): void };
  zip.on('error', (err: Error) => output.destroy(err));
  try {
    await pipeline(output, createWriteStream(partial));
    renameSync(partial, file);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new DalilError(`cannot write the ZIP file: ${(err as Error).message}`, { file }, 'check that the folder is writable and the disk has room');
  }
  return { entries: count, bytes: statSync(file).size };
}
