import { normaliseKey, stripMarks } from './normalise.ts';
import { skeleton } from './name-lexicon.ts';
import { romaniseWord } from './romanise-word.ts';

/**
 * A readable Latin rendering of an Arabic name with no lexicon: each word by the rules of `romaniseWord` (the
 * short vowels guessed from the shape of the word), the article as `al-` with no sun-letter assimilation
 * (`الشامي` → `al-Shami`). Used for the places and bodies the patterns find; people get `englishName`.
 */
export function transliterate(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const article = /^ال(?=..)/.test(w);
      const latin = capital(romaniseWord(article ? w.slice(2) : w));
      return article ? `al-${latin}` : latin;
    })
    .join(' ');
}

/** A lexicon of name parts (normalised key → English form); `foreign` marks foreign names (name-lexicon.ts). */
export type EnglishLexicon = ReadonlyMap<string, string> & {
  readonly foreign?: ReadonlySet<string>;
  readonly family?: ReadonlyMap<string, string>;
  readonly givenByCountry?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly familyCountry?: ReadonlyMap<string, string>;
  foreignBySkeleton?(key: string): string | undefined;
};

const FOREIGN_LETTERS = /[پچڤگژ]/;
const PARTICLES: Record<string, string> = { بن: 'bin', بنت: 'bint', ابن: 'bin', ال: 'al-' };

/**
 * The English form of a person's Arabic name as an English reader expects it (house style: data/names/README.md):
 * - a word, or a name of two to four words, the lexicon knows, in its usual spelling (محمد Mohammed,
 *   عبد الرحمن Abdulrahman, بسام Bassam, كارل Carl, لافروف Lavrov);
 * - عبد + ال… as one word, `Abdul` + the name (عبد الستار Abdulsattar, عبدالمنعم Abdulmoneim);
 * - X الدين as `X-eddin` in one word (نور الدين Noureddin), X الله as `Xallah` (فضل الله Fadlallah);
 * - particles: بن bin (Ben at the start before a foreign name), ابن Ibn at the start and bin inside, بنت bint,
 *   أبو Abu, آل Al; أوغلو joins the word before it (داود أوغلو Davutoglu); بو, بل, بن glued to a known name are
 *   Bou-, Bel-, Ben- (بوحبيب Bouhabib);
 * - the last word of a name, or a word with the article, in its family-name spelling where the lexicon has one
 *   (السلمي al-Sulami, though سلمى is Salma);
 * - the article as `al-` + the word's form (الأسد al-Assad, الشامي al-Shami); a nisba of a known name as the name
 *   + i (العباسي al-Abbasi);
 * - in a name with an Iranian or Turkish family name, that country's spelling of a given name shared with Arabic
 *   (حسين سلامي Hossein Salami, not Hussein; محمد شيمشك Mehmet Simsek);
 * - another spelling of a foreign name the lexicon has, matched by its consonants (جوتيريش as غوتيريش Guterres);
 * - anything else by the rules of `romaniseWord`: the last word of a name as a family name, and every word by the
 *   foreign rules when the name has a foreign part the lexicon knows (كارل …) or a Persian letter.
 */
export function englishName(name: string, lexicon: EnglishLexicon = new Map()): string {
  const words = name.split(/\s+/).filter(Boolean);
  const keys = words.map((w) => normaliseKey(w));
  const foreign = words.some(
    (w, i) => FOREIGN_LETTERS.test(w) || !!lexicon.foreign?.has(keys[i]!) || !!foreignVariant(keys[i]!, lexicon, false),
  );
  // An Iranian or Turkish family name: that country's spellings of shared given names (محمد جواد ظريف Mohammad
  // Javad Zarif, محمد شيمشك Mehmet Simsek); a name with أوغلو is Turkish.
  const country = keys.map((k) => lexicon.familyCountry?.get(k) ?? (k === 'اوغلو' || k === 'اغلو' ? 'turkey' : undefined)).find(Boolean);
  const local = country ? lexicon.givenByCountry?.get(country) : undefined;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const key = keys[i]!;
    const next = keys[i + 1];
    // A full name of four or three words the lexicon has (عبد ربه منصور هادي Abdrabbuh Mansour Hadi).
    const four = i + 3 < words.length ? lexicon.get(keys.slice(i, i + 4).join(' ')) : undefined;
    const triple = four ? undefined : i + 2 < words.length ? lexicon.get(`${key} ${next} ${keys[i + 2]}`) : undefined;
    if (four || triple) {
      out.push((four ?? triple)!);
      i += four ? 3 : 2;
      continue;
    }
    if (next !== undefined) {
      const pair = local?.get(`${key} ${next}`) ?? lexicon.get(`${key} ${next}`);
      const compound = pair ?? compoundName(key, next, words[i + 1]!, lexicon);
      if (compound) {
        out.push(compound);
        i++;
        continue;
      }
    }
    if ((key === 'اوغلو' || key === 'اغلو') && out.length > 0 && !lexicon.has(key)) {
      out[out.length - 1] += 'oglu';
      continue;
    }
    if (words[i] === 'آل') {
      out.push('Al');
      continue;
    }
    // بن before a foreign name is the given name Ben (بن رودس Ben Rhodes).
    if (key === 'بن' && i === 0 && foreign && next !== undefined && lexicon.foreign?.has(next)) {
      out.push('Ben');
      continue;
    }
    const particle = PARTICLES[key];
    if (particle && !(key === 'ابن' && i === 0)) {
      out.push(particle);
      continue;
    }
    const family = i > 0 && i === words.length - 1;
    out.push(local?.get(key) ?? englishWord(words[i]!, key, lexicon, { family, foreign }));
  }
  return capital(out.join(' ').replace(/al- /g, 'al-'));
}

/** عبد ال…, X الدين, X الله as one name (null when the two words are not one). */
function compoundName(key: string, next: string, nextWord: string, lexicon: EnglishLexicon): string | null {
  if (key === 'عبد' && /^ال../.test(next)) return abdul(next.slice(2), nextWord, lexicon);
  if (next === 'الدين' && key !== 'عبد') return joinCompound(partOf(key, lexicon), 'eddin');
  if (next === 'الله' && key !== 'عبد') return joinCompound(partOf(key, lexicon), 'allah');
  return null;
}

function partOf(key: string, lexicon: EnglishLexicon): string {
  return (lexicon.get(key) ?? capital(romaniseWord(key))).replace(/\s+/g, '');
}

function joinCompound(first: string, tail: 'eddin' | 'allah'): string {
  // علاء الدين Alaeddin (one a of Alaa kept), عطا الله Atallah (the a merges with allah's).
  if (tail === 'allah') return first.replace(/[aeiou]+$/i, '') + tail;
  return first.replace(/([aeiou])\1$/i, '$1') + tail;
}

/** `Abdul` + the divine name or name after عبد ال (عبد الستار Abdulsattar); the lexicon's spelling of it if it has one. */
function abdul(rest: string, word: string, lexicon: EnglishLexicon): string {
  const known = lexicon.get('عبد ال' + rest) ?? lexicon.get('عبدال' + rest);
  if (known) return known;
  const part = lexicon.get(rest)?.replace(/^al-/i, '') ?? romaniseWord(word.replace(/^[اٱ]ل/, ''));
  return 'Abdul' + part.replace(/[\s-]+/g, '').toLowerCase();
}

function englishWord(word: string, key: string, lexicon: EnglishLexicon, options: { family: boolean; foreign: boolean }): string {
  const known = (options.family ? lexicon.family?.get(key) : undefined) ?? lexicon.get(key);
  if (known) return known;
  if (/^عبدال../.test(key)) return abdul(key.slice(5), word.slice(word.indexOf('ل') + 1), lexicon);
  // The article is a bare ال (أليس and إلياس begin with a hamza: no article).
  if (/^ال../.test(key) && /^ال/.test(stripMarks(word))) {
    const rest = key.slice(2);
    const bare = word.slice(word.indexOf('ل') + 1);
    // A foreign name never takes the Arabic article: اليان is al-Yan, not Jan.
    const arabic = lexicon.foreign?.has(rest) ? undefined : lexicon.get(rest);
    const en = lexicon.family?.get(rest) ?? arabic ?? nisbaOf(rest, lexicon) ?? capital(romaniseWord(bare, { family: options.family }));
    return /^(?:al|el)[- ]/i.test(en) ? en : 'al-' + en;
  }
  // Another spelling of a foreign name the lexicon has (جوتيريش Guterres, as غوتيريش).
  const variant = foreignVariant(key, lexicon, options.foreign);
  if (variant) return variant;
  // A nisba of a known name: العباسي al-Abbasi (عباس Abbas), الزيدي al-Zaidi.
  const nisba = nisbaOf(key, lexicon);
  if (nisba) return nisba;
  // بو, بل, بن glued to a known name: Maghrebi and Lebanese family names (بوحبيب Bouhabib, بلمختار Belmokhtar).
  const glued = /^(بو|بل|بن)(...+)$/.exec(key);
  const part = glued ? lexicon.get(glued[2]!) : undefined;
  if (glued && part && !options.foreign) return { بو: 'Bou', بل: 'Bel', بن: 'Ben' }[glued[1]!]! + part.toLowerCase();
  return capital(romaniseWord(word, options));
}

/**
 * A foreign lexicon entry with this word's consonant skeleton: four consonants or more in a name already read as
 * foreign, five or more in any name (shorter skeletons are shared by too many words).
 */
function foreignVariant(key: string, lexicon: EnglishLexicon, foreign: boolean): string | undefined {
  if (!lexicon.foreignBySkeleton || key.startsWith('ال')) return undefined;
  const consonants = skeleton(key).length;
  return consonants >= (foreign ? 4 : 5) ? lexicon.foreignBySkeleton(key) : undefined;
}

/** `Xi` for a word X + ي whose X is a known name ending in a consonant (عباسي Abbasi, هاشمي Hashemi). */
function nisbaOf(key: string, lexicon: EnglishLexicon): string | undefined {
  if (!/^...+ي$/.test(key)) return undefined;
  const stem = lexicon.get(key.slice(0, -1));
  return stem && /^[A-Z][a-z]+[^aeiouy\s]$/.test(stem) ? stem + 'i' : undefined;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
