import { L, LABELS } from './labels.ts';
import { FeatureExtractor } from './features.ts';
import { featureRows, goldLabels, toRows, trainPerceptron } from './perceptron.ts';
import { Tagger } from './tagger.ts';
import type { ConllSentence } from './conll.ts';
import type { ModelData, Stage } from './model.ts';
import type { NerLexicon } from './lexicon.ts';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Sentences per document window. */
  window: number;
  /** Features seen fewer times in the training tokens are dropped. */
  minCount: number;
  /** Jackknife folds that give the second stage first-pass tags of the training data; 0 = one stage only. */
  stackFolds: number;
  log?: (s: string) => void;
}

export const DEFAULTS: Omit<TrainOptions, 'log'> = { epochs: 20, seed: 11, window: 15, minCount: 2, stackFolds: 4 };

/** Hashed features of sentences, document window by document window (with first-pass tags for a second stage). */
export function hashedFeatures(sentences: ReadonlyArray<ConllSentence>, lex: NerLexicon, window: number, firstPass?: string[][]): Uint32Array[][] {
  const fx = new FeatureExtractor(lex);
  const out: Uint32Array[][] = [];
  for (let i = 0; i < sentences.length; i += window) {
    const doc = sentences.slice(i, i + window).map((s) => s.tokens);
    out.push(...fx.documentHashes(doc, firstPass?.slice(i, i + window)));
  }
  return out;
}

/** One perceptron stage over hashed features; weights quantised to 16 bits, zero rows dropped. */
export function trainStage(sentences: ReadonlyArray<ConllSentence>, feats: Uint32Array[][], opts: TrainOptions): Stage {
  const rows = featureRows(feats.flat(), opts.minCount);
  const data = feats.map((s, i) => ({ rows: s.map((h) => toRows(h, rows)), gold: goldLabels(sentences[i]!.tags) }));
  const { weights, transitions } = trainPerceptron(data, rows.size, opts);
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const keys: number[] = [];
  const kept: number[] = [];
  const hashes = [...rows.keys()];
  for (let r = 0; r < hashes.length; r++) {
    const q = Array.from({ length: L }, (_, l) => Math.round(weights[r * L + l]! / scale));
    if (q.some((x) => x !== 0)) keys.push(hashes[r]!), kept.push(...q);
  }
  opts.log?.(`stage: ${rows.size} features seen ≥ ${opts.minCount} times, ${keys.length} with a weight`);
  return { keys: Uint32Array.from(keys), weights: Int16Array.from(kept), transitions: Float32Array.from(transitions), scale };
}

/**
 * Trains the tagger: a first stage on the features of each token, and (with `stackFolds`) a second stage that also
 * reads the first stage's tags of the document. The second stage learns from first-pass tags of the training data
 * made by jackknifing (each block tagged by a first stage trained without it), so that they are as wrong as at run time.
 */
export function trainModel(sentences: ReadonlyArray<ConllSentence>, baseLex: NerLexicon, opts: TrainOptions, provenance: Record<string, unknown> = {}): ModelData {
  const lex = { ...baseLex, frequent: stemCounts(sentences, baseLex) };
  const header = { labels: LABELS, lexicon: lex, window: opts.window, stages: [], provenance };
  const feats = hashedFeatures(sentences, lex, opts.window);
  const first = trainStage(sentences, feats, opts);
  if (opts.stackFolds < 2) return { header, stages: [first] };
  const windows = Math.ceil(sentences.length / opts.window);
  const firstPass: string[][] = [];
  for (let k = 0; k < opts.stackFolds; k++) {
    const from = Math.round((windows * k) / opts.stackFolds) * opts.window;
    const to = Math.min(sentences.length, Math.round((windows * (k + 1)) / opts.stackFolds) * opts.window);
    const rest = [...sentences.slice(0, from), ...sentences.slice(to)];
    const stage = trainStage(rest, [...feats.slice(0, from), ...feats.slice(to)], { ...opts, log: undefined });
    const tagger = new Tagger({ header, stages: [stage] });
    firstPass.push(...tagger.tagSentences(sentences.slice(from, to).map((s) => s.tokens)));
  }
  const second = trainStage(sentences, hashedFeatures(sentences, lex, opts.window, firstPass), opts);
  return { header, stages: [first, second] };
}

/** Stems seen at least twice in the training tokens, with a frequency bucket. */
function stemCounts(sentences: ReadonlyArray<ConllSentence>, lex: NerLexicon): Array<[string, string]> {
  const fx = new FeatureExtractor(lex);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s.tokens) counts.set(fx.stemOf(t), (counts.get(fx.stemOf(t)) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, n]) => [k, n >= 20 ? 'c' : n >= 5 ? 'b' : 'a']);
}
