import { articleWords } from '../arabic/words.ts';
import { normaliseKey, TANWEEN } from '../arabic/normalise.ts';
import { ARTICLE, hasArticle, startsWithPreposition, stripProclitics } from '../arabic/clitics.ts';
import { transliterate } from '../arabic/transliterate.ts';
import { Entity } from '../kb/schema.ts';
import { slugify } from '../kb/ids.ts';
import { isCommonWord, type NameLists } from '../kb/word-lists.ts';
import type { Match } from './mentions.ts';
import { HEADS } from './heads.ts';

const SPACE = /^[ \t\u00A0]+$/;
/** A quoted name right after the head: `حركة «نور الدين الزنكي»`. */
const QUOTED = /^\s*[«"“]([^«»"“”\n.،؛:!?؟]{2,60})[»"”]/u;
const MAX_WORDS = 3;
/** Words that end a name in any case. */
const STOP = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'ضد', 'بعد', 'قبل', 'التي', 'الذي', 'الذين', 'او', 'ثم', 'منذ', 'حيث', 'عند', 'لدي']);

/**
 * Organisations and places the knowledge base does not know, announced by a head noun (see heads.ts): the head
 * followed by a quoted name, or by one to three words that are not common outside names (with a strong head such as
 * `حي` or `جبل`, one common word will do). They become `unreviewed` entities with a transliterated English name.
 */
export function findHeadedNames(text: string, known: Match[], lists: NameLists, takenIds: ReadonlySet<string>): Match[] {
  const sorted = [...known].sort((a, b) => a.start - b.start);
  /** Whether a known match overlaps [start, end): binary search over matches sorted by start (they do not overlap). */
  const covered = (start: number, end: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.start < end;
  };
  const words = articleWords(text);
  const out: Match[] = [];
  const taken = new Set(takenIds);
  const byName = new Map<string, Entity>();
  const entityFor = (name: string, head: { type: 'organisation' | 'place'; kind: string }) => {
    const key = normaliseKey(name);
    let entity = byName.get(key);
    if (!entity) {
      const en = transliterate(name);
      let id = slugify(en);
      for (let n = 2; taken.has(id); n++) id = slugify(`${en}-${n}`);
      taken.add(id);
      entity = Entity.parse({ id, type: head.type, kind: head.kind, name: { ar: name, en }, source: 'extracted', unreviewed: true });
      byName.set(key, entity);
    }
    return entity;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const headKey = stripProclitics(w.key);
    const head = HEADS.get(headKey) ?? HEADS.get(w.key);
    if (!head || covered(w.start, w.end)) continue;
    const headStart = w.start + (w.text.length - stripProclitics(w.text).length);
    // A head with the article (`الحركة`) refers back to a name already given; a name needs the bare head.
    if (hasArticle(w.key) && !HEADS.has(w.key)) continue;
    const quoted = QUOTED.exec(text.slice(w.end));
    if (quoted) {
      const nameStart = w.end + quoted[0].indexOf(quoted[1]!);
      const nameEnd = nameStart + quoted[1]!.trim().length;
      if (covered(nameStart, nameEnd)) continue;
      const inner = text.slice(nameStart, nameEnd);
      const full = head.inName ? `${text.slice(headStart, w.end)} ${inner}` : inner;
      out.push({ entity: entityFor(full, head), start: nameStart, end: nameEnd, surface: inner });
      while (i + 1 < words.length && words[i + 1]!.start < nameEnd) i++;
      continue;
    }
    // A facility or landmark named after a known place (`مطار الطبقة`, `سد الفرات`) is an entity of its own.
    const nextWord = words[i + 1];
    const place = head.inName && head.type === 'place' && nextWord && SPACE.test(text.slice(w.end, nextWord.start))
      ? sorted.find((m) => m.start === nextWord.start && m.entity.type === 'place')
      : undefined;
    if (place) {
      const name = text.slice(headStart, place.end);
      out.push({ entity: entityFor(name, head), start: headStart, end: place.end, surface: name });
      while (i + 1 < words.length && words[i + 1]!.start < place.end) i++;
      continue;
    }
    let n = 0;
    let commonUsed = false;
    while (n < MAX_WORDS && i + 1 + n < words.length) {
      const next = words[i + 1 + n]!;
      const prev = words[i + n]!;
      if (!SPACE.test(text.slice(prev.end, next.start)) || covered(next.start, next.end)) break;
      if (STOP.has(next.key) || TANWEEN.test(next.text) || /^\d/.test(next.key) || !/\p{Script=Arabic}/u.test(next.text)) break;
      if (next.key.startsWith('و') && n > 0) break;
      // A word with a preposition in front (`بمحافظة`) starts a new phrase, not more of the name.
      if (n > 0 && startsWithPreposition(next.key) && (isCommonWord(lists, next.key) || HEADS.has(next.key.slice(1)))) break;
      const isCommon = isCommonWord(lists, next.key) || HEADS.has(next.key);
      if (isCommon) {
        if (!head.strong || commonUsed || n > 0 || !next.key.startsWith(ARTICLE)) break;
        commonUsed = true;
      }
      n++;
      if (commonUsed) break;
    }
    if (!n) continue;
    // One nisba adjective is a description, not a name: `قاعدة تركية` is a Turkish base.
    if (n === 1 && /يه$/.test(words[i + 1]!.key) && !words[i + 1]!.key.startsWith(ARTICLE)) continue;
    const last = words[i + n]!;
    const surface = text.slice(head.inName ? headStart : w.start, last.end);
    const name = text.slice(head.inName ? headStart : words[i + 1]!.start, last.end);
    out.push({ entity: entityFor(name, head), start: head.inName ? headStart : w.start, end: last.end, surface });
    i += n;
  }
  return out;
}
