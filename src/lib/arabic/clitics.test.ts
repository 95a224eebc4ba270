import { describe, expect, it } from 'vitest';
import { hasArticle, isDetachedProclitic, keyPrefixToOffset, procliticReadings, startsWithPreposition, stripProclitics, withoutArticle, type ReadingOptions } from './clitics.ts';
import { endingsOf, withoutEnding, type EndingKind } from './endings.ts';
import { normaliseKey } from './normalise.ts';

const rests = (word: string, options?: ReadingOptions) => procliticReadings(normaliseKey(word), options).map((r) => r.rest);

/** What each caller asks of the proclitic readings, with the words it relied on. */
describe('procliticReadings, per caller', () => {
  it.each<[string, string, ReadingOptions | undefined, string[]]>([
    // extract/mentions: every reading, a known name decides
    ['mentions', 'وبالقامشلي', undefined, ['وبالقامشلي', 'بالقامشلي', 'القامشلي']],
    ['mentions', 'للبنان', undefined, ['للبنان', 'لبنان', 'البنان']],
    ['mentions', 'فلسطين', undefined, ['فلسطين', 'لسطين', 'سطين']],
    ['mentions', 'بلدات', undefined, ['بلدات', 'لدات']],
    ['mentions', 'ولد', undefined, ['ولد', 'لد']],
    // kb/word-lists isCommonWord: one proclitic at most
    ['common words', 'للخطة', { stacked: false }, ['للخطه', 'لخطه', 'الخطه']],
    ['common words', 'والقصف', { stacked: false }, ['والقصف', 'القصف']],
    ['common words', 'وبالقصف', { stacked: false }, ['وبالقصف', 'بالقصف']],
    ['common words', 'كالقصف', { stacked: false }, ['كالقصف', 'القصف']],
    // extract/persons titles: ب or ل only before the article (`كالزعيم` is «like the leader»)
    ['titles', 'للسفير', { prepositions: ['ب', 'ل'], onlyBeforeArticle: true }, ['للسفير', 'السفير']],
    ['titles', 'وبالسفيرة', { prepositions: ['ب', 'ل'], onlyBeforeArticle: true }, ['وبالسفيره', 'بالسفيره', 'السفيره']],
    ['titles', 'لرئيس', { prepositions: ['ب', 'ل'], onlyBeforeArticle: true }, ['لرءيس']],
    ['titles', 'كالزعيم', { prepositions: ['ب', 'ل'], onlyBeforeArticle: true }, ['كالزعيم']],
    // extract/persons given names: the conjunction only
    ['given names', 'ومحمد', { prepositions: [] }, ['ومحمد', 'محمد']],
    ['given names', 'فراس', { prepositions: [] }, ['فراس', 'راس']],
    ['given names', 'بسام', { prepositions: [] }, ['بسام']],
    // scripts/build-names: و only, ف begins names
    ['name lists', 'فيصل', { conjunctions: ['و'], prepositions: [] }, ['فيصل']],
    ['name lists', 'وفيصل', { conjunctions: ['و'], prepositions: [] }, ['وفيصل', 'فيصل']],
    // search/expand: لل is ل + ال
    ['search', 'للمنظمة', { lamLamIsArticle: true }, ['للمنظمه', 'المنظمه']],
    ['search', 'وللمنظمة', { lamLamIsArticle: true }, ['وللمنظمه', 'للمنظمه', 'المنظمه']],
  ])('%s: %s', (_caller, word, options, expected) => {
    expect(rests(word, options)).toEqual(expected);
  });

  it('gives the cut in key characters and marks a restored article', () => {
    expect(procliticReadings('للمنظمه')).toEqual([
      { cut: 0, rest: 'للمنظمه', restoresAl: false },
      { cut: 1, rest: 'لمنظمه', restoresAl: false },
      { cut: 1, rest: 'المنظمه', restoresAl: true },
    ]);
    expect(procliticReadings('وبالقامشلي').at(-1)).toEqual({ cut: 2, rest: 'القامشلي', restoresAl: false });
  });

  it('maps a cut prefix back to the written word, past tatweel and diacritics', () => {
    expect(keyPrefixToOffset('لـداعش', 1)).toBe(2);
    expect(keyPrefixToOffset('وَسورية', 1)).toBe(2);
  });

  it('never leaves a rest shorter than two letters', () => {
    expect(rests('ول')).toEqual(['ول']);
    expect(rests('بل')).toEqual(['بل']);
  });
});

describe('the article and the proclitic prefix', () => {
  it.each([
    // extract/patterns: a head with the article names nothing new
    ['الحركة', true],
    ['والحركة', true],
    ['بالحركة', true],
    ['للحركة', true],
    ['فللحركة', true],
    ['حركة', false],
    ['لحركة', false],
    ['فالح', true], // ف + ال as far as the letters go: the caller's word lists decide
  ])('hasArticle(%s) is %s', (word, expected) => {
    expect(hasArticle(normaliseKey(word))).toBe(expected);
  });

  it.each([
    // extract/patterns and extract/events: the bare word; search: a stem keeps three letters
    ['وبالقصف', 2, 'قصف'],
    ['للمدينة', 2, 'مدينة'],
    ['والي', 2, 'والي'],
    ['بلدة', 2, 'لدة'],
    ['بلدة', 4, 'بلدة'],
    ['فقتل', 2, 'قتل'],
  ])('stripProclitics(%s, %i) is %s', (word, keep, expected) => {
    expect(stripProclitics(word, keep)).toBe(expected);
  });

  it('cuts the article only when enough letters remain', () => {
    expect(withoutArticle('الرقة', 3)).toBe('رقة');
    expect(withoutArticle('التل', 3)).toBe('التل');
    expect(withoutArticle('سوريا', 3)).toBe('سوريا');
  });

  it('knows a proclitic written apart and a preposition in front', () => {
    expect(['لـ', 'و', 'وب', 'فل'].map(isDetachedProclitic)).toEqual([true, true, true, true]);
    expect(['ال', 'لا', 'في'].map(isDetachedProclitic)).toEqual([false, false, false]);
    expect(['بمحافظة', 'لقصف', 'كما', 'مدينة'].map(startsWithPreposition)).toEqual([true, true, true, false]);
  });
});

/** What each caller cuts from the end of a word, and how long a stem it keeps. */
describe('withoutEnding, per caller', () => {
  const commonWords: EndingKind[] = ['possessive', 'speaker', 'plural'];
  const titles: EndingKind[] = ['possessive'];
  const searchQuery: EndingKind[] = ['plural', 'feminine'];
  const searchHit: EndingKind[] = ['nisba', 'plural', 'dual', 'feminine', 'possessive'];
  it.each<[string, string, EndingKind[], number, string]>([
    ['common words', 'حقوقه', commonWords, 3, 'حقوق'],
    ['common words', 'مقاتلين', commonWords, 3, 'مقاتل'],
    ['common words', 'قادتهم', commonWords, 3, 'قادت'],
    ['common words', 'بلادنا', commonWords, 3, 'بلاد'],
    ['common words', 'حقهم', commonWords, 3, 'حقهم'],
    ['titles', 'نظيرها', titles, 1, 'نظير'],
    ['titles', 'نظيرهما', titles, 1, 'نظير'],
    ['titles', 'المتحدثين', titles, 1, 'المتحدثين'],
    ['search query', 'اشتباكات', searchQuery, 4, 'اشتباك'],
    ['search query', 'مدينة', searchQuery, 4, 'مدين'],
    ['search query', 'مسؤولية', searchQuery, 4, 'مسؤولي'],
    ['search query', 'قوات', searchQuery, 4, 'قوات'],
    ['search hit', 'سوريين', searchHit, 3, 'سور'],
    ['search hit', 'امريكيه', searchHit, 3, 'امريك'],
    ['search hit', 'الطرفان', searchHit, 3, 'الطرف'],
    ['search hit', 'قادتها', searchHit, 3, 'قادت'],
  ])('%s: %s → %s', (_caller, word, kinds, minStem, expected) => {
    expect(withoutEnding(word, kinds, minStem)).toBe(expected);
  });

  it('tries the longest ending first', () => {
    expect(endingsOf(['nisba', 'plural'])[0]).toHaveLength(3);
    expect(withoutEnding('هما', ['possessive'], 1)).toBe('هما');
  });
});
