import { L, LABELS, hashFeature } from './labels.ts';
import { viterbi } from './viterbi.ts';
import { FeatureExtractor } from './features.ts';
import { readModel, type ModelData } from './model.ts';

/** A loaded tagger: tags documents (lists of tokenised sentences) with ANERcorp's BIO tags. */
export class Tagger {
  readonly header: ModelData['header'];
  private readonly keys: Uint32Array;
  private readonly weights: Int16Array;
  private readonly trans: Float64Array;
  private readonly extractor: FeatureExtractor;

  constructor(model: ModelData) {
    this.header = model.header;
    this.keys = model.keys;
    this.weights = model.weights;
    this.trans = Float64Array.from(model.transitions);
    this.extractor = new FeatureExtractor(model.header.lexicon);
  }

  static load(file: string): Tagger {
    return new Tagger(readModel(file));
  }

  private row(h: number): number {
    const k = this.keys;
    let lo = 0;
    let hi = k.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = k[mid]!;
      if (v < h) lo = mid + 1;
      else if (v > h) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Tags of every token of one document. */
  tagDocument(doc: ReadonlyArray<readonly string[]>): string[][] {
    const feats = this.extractor.document(doc);
    const scale = this.header.scale;
    return feats.map((sentence) => {
      const n = sentence.length;
      const e = new Float64Array(n * L);
      sentence.forEach((fs, i) => {
        for (const f of fs) {
          const r = this.row(hashFeature(f));
          if (r < 0) continue;
          for (let l = 0; l < L; l++) e[i * L + l]! += this.weights[r * L + l]! * scale;
        }
      });
      return Array.from(viterbi(e, n, this.trans), (t) => LABELS[t]!);
    });
  }

  /** Tags sentences with no document boundaries (CoNLL): consecutive windows of the model's window size. */
  tagSentences(sentences: ReadonlyArray<readonly string[]>): string[][] {
    const out: string[][] = [];
    const w = this.header.window;
    for (let i = 0; i < sentences.length; i += w) out.push(...this.tagDocument(sentences.slice(i, i + w)));
    return out;
  }
}
