import { normaliseKey } from '../arabic/normalise.ts';
import { stripProclitics, PROCLITIC_PREFIX } from '../arabic/clitics.ts';
import { GazetteerIndex } from './gazetteer.ts';
import type { NerLexicon } from './lexicon.ts';

/** What one token looks like to the features. */
export interface TokenView {
  key: string;
  /** Without proclitics and article. */
  stem: string;
  /** Without a pronoun or plural ending as well. */
  root: string;
  clitic: string;
  gaz: string;
  cls: string;
}

const SUFFIX = /(?:هما|هم|ها|كم|نا|ه|ين|ون|ات)$/;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Builds the feature strings of documents; the lexicon comes with the model. */
export class FeatureExtractor {
  private readonly gaz: GazetteerIndex;
  private readonly given: Set<string>;
  private readonly classes = new Map<string, string>();
  private readonly countryStems: Set<string>;
  private readonly frequent: Map<string, string>;

  constructor(lex: NerLexicon) {
    this.gaz = new GazetteerIndex(lex.names);
    this.given = new Set(lex.given);
    this.countryStems = new Set(lex.countryStems);
    this.frequent = new Map(lex.frequent ?? []);
    for (const [cls, list] of [['REP', lex.reporting], ['OH', lex.orgHeads], ['LH', lex.locHeads], ['ROLE', lex.roles]] as const) {
      for (const w of list) this.classes.set(w, cls);
    }
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

  private readonly words = new Map<string, Omit<TokenView, 'gaz'>>();

  /** What a word is without its context (memoised: words repeat). */
  private wordView(word: string): Omit<TokenView, 'gaz'> {
    let w = this.words.get(word);
    if (!w) {
      const key = normaliseKey(word) || word;
      const stem = stripProclitics(key);
      const root = stem.length > 4 ? stem.replace(SUFFIX, '') : stem;
      const clitic = stem === key ? '' : (PROCLITIC_PREFIX.exec(key)?.[0] ?? '');
      w = { key, stem, root, clitic, cls: this.classOf(key, stem) };
      if (this.words.size > 100_000) this.words.clear();
      this.words.set(word, w);
    }
    return w;
  }

  private view(sentence: readonly string[]): TokenView[] {
    const words = sentence.map((t) => this.wordView(t));
    const gaz = this.gaz.tag(words.map((w) => w.key));
    return words.map((w, i) => ({ ...w, gaz: gaz[i]! }));
  }

  /** Feature strings for every token of a document (a list of sentences). */
  document(doc: ReadonlyArray<readonly string[]>, firstPass?: ReadonlyArray<readonly string[]>): string[][][] {
    return this.documentParts(doc, firstPass).map((s) => s.map((t) => [...this.local(t.word, t.view), ...t.context]));
  }

  /**
   * The features of a document in two parts per token: those of the word alone (the same wherever it stands, so a
   * tagger may score them once per word) and those of its context.
   */
  documentParts(doc: ReadonlyArray<readonly string[]>, firstPass?: ReadonlyArray<readonly string[]>): Array<Array<{ word: string; view: TokenView; context: string[] }>> {
    const views = doc.map((s) => this.view(s));
    const cues = documentCues(views);
    const votes = firstPass ? documentVotes(views, firstPass) : undefined;
    return views.map((v, si) =>
      v.map((t, i) => {
        const context = this.context(v, i, cues);
        if (firstPass) context.push(...stacked(v, firstPass[si]!, i, votes!));
        return { word: doc[si]![i]!, view: t, context };
      }),
    );
  }

  /** Features of the word alone. */
  local(word: string, t: TokenView = this.view([word])[0]!): string[] {
    const fq = this.frequent.get(t.stem) ?? '0';
    return [
      'b',
      'k=' + t.key,
      's=' + t.stem,
      'r=' + t.root,
      'cl=' + t.clitic,
      'p2=' + t.stem.slice(0, 2),
      'p3=' + t.stem.slice(0, 3),
      'x1=' + t.stem.slice(-1),
      'x2=' + t.stem.slice(-2),
      'x3=' + t.stem.slice(-3),
      'x4=' + t.stem.slice(-4),
      'sh=' + shape(word),
      'len=' + Math.min(t.stem.length, 9),
      'c=' + t.cls,
      'al=' + (t.key.startsWith('ال') ? 1 : 0) + (t.stem.endsWith('ي') ? 'y' : t.stem.endsWith('يه') ? 'ya' : ''),
      'fq=' + fq,
      'fqcl=' + fq + '|' + t.clitic,
      'fqx2=' + fq + '|' + t.stem.slice(-2),
    ];
  }

  private context(v: TokenView[], i: number, cues: Map<string, Map<string, number>>): string[] {
    const t = v[i]!;
    const at = (d: number) => v[i + d];
    const k = (d: number) => at(d)?.key ?? (d < 0 ? '<s>' : '</s>');
    const s = (d: number) => at(d)?.stem ?? (d < 0 ? '<s>' : '</s>');
    const f = [
      'k-1=' + k(-1),
      'k+1=' + k(1),
      'k-2=' + k(-2),
      'k+2=' + k(2),
      's-1=' + s(-1),
      's+1=' + s(1),
      'k-1k=' + k(-1) + '|' + t.stem,
      'kk+1=' + t.stem + '|' + k(1),
      'g=' + t.gaz,
      'g-1=' + (at(-1)?.gaz ?? '<s>') + '|' + t.gaz,
      'g+1=' + t.gaz + '|' + (at(1)?.gaz ?? '</s>'),
      'c-1=' + (at(-1)?.cls ?? '<s>'),
      'c+1=' + (at(1)?.cls ?? '</s>'),
      'c-2=' + (at(-2)?.cls ?? '<s>'),
      'c-1c=' + (at(-1)?.cls ?? '<s>') + '|' + t.cls,
      'c-2c-1=' + (at(-2)?.cls ?? '<s>') + '|' + (at(-1)?.cls ?? '<s>'),
      'first=' + (i === 0),
    ];
    const fq = this.frequent.get(t.stem) ?? '0';
    f.push('fq-1=' + (at(-1) ? (this.frequent.get(at(-1)!.stem) ?? '0') : '<s>') + '|' + fq, 'fqc-1=' + fq + '|' + (at(-1)?.cls ?? '<s>'));
    if (t.gaz && t.clitic) f.push('gcl=' + t.gaz + '|' + t.clitic);
    const cue = cues.get(t.stem);
    if (cue) for (const [c, n] of cue) f.push('d:' + c + (n > 2 ? '+' : n));
    return f;
  }
}

/**
 * Document-level cues: what a word's other mentions in the same document show (a name given in full once, with a
 * title or given name before it, is a name when it stands alone elsewhere).
 */
function documentCues(views: TokenView[][]): Map<string, Map<string, number>> {
  const cues = new Map<string, Map<string, number>>();
  const add = (stem: string, cue: string) => {
    let m = cues.get(stem);
    if (!m) cues.set(stem, (m = new Map()));
    m.set(cue, (m.get(cue) ?? 0) + 1);
  };
  for (const v of views) {
    v.forEach((t, i) => {
      if (t.stem.length < 3 || PUNCT.test(t.stem)) return;
      const p = v[i - 1];
      add(t.stem, 'n');
      if (p?.cls === 'GIV') add(t.stem, 'afterGiven');
      if (p?.cls === 'ROLE' || v[i - 2]?.cls === 'ROLE') add(t.stem, 'afterRole');
      if (p?.cls === 'OH') add(t.stem, 'afterOrgHead');
      if (p?.cls === 'LH') add(t.stem, 'afterLocHead');
      if (t.gaz) add(t.stem, 'gaz' + t.gaz.slice(1));
      if (t.cls === 'GIV' && v[i + 1] && !v[i + 1]!.cls) add(t.stem, 'givenFirst');
    });
  }
  return cues;
}

/**
 * Second-pass features: the first pass's tags around the token, and how the first pass tagged the same stem
 * elsewhere in the document (its own vote left out), so a name tagged once counts where it stands alone.
 */
function stacked(v: TokenView[], tags: readonly string[], i: number, votes: Map<string, Map<string, number>>): string[] {
  const tag = tags[i]!;
  const f = ['fp=' + tag, 'fp-1=' + (tags[i - 1] ?? '<s>') + '|' + tag, 'fp+1=' + tag + '|' + (tags[i + 1] ?? '</s>')];
  const own = tag === 'O' ? 'O' : tag.slice(2);
  const vote = votes.get(v[i]!.stem);
  if (vote) {
    for (const [type, n] of vote) {
      const others = n - (type === own ? 1 : 0);
      if (others > 0) f.push('dv=' + type + (others > 2 ? '+' : others), 'dvf=' + type + '|' + own);
    }
  }
  return f;
}

function documentVotes(views: TokenView[][], tags: ReadonlyArray<readonly string[]>): Map<string, Map<string, number>> {
  const votes = new Map<string, Map<string, number>>();
  views.forEach((v, si) =>
    v.forEach((t, i) => {
      if (t.stem.length < 2 || PUNCT.test(t.stem)) return;
      const tag = tags[si]![i]!;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      let m = votes.get(t.stem);
      if (!m) votes.set(t.stem, (m = new Map()));
      m.set(type, (m.get(type) ?? 0) + 1);
    }),
  );
  return votes;
}

function shape(word: string): string {
  if (PUNCT.test(word)) return 'P' + (word.length === 1 ? word : '');
  if (/^\d+$/.test(word)) return 'D';
  if (/\d/.test(word)) return 'Dx';
  if (/^[A-Z]/.test(word)) return 'LU';
  if (/[a-z]/i.test(word)) return 'L';
  return 'A';
}
