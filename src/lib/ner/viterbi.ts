import { L, allowed } from './labels.ts';

/** Transition scores: row `from` (L = sentence start), column `to`; a disallowed move is -Infinity. */
export type Transitions = Float64Array | Float32Array;

const MASK = (() => {
  const m = new Float64Array((L + 1) * L);
  for (let f = 0; f <= L; f++) for (let t = 0; t < L; t++) m[f * L + t] = allowed(f === L ? -1 : f, t) ? 0 : -Infinity;
  return m;
})();

/** Scratch tables, grown as needed (decoding is synchronous, so one pair serves every call). */
let score = new Float64Array(64 * L);
let back = new Int32Array(64 * L);

/**
 * The best tag sequence under emission scores (n × L, row-major) and first-order transitions, with BIO
 * constraints: no I- tag after O, after another type, or at the start.
 */
export function viterbi(emit: Float64Array, n: number, trans: Transitions): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (score.length < n * L) (score = new Float64Array(n * 2 * L)), (back = new Int32Array(n * 2 * L));
  for (let t = 0; t < L; t++) score[t] = emit[t]! + trans[L * L + t]! + MASK[L * L + t]!;
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * L;
    for (let t = 0; t < L; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let f = 0; f < L; f++) {
        const s = score[p + f]! + trans[f * L + t]! + MASK[f * L + t]!;
        if (s > best) (best = s), (arg = f);
      }
      score[i * L + t] = best + emit[i * L + t]!;
      back[i * L + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < L; t++) if (score[(n - 1) * L + t]! > best) (best = score[(n - 1) * L + t]!), (arg = t);
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}
