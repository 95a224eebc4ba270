import { L, LABELS } from './labels.ts';
import { viterbi } from './viterbi.ts';
import { EDGE, NEAR_AT, FeatureExtractor, type SentenceView, type TokenHashes, type WordView } from './features.ts';
import { readModel, type ModelData, type Stage } from './model.ts';

const NEAR = NEAR_AT.length;

/**
 * One stage ready to score: feature hash → row through an open-addressing table. Scores are sums of the file's
 * 16-bit weights, exact in any order, times the stage's scale.
 */
class Scorer {
  private readonly slots: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly mask: number;
  private readonly w: Int16Array;
  readonly scale: number;
  readonly trans: Float64Array;
  /**
   * Per word form: the scores of its own features, then of the features it gives its neighbours (NEAR's order),
   * L each. They do not depend on context, so a word's are summed once.
   */
  private readonly byWord = new Map<WordView, Float64Array>();
  /** The scores of a missing neighbour, in NEAR's order. */
  readonly edge: Float64Array;

  constructor(stage: Stage) {
    const n = stage.keys.length;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = stage.keys;
    for (let r = 0; r < n; r++) {
      let i = Math.imul(stage.keys[r]!, 0x9e3779b1) >>> 0 & this.mask;
      while (this.slots[i] !== -1) i = (i + 1) & this.mask;
      this.slots[i] = r;
    }
    this.w = stage.weights;
    this.scale = stage.scale;
    this.trans = Float64Array.from(stage.transitions);
    this.edge = new Float64Array(NEAR * L);
    EDGE.forEach((h, k) => this.add(this.edge, k * L, h, 0, h.length));
  }

  private row(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const r = this.slots[i]!;
      if (r === -1 || this.hashes[r] === h) return r;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds the weights of features `hs[from .. to)` to `e[at .. at + L)`. */
  add(e: Float64Array, at: number, hs: Uint32Array, from: number, to: number): void {
    const w = this.w;
    for (let k = from; k < to; k++) {
      const r = this.row(hs[k]!);
      if (r < 0) continue;
      const b = r * L;
      for (let l = 0; l < L; l++) e[at + l]! += w[b + l]!;
    }
  }

  /** The word's own and neighbour scores (see `byWord`). */
  word(v: WordView): Float64Array {
    let e = this.byWord.get(v);
    if (!e) {
      e = new Float64Array((1 + NEAR) * L);
      this.add(e, 0, v.own, 0, v.own.length);
      for (let k = 0; k < NEAR; k++) this.add(e, (1 + k) * L, v.near[k], 0, v.near[k].length);
      if (this.byWord.size > 50_000) this.byWord.clear();
      this.byWord.set(v, e);
    }
    return e;
  }

  /** Tags of one sentence. */
  tag(s: SentenceView, stacked?: TokenHashes): Int32Array {
    const n = s.words.length;
    const e = new Float64Array(n * L);
    const scores = s.words.map((v) => this.word(v));
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const own = scores[i]!;
      for (let l = 0; l < L; l++) e[o + l] = own[l]!;
      for (let k = 0; k < NEAR; k++) {
        const j = i + NEAR_AT[k]!;
        const src = j >= 0 && j < n ? scores[j]! : this.edge;
        const b = j >= 0 && j < n ? (1 + k) * L : k * L;
        for (let l = 0; l < L; l++) e[o + l]! += src[b + l]!;
      }
      this.add(e, o, s.ctx, s.ctxAt[i]!, s.ctxAt[i + 1]!);
      if (stacked) this.add(e, o, stacked.h, stacked.at[i]!, stacked.at[i + 1]!);
      for (let l = 0; l < L; l++) e[o + l]! *= this.scale;
    }
    return viterbi(e, n, this.trans);
  }
}

/**
 * A loaded tagger: tags documents (lists of tokenised sentences) with ANERcorp's BIO tags. With two stages, the
 * second reads the first one's tags of the whole document (stacking).
 */
export class Tagger {
  readonly header: ModelData['header'];
  private readonly scorers: Scorer[];
  private readonly extractor: FeatureExtractor;

  constructor(model: ModelData) {
    this.header = model.header;
    this.scorers = model.stages.map((s) => new Scorer(s));
    this.extractor = new FeatureExtractor(model.header.lexicon);
  }

  static load(file: string): Tagger {
    return new Tagger(readModel(file));
  }

  /** Tags of every token of one document; `stages` = 1 runs the first stage only (faster, less accurate). */
  tagDocument(doc: ReadonlyArray<readonly string[]>, stages = this.scorers.length): string[][] {
    const sentences = this.extractor.prepare(doc);
    let tags: string[][] | undefined;
    for (const scorer of this.scorers.slice(0, Math.max(1, stages))) {
      const stacked = tags ? this.extractor.stacked(sentences, tags) : undefined;
      tags = sentences.map((s, si) => Array.from(scorer.tag(s, stacked?.[si]), (t) => LABELS[t]!));
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
