import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { DalilError } from '../kb/errors.ts';
import { L } from './labels.ts';
import type { NerLexicon } from './lexicon.ts';

/**
 * The model file (`data/ner/model.bin`), little-endian:
 *   'DNER' · u32 version · u32 header bytes · header JSON (UTF-8, padded with spaces to 4 bytes)
 *   · u32 feature count N · u32[N] feature hashes, sorted · i16[N × L] weights (× header.scale) · f32[(L+1) × L] transitions
 * The header holds the labels, the lexicon the features read, the document window and the provenance. Loading maps
 * the arrays in place (features are found by binary search), so it costs little more than reading the file.
 */
export interface ModelHeader {
  labels: readonly string[];
  lexicon: NerLexicon;
  /** Sentences per document window when the input has no document boundaries (CoNLL). */
  window: number;
  scale: number;
  provenance: Record<string, unknown>;
}

export interface ModelData {
  header: ModelHeader;
  keys: Uint32Array;
  weights: Int16Array;
  transitions: Float32Array;
}

const MAGIC = 0x524e4544; // 'DNER'
const VERSION = 1;

export function writeModel(file: string, header: ModelHeader, keys: Uint32Array, weights: Int16Array, transitions: Float32Array): number {
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - (json.length % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const head = Buffer.alloc(16);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(keys.length, 0);
  const wbytes = Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength);
  const wpad = Buffer.alloc((4 - (wbytes.length % 4)) % 4);
  const parts = [head.subarray(0, 12), json, count, Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), wbytes, wpad,
    Buffer.from(transitions.buffer, transitions.byteOffset, transitions.byteLength)];
  const out = Buffer.concat(parts);
  writeFileSync(file + '.tmp', out);
  renameSync(file + '.tmp', file);
  return out.length;
}

export function readModel(file: string): ModelData {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    throw new DalilError(`cannot read the tagger model: ${(err as Error).message}`, { file }, 'run `npm run train:ner` to make it');
  }
  const bad = (why: string) => new DalilError(`not a Dalil tagger model (${why})`, { file }, 'run `npm run train:ner` to make it again');
  if (buf.length < 16 || buf.readUInt32LE(0) !== MAGIC) throw bad('wrong magic number');
  if (buf.readUInt32LE(4) !== VERSION) throw bad(`version ${buf.readUInt32LE(4)}, expected ${VERSION}`);
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  if (header.labels.length !== L) throw bad('label set differs');
  // Typed arrays need aligned offsets: copy once if the buffer is not 4-byte aligned.
  const ab = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  let off = 12 + hlen;
  const n = ab.readUInt32LE(off);
  off += 4;
  const expected = off + n * 4 + Math.ceil((n * L * 2) / 4) * 4 + (L + 1) * L * 4;
  if (ab.length !== expected) throw bad(`size ${ab.length}, expected ${expected}`);
  const keys = new Uint32Array(ab.buffer, ab.byteOffset + off, n);
  off += n * 4;
  const weights = new Int16Array(ab.buffer, ab.byteOffset + off, n * L);
  off += Math.ceil((n * L * 2) / 4) * 4;
  const transitions = new Float32Array(ab.buffer, ab.byteOffset + off, (L + 1) * L);
  return { header, keys, weights, transitions };
}
