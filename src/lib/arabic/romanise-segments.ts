/**
 * The letters of an Arabic word as consonants and vowels (romanise-word.ts reads them): which و and ي are long
 * vowels, diphthongs or consonants, what ا, ة, ى, hamza and ain stand for, where a shadda doubles.
 */

const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', پ: 'p', چ: 'ch', ڤ: 'v',
  گ: 'g', ژ: 'zh', ی: 'y', ک: 'k',
};
const SHADDA = '\u0651';
export const MARKS = /[\u0610-\u061A\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F]/g;

/** A consonant (`c`), or a vowel: long (ā, ī, ū, or the diphthongs), or a short one the spelling shows. */
export type Seg =
  | { kind: 'c'; latin: string; glottal?: boolean; double?: boolean }
  | { kind: 'v'; latin: string; quality: 'long-a' | 'long' | 'short' | 'diphthong' | 'onset' };

export const isVowelLetter = (c: string | undefined) => c === 'ا' || c === 'و' || c === 'ي' || c === 'ى' || c === 'ة' || c === 'آ';

export function segments(letters: string[], foreign: boolean): Seg[] {
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
      if (i === 0 && foreign && ch !== 'إ' && next === 'و' && letters[2] !== undefined && !isVowelLetter(letters[2])) {
        // أو / او at the start of a foreign name: o (أوربان Orban, أورتاغوس Ortagus).
        out.push({ kind: 'v', latin: 'o', quality: 'long' });
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
      // In a foreign name ي after the first consonant, before ر, is e (ميركل Merkel; جيرالد Jerald, تيري Tery:
      // the rule gives the e, not the g or the rr).
      else if (foreign && !last && out.length === 1 && out[0]!.kind === 'c' && next === 'ر') out.push({ kind: 'v', latin: 'e', quality: 'long' });
      else out.push({ kind: 'v', latin: foreign && last ? 'y' : 'i', quality: 'long' });
      continue;
    }
    const latin = CONSONANTS[ch];
    if (latin === undefined) continue;
    out.push({ kind: 'c', latin });
  }
  return out;
}

