import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { DalilError } from '../kb/errors.ts';
import { L } from './labels.ts';
import type { NerLexicon } from './lexicon.ts';

/**
 * The model file (`data/ner/model.bin`), little-endian:
 *   'DNER' · u32 version · u32 header bytes · header JSON (UTF-8, padded with spaces to 4 bytes)
 *   · per stage (N = header.stages[i].features): u32[N] feature hashes, sorted · i16[N × L] weights (× scale),
 *     padded to 4 bytes · f32[(L+1) × L] transitions (row L = sentence start)
 * The header holds the labels, the lexicon the features read, the document window and the provenance. Loading maps
 * the arrays in place (features are found by binary search), so it costs little more than reading the file.
 */
export interface ModelHeader {
  labels: readonly string[];
  lexicon: NerLexicon;
  /** Sentences per document window when the input has no document boundaries (CoNLL). */
  window: number;
  /** Per stage (the first pass, then the second pass that reads it): feature count and weight scale. */
  stages: Array<{ features: number; scale: number }>;
  provenance: Record<string, unknown>;
}

export interface Stage {
  keys: Uint32Array;
  weights: Int16Array;
  transitions: Float32Array;
  scale: number;
}

export interface ModelData {
  header: ModelHeader;
  stages: Stage[];
}

const MAGIC = 0x524e4544; // 'DNER'
const VERSION = 2;

export function writeModel(file: string, model: ModelData): number {
  const header: ModelHeader = { ...model.header, stages: model.stages.map((st) => ({ features: st.keys.length, scale: st.scale })) };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  json = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const head = Buffer.alloc(12);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const parts: Buffer[] = [head, json];
  for (const st of model.stages) {
    const w = bytes(st.weights);
    parts.push(bytes(st.keys), w, Buffer.alloc((4 - (w.length % 4)) % 4), bytes(st.transitions));
  }
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
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw bad('wrong magic number');
  if (buf.readUInt32LE(4) !== VERSION) throw bad(`version ${buf.readUInt32LE(4)}, expected ${VERSION}`);
  const hlen = buf.readUInt32LE(8);
  let header: ModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  } catch {
    throw bad('unreadable header');
  }
  if (header.labels?.length !== L || !header.stages?.length) throw bad('label set or stages differ');
  // Typed arrays need aligned offsets: copy once if the buffer is not 4-byte aligned.
  const ab = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  let off = 12 + hlen;
  const expected = off + header.stages.reduce((n, st) => n + st.features * 4 + Math.ceil((st.features * L * 2) / 4) * 4 + (L + 1) * L * 4, 0);
  if (ab.length !== expected) throw bad(`size ${ab.length}, expected ${expected}`);
  const stages = header.stages.map((st) => {
    const n = st.features;
    const keys = new Uint32Array(ab.buffer, ab.byteOffset + off, n);
    off += n * 4;
    const weights = new Int16Array(ab.buffer, ab.byteOffset + off, n * L);
    off += Math.ceil((n * L * 2) / 4) * 4;
    const transitions = new Float32Array(ab.buffer, ab.byteOffset + off, (L + 1) * L);
    off += (L + 1) * L * 4;
    return { keys, weights, transitions, scale: st.scale };
  });
  return { header, stages };
}
