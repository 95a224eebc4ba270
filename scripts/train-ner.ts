/**
 * Trains the Arabic tagger on ANERcorp's training split and writes data/ner/model.bin.
 *   npm run train:ner                       train on the whole split, write the model
 *   npm run train:ner -- --folds 5          k-fold cross-validation (contiguous folds), scored with conlleval.py
 * Options: --data FILE (default ../shared/ner/anercorp-train.conll) --out FILE --epochs N --seed N --window N
 * --min-count N --stack-folds N (0: no second stage) --fold I (run only fold I of --folds).
 */
import { readFileSync, writeFileSync, mkdtempSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConll, formatConll } from '../src/lib/ner/conll.ts';
import { buildLexicon } from '../src/lib/ner/lexicon.ts';
import { DEFAULTS, trainModel } from '../src/lib/ner/train.ts';
import { writeModel } from '../src/lib/ner/model.ts';
import { Tagger } from '../src/lib/ner/tagger.ts';
import { readNameLexicon } from '../src/lib/arabic/name-lexicon.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const dataFile = opt('data', '../shared/ner/anercorp-train.conll');
const out = opt('out', 'data/ner/model.bin');
const folds = Number(opt('folds', '0'));
const onlyFold = opt('fold', '');
const opts = {
  epochs: Number(opt('epochs', String(DEFAULTS.epochs))),
  seed: Number(opt('seed', String(DEFAULTS.seed))),
  window: Number(opt('window', String(DEFAULTS.window))),
  minCount: Number(opt('min-count', String(DEFAULTS.minCount))),
  stackFolds: Number(opt('stack-folds', String(DEFAULTS.stackFolds))),
  log: (s: string) => console.error(`  ${s}`),
};
const scorer = opt('scorer', '../shared/tools/conlleval.py');

const t0 = Date.now();
const sentences = parseConll(readFileSync(dataFile), dataFile);
const lex = buildLexicon('data', readNameLexicon('data/names').keys());
console.error(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.tokens.length, 0)} tokens; lexicon: ` +
  `${lex.names.length} gazetteer names, ${lex.given.length} name parts, ${lex.roles.length} roles`);

if (folds > 1) {
  const windows = Math.ceil(sentences.length / opts.window);
  const dir = mkdtempSync(join(tmpdir(), 'dalil-ner-cv-'));
  const results: Array<Record<string, number>> = [];
  for (let k = 0; k < folds; k++) {
    if (onlyFold && Number(onlyFold) !== k + 1) continue;
    const from = Math.round((windows * k) / folds) * opts.window;
    const to = Math.min(sentences.length, Math.round((windows * (k + 1)) / folds) * opts.window);
    const test = sentences.slice(from, to);
    const train = [...sentences.slice(0, from), ...sentences.slice(to)];
    console.error(`fold ${k + 1}/${folds}: test sentences ${from}–${to}`);
    const tagger = new Tagger(trainModel(train, lex, opts));
    const pred = tagger.tagSentences(test.map((s) => s.tokens));
    const gold = join(dir, `gold-${k + 1}.conll`);
    const sys = join(dir, `pred-${k + 1}.conll`);
    writeFileSync(gold, formatConll(test));
    writeFileSync(sys, formatConll(test.map((s, i) => ({ tokens: s.tokens, tags: pred[i]! }))));
    const report = execFileSync('python3', [scorer, gold, sys], { encoding: 'utf8' });
    const r: Record<string, number> = {};
    for (const m of report.matchAll(/^(\w+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)/gm)) r[m[1]!] = Number(m[4]);
    results.push(r);
    console.log(`fold ${k + 1}: micro F1 ${r.micro?.toFixed(3)}  PERS ${r.PERS?.toFixed(3)}  LOC ${r.LOC?.toFixed(3)}  ORG ${r.ORG?.toFixed(3)}`);
  }
  const mean = (k: string) => (results.reduce((s, r) => s + (r[k] ?? 0), 0) / results.length).toFixed(3);
  console.log(`mean (${results.length} folds): micro F1 ${mean('micro')}  PERS ${mean('PERS')}  LOC ${mean('LOC')}  ORG ${mean('ORG')}`);
  console.error(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
} else {
  const provenance = {
    data: 'ANERcorp training split (Benajiba et al.; CAMeL Lab split), CC BY-SA 4.0',
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
    command: 'npm run train:ner',
    epochs: opts.epochs,
    seed: opts.seed,
    minCount: opts.minCount,
    window: opts.window,
    stackFolds: opts.stackFolds,
  };
  const model = trainModel(sentences, lex, opts, provenance);
  const bytes = writeModel(out, model);
  console.error(`wrote ${out}: ${(bytes / 1e6).toFixed(1)} MB, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  statSync(out);
}
