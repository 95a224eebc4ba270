import { L, LABELS } from './labels.ts';
import { viterbi } from './viterbi.ts';
import { EDGE, NEAR_AT, FeatureExtractor, type SentenceView, type TokenHashes, type WordView } from './features.ts';
import { readModel, type ModelData } from './model.ts';

const NEAR = NEAR_AT.length;

/**
 * The weights of every stage in one table, so that one look-up of a feature serves all stages (the second stage
 * reads the first stage's features plus its own): feature hash → row through open addressing, and per row the
 * 16-bit weights of stage 0, then stage 1 (zeros where a stage lacks the feature). Scores are sums of these
 * integers, exact in any order, times each stage's scale.
 */
class Weights {
  /** Two ints a slot: the feature hash (as int32) and its row (−1: empty). */
  private readonly table: Int32Array;
  private readonly mask: number;
  readonly w: Int16Array;
  /** Weights per row: stages × L. */
  readonly stride: number;
  readonly scales: number[];
  readonly trans: Float64Array[];
  /** The scores of a missing neighbour, in NEAR's order. */
  readonly edge: Float64Array;

  constructor(model: ModelData) {
    const S = model.stages.length;
    this.stride = S * L;
    // The union of the stages' features (each stage's are sorted), merged in order.
    const union = mergeSorted(model.stages.map((st) => st.keys));
    this.w = new Int16Array(union.length * this.stride);
    model.stages.forEach((st, s) => {
      let u = 0;
      for (let r = 0; r < st.keys.length; r++) {
        while (union[u] !== st.keys[r]) u++;
        const b = u * this.stride + s * L;
        for (let l = 0; l < L; l++) this.w[b + l] = st.weights[r * L + l]!;
      }
    });
    // A load factor of at most 0.7: the table is read at random, so smaller is faster (it stays in cache).
    let size = 1;
    while (size * 0.7 < union.length) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    for (let i = 1; i < this.table.length; i += 2) this.table[i] = -1;
    for (let r = 0; r < union.length; r++) {
      const h = union[r]! | 0;
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
      while (this.table[2 * i + 1] !== -1) i = (i + 1) & this.mask;
      this.table[2 * i] = h;
      this.table[2 * i + 1] = r;
    }
    this.scales = model.stages.map((st) => st.scale);
    this.trans = model.stages.map((st) => Float64Array.from(st.transitions));
    this.edge = new Float64Array(NEAR * this.stride);
    EDGE.forEach((h, k) => this.add(this.edge, k * this.stride, this.stride, h, 0, h.length));
  }

  private row(hash: number): number {
    const h = hash | 0;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const r = this.table[2 * i + 1]!;
      if (r === -1 || this.table[2 * i] === h) return r;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds the first `width` weights (`stride`: every stage's; L: the first stage's) of features `hs[from .. to)`. */
  add(e: Float64Array, at: number, width: number, hs: Uint32Array, from: number, to: number): void {
    const w = this.w;
    for (let k = from; k < to; k++) {
      const r = this.row(hs[k]!);
      if (r < 0) continue;
      const b = r * this.stride;
      for (let l = 0; l < width; l++) e[at + l]! += w[b + l]!;
    }
  }

  /** Adds one stage's weights of features `hs[from .. to)` to `e[at .. at + L)`. */
  addStage(e: Float64Array, at: number, stage: number, hs: Uint32Array, from: number, to: number): void {
    const w = this.w;
    for (let k = from; k < to; k++) {
      const r = this.row(hs[k]!);
      if (r < 0) continue;
      const b = r * this.stride + stage * L;
      for (let l = 0; l < L; l++) e[at + l]! += w[b + l]!;
    }
  }

  /**
   * The word's scores: of its own features, then of the features it gives its neighbours (NEAR's order), `stride`
   * each. They do not depend on context, so they are summed once per word form and kept on its view (the extractor
   * that made the view belongs to this tagger).
   */
  word(v: WordView): Float64Array {
    let e = v.scores;
    if (!e) {
      const S = this.stride;
      e = new Float64Array((1 + NEAR) * S);
      this.add(e, 0, S, v.own, 0, v.own.length);
      for (let k = 0; k < NEAR; k++) {
        const near = v.near[k]!;
        this.add(e, (1 + k) * S, S, near, 0, near.length);
      }
      v.scores = e;
    }
    return e;
  }

  /**
   * The (unscaled) scores of a sentence's tokens from every feature but the stacked ones: n × stride, each token's
   * stage 0 scores, then stage 1's. `width` = L scores the first stage only.
   */
  sentence(s: SentenceView, width: number): Float64Array {
    const n = s.words.length;
    const S = this.stride;
    const e = new Float64Array(n * S);
    const scores = s.words.map((v) => this.word(v));
    for (let i = 0; i < n; i++) {
      const o = i * S;
      const own = scores[i]!;
      for (let l = 0; l < width; l++) e[o + l] = own[l]!;
      for (let k = 0; k < NEAR; k++) {
        const j = i + NEAR_AT[k]!;
        const inside = j >= 0 && j < n;
        const src = inside ? scores[j]! : this.edge;
        const b = inside ? (1 + k) * S : k * S;
        for (let l = 0; l < width; l++) e[o + l]! += src[b + l]!;
      }
      this.add(e, o, width, s.ctx, s.ctxAt[i]!, s.ctxAt[i + 1]!);
    }
    return e;
  }

  /** The best tags of a sentence at one stage, from its scores (with the stage's stacked features added). */
  decode(e: Float64Array, n: number, stage: number, stacked?: TokenHashes): Int32Array {
    const x = new Float64Array(n * L);
    const scale = this.scales[stage]!;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const from = i * this.stride + stage * L;
      for (let l = 0; l < L; l++) x[o + l] = e[from + l]!;
      if (stacked) this.addStage(x, o, stage, stacked.h, stacked.at[i]!, stacked.at[i + 1]!);
      for (let l = 0; l < L; l++) x[o + l]! *= scale;
    }
    return viterbi(x, n, this.trans[stage]!);
  }
}

/** The sorted union of sorted lists. */
function mergeSorted(lists: Uint32Array[]): Uint32Array {
  const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let n = 0;
  for (const l of lists) all.set(l, n), (n += l.length);
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[k - 1]) all[k++] = all[i]!;
  return all.slice(0, k);
}

/**
 * A loaded tagger: tags documents (lists of tokenised sentences) with ANERcorp's BIO tags. With two stages, the
 * second reads the first one's tags of the whole document (stacking).
 */
export class Tagger {
  readonly header: ModelData['header'];
  private readonly weights: Weights;
  private readonly stages: number;
  private readonly extractor: FeatureExtractor;

  constructor(model: ModelData) {
    this.header = model.header;
    this.weights = new Weights(model);
    this.stages = model.stages.length;
    this.extractor = new FeatureExtractor(model.header.lexicon);
  }

  static load(file: string): Tagger {
    return new Tagger(readModel(file));
  }

  /** Tags of every token of one document; `stages` = 1 runs the first stage only (faster, less accurate). */
  tagDocument(doc: ReadonlyArray<readonly string[]>, stages = this.stages): string[][] {
    const used = Math.min(this.stages, Math.max(1, stages));
    const sentences = this.extractor.prepare(doc);
    const scores = sentences.map((s) => this.weights.sentence(s, used === 1 ? L : this.weights.stride));
    let tags: string[][] | undefined;
    for (let stage = 0; stage < used; stage++) {
      const stacked = tags ? this.extractor.stacked(sentences, tags) : undefined;
      tags = sentences.map((s, si) => Array.from(this.weights.decode(scores[si]!, s.words.length, stage, stacked?.[si]), (t) => LABELS[t]!));
    }
    return tags!;
  }

  /** Tags sentences with no document boundaries (CoNLL): consecutive windows of the model's window size. */
  tagSentences(sentences: ReadonlyArray<readonly string[]>): string[][] {
    const out: string[][] = [];
    const w = this.header.window;
    for (let i = 0; i < sentences.length; i += w) out.push(...this.tagDocument(sentences.slice(i, i + w)));
    return out;
  }
}
