import { isVowelLetter, type Seg } from './romanise-segments.ts';

/**
 * The word shapes (Arabic patterns, awzān) whose short vowels the general rules of romanise-word.ts would guess
 * wrong, applied to a word's segments before they are written out: each rule names its pattern and examples
 * (data/names/README.md, "Fallback rules"). Arabic rules only; a foreign word never takes them.
 */
export function wordShapes(segs: Seg[], letters: string[], family: boolean): void {
  if (family) doubleFaaal(segs);
  fuayli(segs, letters);
  fuali(segs, letters);
  fuaylan(segs, letters);
  fuwayl(segs, letters);
  tafil(segs, letters);
  mufail(segs, letters);
  mufil(segs, letters);
  aCwaC(segs, letters);
  iftial(segs, letters);
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
 * مCCC, م and three consonants, is the participle mufʿil (محسن Muhsen, مصلح Musleh, مخلص Mukhles): Mu-, and e
 * before the last consonant as in the fāʿil names. Conventional spellings the rule does not give (Mohsen, Munther)
 * are the lexicon's.
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
