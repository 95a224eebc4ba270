import type { eventTypes } from './schema.ts';

type EventType = (typeof eventTypes)[number];

/**
 * Event triggers: a sentence containing one of these word stems (matched on normalised keys, at a word start,
 * after any proclitic) reports an event of that type. Earlier rows win when a sentence has several.
 */
export const EVENT_TRIGGERS: Array<[EventType, string[]]> = [
  ['chemical_attack', ['هجوم كيماوي', 'هجوم كيميائي', 'بالاسلحه الكيماويه', 'بالاسلحه الكيميائيه', 'بغاز']],
  ['airstrike', ['غاره', 'غارات', 'ضربه جويه', 'ضربات جويه', 'قصف جوي']],
  ['bombing', ['تفجير', 'انفجار', 'سياره مفخخه', 'انتحاري']],
  ['shelling', ['قصف', 'قذيفه', 'قذائف', 'صاروخ']],
  ['armed_clash', ['اشتباك', 'اشتباكات', 'معارك', 'معركه', 'مواجهات']],
  ['attack', ['هجوم', 'هاجم', 'مقتل', 'قتل', 'مصرع', 'اغتيال']],
  ['arrest', ['اعتقال', 'اعتقل', 'القبض', 'احتجاز']],
  ['territorial_change', ['سيطر', 'سيطره', 'استعاد', 'استعاده', 'انسحب', 'انسحاب', 'طرد', 'تحرير']],
  ['displacement', ['نزوح', 'نزح', 'تهجير', 'لاجءين']],
  ['vote', ['صوت', 'صوتت', 'تصويت']],
  ['agreement', ['اتفاق', 'اتفاقيه', 'هدنه', 'وقف اطلاق النار']],
  ['meeting', ['اجتماع', 'اجتمع', 'لقاء', 'التقي', 'مؤتمر', 'قمه', 'محادثات']],
];

/** Words that report who killed how many: the number next to them is a death toll. */
export const FATALITY_BEFORE = ['مقتل', 'قتل', 'مصرع', 'سقوط', 'استشهاد'];
export const FATALITY_AFTER = ['قتيل', 'قتيلا', 'قتلي', 'شهيد', 'شهيدا', 'شهداء'];

/** Verbs and phrases that attribute a report to a source. */
export const REPORTING = ['افاد', 'افادت', 'قال', 'قالت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'بحسب', 'حسب', 'وفق', 'وفقا', 'نقلت', 'اشار', 'اشارت'];

/** Arabic number words up to twenty; larger tolls are written in digits in news copy. */
export const NUMBER_WORDS: Record<string, number> = {
  واحد: 1, اثنان: 2, اثنين: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7, سبع: 7,
  ثمانيه: 8, ثماني: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10, عشرين: 20, عشرون: 20,
};

/** Weekday names (normalised) → JavaScript day number. */
export const WEEKDAYS: Record<string, number> = {
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
};

/** Verbs that open a sentence reporting a statement (`أعلن`, `وقال`, `نفى`); matched without proclitics. */
export const STATEMENT_VERBS = ['قال', 'قالت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'نفي', 'نفت', 'حذر', 'حذرت', 'دعا', 'دعت', 'اتهم', 'اتهمت', 'دان', 'دانت', 'ادان', 'ادانت', 'طالب', 'طالبت', 'صرح', 'صرحت', 'ذكرت', 'ذكر', 'افاد', 'افادت'];
