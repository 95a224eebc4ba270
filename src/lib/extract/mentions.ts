import { articleWords, type KeyedWord } from '../arabic/words.ts';
import { isDetachedProcliticKey, keyPrefixToOffset, procliticReadings, type CliticReading } from '../arabic/clitics.ts';
import type { AliasIndex } from '../kb/index-aliases.ts';
import type { Entity } from '../kb/schema.ts';

/** A name of a knowledge-base entity found in a text. */
export interface Match {
  entity: Entity;
  /** Offsets of the name in the text, proclitics outside. */
  start: number;
  end: number;
  /** The surface form: `text.slice(start, end)`, except that ل+ال written لل gets its ال back (`للمنظمة` → `المنظمة`). */
  surface: string;
}

interface KeyPart {
  key: string;
  token: KeyedWord;
  /** First key part of its token: only there may a proclitic be cut. */
  first: boolean;
}

/**
 * What may stand between the words of one name: spaces, hyphens, tatweel (not quotes: `تنظيم «داعش»` names داعش;
 * not a line break, which ends the sentence a mention must lie in).
 */
const JOINER = /^(?:(?![\n\r\u2028\u2029])[\s\-–ـ])*$/;

/**
 * Finds knowledge-base names in `text`, longest match first, left to right, never overlapping.
 * A proclitic (و ف ب ك ل, لل) is cut from the first word only when the rest is a known name.
 */
export function findMentions(text: string, index: AliasIndex): Match[] {
  const parts: KeyPart[] = [];
  for (const token of articleWords(text)) {
    if (!token.key.includes(' ')) {
      if (token.key) parts.push({ key: token.key, token, first: true });
      continue;
    }
    token.key
      .split(' ')
      .filter(Boolean)
      .forEach((key, i) => parts.push({ key, token, first: i === 0 }));
  }
  const out: Match[] = [];
  for (let i = 0; i < parts.length; ) {
    const part = parts[i]!;
    const best = part.first && !isDetachedProcliticKey(part.token.key) ? longestAt(parts, i, text, index) : undefined;
    if (!best) {
      i++;
      continue;
    }
    const last = parts[i + best.length - 1]!.token;
    const start = part.token.start + keyPrefixToOffset(part.token.text, best.reading.cut);
    const written = text.slice(start, last.end);
    out.push({ entity: best.entity, start, end: last.end, surface: best.reading.restoresAl ? 'ا' + written : written });
    i += best.length;
    while (i < parts.length && !parts[i]!.first) i++;
  }
  return out;
}

function longestAt(parts: KeyPart[], i: number, text: string, index: AliasIndex) {
  let best: { entity: Entity; length: number; reading: CliticReading } | undefined;
  for (const reading of parts[i]!.first ? parts[i]!.token.readings : procliticReadings(parts[i]!.key)) {
    for (const cand of index.candidates(reading.rest)) {
      const n = cand.tokens.length;
      if (best && n <= best.length) break;
      if (cand.exact && parts[i]!.token.text !== cand.exact) continue;
      if (matchesFrom(parts, i, cand.tokens, text)) {
        best = { entity: cand.entity, length: n, reading };
        break;
      }
    }
  }
  // A name must end at a word boundary: `أ.ب` must not match the first half of `أ.ب.ج`.
  if (best) {
    const next = parts[i + best.length];
    if (next && !next.first) return undefined;
  }
  return best;
}

function matchesFrom(parts: KeyPart[], i: number, keys: string[], text: string): boolean {
  if (i + keys.length > parts.length) return false;
  for (let k = 1; k < keys.length; k++) {
    const prev = parts[i + k - 1]!;
    const cur = parts[i + k]!;
    if (cur.key !== keys[k]) return false;
    if (cur.first && !JOINER.test(text.slice(prev.token.end, cur.token.start))) return false;
  }
  return true;
}
