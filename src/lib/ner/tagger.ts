import { L, LABELS, hashFeature } from './labels.ts';
import { viterbi } from './viterbi.ts';
import { FeatureExtractor } from './features.ts';
import { readModel, type ModelData, type Stage } from './model.ts';

/** One stage ready to score: feature hash → row through an open-addressing table, weights scaled to floats. */
class Scorer {
  private readonly slots: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly mask: number;
  private readonly w: Float32Array;
  readonly trans: Float64Array;
  /** Scores of a word's own features, by word (they do not depend on context). */
  private readonly byWord = new Map<string, Float64Array>();

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
    this.w = new Float32Array(stage.weights.length);
    for (let i = 0; i < this.w.length; i++) this.w[i] = stage.weights[i]! * stage.scale;
    this.trans = Float64Array.from(stage.transitions);
  }

  private row(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const r = this.slots[i]!;
      if (r === -1 || this.hashes[r] === h) return r;
      i = (i + 1) & this.mask;
    }
  }

  add(e: Float64Array, at: number, features: readonly string[]): void {
    for (const f of features) {
      const r = this.row(hashFeature(f));
      if (r < 0) continue;
      const b = r * L;
      for (let l = 0; l < L; l++) e[at + l]! += this.w[b + l]!;
    }
  }

  local(word: string, features: () => string[]): Float64Array {
    let e = this.byWord.get(word);
    if (!e) {
      e = new Float64Array(L);
      this.add(e, 0, features());
      if (this.byWord.size > 100_000) this.byWord.clear();
      this.byWord.set(word, e);
    }
    return e;
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
    let tags: string[][] | undefined;
    for (const scorer of this.scorers.slice(0, Math.max(1, stages))) {
      const parts = this.extractor.documentParts(doc, tags);
      tags = parts.map((sentence) => {
        const e = new Float64Array(sentence.length * L);
        sentence.forEach((t, i) => {
          const local = scorer.local(t.word, () => this.extractor.local(t.word, t.view));
          for (let l = 0; l < L; l++) e[i * L + l] = local[l]!;
          scorer.add(e, i * L, t.context);
        });
        return Array.from(viterbi(e, sentence.length, scorer.trans), (t) => LABELS[t]!);
      });
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
