import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseKey } from './normalise.ts';

/**
 * The names lexicon (`data/names/name-parts.tsv`): Arabic given names and name parts with their usual English
 * form, one `arabic<TAB>English` per line (`#` comments). Keys are normalised; the first spelling of a key wins.
 * This is the membership list the person finder and the tagger's features read; the English forms of names are
 * `readEnglishNames`.
 */
export function readNameLexicon(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  readTsv(join(dir, 'name-parts.tsv'), out, false);
  return out;
}

/** Name parts with their English form, and which of them are foreign names written in Arabic letters. */
export class NameLexicon extends Map<string, string> {
  /** Keys of foreign names (`كارل`, `لافروف`): a name with one of them is romanised by the foreign rules. */
  readonly foreign = new Set<string>();
  /** The family-name files' entries (`سلمي` Sulami where the given names have `سلمى` Salma, one key). */
  readonly family = new Map<string, string>();
  /**
   * A country's spellings of given names it shares with Arabic (`given-iran.tsv`: `حسين` Hossein; `given-turkey.tsv`:
   * `محمد` Mehmet), by country tag, for a name with a family name of that country.
   */
  readonly givenByCountry = new Map<string, Map<string, string>>();
  /** The country tag of a family name from a `*-family-<country>.tsv` file (`ظريف` iran, `أردوغان` turkey). */
  readonly familyCountry = new Map<string, string>();
  private skeletons?: Map<string, string | null>;

  /**
   * The foreign entry whose consonant skeleton (`skeleton`) is this word's, if exactly one English form has it:
   * Arabic copy spells foreign names many ways (غوتيريش, جوتيريش; لافرينتييف, لافرنتييف).
   */
  foreignBySkeleton(key: string): string | undefined {
    if (!this.skeletons) {
      this.skeletons = new Map();
      for (const k of this.foreign) {
        if (k.includes(' ')) continue;
        const sk = skeleton(k);
        const en = this.get(k)!;
        const had = this.skeletons.get(sk);
        this.skeletons.set(sk, had === undefined || had === en ? en : null);
      }
    }
    return this.skeletons.get(skeleton(key)) ?? undefined;
  }
}

const SKELETON: Record<string, string> = {
  غ: 'ك', ج: 'ك', ق: 'ك', گ: 'ك', ط: 'ت', ص: 'س', ض: 'د', ذ: 'ز', ظ: 'ز', ح: 'ه', ث: 'س', ڤ: 'ف', پ: 'ب', چ: 'ك',
};

/**
 * A normalised key's consonants, with the letters Arabic copy uses for one foreign sound folded together
 * (g: غ ج ق ك; t: ت ط; s: س ص ث; z: ز ذ ظ; h: ه ح), and vowel letters, hamza and ain dropped: `لافرنتييف` →
 * `لفرنتف`.
 */
export function skeleton(key: string): string {
  return [...key.replace(/[اويىءعة\s]/g, '')].map((c) => SKELETON[c] ?? c).join('');
}

/**
 * The English forms of names: every `data/names/english/*.tsv` (given names, compound names, family names and
 * nisbas, particles, and in `foreign-*.tsv` foreign names as Arabic news writes them; see data/names/README.md),
 * then `name-parts.tsv` for what they lack. An entry of `عبد ال…` (two words) also gives its one-word spelling
 * (`عبدالرحمن`). The first spelling of a key wins, files in name order; the family files' own spellings are
 * kept apart too, for the words a name's position makes a family name. `given-<country>.tsv` files are read apart
 * (`givenByCountry`), and the keys of a `*-family-<country>.tsv` file are tagged with its country
 * (`familyCountry`).
 */
export function readEnglishNames(dir: string): NameLexicon {
  const out = new NameLexicon();
  const english = join(dir, 'english');
  const files = existsSync(english) ? readdirSync(english).filter((f) => f.endsWith('.tsv')).sort() : [];
  for (const f of files) {
    const given = /^given-([a-z]+)\.tsv$/.exec(f);
    if (given) {
      const map = out.givenByCountry.get(given[1]!) ?? new Map<string, string>();
      readTsv(join(english, f), map);
      out.givenByCountry.set(given[1]!, map);
      continue;
    }
    const added = readTsv(join(english, f), out);
    if (f.includes('foreign')) for (const k of added) out.foreign.add(k);
    const country = /-family-([a-z]+)\.tsv$/.exec(f)?.[1];
    if (country) for (const k of added) out.familyCountry.set(k, country);
    if (f.includes('family') && !f.includes('foreign')) readTsv(join(english, f), out.family);
  }
  readTsv(join(dir, 'name-parts.tsv'), out);
  return out;
}

/** Reads `arabic<TAB>English` lines into `out` (first key wins); returns the keys this file added. */
function readTsv(file: string, out: Map<string, string>, glue = true): string[] {
  const added: string[] = [];
  if (!existsSync(file)) return added;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      const [ar, en, extra] = line.replace(/#.*/, '').split('\t').map((s) => s?.trim());
      if (!ar && !en) return;
      if (!ar || !en || extra) {
        const got = JSON.stringify(line);
        throw new Error(`${file}:${n + 1}: expected "arabic<TAB>English", got ${got}; hint: one tab between the two forms`);
      }
      const key = normaliseKey(ar);
      for (const k of glue ? [key, key.replace(/^عبد ال/, 'عبدال')] : [key]) {
        if (out.has(k)) continue;
        out.set(k, en);
        added.push(k);
      }
    });
  return added;
}
