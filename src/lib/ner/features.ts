import { normaliseKey } from '../arabic/normalise.ts';
import { stripProclitics, PROCLITIC_PREFIX } from '../arabic/clitics.ts';
import { GazetteerIndex, type GazetteerEntry } from './gazetteer.ts';
import { done, fnv, hashFeature, template } from './hash.ts';
import type { NerLexicon } from './lexicon.ts';

/**
 * What one word form is to the features, whatever its context (memoised: words recur). Features are hashed
 * (hash.ts) as they are made: a word's own features, and the features it gives a neighbour, are hashed once per
 * word form.
 */
export interface WordView {
  key: string;
  /** Without proclitics and article. */
  stem: string;
  /** Without a pronoun or plural ending as well. */
  root: string;
  clitic: string;
  /** Trigger class: ROLE, OH (organisation head), LH (place head), REP (verb of saying), GIV (given name), NAT or ''. */
  cls: string;
  /** Frequency bucket of the stem in the training tokens ('0': rare or new). */
  fq: string;
  /** Punctuation only. */
  punct: boolean;
  /** The gazetteer names that may start at the word. */
  gazStarts: readonly GazetteerEntry[];
  /** Hashes of the word's own features. */
  own: Uint32Array;
  /** Hashes of the features the word gives a token when it stands 2 before, 1 before, 1 after, 2 after it (NEAR). */
  near: readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  /** FNV states of `k-1k=<key>|` and `kk+1=<stem>|` (a pair feature carries on over the neighbour). */
  prevPair: number;
  nextPair: number;
  /** The tagger's scores of the word's own and neighbour features, once it has summed them (tagger.ts). */
  scores?: Float64Array;
}

/** A sentence of a document as the features see it: per token its word, gazetteer tag and context hashes. */
export interface SentenceView {
  words: WordView[];
  gaz: string[];
  /** Context hashes of token i: `ctx[ctxAt[i] .. ctxAt[i + 1])`. */
  ctx: Uint32Array;
  ctxAt: Int32Array;
}

/** Hashes per token in one array: token i's are `h[at[i] .. at[i + 1])`. */
export interface TokenHashes {
  h: Uint32Array;
  at: Int32Array;
}

/**
 * The features a word gives a neighbour, by where the neighbour stands relative to the token (−2, −1, +1, +2), and
 * the ones a token gets when there is no word there (sentence start or end).
 */
const NEAR = [
  { at: -2, tpl: ['k-2=', 'c-2='], edge: '<s>' },
  { at: -1, tpl: ['k-1=', 's-1=', 'c-1='], edge: '<s>' },
  { at: 1, tpl: ['k+1=', 's+1=', 'c+1='], edge: '</s>' },
  { at: 2, tpl: ['k+2='], edge: '</s>' },
] as const;
/** Feature hashes of a missing neighbour, in NEAR's order. */
export const EDGE = NEAR.map((n) => Uint32Array.from(n.tpl, (t) => hashFeature(t + n.edge))) as unknown as WordView['near'];

const T = {
  prevPairStart: template('k-1k=<s>|'),
  g: template('g='),
  gPrev: template('g-1='),
  gNext: template('g+1='),
  cPrevC: template('c-1c='),
  cPrev2: template('c-2c-1='),
  fqPrev: template('fq-1='),
  fqcPrev: template('fqc-1='),
  gcl: template('gcl='),
  d: template('d:'),
  fp: template('fp='),
  fpPrev: template('fp-1='),
  fpNext: template('fp+1='),
  dv: template('dv='),
  dvf: template('dvf='),
};
const FIRST = [hashFeature('first=false'), hashFeature('first=true')] as const;
const BAR = '|'.charCodeAt(0);
/** The FNV state `h` carried on over one character. */
const ch = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/** Document-level cues (see `documentCues`), in a fixed order; gazetteer cues follow, one per gazetteer type. */
const CUES = ['n', 'afterGiven', 'afterRole', 'afterOrgHead', 'afterLocHead', 'givenFirst'] as const;
const CUE_STATE = CUES.map((c) => fnv(T.d, c));

const SUFFIX = /(?:هما|هم|ها|كم|نا|ه|ين|ون|ات)$/;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Builds the (hashed) features of documents; the lexicon comes with the model. */
export class FeatureExtractor {
  private readonly gazIndex: GazetteerIndex;
  private readonly given: Set<string>;
  private readonly classes = new Map<string, string>();
  private readonly countryStems: Set<string>;
  private readonly frequent: Map<string, string>;
  /** Gazetteer types (for the document cues `gaz-TYPE`). */
  private readonly gazTypes: string[];
  private readonly gazCue: number[];
  private readonly words = new Map<string, WordView>();

  constructor(lex: NerLexicon) {
    this.gazIndex = new GazetteerIndex(lex.names);
    this.given = new Set(lex.given);
    this.countryStems = new Set(lex.countryStems);
    this.frequent = new Map(lex.frequent ?? []);
    for (const [cls, list] of [['REP', lex.reporting], ['OH', lex.orgHeads], ['LH', lex.locHeads], ['ROLE', lex.roles]] as const) {
      for (const w of list) this.classes.set(w, cls);
    }
    this.gazTypes = [...new Set(lex.names.map(([, t]) => t))].sort();
    this.gazCue = this.gazTypes.map((t) => fnv(T.d, 'gaz-' + t));
  }

  /** Trigger class of a word: title/role, organisation head, place head, verb of saying, nationality, or ''. */
  private classOf(key: string, stem: string): string {
    const c = this.classes.get(key) ?? this.classes.get(stem) ?? this.classes.get('ال' + stem);
    if (c) return c;
    if (this.given.has(key) || this.given.has(stem)) return 'GIV';
    if (this.isNationality(stem)) return 'NAT';
    return '';
  }

  private isNationality(stem: string): boolean {
    const m = stem.replace(/(?:يين|يون|ين|ون|ه)$/, (s) => (s.startsWith('ي') ? 'ي' : ''));
    return m.endsWith('ي') && (this.countryStems.has(m) || this.countryStems.has(m.slice(0, -1)));
  }

  /** The stem as features see it (also what the trainer counts). */
  stemOf(token: string): string {
    return stripProclitics(normaliseKey(token) || token);
  }

  /** What a word form is without its context (memoised: words repeat). */
  word(word: string): WordView {
    let w = this.words.get(word);
    if (!w) {
      const key = normaliseKey(word) || word;
      const stem = stripProclitics(key);
      const root = stem.length > 4 ? stem.replace(SUFFIX, '') : stem;
      const clitic = stem === key ? '' : (PROCLITIC_PREFIX.exec(key)?.[0] ?? '');
      const cls = this.classOf(key, stem);
      const fq = this.frequent.get(stem) ?? '0';
      const parts: Record<string, string> = { k: key, s: stem, c: cls };
      w = {
        key, stem, root, clitic, cls, fq,
        punct: PUNCT.test(stem),
        gazStarts: this.gazIndex.startsAt(key),
        own: Uint32Array.from(ownFeatures(word, key, stem, root, clitic, cls, fq), hashFeature),
        near: NEAR.map((n) => Uint32Array.from(n.tpl, (t) => hashFeature(t + parts[t[0]!]!))) as unknown as WordView['near'],
        prevPair: fnv(template('k-1k='), key + '|'),
        nextPair: fnv(template('kk+1='), stem + '|'),
        scores: undefined,
      };
      // A view with its scores is about 1 kB: at most 50,000 are kept (then the memo starts again).
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(word, w);
    }
    return w;
  }

  /** The words, gazetteer tags and context hashes of a document (a list of sentences). */
  prepare(doc: ReadonlyArray<readonly string[]>): SentenceView[] {
    const sentences = doc.map((s) => {
      const words = s.map((t) => this.word(t));
      return { words, gaz: this.gazIndex.tag(words.map((w) => w.key), words.map((w) => w.gazStarts)), ctx: new Uint32Array(0), ctxAt: new Int32Array(0) };
    });
    const cues = this.documentCues(sentences);
    const buf: number[] = [];
    for (const s of sentences) {
      const { words, gaz } = s;
      const at = new Int32Array(words.length + 1);
      buf.length = 0;
      for (let i = 0; i < words.length; i++) {
        at[i] = buf.length;
        this.context(words, gaz, i, cues, buf);
      }
      at[words.length] = buf.length;
      s.ctx = Uint32Array.from(buf);
      s.ctxAt = at;
    }
    return sentences;
  }

  /** Context features of token i (those that are not a neighbour's word alone: see `NEAR`). */
  private context(v: WordView[], gaz: string[], i: number, cues: Map<string, Int32Array>, out: number[]): void {
    const t = v[i]!;
    const prev = v[i - 1];
    const prev2 = v[i - 2];
    const next = v[i + 1];
    const g = gaz[i]!;
    const gPrev = prev ? gaz[i - 1]! : '<s>';
    const gNext = next ? gaz[i + 1]! : '</s>';
    const cPrev = prev ? prev.cls : '<s>';
    out.push(
      done(fnv(prev ? prev.prevPair : T.prevPairStart, t.stem)),
      done(fnv(t.nextPair, next ? next.key : '</s>')),
      done(fnv(T.g, g)),
      done(fnv(ch(fnv(T.gPrev, gPrev), BAR), g)),
      done(fnv(ch(fnv(T.gNext, g), BAR), gNext)),
      done(fnv(ch(fnv(T.cPrevC, cPrev), BAR), t.cls)),
      done(fnv(ch(fnv(T.cPrev2, prev2 ? prev2.cls : '<s>'), BAR), cPrev)),
      FIRST[i === 0 ? 1 : 0],
      done(fnv(ch(fnv(T.fqPrev, prev ? prev.fq : '<s>'), BAR), t.fq)),
      done(fnv(ch(fnv(T.fqcPrev, t.fq), BAR), cPrev)),
    );
    if (g && t.clitic) out.push(done(fnv(ch(fnv(T.gcl, g), BAR), t.clitic)));
    const cue = cues.get(t.stem);
    if (cue) {
      for (let c = 0; c < cue.length; c++) {
        const n = cue[c]!;
        if (n) out.push(done(ch(c < CUES.length ? CUE_STATE[c]! : this.gazCue[c - CUES.length]!, n > 2 ? 43 /* + */ : 48 + n)));
      }
    }
  }

  /**
   * Document-level cues: what a word's other mentions in the same document show (a name given in full once, with a
   * title or given name before it, is a name when it stands alone elsewhere). Per stem: counts in CUES' order, then
   * one per gazetteer type.
   */
  private documentCues(sentences: SentenceView[]): Map<string, Int32Array> {
    const cues = new Map<string, Int32Array>();
    const size = CUES.length + this.gazTypes.length;
    for (const { words: v, gaz } of sentences) {
      for (let i = 0; i < v.length; i++) {
        const t = v[i]!;
        if (t.stem.length < 3 || t.punct) continue;
        let m = cues.get(t.stem);
        if (!m) cues.set(t.stem, (m = new Int32Array(size)));
        const p = v[i - 1];
        m[0]!++;
        if (p?.cls === 'GIV') m[1]!++;
        if (p?.cls === 'ROLE' || v[i - 2]?.cls === 'ROLE') m[2]!++;
        if (p?.cls === 'OH') m[3]!++;
        if (p?.cls === 'LH') m[4]!++;
        if (gaz[i]) m[CUES.length + this.gazTypes.indexOf(gaz[i]!.slice(2))]!++;
        if (t.cls === 'GIV' && v[i + 1] && !v[i + 1]!.cls) m[5]!++;
      }
    }
    return cues;
  }

  /**
   * Second-pass features: the first pass's tags around the token, and how the first pass tagged the same stem
   * elsewhere in the document (its own vote left out), so a name tagged once counts where it stands alone.
   */
  stacked(sentences: SentenceView[], tags: ReadonlyArray<readonly string[]>): TokenHashes[] {
    const votes = new Map<string, Map<string, number>>();
    sentences.forEach(({ words }, si) =>
      words.forEach((t, i) => {
        if (t.stem.length < 2 || t.punct) return;
        const type = typeOf(tags[si]![i]!);
        let m = votes.get(t.stem);
        if (!m) votes.set(t.stem, (m = new Map()));
        m.set(type, (m.get(type) ?? 0) + 1);
      }),
    );
    const buf: number[] = [];
    return sentences.map(({ words }, si) => {
      const tg = tags[si]!;
      const at = new Int32Array(words.length + 1);
      buf.length = 0;
      for (let i = 0; i < words.length; i++) {
        at[i] = buf.length;
        const tag = tg[i]!;
        buf.push(
          done(fnv(T.fp, tag)),
          done(fnv(ch(fnv(T.fpPrev, tg[i - 1] ?? '<s>'), BAR), tag)),
          done(fnv(ch(fnv(T.fpNext, tag), BAR), tg[i + 1] ?? '</s>')),
        );
        const own = typeOf(tag);
        const vote = votes.get(words[i]!.stem);
        if (!vote) continue;
        for (const [type, n] of vote) {
          const others = n - (type === own ? 1 : 0);
          if (others > 0) buf.push(done(ch(fnv(T.dv, type), others > 2 ? 43 : 48 + others)), done(fnv(ch(fnv(T.dvf, type), BAR), own)));
        }
      }
      at[words.length] = buf.length;
      return { h: Uint32Array.from(buf), at };
    });
  }

  /** Every feature hash of every token of a document (for training): own, neighbours', context and stacked. */
  documentHashes(doc: ReadonlyArray<readonly string[]>, firstPass?: ReadonlyArray<readonly string[]>): Uint32Array[][] {
    const sentences = this.prepare(doc);
    const st = firstPass ? this.stacked(sentences, firstPass) : undefined;
    return sentences.map((s, si) =>
      s.words.map((w, i) => {
        const parts: ArrayLike<number>[] = [w.own];
        NEAR.forEach((n, k) => parts.push(s.words[i + n.at]?.near[k] ?? EDGE[k]!));
        parts.push(s.ctx.subarray(s.ctxAt[i], s.ctxAt[i + 1]));
        if (st) parts.push(st[si]!.h.subarray(st[si]!.at[i], st[si]!.at[i + 1]));
        const out = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
        let o = 0;
        for (const p of parts) out.set(p, o), (o += p.length);
        return out;
      }),
    );
  }
}

/** Where NEAR's neighbours stand: token i reads `near[k]` of the word at i + NEAR_AT[k] (EDGE[k] if there is none). */
export const NEAR_AT = NEAR.map((n) => n.at);

function typeOf(tag: string): string {
  return tag === 'O' ? 'O' : tag.slice(2);
}

/** Features of the word alone. */
function ownFeatures(word: string, key: string, stem: string, root: string, clitic: string, cls: string, fq: string): string[] {
  return [
    'b',
    'k=' + key,
    's=' + stem,
    'r=' + root,
    'cl=' + clitic,
    'p2=' + stem.slice(0, 2),
    'p3=' + stem.slice(0, 3),
    'x1=' + stem.slice(-1),
    'x2=' + stem.slice(-2),
    'x3=' + stem.slice(-3),
    'x4=' + stem.slice(-4),
    'sh=' + shape(word),
    'len=' + Math.min(stem.length, 9),
    'c=' + cls,
    'al=' + (key.startsWith('ال') ? 1 : 0) + (stem.endsWith('ي') ? 'y' : stem.endsWith('يه') ? 'ya' : ''),
    'fq=' + fq,
    'fqcl=' + fq + '|' + clitic,
    'fqx2=' + fq + '|' + stem.slice(-2),
  ];
}

function shape(word: string): string {
  if (PUNCT.test(word)) return 'P' + (word.length === 1 ? word : '');
  if (/^\d+$/.test(word)) return 'D';
  if (/\d/.test(word)) return 'Dx';
  if (/^[A-Z]/.test(word)) return 'LU';
  if (/[a-z]/i.test(word)) return 'L';
  return 'A';
}
