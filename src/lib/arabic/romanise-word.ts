import { wordShapes } from './romanise-shapes.ts';
import { MARKS, segments, type Seg } from './romanise-segments.ts';

/**
 * The rule-based romanisation of one Arabic word (no article) that no lexicon knows, in Dalil's news style
 * (data/names/README.md, "Fallback rules"). Arabic writes consonants and long vowels; the short vowels are guessed
 * from the shape of the word, as a reader of names would, rather than put between every two consonants:
 *
 * - no word starts with two consonants: the first takes `a` (كريم Karim, مروان Marwan);
 * - after a vowel, two consonants close a syllable (CaCC-: مروان Marwan, سمحان Samhan, بدر Badr), three take one
 *   vowel between the second and third (جعفر Jaafar, بندر Bandar, أحمد Ahmad);
 * - after ā, two consonants are the fāʿil pattern, e at the end and i inside (خالد Khaled, فاطمة Fatima,
 *   هاشمي Hashimi);
 * - و and ي are long vowels (ou, i) between consonants, consonants before a vowel letter, at the start and after ا
 *   (نايف Nayef); ي after the first consonant ahead of two more, or in a word of two or three letters, is the
 *   diphthong ai (فيصل Faisal, زيد Zaid); و there is aw (نوفل Nawfal);
 * - after ā, three consonants or more inside the word take a vowel after the first
 *   (قاطرجي Qatirji, نابلسي Nabilsi);
 * - مCاCC is the participle mufāʿil, Mu- (مناضل Munadel); مCCC the participle mufʿil (محسن Muhsen, مصلح Musleh);
 * - CwyC… is the diminutive fuwayl (سويدي Suwaidi, تويجري Tuwaijri); أCوC the elative afʿal (أنور Anwar);
 *   أيC… at the start ay (أيمن Ayman); اCتCاC the verbal noun iftiʿāl (انتصار Intisar); توCيC and تيCيC the
 *   verbal noun tafʿīl (توفيق Tawfiq); CCيCان fuʿaylān (سليمان Sulaiman); CوCCي the nisba of CūCaC (دوسري
 *   Dousari);
 * - ة is a, ى is a, final ي is i, final ـوي is -awi (بدوي Badawi), ـية is -iya;
 * - ع and ء are dropped, except that after a they lengthen it (سعد Saad, جعفر Jaafar, علاء Alaa); ئ after ا is e
 *   (وائل Wael), final ـائي -ai;
 * - a shadda, when written, doubles its letter; a family name of the faʿʿāl shape (occupations: حداد Haddad,
 *   صباغ Sabbagh) doubles its middle letter when `family` is set.
 *
 * `foreign` switches to the rules for Western, Russian and other names written in Arabic letters (كارتر Carter): no
 * short vowel is guessed except before a final r, n or l (-er, -en, -el), و is o, final ي is y, ك before a, o, l or
 * r is c (but k in a Russian -ov name), ي after the first consonant before ر is e (ميركل Merkel), غ is g, ف
 * between vowels or before ي is v, initial أو is o, the Russian endings ـوف/ـيف are -ov/-ev and ـفسكي -vsky, final
 * ـيه is -e and ـييه -ier. A word that would then start with three consonants is read by the Arabic rules after
 * all.
 */

export interface RomaniseOptions {
  /** The word is a family name (not the first word of a name): the faʿʿāl shape is doubled. */
  family?: boolean;
  /** The name is a foreign one written in Arabic letters. */
  foreign?: boolean;
}

/** Where short vowels go in a run of consonants, given what stands before and after it (see the module comment). */
function runVowels(run: number, left: 'start' | Extract<Seg, { kind: 'v' }>['quality'], right: 'vowel' | 'end'): string[] {
  const v: string[] = Array.from({ length: run }, () => '');
  let from = 0;
  let after: typeof left = left;
  if (left === 'start') {
    if (run >= 2) v[0] = 'a';
    from = 1;
    after = 'short';
  }
  const m = run - from;
  if (m === 2 && after === 'long-a') v[from] = right === 'end' ? 'e' : 'i';
  else if (m === 2 && right === 'end' && after === 'onset') v[from] = 'a';
  else if (m === 2 && right === 'end' && after === 'long') v[from] = 'e';
  else if (m === 2 && right === 'end' && after === 'diphthong') v[from] = 'a';
  else if (m >= 3 && right === 'vowel' && after === 'long-a') {
    // ā takes no cluster after it inside a word: the vowel comes after the first consonant (قاطرجي Qatirji,
    // نابلسي Nabilsi, داغستاني Daghistani). Not a cluster that ends the word: شابندر still comes out Shabnadr.
    v[from] = 'i';
    for (let j = from + 2; j < run - 1; j += 2) v[j] = 'a';
  } else if (m >= 3) for (let j = from + 1; j < run - 1; j += 2) v[j] = 'a';
  return v;
}

export function romaniseWord(word: string, options: RomaniseOptions = {}): string {
  const letters = [...word.replace(MARKS, '')];
  if (letters.length === 0) return '';
  let foreign = options.foreign ?? false;
  let segs = segments(letters, foreign);
  // A word that would start with three consonants (but s + consonant + r/l, as in Strauss) is an Arabic word in
  // a foreign name (أليكس مشوار): Arabic rules.
  const [c1, , c3] = segs;
  const sCluster = c1?.latin === 's' && (c3?.latin === 'r' || c3?.latin === 'l'); // str, spr, skl: English
  if (foreign && segs.length > 3 && segs.slice(0, 3).every((s) => s.kind === 'c') && !sCluster) {
    foreign = false;
    segs = segments(letters, false);
  }
  if (!foreign) wordShapes(segs, letters, options.family ?? false);
  const out = foreign ? foreignLatin(segs, letters) : arabicLatin(segs);
  return tidy(out, foreign);
}

function arabicLatin(segs: Seg[]): string {
  let out = '';
  let left: Parameters<typeof runVowels>[1] = 'start';
  for (let i = 0; i < segs.length; ) {
    const s = segs[i]!;
    if (s.kind === 'v') {
      out += s.latin;
      left = s.quality;
      i++;
      continue;
    }
    let j = i;
    while (j < segs.length && segs[j]!.kind === 'c') j++;
    const vowels = runVowels(j - i, left, j < segs.length ? 'vowel' : 'end');
    for (let k = i; k < j; k++) {
      const c = segs[k] as Extract<Seg, { kind: 'c' }>;
      out += (c.double && c.latin.length === 1 ? c.latin + c.latin : c.latin) + vowels[k - i];
    }
    i = j;
  }
  return out;
}

function foreignLatin(segs: Seg[], letters: string[]): string {
  const russian = /[وي]فا?$/.test(letters.join(''));
  let out = '';
  segs.forEach((s, i) => {
    let latin = s.latin;
    const prev = segs[i - 1];
    // ك at the start before a, o, l or r is c (كارتر Carter), but not in a Russian -ov/-ev name (كاديروف Kadyrov).
    if (s.kind === 'c' && latin === 'k' && i === 0 && /^[اولر]$/.test(letters[1] ?? '') && !russian) latin = 'c';
    if (s.kind === 'c' && latin === 'gh') latin = 'g';
    if (s.kind === 'c' && latin === 'q') latin = 'k';
    if (s.kind === 'c' && latin === 'dh') latin = 'z';
    // ف between vowels is v (ديفيد David, إيفانوف Ivanov, كيفن Kevin).
    if (s.kind === 'c' && latin === 'f' && prev?.kind === 'v' && segs[i + 1]?.kind === 'v') latin = 'v';
    // ف before ي inside a name is v too (أوليفييه Olivier, هيرفيه Herve, سيلفي Silvy).
    const nx = segs[i + 1];
    if (s.kind === 'c' && latin === 'f' && i > 0 && ((nx?.kind === 'v' && /^[iy]/.test(nx.latin)) || (nx?.kind === 'c' && nx.latin === 'y'))) latin = 'v';
    // -er, -en, -el after a consonant at the end (كارتر Carter, وارنر Warner), but not Carl, Colin.
    const cluster = { r: /^[r']$/, n: /^[rl']$/, l: /^[rln']$/ }[latin];
    if (i === segs.length - 1 && s.kind === 'c' && prev?.kind === 'c' && cluster && !cluster.test(prev.latin)) latin = 'e' + latin;
    if (s.kind === 'c' && s.double && latin.length === 1) latin += latin;
    out += latin;
  });
  return out
    .replace(/tsh/g, 'ch')
    .replace(/fsk/g, 'vsk') // جيرينوفسكي Zhirinovsky, Russian and Polish -ovsky
    .replace(/of$/, 'ov')
    .replace(/if$/, 'ev')
    .replace(/ofa$/, 'ova')
    .replace(/ifa$/, 'eva')
    .replace(/a[ow]$/, 'au')
    .replace(/yih$/, 'ier') // ـييه: French -ier (أوليفييه Olivier)
    .replace(/ih$/, 'e') // ـيه: French and Hebrew -e (موشيه Moshe, جوزيه Joze)
    .replace(/iyos$/, 'ius')
    .replace(/ios$/, 'ius');
}

function tidy(latin: string, foreign: boolean): string {
  let s = latin
    .replace(/a'(?=[^aeiou]|$)/g, 'aa') // سعد Saad, جعفر Jaafar
    .replace(/'/g, '')
    .replace(/aaa+/g, 'aa')
    .replace(/ia$/, foreign ? 'ia' : 'iya');
  if (!foreign) s = s.replace(/ii/g, 'i');
  return s;
}
