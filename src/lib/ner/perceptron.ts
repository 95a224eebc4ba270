import { L, labelIndex } from './labels.ts';
import { viterbi } from './viterbi.ts';

/** A training sentence: per token the rows of its features (in the trainer's table) and the gold label. */
export interface TrainSentence {
  rows: Int32Array[];
  gold: Int32Array;
}

/** Seeded PRNG (mulberry32): the same seed gives the same training run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature hash → row, keeping only features seen at least `minCount` times in the training tokens. */
export function featureRows(hashes: Iterable<Uint32Array>, minCount: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const hs of hashes) for (const h of hs) counts.set(h, (counts.get(h) ?? 0) + 1);
  const rows = new Map<number, number>();
  for (const h of [...counts.keys()].sort((a, b) => a - b)) if (counts.get(h)! >= minCount) rows.set(h, rows.size);
  return rows;
}

export function toRows(hashes: Uint32Array, rows: Map<number, number>): Int32Array {
  const out: number[] = [];
  for (const h of hashes) {
    const r = rows.get(h);
    if (r !== undefined) out.push(r);
  }
  return Int32Array.from(out);
}

export function goldLabels(tags: readonly string[]): Int32Array {
  return Int32Array.from(tags.map(labelIndex));
}

/** Emission scores of a sentence: n × L. */
export function emissions(rows: Int32Array[], w: ArrayLike<number>): Float64Array {
  const e = new Float64Array(rows.length * L);
  rows.forEach((fs, i) => {
    const o = i * L;
    for (const r of fs) {
      const b = r * L;
      for (let l = 0; l < L; l++) e[o + l]! += w[b + l]!;
    }
  });
  return e;
}

/**
 * Averaged structured perceptron (Collins 2002) with Viterbi decoding over BIO transitions. Sentences are visited
 * in a seeded random order each epoch; weights are averaged over every step (lazy averaging).
 */
export function trainPerceptron(data: TrainSentence[], nRows: number, opts: { epochs: number; seed: number; log?: (s: string) => void }) {
  const w = new Float64Array(nRows * L);
  const acc = new Float64Array(nRows * L);
  const t = new Float64Array((L + 1) * L);
  const tacc = new Float64Array((L + 1) * L);
  const rand = prng(opts.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const si of order) {
      const s = data[si]!;
      const n = s.gold.length;
      const pred = viterbi(emissions(s.rows, w), n, t);
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (const r of s.rows[i]!) {
            w[r * L + g]! += 1;
            acc[r * L + g]! += c;
            w[r * L + p]! -= 1;
            acc[r * L + p]! -= c;
          }
        }
        const gf = i ? s.gold[i - 1]! : L;
        const pf = i ? pred[i - 1]! : L;
        if (gf !== pf || g !== p) {
          t[gf * L + g]! += 1;
          tacc[gf * L + g]! += c;
          t[pf * L + p]! -= 1;
          tacc[pf * L + p]! -= c;
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} token errors`);
  }
  for (let i = 0; i < w.length; i++) w[i] = w[i]! - acc[i]! / c;
  for (let i = 0; i < t.length; i++) t[i] = t[i]! - tacc[i]! / c;
  return { weights: w, transitions: t };
}
