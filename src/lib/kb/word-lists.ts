import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseKey } from '../arabic/normalise.ts';
import { readEnglishNames, readNameLexicon, type NameLexicon } from '../arabic/name-lexicon.ts';
import { procliticReadings } from '../arabic/clitics.ts';
import { withoutEnding } from '../arabic/endings.ts';

/** The word lists the person finder uses (data/names/). */
export interface NameLists {
  /** Given names that begin a person's name. */
  given: ReadonlySet<string>;
  /** Words common outside names: never part of an unknown name. */
  common: ReadonlySet<string>;
  /** Titles and roles that stand before a name. */
  roles: ReadonlySet<string>;
  /** Given names and name parts with their usual English form (data/names/name-parts.tsv). */
  english?: ReadonlyMap<string, string>;
  /**
   * The English forms of names for naming the people found (data/names/english/ and name-parts.tsv): read by
   * `englishName` only, never as name membership, so a larger lexicon changes no find.
   */
  englishForms?: NameLexicon;
}

/** One normalised entry per line; `#` starts a comment. A missing file is an empty list. */
export function readWordList(file: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const key = normaliseKey(line.replace(/#.*/, ''));
    if (key) out.add(key);
  }
  return out;
}

export function loadNameLists(dir: string): NameLists {
  return {
    given: readWordList(join(dir, 'given-names.txt')),
    common: readWordList(join(dir, 'common-words.txt')),
    roles: readWordList(join(dir, 'roles.txt')),
    english: readNameLexicon(dir),
    englishForms: readEnglishNames(dir),
  };
}

/** One proclitic at most: a conjunction or a preposition. */
const UNSTACKED = { stacked: false } as const;

/**
 * Whether a word is common outside names: as it stands, once a proclitic is cut (`لقصف`, `للخطة`, `بمحافظة`), or
 * once a possessive or plural ending is cut (`حقوقه`, `مقاتلين`). Titles count as common.
 */
export function isCommonWord(lists: NameLists, key: string): boolean {
  let memo = commonMemo.get(lists);
  if (!memo) commonMemo.set(lists, (memo = new Map()));
  let common = memo.get(key);
  if (common === undefined) {
    common = commonWord(lists, key);
    if (memo.size > 100_000) memo.clear();
    memo.set(key, common);
  }
  return common;
}

/** `isCommonWord` per name lists (the same words come back in every article). */
const commonMemo = new WeakMap<NameLists, Map<string, boolean>>();

function commonWord(lists: NameLists, key: string): boolean {
  const forms = procliticReadings(key, UNSTACKED).map((r) => r.rest);
  for (const f of [...forms]) {
    const stem = withoutEnding(f, ['possessive', 'speaker', 'plural'], 3);
    if (stem !== f) forms.push(stem, stem + 'ه');
  }
  return forms.some((f) => lists.common.has(f) || lists.roles.has(f));
}
