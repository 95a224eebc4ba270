import { normaliseKey } from './normalise.ts';

/**
 * A readable Latin rendering of an Arabic name for entities no editor has named in English yet
 * (`بسام صباغ` → `Bassam Sabbagh` is for a human; this gives `Basam Sabagh`). Vowels are guessed: short vowels
 * are not written in Arabic, so an `a` goes between two consonants that have none.
 */
const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: "'", ؤ: "'", ئ: "'", ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f',
  ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
};
const DROP = /[\u064B-\u065F\u0670\u0640\u200B-\u200F]/g;

function word(w: string): string {
  const letters = [...w.replace(DROP, '')];
  let out = '';
  let prevConsonant = false;
  /** Consonants in a row so far (a vowel letter ends a run). */
  let run = 0;
  const vowelLetter = (c: string | undefined) => c === 'ا' || c === 'و' || c === 'ي' || c === 'ى';
  // A three-letter word with no vowel letter is CaCC (بدر Badr, نصر Nasr, صقر Saqr).
  const threeConsonants = letters.length === 3 && !letters.some(vowelLetter);
  letters.forEach((ch, i) => {
    // و and ي are long vowels after a consonant, but consonants before ا (مروان Marwan, بيان Bayan).
    const isLong = (ch === 'و' || ch === 'ي') && i > 0 && prevConsonant && letters[i + 1] !== 'ا';
    let latin = isLong ? (ch === 'و' ? 'u' : 'i') : (LETTERS[ch] ?? ch);
    if (ch === 'ي' && i === letters.length - 1 && i > 0) latin = 'i';
    const consonant = !/^[aiu]$/.test(latin) && !isLong;
    // The pattern CaCCāC (سمحان Samhan, خيزران Khizran): no vowel before a run's third consonant ahead of a long
    // vowel, nor before the last letter of a three-consonant word.
    const closed = (run >= 2 && vowelLetter(letters[i + 1])) || (threeConsonants && i === 2);
    if (consonant && prevConsonant && i > 0 && !(i === 1 && letters[0] === 'ا') && !closed) out += 'a';
    out += latin;
    run = consonant ? run + 1 : 0;
    prevConsonant = consonant;
  });
  return out;
}

export function transliterate(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const article = /^ال(?=..)/.test(w);
      const latin = word(article ? w.slice(2) : w).replace(/^'+|'+$/g, '');
      const cap = latin.charAt(0).toUpperCase() + latin.slice(1);
      return article ? `al-${cap}` : cap;
    })
    .join(' ');
}

/**
 * The English form of an Arabic person's name as an English reader expects it: each word (or two-word name such as
 * عبد الرحمن) from the names lexicon (`data/names/name-parts.tsv`: محمد → Mohammed, بسام → Bassam, بن → bin), an
 * article-prefixed word as `al-` + its form (الأسد → al-Assad), عبدال + name written as one word as `Abdul…`, and
 * the letter-by-letter rendering of `transliterate` for a word the lexicon does not have.
 */
export function englishName(name: string, lexicon: ReadonlyMap<string, string> = new Map()): string {
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? lexicon.get(normaliseKey(`${words[i]} ${words[i + 1]}`)) : undefined;
    if (pair) {
      out.push(pair);
      i++;
    } else out.push(englishWord(words[i]!, lexicon));
  }
  return out.join(' ');
}

function englishWord(w: string, lexicon: ReadonlyMap<string, string>): string {
  const key = normaliseKey(w);
  const known = lexicon.get(key);
  if (known) return known;
  if (/^عبدال../.test(key)) {
    const rest = key.slice(5);
    const en = lexicon.get('عبد ال' + rest)?.replace(/^Abd(?:ul|el| al-)\s*/i, '') ?? transliterate(rest);
    return 'Abdul' + en.toLowerCase();
  }
  if (/^ال.{2}/.test(key)) {
    const rest = key.slice(2);
    return 'al-' + (lexicon.get(rest) ?? transliterate(w.slice(w.indexOf('ل') + 1)));
  }
  return transliterate(w);
}
