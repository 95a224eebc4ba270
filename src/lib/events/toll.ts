import { countOfNoun, quantityAt, type Quantity } from '../arabic/numbers.ts';
import type { Toll } from '../extract/schema.ts';
import { INJURED_AFTER, INJURED_BEFORE, KILLED_AFTER, KILLED_BEFORE, KILLED_VERBS } from './lexicon.ts';
import { isOneOf, type Clause } from './words.ts';

/** Words that end the group a figure counts (`25 عنصراً من قوات النظام | في هجوم…`). */
const GROUP_END = new Set(['في', 'خلال', 'جراء', 'اثر', 'بعد', 'علي', 'اضافه', 'مقابل', 'بينهم', 'منهم', 'واصابه', 'وجرح', 'بنيران', 'برصاص', 'اليوم', 'امس']);

/**
 * The killed and injured figures of a clause, each with the group it counts: `مقتل 25 عنصراً من قوات النظام مقابل
 * 13 من داعش` is two figures, `إصابة 3 آخرين` a third. Figures come from digits, number words, ranges
 * (`عشرات` 10–99) and person nouns (`مقتل مسلح` is one).
 */
export function tollIn(clause: Clause, text: string): Toll[] {
  const ws = clause.words;
  const keys = ws.map((w) => w.key);
  const out: Toll[] = [];
  let last: Toll['kind'] | undefined;
  for (let i = 0; i < ws.length; i++) {
    const b = ws[i]!.bare;
    const k = ws[i]!.key;
    let kind: Toll['kind'] | undefined;
    let q: Quantity | null = null;
    let at = i + 1;
    if (KILLED_BEFORE.has(b) || KILLED_BEFORE.has(k) || INJURED_BEFORE.has(b) || INJURED_BEFORE.has(k)) {
      kind = KILLED_BEFORE.has(b) || KILLED_BEFORE.has(k) ? 'killed' : 'injured';
      // `مقتل وإصابة 25`: killed and injured together give no figure of either.
      if (INJURED_BEFORE.has(ws[i + 1]?.bare ?? '')) continue;
      q = quantityAt(keys, at);
      if (!q) {
        const n = countOfNoun(keys[at]);
        if (n !== null) q = { min: n, max: n, approximate: false, length: 0 };
      }
      // `سقوط عشرات القتلى والجرحى` counts both together; `سقوط 5 جرحى` counts the injured.
      const noun = q && q.length ? ws[at + q.length] : undefined;
      if (noun && ws[at + q!.length + 1]?.key.startsWith('و') && INJURED_AFTER.has(ws[at + q!.length + 1]!.bare) && KILLED_AFTER.has(noun.bare)) continue;
      if (noun && (isOneOf(INJURED_AFTER, noun))) kind = 'injured';
    } else if ((b === 'مقابل' || k === 'و' || b === 'بينما') && last) {
      // `مقابل 13 من داعش`, `وإصابة 3 آخرين` are read by their own words; `مقابل` carries the last kind on.
      kind = b === 'مقابل' ? last : undefined;
      if (kind) q = quantityAt(keys, at);
    } else {
      const n = quantityAt(keys, i);
      let after = n ? ws[i + n.length] : undefined;
      // `25 عنصراً قتلوا`: a verb after the counted noun says what happened to them.
      const verbAfter = n ? ws[i + n.length + 1] : undefined;
      if (after && verbAfter && !KILLED_AFTER.has(after.key) && (isOneOf(KILLED_VERBS, verbAfter))) after = verbAfter;
      const says = (w: typeof after) => !!w && (isOneOf(KILLED_AFTER, w) || isOneOf(KILLED_VERBS, w));
      // `عشرات القتلى والجرحى`: the killed and injured counted together give no figure of either.
      const joined = !!n && !!after && after !== verbAfter && ws[i + n.length + 1]?.key.startsWith('و') && INJURED_AFTER.has(ws[i + n.length + 1]!.bare);
      if (n && after && !joined && (says(after) || isOneOf(INJURED_AFTER, after))) {
        kind = says(after) ? 'killed' : 'injured';
        q = { ...n, length: after === verbAfter ? n.length : n.length + 1 };
        at = i;
      } else if (!n && (KILLED_AFTER.has(k) || INJURED_AFTER.has(k)) && (k === 'قتيلا' || k === 'قتيل' || k === 'جريح')) {
        // `قتيل` alone (`سقط قتيل`) is one; `قتلى` alone is no figure.
      }
    }
    if (!kind || !q) continue;
    const figEnd = at + Math.max(q.length, 1);
    const groupEnd = groupFrom(keys, at + q.length);
    const first = ws[q.length ? at : at - 1]!;
    const lastWord = ws[Math.max(figEnd, groupEnd) - 1] ?? first;
    const group = groupEnd > at + q.length ? text.slice(ws[at + q.length]!.start, ws[groupEnd - 1]!.end) : null;
    const gStart = ws[at + q.length]?.start ?? Infinity;
    const gEnd = ws[groupEnd - 1]?.end ?? -1;
    const actor = clause.matches.find((m) => m.start >= gStart && m.end <= gEnd && m.entity.type !== 'place')?.entity.id ?? null;
    out.push({
      kind, min: q.min, max: q.max, approximate: q.approximate, group, actor,
      text: text.slice(ws[i]!.start, lastWord.end), start: ws[i]!.start, end: lastWord.end,
    });
    last = kind;
    i = Math.max(i, figEnd - 1);
  }
  return out;
}

/** The group after a figure runs to a few words (`عنصراً من قوات النظام السوري`), up to a word that ends it. */
function groupFrom(keys: string[], at: number): number {
  let j = at;
  while (j < keys.length && j < at + 7 && !GROUP_END.has(keys[j]!)) j++;
  return j;
}

/** Sum of the lower bounds of the figures of one kind, or null when there is none. */
export function total(toll: Toll[], kind: Toll['kind']): number | null {
  const xs = toll.filter((t) => t.kind === kind);
  return xs.length ? xs.reduce((n, t) => n + t.min, 0) : null;
}
