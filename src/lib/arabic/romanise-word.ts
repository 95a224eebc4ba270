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
 * - مCاCC is the participle mufāʿil, Mu- (مناضل Munadel);
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

const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', پ: 'p', چ: 'ch', ڤ: 'v',
  گ: 'g', ژ: 'zh', ی: 'y', ک: 'k',
};
const SHADDA = '\u0651';
const MARKS = /[\u0610-\u061A\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F]/g;

/** A consonant (`c`), or a vowel: long (ā, ī, ū, or the diphthongs), or a short one the spelling shows. */
type Seg =
  | { kind: 'c'; latin: string; glottal?: boolean; double?: boolean }
  | { kind: 'v'; latin: string; quality: 'long-a' | 'long' | 'short' | 'diphthong' | 'onset' };

const isVowelLetter = (c: string | undefined) => c === 'ا' || c === 'و' || c === 'ي' || c === 'ى' || c === 'ة' || c === 'آ';

function segments(letters: string[], foreign: boolean): Seg[] {
  const out: Seg[] = [];
  const n = letters.length;
  const consonantsAfter = (i: number) => {
    let k = 0;
    for (let j = i + 1; j < n && !isVowelLetter(letters[j]) && letters[j] !== SHADDA; j++) k++;
    return k;
  };
  for (let i = 0; i < n; i++) {
    const ch = letters[i]!;
    const next = letters[i + 1];
    const prev = out.at(-1);
    const last = i === n - 1;
    if (ch === SHADDA) {
      if (prev?.kind === 'c') prev.double = true;
      continue;
    }
    if (ch === 'ا' || ch === 'أ' || ch === 'آ' || ch === 'إ' || ch === 'ٱ') {
      if (i === 0 && next === 'ي' && letters[2] !== undefined && !isVowelLetter(letters[2])) {
        // إي / اي at the start: a long i (إيمان Iman, إيفانوف Ivanov).
        out.push({ kind: 'v', latin: 'i', quality: 'long' });
        i++;
        continue;
      }
      if (i === 0) out.push({ kind: 'v', latin: ch === 'إ' ? (foreign ? 'e' : 'i') : 'a', quality: ch === 'آ' ? 'long-a' : 'onset' });
      else if (ch === 'أ' && prev?.kind === 'c') out.push({ kind: 'c', latin: "'", glottal: true });
      else out.push({ kind: 'v', latin: 'a', quality: 'long-a' });
      continue;
    }
    if (ch === 'ع' || ch === 'ء' || ch === 'ؤ' || ch === 'ئ') {
      if (ch === 'ء' && last && prev?.kind === 'v') out.push({ kind: 'v', latin: 'a', quality: 'short' });
      else if (ch === 'ئ' && prev?.kind === 'v' && next === 'ي' && i + 2 === n) {
        // Final ـائي: -ai (سامرائي Samarrai, طائي Taie).
        out.push({ kind: 'v', latin: 'i', quality: 'long' });
        i++;
      } else if (ch === 'ئ' && prev?.kind === 'v') out.push({ kind: 'v', latin: foreign ? 'i' : 'e', quality: 'short' });
      else if (ch === 'ؤ') out.push({ kind: 'v', latin: foreign ? 'o' : 'ou', quality: 'long' });
      // An initial ع before a vowel letter is silent (عادل Adel, عيسى Isa), but و/ي before a vowel letter are
      // consonants there (عواد Awad).
      else if (i === 0) {
        const silent = isVowelLetter(next) && !((next === 'و' || next === 'ي') && isVowelLetter(letters[2]));
        out.push({ kind: 'v', latin: silent ? '' : 'a', quality: 'onset' });
      }
      else if (ch === 'ئ' && last) out.push({ kind: 'v', latin: 'i', quality: 'long' });
      else out.push({ kind: 'c', latin: "'", glottal: true });
      continue;
    }
    if (ch === 'ى') {
      out.push({ kind: 'v', latin: 'a', quality: 'long-a' });
      continue;
    }
    if (ch === 'ة') {
      if (prev?.kind === 'v' && prev.latin === 'i') out.push({ kind: 'c', latin: 'y' });
      out.push({ kind: 'v', latin: 'a', quality: 'short' });
      continue;
    }
    if (ch === 'و' || ch === 'ي') {
      // After a consonant, or after the silent onset of an initial ع (عيسى Isa).
      const afterConsonant = prev?.kind === 'c' || (prev?.kind === 'v' && prev.latin === '' && out.length === 1);
      const afterA = prev?.kind === 'v' && prev.quality === 'long-a' && i > 0 && letters[i - 1] === 'ا';
      const beforeVowel = next !== undefined && (next !== 'ة' || ch === 'و') && isVowelLetter(next);
      if (i === 0 || (!afterConsonant && !afterA) || (beforeVowel && !(ch === 'و' && next === 'ي' && i + 2 === n))) {
        // ي before و in a foreign -ius (فابيوس Fabius) is a vowel.
        if (foreign && ch === 'ي' && next === 'و' && afterConsonant) out.push({ kind: 'v', latin: 'i', quality: 'long' });
        else if (foreign && ch === 'و' && prev?.kind === 'v' && prev.latin === 'i') out.push({ kind: 'v', latin: 'o', quality: 'long' });
        else out.push({ kind: 'c', latin: ch === 'و' ? 'w' : 'y' });
        continue;
      }
      if (ch === 'و' && next === 'ي' && i + 2 === n && afterConsonant && !foreign) {
        // Final ـوي: the nisba -awi (بدوي Badawi, موسوي Mousawi).
        out.push({ kind: 'v', latin: 'a', quality: 'short' }, { kind: 'c', latin: 'w' }, { kind: 'v', latin: 'i', quality: 'long' });
        i++;
        continue;
      }
      if (afterA && !foreign && ch === 'و' && next === 'ي' && i + 2 === n) {
        // ـاوي: -awi (عيساوي Issawi, طحاوي Tahawi).
        out.push({ kind: 'c', latin: 'w' }, { kind: 'v', latin: 'i', quality: 'long' });
        i++;
        continue;
      }
      if (afterA && !foreign) {
        // After ا, و and ي are consonants (نايف Nayef, فايز Fayez), but داود is Daoud.
        if (ch === 'ي' && last) out.push({ kind: 'v', latin: 'i', quality: 'long' }); // كرزاي Karzai
        else if (ch === 'ي' || last) out.push({ kind: 'c', latin: ch === 'و' ? 'w' : 'y' });
        else out.push({ kind: 'v', latin: 'ou', quality: 'long' });
        continue;
      }
      const firstConsonantBefore = out.length === 1 && afterConsonant;
      const diphthong =
        !foreign && firstConsonantBefore && letters[0] !== 'ي' && (consonantsAfter(i) >= 2 || (ch === 'ي' && n <= 3));
      if (diphthong) out.push({ kind: 'v', latin: ch === 'و' ? 'aw' : 'ai', quality: 'diphthong' });
      else if (ch === 'و') out.push({ kind: 'v', latin: foreign ? 'o' : last ? 'u' : 'ou', quality: 'long' });
      else out.push({ kind: 'v', latin: foreign && last ? 'y' : 'i', quality: 'long' });
      continue;
    }
    const latin = CONSONANTS[ch];
    if (latin === undefined) continue;
    out.push({ kind: 'c', latin });
  }
  return out;
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
  else if (m >= 3) for (let j = from + 1; j < run - 1; j += 2) v[j] = 'a';
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
  if (!foreign) mufail(segs, letters);
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
  if (letters.length !== 5 || letters[0] !== 'م' || letters[2] !== 'ا' || isVowelLetter(letters[1]) || isVowelLetter(letters[3]) || isVowelLetter(letters[4])) return;
  if (segs[0]?.kind === 'c' && segs[1]?.kind === 'c') segs.splice(1, 0, { kind: 'v', latin: 'u', quality: 'short' });
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
