import { L, allowed } from './labels.ts';

/** Transition scores: row `from` (L = sentence start), column `to`; a disallowed move is -Infinity. */
export type Transitions = Float64Array | Float32Array;

const MASK = (() => {
  const m = new Float64Array((L + 1) * L);
  for (let f = 0; f <= L; f++) for (let t = 0; t < L; t++) m[f * L + t] = allowed(f === L ? -1 : f, t) ? 0 : -Infinity;
  return m;
})();

/**
 * The best tag sequence under emission scores (n × L, row-major) and first-order transitions, with BIO
 * constraints: no I- tag after O, after another type, or at the start.
 */
export function viterbi(emit: Float64Array, n: number, trans: Transitions): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let t = 0; t < L; t++) score[t] = emit[t]! + trans[L * L + t]! + MASK[L * L + t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < L; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let f = 0; f < L; f++) {
        const s = score[(i - 1) * L + f]! + trans[f * L + t]! + MASK[f * L + t]!;
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
