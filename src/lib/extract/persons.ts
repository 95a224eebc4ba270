import { articleWords, type KeyedWord } from '../arabic/words.ts';
import { TANWEEN } from '../arabic/normalise.ts';
import { englishName } from '../arabic/transliterate.ts';
import { ARTICLE, procliticReadings } from '../arabic/clitics.ts';
import { withoutEnding } from '../arabic/endings.ts';
import { PersonIdentity } from './identity.ts';
import { isCommonWord, type NameLists } from '../kb/word-lists.ts';
import type { Match } from './mentions.ts';

/** Words that join the parts of one name. */
const CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام', 'ال', 'عبد', 'دي', 'دو', 'فان', 'فون']);
/** What may stand between two words of one name. */
const JOINER = /^[ \t\u00A0]+$/;
const MAX_WORDS = 4;
const ROLE_REACH = 6;

interface Word {
  token: KeyedWord;
  key: string;
  /** Covered by a knowledge-base match. */
  known: boolean;
  /** Covered by a known person's name. */
  person: boolean;
}

/** The prepositions a title takes (`بالسفير`, `للرئيس`): `كال` is «like the», not a title. */
const TITLE_PREPOSITIONS = { prepositions: ['ب', 'ل'], onlyBeforeArticle: true } as const;
/** A title's preposition in front, no conjunction (`بال`, `لل`). */
const TITLE_PREPOSITIONS_ONLY = { conjunctions: [], ...TITLE_PREPOSITIONS } as const;
/** Only a conjunction cut (`ومحمد` → `محمد`). */
const CONJUNCTION_ONLY = { prepositions: [] } as const;

/** `ال`, `بال`, `لل` or `و` in front: not how a first name starts. ف is left alone: it begins names (`فالح`, `فيصل`). */
const opensWithArticleOrAnd = (key: string) =>
  key.startsWith('و') || procliticReadings(key, TITLE_PREPOSITIONS_ONLY).some((r) => r.rest.startsWith(ARTICLE));

/** Whether a key is a title (see `isRole` in `findPersons`), per name lists: the same words come back in every article. */
const roleMemo = new WeakMap<NameLists, Map<string, boolean>>();

/** Prepositions whose normalised key is a given name (على → علي): compared as written. */
const FUNCTION_WORDS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'سوى', 'متى']);

/**
 * Finds person names the knowledge base does not know, and later surname-only mentions of every person:
 * - a given name (from data/names) followed by one to three name-like words (`فالح العيساوي`);
 * - a title or role (`السفيرة`, `المتحدث باسم …`) followed, within a few words and in the same sentence,
 *   by two or more name-like words (`نيكي هايلي`);
 * - a surname alone (`صباغ`) after the full name in the same article.
 * A word is name-like when it is not common outside names, not a known entity and not a role.
 * New persons become `unreviewed` entities with a conventional English name (see identity.ts for who is who).
 */
export function findPersons(text: string, known: Match[], lists: NameLists, takenIds: ReadonlySet<string>, identity?: PersonIdentity): Match[] {
  const sorted = [...known].sort((a, b) => a.start - b.start);
  let k = 0;
  const words = articleWords(text)
    .filter((t) => t.arabic)
    .map((token) => {
      while (k < sorted.length && sorted[k]!.end <= token.start) k++;
      const over = k < sorted.length && sorted[k]!.start < token.end ? sorted[k] : undefined;
      return { token, key: token.key, known: !!over, person: over?.entity.type === 'person' };
    });
  const common = (key: string) => isCommonWord(lists, key);
  // A first name starts with no article, conjunction or connector (`والفصيل`, `واصلوا`, `بن`) unless it is a given name.
  const nameLike = (w: Word | undefined, first: boolean) =>
    !!w &&
    !w.known &&
    w.key.length >= 2 &&
    !TANWEEN.test(w.token.text) &&
    !FUNCTION_WORDS.has(w.token.text) &&
    !common(w.key) &&
    !(first && CONNECTORS.has(w.key)) &&
    !(first && opensWithArticleOrAnd(w.key) && !lists.given.has(w.key));
  const adjacent = (a: Word, b: Word) => JOINER.test(text.slice(a.token.end, b.token.start));
  /** A title, with or without a conjunction, preposition or possessive ending (`ونظيرها`, `للسفير`). */
  let roles = roleMemo.get(lists);
  if (!roles) roleMemo.set(lists, (roles = new Map()));
  const isRole = (key: string) => {
    let role = roles.get(key);
    if (role === undefined) {
      const bare = procliticReadings(key, CONJUNCTION_ONLY).at(-1)!.rest;
      const forms = [...procliticReadings(key, TITLE_PREPOSITIONS).map((r) => r.rest), withoutEnding(bare, ['possessive'])];
      role = forms.some((k) => lists.roles.has(k));
      if (roles.size > 100_000) roles.clear();
      roles.set(key, role);
    }
    return role;
  };

  /** The longest name starting at word i (at least two words), or 0. */
  const nameLength = (i: number): number => {
    let n = 1;
    while (n < MAX_WORDS && i + n < words.length && adjacent(words[i + n - 1]!, words[i + n]!)) {
      const w = words[i + n]!;
      const prev = words[i + n - 1]!;
      // Past the second word a name goes on only through a connector, a patronymic (a given name) or ال-family name.
      const chain = n < 2 || CONNECTORS.has(prev.key) || lists.given.has(prev.key) || w.key.startsWith(ARTICLE);
      if (CONNECTORS.has(w.key) && nameLike(words[i + n + 1], false)) n++;
      // After a connector any unknown word is a name (`بن على` is bin Ali).
      else if (CONNECTORS.has(prev.key) && !w.known && !TANWEEN.test(w.token.text)) n++;
      // A later word that starts with و is a conjunction (`أطباء ومسعفون`), unless it is a given name.
      else if (w.key.startsWith('و') && !lists.given.has(w.key)) break;
      else if (chain && (nameLike(w, false) || (w.key.startsWith('عبد') && !w.known))) n++;
      else break;
    }
    while (n > 1 && CONNECTORS.has(words[i + n - 1]!.key)) n--; // `محمد بن نايف بن` ends before the last بن
    return n >= 2 ? n : 0;
  };

  const out: Match[] = [];
  const people = identity ?? new PersonIdentity(lists, takenIds, (name) => englishName(name, lists.englishForms ?? lists.english));
  for (const m of known) if (m.entity.type === 'person') people.register(text.slice(m.start, m.end), m.entity);

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.known) continue;
    // Only the conjunction is cut before a given name: ب or ل + a word is more often a preposition phrase.
    const stripped = w.token.afterConjunction;
    let start = -1;
    let cut = 0;
    if (CONNECTORS.has(w.key) || FUNCTION_WORDS.has(w.token.text)) continue;
    if (lists.given.has(w.key) && !isRole(w.key)) start = i;
    else if (stripped !== w.key && lists.given.has(stripped) && !isRole(stripped)) (start = i), (cut = 1);
    else if (isRole(w.key)) {
      let units = 0;
      for (let j = i + 1; j < words.length; j++) {
        // A known name counts as one word however long it is.
        if (!(words[j]!.known && words[j - 1]!.known && adjacent(words[j - 1]!, words[j]!))) units++;
        if (units > ROLE_REACH) break;
        if (/[.!?؟؛:\n]/.test(text.slice(words[j - 1]!.token.end, words[j]!.token.start))) break;
        if (words[j]!.person) break; // the title belongs to a name already known
        if (nameLike(words[j], true) && nameLike(words[j + 1], false) && adjacent(words[j]!, words[j + 1]!)) {
          start = j;
          break;
        }
      }
    }
    if (start < 0) {
      const own = people.surname(w.key);
      const surname = own ?? people.surname(stripped);
      if (surname) {
        const offset = own ? 0 : 1;
        out.push({ entity: surname, start: w.token.start + offset, end: w.token.end, surface: w.token.text.slice(offset) });
      }
      continue;
    }
    const n = nameLength(start);
    if (!n) continue;
    const first = words[start]!;
    const last = words[start + n - 1]!;
    const begin = first.token.start + (start === i ? cut : 0);
    const name = text.slice(begin, last.token.end);
    const entity = people.person(name);
    out.push({ entity, start: begin, end: last.token.end, surface: name });
    i = start + n - 1;
  }
  return out;
}
