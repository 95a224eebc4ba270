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
  letters.forEach((ch, i) => {
    const isLong = (ch === 'و' || ch === 'ي') && i > 0 && prevConsonant;
    let latin = isLong ? (ch === 'و' ? 'u' : 'i') : (LETTERS[ch] ?? ch);
    if (ch === 'ي' && i === letters.length - 1 && i > 0) latin = 'i';
    const consonant = !/^[aiu]$/.test(latin) && !isLong;
    if (consonant && prevConsonant && i > 0 && !(i === 1 && letters[0] === 'ا')) out += 'a';
    out += latin;
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
