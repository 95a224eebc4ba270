/**
 * Time expressions of Arabic news copy, resolved against the article date: absolute dates with month names in both
 * the Gregorian-loan and the Syro-Aramaic forms (`أبريل`/`نيسان`, `أيلول/سبتمبر`), ordinal days (`السابع من أبريل`),
 * years (`عام 2018`), weekdays (`الأربعاء`, `الثلاثاء الماضي`) and relative words (`أمس`, `اليوم`, `الشهر الماضي`,
 * `العام الماضي`, `قبل يومين`). `منذ 2015` says since when a state lasts, not when a happening was: it is skipped.
 * Input is normalised keys (`normaliseKey`), one per word. Nothing is guessed: a relative word without an article
 * date, or a month without a year or article date, gives nothing.
 */
import { strippedKey } from './clitics.ts';
import { ordinalAt, quantityAt } from './numbers.ts';

export type Precision = 'day' | 'week' | 'month' | 'year';

export interface TimeExpression {
  /** `YYYY-MM-DD` (day and week precision), `YYYY-MM` or `YYYY`. */
  date: string;
  precision: Precision;
  /** Stated in the text as a calendar date, or relative to the article date. */
  basis: 'absolute' | 'relative';
  /** Index of its first word and number of words. */
  at: number;
  length: number;
  /** Week precision: the days it may be (`from` … `to`); `date` is then the month or year they share. */
  range?: { from: string; to: string };
}

/** Month names, normalised, → month number. Two-word Levantine names are keyed by their first word + second. */
export const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, افريل: 4, مايو: 5, ماي: 5, يونيو: 6, يونيه: 6, جوان: 6, يوليو: 7, يوليه: 7,
  جويليه: 7, اغسطس: 8, اغشت: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12, جانفي: 1, فيفري: 2,
  شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9,
};
const TWO_WORD_MONTHS: Record<string, number> = {
  'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12, 'كانون الثاني': 1,
};
/** First words of two-word month names: only these need a look at the next word. */
const TWO_WORD_FIRST = new Set(Object.keys(TWO_WORD_MONTHS).map((k) => k.split(' ')[0]!));
/**
 * Month names that are also common words (`آب`/`أب` father, `مارس` he practised, `ماي`): a month only beside a
 * day, a year, `شهر`, or another name of the same month.
 */
const AMBIGUOUS: Record<string, number> = { اب: 8, مارس: 3, ماي: 5 };

/** Weekday names without ال → JavaScript day number. */
export const WEEKDAYS: Record<string, number> = { احد: 0, اثنين: 1, ثلاثاء: 2, اربعاء: 3, خميس: 4, جمعه: 5, سبت: 6 };

const PAST = new Set(['الماضي', 'الماضيه', 'الفاءت', 'الفاءته', 'المنصرم', 'المنصرمه', 'السابق']);
const THIS = new Set(['الحالي', 'الحاليه', 'الجاري', 'الجاريه']);
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه']);
const DAY = 86_400_000;
/** `مطلع`, `أواخر`…: a part of the month or year named next. */
const PART = new Set(['مطلع', 'بدايه', 'اوايل', 'اواءل', 'اواخر', 'نهايه', 'منتصف', 'اول']);
/** `في اليوم ذاته`, `اليوم التالي`: a day of the story, not the article's day. */
const SAME_DAY = new Set(['ذاته', 'نفسه', 'التالي', 'السابق', 'الاول', 'الثاني']);

const bare = strippedKey;

/**
 * Parts of a day said before the day they are of (`فجر اليوم`, `مساء أمس`, `ليلة الثلاثاء`, `منتصف ليل الأحد`): part
 * of the time expression, which keeps the day's precision (no hour is told).
 */
const PART_OF_DAY = new Set(['فجر', 'صباح', 'ظهر', 'ظهيره', 'عصر', 'مساء', 'ليل', 'ليله', 'منتصف', 'فجريه']);
/** The key is tried as it is first: `فجر` and `ليل` start with letters that are also proclitics. */
const isPartOfDay = (k: string | undefined) => !!k && (PART_OF_DAY.has(k) || PART_OF_DAY.has(bare(k)));
/** Words before `منتصف الليل` that make it the last midnight before the article was written (`بعد منتصف الليل`). */
const AFTER = new Set(['بعد', 'عقب', 'وبعد']);

/** Whether `next` names a day a part of the day is said of (`اليوم`, `أمس`, `الثلاثاء`, `يوم`, `15`). */
const dayWord = (next: string | undefined) =>
  !!next && (['اليوم', 'امس', 'غدا', 'يوم'].includes(bare(next)) || /^\d{1,2}$/.test(next) || (/^ال/.test(next) && WEEKDAYS[bare(next)] !== undefined));

/**
 * Whether the word keyed `key`, followed by `next`, names a part of the day (`فجر اليوم`, `فجر الثلاثاء`, `الفجر`):
 * `فجر` is then dawn, not the verb "detonated" (`فجر انتحاري نفسه`).
 */
export function partOfDay(key: string, next: string | undefined): boolean {
  if (!isPartOfDay(key)) return false;
  return /^(?:[وفبل]?ال|لل)/.test(key) || dayWord(next);
}

/** A day-precision expression with the parts of the day said before it (`فجر اليوم`, `منتصف ليل الثلاثاء`). */
function withPartOfDay(keys: string[], t: TimeExpression, from: number): TimeExpression {
  if (t.precision !== 'day') return t;
  let at = t.at;
  while (at > from && at > t.at - 2 && isPartOfDay(keys[at - 1])) at--;
  return at === t.at ? t : { ...t, at, length: t.length + t.at - at };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A month name at `at` (one or two words, or `أيلول/سبتمبر` as two names in a row): its number and length. */
export function monthAt(keys: string[], at: number): { month: number; length: number } | null {
  const k = keys[at];
  if (k === undefined) return null;
  const b = bare(k);
  const two = TWO_WORD_FIRST.has(b) || TWO_WORD_FIRST.has(k) ? (TWO_WORD_MONTHS[`${b} ${keys[at + 1]}`] ?? TWO_WORD_MONTHS[`${k} ${keys[at + 1]}`]) : undefined;
  let found = two !== undefined ? { month: two, length: 2 } : null;
  const one = MONTHS[k] ?? MONTHS[b];
  const word = AMBIGUOUS[k] ?? AMBIGUOUS[b];
  if (!found && one !== undefined && word === undefined) found = { month: one, length: 1 };
  if (!found && word !== undefined) {
    const prev = keys[at - 1] ?? '';
    const beside =
      /^\d{1,2}$/.test(prev) || (prev === 'من' && ordinalAt(keys, at - 2) !== null) || bare(prev) === 'شهر' ||
      /^(19|20)\d\d$/.test(keys[at + 1] ?? '') || monthAt2(keys, at + 1) === word || monthAt2(keys, at - 1) === word;
    if (beside) found = { month: word, length: 1 };
  }
  if (!found) return null;
  // `أيلول/سبتمبر`, `يونيو (حزيران)`: the second name of the same month is part of the expression.
  const again = monthAt2(keys, at + found.length);
  if (again === found.month) found.length++;
  return found;
}

function monthAt2(keys: string[], at: number): number | undefined {
  const k = keys[at];
  if (k === undefined) return undefined;
  return (TWO_WORD_FIRST.has(k) ? TWO_WORD_MONTHS[`${k} ${keys[at + 1]}`] : undefined) ?? MONTHS[k] ?? MONTHS[bare(k)];
}

/** A weekday at `at`, written with its article (`الأربعاء`, `يوم الجمعة`, `والخميس`), or null. */
export function weekdayAt(keys: string[], at: number): number | null {
  const k = keys[at];
  if (!k || !/^[وفبل]?ال/.test(k) && bare(keys[at - 1]) !== 'يوم') return null;
  return WEEKDAYS[bare(k)] ?? null;
}

/** Every word a time expression may start with, for a quick no on the others. */
const TIME_WORDS = new Set([
  ...Object.keys(MONTHS), ...TWO_WORD_FIRST, ...Object.keys(AMBIGUOUS), ...Object.keys(WEEKDAYS),
  'امس', 'اول', 'اليوم', 'واليوم', 'غدا', 'الليله', 'اسبوع', 'شهر', 'عام', 'سنه', 'قبل', 'منذ', 'حادي', 'ثاني', 'ثالث',
  'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر', 'عشرين', 'ثلاثين', 'اولي', 'منتصف',
]);
const PROCLITIC_START = /^(?:[وفبكل]|ال)/;
const isYear = (k: string | undefined) => !!k && /^(19|20)\d\d$/.test(k);
const UNIT_DAYS: Record<string, [number, number]> = {
  يوم: [1, 1], يومين: [2, 1], ايام: [3, 1], اسبوع: [7, 7], اسبوعين: [14, 7], اسابيع: [21, 7],
  شهر: [30, 30], شهرين: [60, 30], اشهر: [90, 30], عام: [365, 365], عامين: [730, 365], سنه: [365, 365], سنتين: [730, 365],
};

/**
 * The first time expression in `keys` that tells when something happened, resolved against `articleDate`
 * (`YYYY-MM-DD`), or null.
 */
export function timeIn(keys: string[], articleDate?: string, from = 0): TimeExpression | null {
  const t = timeFrom(keys, articleDate, from);
  return t ? withPartOfDay(keys, t, from) : null;
}

function timeFrom(keys: string[], articleDate: string | undefined, from: number): TimeExpression | null {
  const base = articleDate ? Date.parse(`${articleDate}T00:00:00Z`) : NaN;
  const known = !Number.isNaN(base);
  const y0 = known ? new Date(base).getUTCFullYear() : 0;
  const m0 = known ? new Date(base).getUTCMonth() + 1 : 0;
  const rel = (date: string, precision: Precision, at: number, length: number): TimeExpression => ({ date, precision, basis: 'relative', at, length });
  // A week is not a day: its date is what the seven days share (the month, else the year), its range the days.
  const week = (t: number, at: number, length: number): TimeExpression => {
    const from = iso(t - 3 * DAY);
    const to = iso(Math.min(t + 3 * DAY, base));
    const date = from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : to.slice(0, 7);
    return { date, precision: 'week', basis: 'relative', at, length, range: { from, to } };
  };
  const abs = (date: string, precision: Precision, at: number, length: number): TimeExpression => ({ date, precision, basis: 'absolute', at, length });
  for (let i = from; i < keys.length; i++) {
    // `الـ8 من يوليو`: the article written on a figure.
    const k = keys[i]!.replace(/^ال(?=\d)/, '');
    // Quick no: only a digit, a time word, or a time word behind proclitics (و ف ب ك ل ال) can start one.
    if (!TIME_WORDS.has(k) && !/\d/.test(k) && !(PROCLITIC_START.test(k) && TIME_WORDS.has(bare(k)))) continue;
    const b = bare(k);
    // `منذ 2015`, `منذ العام 2014`, `منذ أيلول`: since when, not when.
    if (b === 'منذ') {
      const o = PART.has(bare(keys[i + 1])) ? 1 : 0; // `منذ مطلع أبريل`
      // `منذ الشهر الماضي`, `منذ مطلع العام الحالي`: since a named period, as much a state as `منذ 2015`.
      const unitNext = /^ال(شهر|عام|سنه|اسبوع)$/.test(keys[i + 1 + o] ?? '') ? (PAST.has(keys[i + 2 + o] ?? '') || THIS.has(keys[i + 2 + o] ?? '') ? 2 : 1) + o : 0;
      const skip = isYear(keys[i + 1 + o]) ? 1 + o : isYear(keys[i + 2 + o]) ? 2 + o : unitNext || (monthAt(keys, i + 1 + o) ? monthAt(keys, i + 1 + o)!.length + o : 0);
      if (skip) {
        i += skip;
        continue;
      }
    }
    // A day of the month: `15 يونيو`, `7 من أبريل`, `السابع من أبريل`, `يوم 24 يوليو 2015`.
    const ord = /^\d{1,2}$/.test(k) ? { value: Number(k), length: 1 } : ordinalAt(keys, i);
    if (ord && ord.value >= 1 && ord.value <= 31) {
      const gap = keys[i + ord.length] === 'من' ? 1 : 0;
      const month = monthAt(keys, i + ord.length + gap);
      if (month) {
        const after = i + ord.length + gap + month.length;
        const year = yearAfter(keys, after, month.month, y0, m0, known);
        if (year) return abs(`${year.year}-${pad(month.month)}-${pad(ord.value)}`, 'day', i, after + year.length - i);
      }
    }
    const month = monthAt(keys, i);
    if (month) {
      const year = yearAfter(keys, i + month.length, month.month, y0, m0, known);
      if (year) return abs(`${year.year}-${pad(month.month)}`, 'month', i, month.length + year.length);
    }
    if (isYear(k)) {
      const y = Number(k);
      if (y >= 1950 && (!known || y <= y0 + 1)) return abs(k, 'year', i, 1);
    }
    // A past century's year, told as a year (`عام 1243`, `1793م`): history, not the article's time.
    const old = oldYear(keys, i);
    if (old) return abs(String(old), 'year', i, 1);
    if (!known) continue;
    // Relative words: they need the article date.
    // `أمس الاثنين`, `اليوم (السبت)`: the weekday named decides (the article date may be the day it was filed
    // or collected, not the day it was written).
    const named = weekdayAt(keys, i + 1);
    const dow = new Date(base).getUTCDay();
    if (b === 'امس' || k === 'امس') {
      // `أول أمس`, `أمس الأول`, `أول من أمس`: the day before yesterday.
      if (keys[i - 2] === 'اول' && keys[i - 1] === 'من') return rel(iso(base - 2 * DAY), 'day', i - 2, 3);
      const twoDays = keys[i - 1] === 'اول' || keys[i + 1] === 'الاول';
      if (twoDays) return rel(iso(base - 2 * DAY), 'day', keys[i - 1] === 'اول' ? i - 1 : i, 2);
      if (named !== null) return rel(iso(base - ((dow - named + 7) % 7 || 7) * DAY), 'day', i, 2);
      return rel(iso(base - DAY), 'day', i, 1);
    }
    if ((k === 'اليوم' || k === 'واليوم') && !SAME_DAY.has(keys[i + 1] ?? '') && keys[i - 1] !== 'في') {
      if (named !== null) return rel(iso(base - ((dow - named + 7) % 7) * DAY), 'day', i, 2);
      return rel(articleDate!, 'day', i, 1);
    }
    if (b === 'غدا') return rel(iso(base + DAY), 'day', i, 1);
    // `بعد منتصف الليل`: after the last midnight, the article's day; `منتصف الليل` alone may be either night's.
    if (b === 'منتصف' && keys[i + 1] === 'الليل' && AFTER.has(keys[i - 1] ?? '') && !dayWord(keys[i + 2])) return rel(articleDate!, 'day', i, 2);
    if (k === 'الليله' && PAST.has(keys[i + 1] ?? '')) return rel(iso(base - DAY), 'day', i, 2);
    // `الليلة قبل الماضية`: the night before last.
    if (k === 'الليله' && keys[i + 1] === 'قبل' && PAST.has(keys[i + 2] ?? '')) return rel(iso(base - 2 * DAY), 'day', i, 3);
    const wd = weekdayAt(keys, i);
    if (wd !== null) {
      const back = (new Date(base).getUTCDay() - wd + 7) % 7;
      const next = keys[i + 1] ?? '';
      if (PAST.has(next)) return rel(iso(base - (back || 7) * DAY), 'day', i, 2);
      if (NEXT.has(next)) return rel(iso(base + ((7 - back) % 7 || 7) * DAY), 'day', i, 2);
      return rel(iso(base - back * DAY), 'day', i, 1);
    }
    // `الأسبوع الماضي`, `الشهر الحالي`, `هذا العام`, `مطلع الشهر الجاري`, `العام المقبل`.
    const unit = b === 'اسبوع' ? 'week' : b === 'شهر' ? 'month' : b === 'عام' || b === 'سنه' ? 'year' : null;
    if (unit && k.includes('ال')) {
      const next = keys[i + 1] ?? '';
      const step = PAST.has(next) ? -1 : NEXT.has(next) ? 1 : THIS.has(next) || keys[i - 1] === 'هذا' || keys[i - 1] === 'هذه' ? 0 : null;
      if (step !== null) {
        const len = step === 0 && !THIS.has(next) ? 1 : 2;
        if (unit === 'week') return week(base + step * 7 * DAY, i, len);
        if (unit === 'year') return rel(String(y0 + step), 'year', i, len);
        const d = new Date(Date.UTC(y0, m0 - 1 + step, 1));
        return rel(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, 'month', i, len);
      }
    }
    // `قبل يومين`, `قبل ثلاثة أيام`, `منذ أسبوع`, `قبل أيام`.
    if (b === 'قبل' || b === 'منذ') {
      const q = quantityAt(keys, i + 1);
      const unitKey = bare(keys[i + 1 + (q?.length ?? 0)]);
      const u = UNIT_DAYS[unitKey];
      // `منذ أشهر`, `قبل أشهر` (months ago): two months or ten, no month to tell.
      if (u && !q && unitKey === 'اشهر') continue;
      if (u) {
        const days = q ? q.min * u[1] : u[0];
        const precision: Precision = u[1] >= 365 ? 'year' : u[1] >= 30 ? 'month' : days <= 2 || (q && u[1] === 1 && days <= 3) ? 'day' : 'week';
        const t = base - days * DAY;
        if (precision === 'week') return week(t, i, 2 + (q?.length ?? 0));
        const date = precision === 'year' ? iso(t).slice(0, 4) : precision === 'month' ? iso(t).slice(0, 7) : iso(t);
        return rel(date, precision, i, 2 + (q?.length ?? 0));
      }
    }
  }
  return null;
}

/**
 * The year of a month named at `at - 1`: digits (`2015`, `عام 2015`), `من العام الماضي/الجاري`, or, with none, the
 * article's year (the year before when the month is later than the article's month: news reports the past).
 */
function yearAfter(keys: string[], at: number, month: number, y0: number, m0: number, known: boolean): { year: number; length: number } | null {
  let i = at;
  if (keys[i] === 'من' || keys[i] === 'في') i++;
  if (bare(keys[i]) === 'عام' || bare(keys[i]) === 'سنه') {
    if (isYear(keys[i + 1])) return { year: Number(keys[i + 1]), length: i + 2 - at };
    if (known && PAST.has(keys[i + 1] ?? '') && keys[i]!.includes('ال')) return { year: y0 - 1, length: i + 2 - at };
    if (known && THIS.has(keys[i + 1] ?? '') && keys[i]!.includes('ال')) return { year: y0, length: i + 2 - at };
  }
  if (isYear(keys[i])) return { year: Number(keys[i]), length: i + 1 - at };
  // `30 أبريل 1793م`, `فبراير 1260`: a year of another century is the year; never the article's.
  const old = /^(\d{3,4})م?$/.exec(keys[i] ?? '');
  if (old) return Number(old[1]) >= 1000 && Number(old[1]) < 1950 ? { year: Number(old[1]), length: i + 1 - at } : null;
  if (!known) return null;
  return { year: month > m0 ? y0 - 1 : y0, length: 0 };
}

/** A year from 1000 to 1949 said as one: after `عام`/`سنة` or written with `م` (CE), or null. */
function oldYear(keys: string[], i: number): number | null {
  const m = /^(\d{4})(م?)$/.exec(keys[i]!);
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1000 || y >= 1950) return null;
  return m[2] || /^(عام|سنه|العام|السنه|عامي)$/.test(bare(keys[i - 1] ?? '')) || /^(عام|سنه|عامي)$/.test(keys[i - 1] ?? '') ? y : null;
}

/** Every time expression in `keys`, in order (see `timeIn`). */
export function timesIn(keys: string[], articleDate?: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let t = timeIn(keys, articleDate); t; t = timeIn(keys, articleDate, t.at + Math.max(1, t.length))) out.push(t);
  return out;
}
