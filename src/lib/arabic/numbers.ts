/**
 * Arabic numbers as news copy writes them: digits (any script, normalised by `normaliseKey`), number words
 * (`ثلاثة`, `خمسة وعشرين`, `مئتي`), vague words that give a range (`عشرات` → 10–99) and the qualifiers that make a
 * figure a lower bound (`أكثر من`, `على الأقل`) or approximate (`نحو`). Input is normalised keys
 * (see `normaliseKey`), one per word; proclitics are cut here.
 */
import { strippedKey } from './clitics.ts';

/** A stated figure: exact when `min === max`; `max: null` is a lower bound. */
export interface Quantity {
  min: number;
  max: number | null;
  /** `نحو`, `حوالي`, `قرابة`: the figure is rounded by the source. */
  approximate: boolean;
  /** How many words the figure (with its qualifiers) takes from `at`. */
  length: number;
}

const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, ثلاث: 3, ثلاثه: 3,
  اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9,
};
const TEN = new Set(['عشر', 'عشره']);
const TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const HUNDREDS: Record<string, number> = {
  مءه: 100, ماءه: 100, مءتان: 200, مءتين: 200, مءتي: 200, ماءتان: 200, ماءتين: 200, ماءتي: 200,
  ثلاثمءه: 300, ثلاثماءه: 300, اربعمءه: 400, اربعماءه: 400, خمسمءه: 500, خمسماءه: 500, ستمءه: 600, ستماءه: 600,
  سبعمءه: 700, سبعماءه: 700, ثمانمءه: 800, ثمانماءه: 800, تسعمءه: 900, تسعماءه: 900,
};
const THOUSAND: Record<string, number> = { الف: 1000, الفا: 1000, الفان: 2000, الفين: 2000 };
/** Words that give an order of magnitude, not a figure: the range they allow. */
const VAGUE: Record<string, [number, number]> = { عشرات: [10, 99], مءات: [100, 999], ماءات: [100, 999], الاف: [1000, 9999] };
const APPROX = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'حوال', 'تقريبا']);
const MORE = new Set(['اكثر', 'ازيد']);

const bare = strippedKey;
/** A table entry for the key as written, else for the key without its proclitics. */
const get = <T>(table: Record<string, T>, k: string | undefined): T | undefined =>
  k === undefined ? undefined : (table[k] ?? table[bare(k)]);

/** Every word a figure may start with (number words, vague words, qualifiers), for a quick no. */
const STARTS = new Set([...Object.keys(UNITS), ...TEN, ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(THOUSAND), ...Object.keys(VAGUE), ...APPROX, ...MORE]);
const mayStart = (k: string) => /\d/.test(k) || STARTS.has(k) || STARTS.has(bare(k));

/** A number word or digits at `at` (no qualifiers): value and words used, or null. */
function plainAt(keys: string[], at: number): { value: number; length: number; vague?: [number, number] } | null {
  const k = keys[at];
  if (k === undefined) return null;
  if (/^\d+(?:[.,]\d+)?$/.test(k)) {
    let value = Number(k.replace(',', '.'));
    let length = 1;
    const next = keys[at + 1];
    if (get(THOUSAND, next) !== undefined || next === 'الاف') (value *= 1000), length++;
    else if (next === 'مليون' || next === 'ملايين') (value *= 1e6), length++;
    return Number.isInteger(value) ? { value, length } : null;
  }
  const vague = get(VAGUE, k);
  if (vague && !TEN.has(bare(k))) return { value: vague[0], length: 1, vague };
  let value = get(UNITS, k);
  let length = 1;
  if (value !== undefined) {
    if (TEN.has(keys[at + 1] ?? '')) return { value: value + 10, length: 2 }; // خمسة عشر
    const tens = get(TENS, keys[at + 1]);
    if (tens !== undefined && keys[at + 1]!.startsWith('و')) return { value: value + tens, length: 2 }; // خمسة وعشرين
    if (get(HUNDREDS, keys[at + 1]) === 100 && value >= 3) return { value: value * 100, length: 2 }; // ثلاث مئة
    if (keys[at + 1] === 'الاف' && value >= 3) return { value: value * 1000, length: 2 }; // ثلاثة آلاف
  } else if (TEN.has(bare(k))) value = 10;
  else value = get(TENS, k) ?? get(HUNDREDS, k) ?? get(THOUSAND, k);
  if (value === undefined) return null;
  // `مئة وخمسون`, `ألف ومئتين`: an و-joined smaller part adds up.
  const rest = keys[at + length];
  if (value >= 100 && rest?.startsWith('و')) {
    const more = plainAt([rest.slice(1), ...keys.slice(at + length + 1)], 0);
    if (more && !more.vague && more.value < value) return { value: value + more.value, length: length + more.length };
  }
  return { value, length };
}

/**
 * The figure that starts at word `at`, with its qualifiers: `أكثر من 30` (lower bound 31), `25 على الأقل` (lower
 * bound 25), `نحو 40` (approximate), `عشرات` (10–99). Null when no figure starts there.
 */
export function quantityAt(keys: string[], at: number): Quantity | null {
  const k0 = keys[at];
  if (k0 === undefined || !mayStart(k0)) return null;
  let i = at;
  let approximate = false;
  let more = false;
  if (APPROX.has(bare(keys[i]))) (approximate = true), i++;
  if (MORE.has(bare(keys[i])) && keys[i + 1] === 'من') (more = true), (i += 2);
  const n = plainAt(keys, i);
  if (!n) return null;
  let end = i + n.length;
  let atLeast = false;
  if (bare(keys[end]) === 'علي' && (keys[end + 1] === 'الاقل' || keys[end + 1] === 'اقل')) (atLeast = true), (end += 2);
  if (bare(keys[i - 2]) === 'علي' && keys[i - 1] === 'الاقل') atLeast = true;
  if (n.vague) return { min: n.vague[0], max: more || atLeast ? null : n.vague[1], approximate, length: end - at };
  if (more) return { min: n.value + 1, max: null, approximate, length: end - at };
  return { min: n.value, max: atLeast ? null : n.value, approximate, length: end - at };
}

/** Nouns for one person (`مقتل مسلح`) and their duals (`مقتل شخصين`): the count the noun itself states. */
const ONE = ['شخص', 'مدني', 'طفل', 'جندي', 'عنصر', 'مسلح', 'مقاتل', 'امراه', 'رجل', 'قيادي', 'ضابط', 'شاب', 'مواطن', 'قتيل', 'جريح', 'صحفي', 'ناشط'];
const COUNTED = new Map<string, number>([
  ...ONE.map((w) => [w, 1] as const),
  ...ONE.map((w) => [w.endsWith('ه') ? w.slice(0, -1) + 'تين' : w + 'ين', 2] as const),
  ...ONE.map((w) => [w.endsWith('ه') ? w.slice(0, -1) + 'تان' : w + 'ان', 2] as const),
]);

/** The count a person noun states by its number (`مسلح` → 1, `جنديين` → 2), or null. */
export function countOfNoun(key: string | undefined): number | null {
  if (key === undefined) return null;
  return COUNTED.get(key) ?? COUNTED.get(bare(key)) ?? null;
}

/** Ordinal day words, `الأول` … `الحادي والثلاثين` (normalised, without ال): for `السابع من أبريل`. */
const ORDINAL: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, ثاني: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10,
};

/** The day of the month an ordinal phrase at `at` names (`السابع`, `الحادي عشر`, `الثاني والعشرين`), or null. */
export function ordinalAt(keys: string[], at: number): { value: number; length: number } | null {
  const k = keys[at];
  if (!k?.startsWith('ال') && !/^[وفب]?ال/.test(k ?? '')) return null;
  const unit = ORDINAL[bare(k)];
  if (unit !== undefined) {
    if (TEN.has(keys[at + 1] ?? '')) return { value: unit + 10, length: 2 };
    const tens = TENS[bare(keys[at + 1])];
    if (tens !== undefined && (keys[at + 1] ?? '').startsWith('وال')) return { value: unit + tens, length: 2 };
    return { value: unit, length: 1 };
  }
  const tens = TENS[bare(k)];
  return tens === 20 || tens === 30 ? { value: tens, length: 1 } : null;
}
