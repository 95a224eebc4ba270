import { L, LABELS, hashFeature } from './labels.ts';
import { FeatureExtractor } from './features.ts';
import { featureRows, goldLabels, toRows, trainPerceptron } from './perceptron.ts';
import type { ConllSentence } from './conll.ts';
import type { ModelData, ModelHeader } from './model.ts';
import type { NerLexicon } from './lexicon.ts';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Sentences per document window. */
  window: number;
  /** Features seen fewer times in the training tokens are dropped. */
  minCount: number;
  log?: (s: string) => void;
}

export const DEFAULTS: Omit<TrainOptions, 'log'> = { epochs: 12, seed: 11, window: 15, minCount: 2 };

/** Hashed features of sentences, document window by document window. */
export function hashedFeatures(sentences: ReadonlyArray<ConllSentence>, lex: NerLexicon, window: number): Uint32Array[][] {
  const fx = new FeatureExtractor(lex);
  const out: Uint32Array[][] = [];
  for (let i = 0; i < sentences.length; i += window) {
    const doc = sentences.slice(i, i + window).map((s) => s.tokens);
    for (const s of fx.document(doc)) out.push(s.map((fs) => Uint32Array.from(fs, hashFeature)));
  }
  return out;
}

/** Trains a model on tagged sentences; the result is what `writeModel` stores and `Tagger` runs. */
export function trainModel(sentences: ReadonlyArray<ConllSentence>, lex: NerLexicon, opts: TrainOptions, provenance: Record<string, unknown> = {}, hashed?: Uint32Array[][]): ModelData {
  const feats = hashed ?? hashedFeatures(sentences, lex, opts.window);
  const rows = featureRows(feats.flat(), opts.minCount);
  opts.log?.(`${rows.size} features (seen ≥ ${opts.minCount} times)`);
  const data = feats.map((s, i) => ({ rows: s.map((h) => toRows(h, rows)), gold: goldLabels(sentences[i]!.tags) }));
  const { weights, transitions } = trainPerceptron(data, rows.size, opts);
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const keptKeys: number[] = [];
  const kept: number[] = [];
  const hashes = [...rows.keys()];
  for (let r = 0; r < hashes.length; r++) {
    const q = Array.from({ length: L }, (_, l) => Math.round(weights[r * L + l]! / scale));
    if (q.some((x) => x !== 0)) keptKeys.push(hashes[r]!), kept.push(...q);
  }
  opts.log?.(`${keptKeys.length} features with a non-zero weight`);
  const header: ModelHeader = { labels: LABELS, lexicon: lex, window: opts.window, scale, provenance };
  return { header, keys: Uint32Array.from(keptKeys), weights: Int16Array.from(kept), transitions: Float32Array.from(transitions) };
}
