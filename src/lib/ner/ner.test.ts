import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DalilError } from '../kb/errors.ts';
import { parseConll, formatConll } from './conll.ts';
import { LABELS, L, allowed, labelIndex } from './labels.ts';
import { viterbi } from './viterbi.ts';
import { readModel, writeModel } from './model.ts';
import { trainModel, DEFAULTS } from './train.ts';
import { Tagger } from './tagger.ts';
import { spansOf, nerSentences } from './text.ts';
import type { NerLexicon } from './lexicon.ts';
import { FeatureExtractor } from './features.ts';
import { done, fnv, hashFeature, template } from './hash.ts';

const lex: NerLexicon = {
  names: [['دمشق', 'LOC'], ['الأمم المتحدة', 'ORG']].map(([k, t]) => [k!.replace('أ', 'ا'), t!] as [string, string]),
  given: ['محمد', 'علي'],
  roles: ['الرئيس', 'وزير'],
  orgHeads: ['منظمه'],
  locHeads: ['مدينه'],
  reporting: ['قال'],
  countryStems: ['روسي'],
};

describe('parseConll', () => {
  it('reads tokens and the last column, sentence by sentence', () => {
    const s = parseConll('قال O\nمحمد B-PERS\n\n\nفي x O\nدمشق B-LOC\n', 'a.conll');
    expect(s).toEqual([
      { tokens: ['قال', 'محمد'], tags: ['O', 'B-PERS'] },
      { tokens: ['في', 'دمشق'], tags: ['O', 'B-LOC'] },
    ]);
    expect(formatConll(s)).toBe('قال O\nمحمد B-PERS\n\nفي O\nدمشق B-LOC\n\n');
  });

  it('refuses a file with no tokens and a binary file, naming the file', () => {
    expect(() => parseConll('\n \n', 'empty.conll')).toThrow(/no tokens/);
    const bin = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a]);
    expect(() => parseConll(bin, 'x.zip')).toThrow(DalilError);
    expect(() => parseConll(Buffer.from([0xff, 0xfe, 0x41]), 'bad.conll')).toThrow(/not UTF-8/);
  });
});

describe('BIO decoding', () => {
  it('never puts an I- tag after O, after another type or at the start', () => {
    expect(allowed(-1, labelIndex('I-PERS'))).toBe(false);
    expect(allowed(labelIndex('O'), labelIndex('I-LOC'))).toBe(false);
    expect(allowed(labelIndex('B-ORG'), labelIndex('I-LOC'))).toBe(false);
    expect(allowed(labelIndex('B-LOC'), labelIndex('I-LOC'))).toBe(true);
    // Emissions that prefer I-PERS everywhere still decode to a valid sequence.
    const emit = new Float64Array(3 * L);
    for (let i = 0; i < 3; i++) emit[i * L + labelIndex('I-PERS')] = 5, (emit[i * L + labelIndex('B-PERS')] = 1);
    const tags = Array.from(viterbi(emit, 3, new Float64Array((L + 1) * L)), (t) => LABELS[t]);
    expect(tags).toEqual(['B-PERS', 'I-PERS', 'I-PERS']);
  });
});

describe('training, the model file and tagging', () => {
  // A small corpus where a name follows a title or a given name and places follow في.
  const names = ['سامر', 'خليل', 'نزار', 'رامي', 'وسيم', 'عادل'];
  const places = ['حمص', 'حماة', 'درعا', 'إدلب', 'طرطوس', 'اللاذقية'];
  const corpus = names.flatMap((n, i) => [
    { tokens: ['قال', 'الرئيس', n, 'الحسن', 'في', places[i]!, '.'], tags: ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O'] },
    { tokens: ['وصل', 'محمد', n, 'إلى', places[(i + 1) % 6]!], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
  ]);
  const opts = { ...DEFAULTS, epochs: 5, window: 4, minCount: 1, stackFolds: 2 };

  it('is deterministic, survives a round trip through the file and tags unseen names from their context', () => {
    const a = trainModel(corpus, lex, opts);
    const b = trainModel(corpus, lex, opts);
    expect(Buffer.from(a.stages[0]!.weights.buffer)).toEqual(Buffer.from(b.stages[0]!.weights.buffer));
    const file = join(mkdtempSync(join(tmpdir(), 'dalil-ner-')), 'model.bin');
    writeModel(file, a);
    const read = readModel(file);
    expect(read.stages.length).toBe(2);
    expect(Array.from(read.stages[1]!.keys)).toEqual(Array.from(a.stages[1]!.keys));
    const tagger = new Tagger(read);
    const [tags] = tagger.tagDocument([['قال', 'الرئيس', 'مازن', 'الحسن', 'في', 'دمشق']]);
    expect(tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
  });

  it('refuses a file that is not a model', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dalil-ner-')), 'model.bin');
    writeModel(file, trainModel(corpus, lex, { ...opts, stackFolds: 0 }));
    expect(() => readModel(join(file, 'missing'))).toThrow(/cannot read/);
    expect(() => readModel(join(import.meta.dirname, 'ner.test.ts'))).toThrow(/not a Dalil tagger model/);
  });
});

describe('article tokens and spans', () => {
  it('keeps offsets, splits punctuation off and turns tags into PERS/LOC/ORG spans', () => {
    const text = 'قال «محمد علي» في دمشق.';
    const sentences = nerSentences(text);
    expect(sentences[0]!.map((t) => t.text)).toEqual(['قال', '«', 'محمد', 'علي', '»', 'في', 'دمشق', '.']);
    for (const t of sentences[0]!) expect(text.slice(t.start, t.end)).toBe(t.text);
    const spans = spansOf(sentences, [['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'B-LOC', 'O']]);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([['PERS', 'محمد علي'], ['LOC', 'دمشق']]);
  });
});

describe('feature hashes', () => {
  it('are 32-bit FNV-1a, and a state carried on over a word gives the hash of the whole text', () => {
    // Published FNV-1a 32-bit values.
    expect(hashFeature('')).toBe(0x811c9dc5);
    expect(hashFeature('a')).toBe(0xe40c292c);
    expect(hashFeature('foobar')).toBe(0xbf9cf968);
    expect(done(fnv(template('k-1='), 'دمشق'))).toBe(hashFeature('k-1=دمشق'));
  });

  it('give each token its neighbours\' words and the word pairs, with sentence edges', () => {
    const fx = new FeatureExtractor(lex);
    const [first, second] = fx.documentHashes([['قال', 'والوزير']])[0]!;
    const has = (hs: Uint32Array, f: string) => hs.includes(hashFeature(f));
    expect(has(first!, 'k=قال')).toBe(true);
    expect(has(first!, 'k-1=<s>')).toBe(true);
    expect(has(first!, 'k+1=والوزير')).toBe(true);
    expect(has(first!, 'first=true')).toBe(true);
    expect(has(second!, 's=وزير')).toBe(true);
    expect(has(second!, 'k-1=قال')).toBe(true);
    expect(has(second!, 'k-1k=قال|وزير')).toBe(true);
    expect(has(second!, 'kk+1=وزير|</s>')).toBe(true);
    expect(has(second!, 'c-1=REP')).toBe(true);
    expect(has(second!, 'c=ROLE')).toBe(true);
    expect(has(second!, 'k-1=<s>')).toBe(false);
  });
});
