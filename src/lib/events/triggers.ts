import { AIRCRAFT, ALLEGED, DEFUSED, MAY, NOT_FUTURE, NOT_PRESENT, SHARING, AMID, CARRIED_OUT, CARRIERS, CIRCUMSTANCE, DEPLOY, DOWNED, EDITORS, EXECUTION, FLYING, HELICOPTERS, HOLDING, NOT_TRIGGERS, RECEIVED, RECEIVING, REMAINS, SENTENCING, NEAR_SPAN, TOPIC, TRIGGERS, UNDER_CONTROL, VIOLENT, type TriggerRow, type Strength } from './lexicon.ts';
import { isOneOf, type Clause, type Word } from './words.ts';
import { withoutEnding } from '../arabic/endings.ts';
import { stripProclitics } from '../arabic/clitics.ts';
import { partOfDay } from '../arabic/dates.ts';

/** A trigger found in a clause: its row and the index of its first word in the clause. */
export interface Trigger {
  row: TriggerRow;
  at: number;
  length: number;
  /** Said as the circumstance of something else (`بعد أسبوع من المواجهات`, `منذ طرده`). */
  circumstance: boolean;
  /** Said as what goes with the clause's happening (`وسط غارات`, `بغطاء جوي`). */
  amid: boolean;
  /** Said as what may, will or would happen, or is threatened or planned (`قد تشن هجمات`, `سترسل طائرات`). */
  hypothetical: boolean;
}

interface Entry {
  row: TriggerRow;
  words: string[];
}

/** First word → phrases; a first word of 4+ letters also matches as a stem. */
const EXACT = new Map<string, Entry[]>();
const STEMS = new Map<string, Entry[]>();
for (const row of TRIGGERS) {
  for (const phrase of row.phrases) {
    const words = phrase.split(' ');
    const add = (map: Map<string, Entry[]>) => map.set(words[0]!, [...(map.get(words[0]!) ?? []), { row, words }]);
    add(EXACT);
    if (words[0]!.length >= 4) add(STEMS);
  }
}

/** The past-tense verb triggers a present-tense verb is a form of: `يقتل` → `قتل`, `يختطف` → `اختطف`. */
function presentTense(w: Word): Entry[] {
  const k = w.key;
  if (!/^[يت]/.test(k) || k.length < 4) return NONE;
  const stem = k.slice(1);
  return [...(EXACT.get(stem) ?? []), ...(EXACT.get(`ا${stem}`) ?? [])].filter((e) => e.words.length === 1);
}

const memo = new Map<string, Entry[]>();
const NONE: Entry[] = [];

/** The trigger phrases a word may start (memoised by word: the same words come back in every article). */
function candidates(w: Word): Entry[] {
  const id = w.key; // `bare` is a function of `key`
  let out = memo.get(id);
  if (out) return out;
  if (NOT_TRIGGERS.has(w.bare) || NOT_TRIGGERS.has(w.bare.replace(/^ال/, ''))) {
    memo.set(id, NONE);
    return NONE;
  }
  out = [...(EXACT.get(w.key) ?? []), ...(w.bare !== w.key ? (EXACT.get(w.bare) ?? []) : [])];
  for (let n = w.bare.length - 1; n >= 4; n--) {
    const stem = STEMS.get(w.bare.slice(0, n));
    if (stem) out.push(...stem);
  }
  // A violent word of three letters with a possessive (`جددت القوات قصفها`, `قتله`): too short to match as a stem.
  // Only violence: `قطعة` (a piece) keys as `قطعه`, which is no `قطع` (a cutting) with `ه`.
  if (!out.length) {
    const own = withoutEnding(w.bare, ['possessive'], 3);
    if (own !== w.bare) out = (EXACT.get(own) ?? []).filter((e) => e.words.length === 1 && VIOLENT.has(e.row.type));
  }
  if (!out.length) out = NONE;
  if (memo.size > 100_000) memo.clear();
  memo.set(id, out);
  return out;
}

const same = (w: Word | undefined, k: string) => !!w && (w.key === k || w.bare === k || w.bare === k.replace(/^ال/, ''));

/**
 * The triggers of a clause, in order, longest phrase first at each word. Words inside an entity's name
 * (`الأسلحة الكيميائية` in `منظمة حظر الأسلحة الكيميائية`) are not triggers; `تحت سيطرة` (under the control of) and
 * `الخاضعة لسيطرة` (held by) are a state, not a happening.
 */
export function triggersIn(clause: Clause): Trigger[] {
  const out: Trigger[] = [];
  const ws = clause.words;
  const ms = clause.matches;
  let m = 0; // words and names are both sorted by start: one sweep tells which words are inside a name
  for (let i = 0; i < ws.length; i++) {
    while (m < ms.length && ms[m]!.end <= ws[i]!.start) m++;
    if (m < ms.length && ms[m]!.start <= ws[i]!.start && ws[i]!.end <= ms[m]!.end) continue;
    let best: Trigger | undefined;
    // Headlines tell what happened in the present tense (`«داعش» يختطف عشرات المسيحيين`, `تركيا تقصف أهدافاً`).
    const found = candidates(ws[i]!);
    const all = clause.headline && !found.length ? presentTense(ws[i]!) : found;
    for (const e of all) {
      if (!e.words.every((k, j) => j === 0 || same(ws[i + j], k))) continue;
      const near = e.row.near;
      if (near && !nearAfter(clause, i + e.words.length, near, e.row.unless)) continue;
      if (!best || e.words.length > best.length) best = { row: e.row, at: i, length: e.words.length, circumstance: false, amid: false, hypothetical: false };
    }
    if (!best) continue;
    // `فجر اليوم`, `قبيل الفجر`: dawn, not "detonated".
    if (partOfDay(ws[i]!.key, ws[i + 1]?.key)) continue;
    const prev = ws[i - 1];
    if (best.row.type === 'territorial_change' && prev && (isOneOf(UNDER_CONTROL, prev))) continue;
    if (best.row.type === 'territorial_change' && ws.slice(Math.max(0, i - 6), i).some((w) => isOneOf(SHARING, w))) continue;
    // `تم تفكيك 21 عبوة ناسفة`: defused, not set off (a number may stand between).
    if (best.row.type === 'bombing' && ws.slice(Math.max(0, i - 3), i).some((w) => isOneOf(DEFUSED, w))) continue;
    best.hypothetical = hypothetical(clause, i);
    // `تخضع المدينة جزئياً لسيطرة المعارضة`: control after `لـ` is whose the land is (held by), not a taking. Not
    // `للسيطرة على` (to take): a push to take a place is told as the taking as often as not.
    if (best.row.type === 'territorial_change' && best.row.subType === 'territory taken' && /^لسيطر/.test(ws[i]!.key)) continue;
    // `أرسلت الولايات المتحدة ست طائرات إلى قاعدة إنجيرليك`: aircraft sent, deployed or sold are not a strike; nor
    // aircraft flying over (`حلق الطيران الحربي فوق المدينة`, `تحليق للطيران`): only what they drop or fire is.
    // Nor aircraft owned (`يمتلك مروحيات`), landing (`هبطت أربع طائرات`), made to carry (`طائرات نقل`) or shot down
    // (`أسقطت الفصائل طائرة حربية`).
    if (best.row.type === 'airstrike' && (isOneOf(AIRCRAFT, ws[i]) || HELICOPTERS.has(ws[i]!.bare)) &&
      (ws.slice(Math.max(0, i - 4), i).some((w) => isOneOf(DEPLOY, w) || isOneOf(FLYING, w) || isOneOf(HOLDING, w) || isOneOf(DOWNED, w)) ||
        (!!ws[i + 1] && CARRIERS.has(ws[i + 1]!.key)))) continue;
    // `أصدر القضاء أحكاماً بالإعدام`, `مطالبات بإعدامه`: a death sentence or a call for one is no execution; one
    // carried out is (`نفذ التنظيم حكم الإعدام`).
    if (best.row.type === 'attack' && EXECUTION.has(stripProclitics(ws[i]!.bare))) {
      const before = ws.slice(Math.max(0, i - 3), i);
      const carried = ws.slice(Math.max(0, i - 6), i).some((w) => CARRIED_OUT.has(w.key));
      if (before.some((w) => isOneOf(SENTENCING, w)) && !carried) continue;
    }
    // `سلمت الجبهة جثث القتلى`, `أهالي القتلى`: the dead named as whose bodies or kin, no killing told.
    if (best.row.strength === 'death' && prev && (isOneOf(REMAINS, prev))) continue;
    // `رئيس تحرير صحيفة`: an editor, not a liberation.
    if (best.row.type === 'territorial_change' && prev && (isOneOf(EDITORS, prev))) continue;
    // `روسيا التي تملك حق النقض`: holding the veto is no vote.
    if (best.row.type === 'vote' && ws.slice(Math.max(0, i - 4), i).some((w) => isOneOf(HOLDING, w))) continue;
    // `استقبلت العيادات 1600 حالة`, `استقبال المراجعين`: patients, refugees or a count received are no guests.
    if (best.row.type === 'meeting' && RECEIVING.has(ws[i]!.key) && ws.slice(i + 1, i + 5).some((w) => /^\d/.test(w.key) || isOneOf(RECEIVED, w))) continue;
    // `مؤتمر صحافي` is where a statement is made, not a meeting.
    if (best.row.type === 'meeting' && /^(صحافي|صحفي)$/.test(ws[i + 1]?.key ?? '')) continue;
    best.amid = !!ws[i - 1] && (AMID.has(ws[i - 1]!.key) || AMID.has(ws[i - 1]!.bare));
    best.circumstance =
      best.amid ||
      ws.slice(Math.max(0, i - 3), i).some((w) => isOneOf(CIRCUMSTANCE, w)) ||
      ws.slice(Math.max(0, i - 2), i).some((w) => isOneOf(TOPIC, w)) ||
      ws.slice(Math.max(0, i - 5), i).some((w) => isOneOf(ALLEGED, w));
    out.push(best);
    i += best.length - 1;
  }
  return out;
}

/**
 * Whether the trigger at word `i` is what may, will or would happen (`قد تشن هجمات`, `ستشن غارات`, `سوف`, `إذا`), or
 * what is threatened, planned or feared (`MAY`): said, not done.
 */
function hypothetical(clause: Clause, i: number): boolean {
  const ws = clause.words;
  const inName = (w: Word) => clause.matches.some((m) => m.start <= w.start && w.end <= m.end);
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const w = ws[j]!;
    if (inName(w)) continue;
    // `ما إذا كانت الغارة تمت` (whether) asks how it happened, not whether it will.
    if ((isOneOf(MAY, w) || MAY.has(w.key.replace(/^[وف]/, ''))) && !(/^(ما|عما)$/.test(ws[j - 1]?.key ?? '') && w.bare === 'اذا')) return true;
    // `في حال` (in case); `على كل حال` is no condition.
    if (w.bare === 'حال' && /^و?في$/.test(ws[j - 1]?.key ?? '')) return true;
    const next = ws[j + 1];
    if (/^[وف]?قد$/.test(w.key) && next && /^[يت]/.test(next.key) && next.key.length >= 3 && !NOT_PRESENT.test(next.key)) return true;
  }
  // `ستشن`, `سترسل طائرات`: the future, on the verb right before.
  const verb = ws.slice(Math.max(0, i - 2), i).find((w) => !inName(w) && /^و?س[يتن]/.test(w.key) && w.key.replace(/^و/, '').length >= 4);
  return !!verb && !NOT_FUTURE.test(verb.key.replace(/^و/, ''));
}

/**
 * Whether one of `near` comes within `NEAR_SPAN` words from `from`, a name counting as one word (`وزعت الحملة الوطنية
 * السعودية لنصرة الأشقاء في سوريا سلالاً`), and so another trigger phrase of several words: its later words are its
 * own (`أطلقت الأمم المتحدة نداء لوقف إطلاق النار`: the fire is the ceasefire's, not one opened). One of `unless`
 * before it makes the phrase something else (`أطلقت حملة لإخماد النار`).
 */
function nearAfter(clause: Clause, from: number, near: ReadonlySet<string>, unless?: ReadonlySet<string>): boolean {
  const ws = clause.words;
  let seen = 0;
  let nameEnd = -1;
  for (let j = from; j < ws.length && seen < NEAR_SPAN; j++) {
    const w = ws[j]!;
    if (w.start < nameEnd) continue;
    if (near.has(w.key) || near.has(w.bare)) return true;
    if (unless && (unless.has(w.key) || unless.has(w.bare))) return false;
    const name = clause.matches.find((m) => m.start <= w.start && w.start < m.end);
    if (name) nameEnd = name.end;
    else j += phraseAt(ws, j) - 1;
    seen++;
  }
  return false;
}

/** How many words the longest trigger phrase starting at word `i` spans (1 where none of several words does). */
function phraseAt(ws: Word[], i: number): number {
  let longest = 1;
  for (const e of candidates(ws[i]!)) {
    if (e.words.length > longest && e.words.every((k, j) => j === 0 || same(ws[i + j], k))) longest = e.words.length;
  }
  return longest;
}

const RANK: Record<Strength, number> = { specific: 2, generic: 1, death: 0, other: -1 };

/**
 * The trigger that types the clause: the first one, and for violence the strongest of the clause's violent
 * triggers, a specific weapon (`غارة`, `قصف`, `تفجير`) over a generic word (`هجوم`, `اشتباكات`) over a death word
 * (`مقتل`): `مقتل 5 في غارة` is an airstrike, `صوتت … بعدما زعم تقرير الهجمات الكيميائية` a vote.
 */
export function mainTrigger(found: Trigger[]): Trigger | undefined {
  // A clause that opens with what may happen is about that (`يرجح دبلوماسيون أن يصوت المجلس على قرار بشأن هجمات
  // بالغاز`): not typed by what its later words name.
  if (found[0]?.hypothetical) return undefined;
  const all = found.filter((t) => !t.hypothetical);
  const typed = all.filter((t) => t.row.strength !== 'other');
  const any = typed.length ? typed : all;
  const main = any.filter((t) => !t.circumstance);
  // `تجمعوا للتظاهر احتجاجاً على التفجير`: a weak word that is the happening beats a strong one that is its cause.
  const weak = main.length ? [] : all.filter((t) => !t.circumstance);
  const triggers = main.length ? main : weak.length ? weak : any;
  const first = triggers[0];
  if (!first || !VIOLENT.has(first.row.type)) return first;
  let best = first;
  for (const t of triggers) if (VIOLENT.has(t.row.type) && RANK[t.row.strength] > RANK[best.row.strength]) best = t;
  // `قصف الطيران الحربي المدينة`, `قصفت طائرات حربية`: shelling done by the aircraft that are its subject is a strike.
  if (best.row.type === 'shelling') {
    const by = triggers.find((t) => t.row.type === 'airstrike' && t.at === best.at + best.length);
    if (by) best = by;
  }
  return best;
}
