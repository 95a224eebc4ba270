import { isVowelLetter, MARKS, segments, type Seg } from './romanise-segments.ts';

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
 * r is c, غ is g, ف between vowels is v, and the Russian endings ـوف/ـيف are -ov/-ev. A word that would then
 * start with three consonants is read by the Arabic rules after all.
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
    // ā takes no cluster after it: the vowel comes after the first consonant (قاطرجي Qatirji,
    // نابلسي Nabilsi, داغستاني Daghistani, شابندر Shabindar).
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
  if (!foreign && options.family) doubleFaaal(segs);
  if (!foreign) fuayli(segs, letters);
  if (!foreign) fuali(segs, letters);
  if (!foreign) fuaylan(segs, letters);
  if (!foreign) fuwayl(segs, letters);
  if (!foreign) tafil(segs, letters);
  if (!foreign) mufail(segs, letters);
  if (!foreign) mufil(segs, letters);
  if (!foreign) aCwaC(segs, letters);
  if (!foreign) iftial(segs, letters);
  const out = foreign ? foreignLatin(segs, letters) : arabicLatin(segs);
  return tidy(out, foreign);
}

/** CaCāC as a family name: faʿʿāl, the pattern of trades (حداد Haddad, نجار Najjar, صباغ Sabbagh). */
function doubleFaaal(segs: Seg[]): void {
  const [a, b, c, d] = segs;
  if (segs.length !== 4 || a?.kind !== 'c' || b?.kind !== 'c' || c?.kind !== 'v' || d?.kind !== 'c') return;
  if (c.quality !== 'long-a' || b.glottal || b.latin === 'w' || b.latin === 'y') return;
  b.double = true;
}

/**
 * The tribal nisba shape CCīCī is read fuʿaylī (مطيري Mutairi, عتيبي Otaibi, دليمي Dulaimi, كبيسي Kubaisi), the
 * commonest reading of it in Gulf and Iraqi names; faʿīlī names (تميمي Tamimi) are in the lexicon.
 */
function fuayli(segs: Seg[], letters: string[]): void {
  if (letters.length !== 5 || letters[2] !== 'ي' || letters[4] !== 'ي' || isVowelLetter(letters[1]) || isVowelLetter(letters[3])) return;
  const [a, b, c] = segs;
  if (segs.length !== 5 || b?.kind !== 'c' || c?.kind !== 'v') return;
  if (a?.kind === 'v' && a.quality === 'onset') a.latin = 'o';
  else if (a?.kind === 'c') segs.splice(1, 0, { kind: 'v', latin: 'u', quality: 'short' });
  c.latin = 'ai';
  c.quality = 'diphthong';
}

/** مCاCC is the participle mufāʿil: Mu- (مناضل Munadel, مجاهد Mujahed), not Ma-. */
function mufail(segs: Seg[], letters: string[]): void {
  if (letters.length !== 5 || letters[0] !== 'م' || letters[2] !== 'ا') return;
  if ([1, 3, 4].some((i) => isVowelLetter(letters[i]))) return;
  if (segs[0]?.kind === 'c' && segs[1]?.kind === 'c') segs.splice(1, 0, { kind: 'v', latin: 'u', quality: 'short' });
}

const consonantAt = (letters: string[], i: number) =>
  letters[i] !== undefined && !isVowelLetter(letters[i]) && !'ءأإؤئ'.includes(letters[i]!);

/**
 * CwyC… is the diminutive fuwayl (سويد Suwaid, سويدي Suwaidi, رويلي Ruwaili, تويجري Tuwaijri), not Cawi-: the و
 * is a consonant and ي the diphthong ai.
 */
function fuwayl(segs: Seg[], letters: string[]): void {
  if (letters.length < 4 || letters[1] !== 'و' || letters[2] !== 'ي' || !consonantAt(letters, 0) || !consonantAt(letters, 3)) return;
  const [a, b, c] = segs;
  if (a?.kind !== 'c' || b?.kind !== 'c' || b.latin !== 'w' || c?.kind !== 'v' || c.latin !== 'i') return;
  segs.splice(1, 2, { kind: 'v', latin: 'u', quality: 'short' }, b, { kind: 'v', latin: 'ai', quality: 'diphthong' });
}

/** توCيC and تيCيC are the verbal noun tafʿīl (توفيق Tawfiq, تيسير Taisir): the diphthong aw or ai after the t. */
function tafil(segs: Seg[], letters: string[]): void {
  if (letters.length !== 5 || letters[0] !== 'ت' || !'وي'.includes(letters[1]!) || letters[3] !== 'ي') return;
  if (!consonantAt(letters, 2) || !consonantAt(letters, 4)) return;
  const b = segs[1];
  if (segs[0]?.kind !== 'c' || b?.kind !== 'v' || b.quality !== 'long') return;
  segs[1] = { kind: 'v', latin: letters[1] === 'و' ? 'aw' : 'ai', quality: 'diphthong' };
}

/**
 * مCCC, م and three consonants, is the participle mufʿil (محسن Mohsen, مصلح Musleh, منذر Munther, مقرن Muqrin):
 * Mu-, and e before the last consonant as in the fāʿil names.
 */
function mufil(segs: Seg[], letters: string[]): void {
  if (letters.length !== 4 || letters[0] !== 'م' || ![1, 2, 3].every((i) => consonantAt(letters, i) || letters[i] === 'ع')) return;
  if (segs.length !== 4 || segs.some((s) => s.kind !== 'c')) return;
  segs.splice(1, 0, { kind: 'v', latin: 'u', quality: 'short' });
  segs.splice(4, 0, { kind: 'v', latin: 'e', quality: 'short' });
}

/**
 * أ + C + و + C is the elative afʿal (أنور Anwar, أجود Ajwad): و is a consonant, not ou; أ + ي + C at the start is
 * the diphthong ay (أيمن Ayman, أيهم Ayham), where إي and bare اي are a long i (إيمان Iman).
 */
function aCwaC(segs: Seg[], letters: string[]): void {
  if (letters[0] !== 'أ') return;
  if (letters.length === 4 && letters[2] === 'و' && consonantAt(letters, 1) && consonantAt(letters, 3)) {
    const i = segs.findIndex((s, k) => k > 0 && s.kind === 'v' && s.latin === 'ou');
    if (i === 2) segs.splice(2, 1, { kind: 'c', latin: 'w' });
    return;
  }
  if (letters[1] === 'ي' && segs[0]?.kind === 'v' && segs[0].latin === 'i' && consonantAt(letters, 2)) {
    segs[0] = { kind: 'v', latin: 'ay', quality: 'diphthong' };
  }
}

/**
 * اCتCاC at the start of a word is the verbal noun iftiʿāl (انتصار Intisar, ابتسام Ibtisam, اعتماد Itimad): i-,
 * and i after the t.
 */
function iftial(segs: Seg[], letters: string[]): void {
  if (letters.length !== 6 || !'اإ'.includes(letters[0]!) || !'تطد'.includes(letters[2]!) || letters[4] !== 'ا') return;
  if (![1, 3, 5].every((i) => consonantAt(letters, i) || letters[i] === 'ع')) return;
  const [a, b, c, d] = segs;
  if (a?.kind !== 'v' || b?.kind !== 'c' || c?.kind !== 'c' || d?.kind !== 'c') return;
  a.latin = 'i';
  segs.splice(3, 0, { kind: 'v', latin: 'i', quality: 'short' });
}

/** CوCCي is the nisba of a CūCaC name or place (دوسري Dousari, شوبكي Shoubaki, مومني Moumani): ou, then a. */
function fuali(segs: Seg[], letters: string[]): void {
  if (letters.length !== 5 || letters[1] !== 'و' || letters[4] !== 'ي' || ![0, 2, 3].every((i) => consonantAt(letters, i))) return;
  const b = segs[1];
  if (segs[0]?.kind !== 'c' || b?.kind !== 'v' || b.latin !== 'aw') return;
  segs[1] = { kind: 'v', latin: 'ou', quality: 'long' };
  segs.splice(3, 0, { kind: 'v', latin: 'a', quality: 'short' });
}

/** CCيCان is fuʿaylān (سليمان Sulaiman, قطيفان Qutaifan): u after the first consonant, ai for the ي. */
function fuaylan(segs: Seg[], letters: string[]): void {
  if (letters.length !== 6 || letters[2] !== 'ي' || letters[4] !== 'ا' || ![0, 1, 3, 5].every((i) => consonantAt(letters, i))) return;
  const [a, b, c] = segs;
  if (a?.kind !== 'c' || b?.kind !== 'c' || c?.kind !== 'v' || c.latin !== 'i') return;
  segs.splice(1, 0, { kind: 'v', latin: 'u', quality: 'short' });
  c.latin = 'ai';
  c.quality = 'diphthong';
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
  let out = '';
  segs.forEach((s, i) => {
    let latin = s.latin;
    const prev = segs[i - 1];
    if (s.kind === 'c' && latin === 'k' && i === 0 && /^[اولر]$/.test(letters[1] ?? '')) latin = 'c';
    if (s.kind === 'c' && latin === 'gh') latin = 'g';
    if (s.kind === 'c' && latin === 'q') latin = 'k';
    if (s.kind === 'c' && latin === 'dh') latin = 'z';
    // ف between vowels is v (ديفيد David, إيفانوف Ivanov, كيفن Kevin).
    if (s.kind === 'c' && latin === 'f' && prev?.kind === 'v' && segs[i + 1]?.kind === 'v') latin = 'v';
    // -er, -en, -el after a consonant at the end (كارتر Carter, وارنر Warner), but not Carl, Colin.
    const cluster = { r: /^[r']$/, n: /^[rl']$/, l: /^[rln']$/ }[latin];
    if (i === segs.length - 1 && s.kind === 'c' && prev?.kind === 'c' && cluster && !cluster.test(prev.latin)) latin = 'e' + latin;
    if (s.kind === 'c' && s.double && latin.length === 1) latin += latin;
    out += latin;
  });
  return out
    .replace(/tsh/g, 'ch')
    .replace(/of$/, 'ov')
    .replace(/if$/, 'ev')
    .replace(/ofa$/, 'ova')
    .replace(/ifa$/, 'eva')
    .replace(/a[ow]$/, 'au')
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
