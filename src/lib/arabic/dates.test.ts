import { describe, expect, it } from 'vitest';
import { partOfDay, timeIn, timesIn, monthAt } from './dates.ts';
import { normaliseKey } from './normalise.ts';
import { tokenise } from './tokens.ts';

const keys = (text: string) => tokenise(text).map((t) => normaliseKey(t.text));
const when = (text: string, articleDate?: string) => {
  const t = timeIn(keys(text), articleDate);
  return t && [t.date, t.precision];
};

describe('timeIn: relative words against the article date', () => {
  // 2021-04-22 is a Thursday; 2018-04-20 a Friday.
  it.each([
    ['صوتت الدول الأعضاء، أمس الأربعاء، على تجريد سورية', '2021-04-22', ['2021-04-21', 'day']],
    ['استمرت الاشتباكات حتى فجر أمس', '2021-04-22', ['2021-04-21', 'day']],
    ['وقعت الغارة أول أمس', '2021-04-22', ['2021-04-20', 'day']],
    // `أول من أمس` (the first before yesterday) is the day before yesterday too.
    ['وقعت الغارة أول من أمس', '2021-04-22', ['2021-04-20', 'day']],
    ['وكان غورسيل ندد أول من أمس على صفحته', '2015-07-24', ['2015-07-22', 'day']],
    ['شن التنظيم هجوماً مفاجئاً، الأربعاء، على أطراف المدينة', '2018-04-20', ['2018-04-18', 'day']],
    ['قال المرصد اليوم (الاثنين)', '2015-07-27', ['2015-07-27', 'day']],
    ['بث التنظيم اليوم السبت شريطاً', '2015-07-21', ['2015-07-18', 'day']],
    ['قتل أمس الاثنين', '2015-07-22', ['2015-07-20', 'day']],
    ['تمكن في اليوم ذاته من قتل', '2015-07-21', null],
    ['قتل في الـ8 من يوليو', '2015-07-23', ['2015-07-08', 'day']],
    ['اجتمع الوزراء الثلاثاء الماضي', '2015-08-11', ['2015-08-04', 'day']],
    ['اجتمع الوزراء الثلاثاء', '2015-08-11', ['2015-08-11', 'day']],
    ['يعقد المجلس جلسة الخميس المقبل', '2015-08-11', ['2015-08-13', 'day']],
    ['أكدت مصادر الأسبوع الماضي استعداد الجيش', '2021-04-22', ['2021-04', 'week']],
    ['اجتمعوا الأسبوع الماضي', '2015-08-03', ['2015-07', 'week']],
    ['قال في الشهر الماضي', '2015-01-10', ['2014-12', 'month']],
    ['أكد صباغ، مطلع الشهر الحالي، أن المشروع', '2021-04-22', ['2021-04', 'month']],
    ['شهدت المحافظة، العام الماضي، عمليتين', '2018-04-20', ['2017', 'year']],
    ['قتل قبل يومين', '2015-08-10', ['2015-08-08', 'day']],
    ['أعلن قبل أيام', '2015-08-10', ['2015-08', 'week']],
    // Months ago, with no number, could be two or ten: no month to give.
    ['وقع الحادث الأخطر منذ أشهر', '2015-07-24', null],
    ['قاتلت في حلب قبل أشهر', '2015-07-24', null],
    ['قتل قبل ثلاثة أشهر', '2015-07-24', ['2015-04', 'month']],
  ])('%s (%s)', (text, date, expected) => {
    expect(when(text, date)).toEqual(expected);
  });

  it('gives a week the days it may be', () => {
    expect(timeIn(keys('قبل أيام'), '2015-08-02')).toMatchObject({ date: '2015', precision: 'week', range: { from: '2015-07-27', to: '2015-08-02' } });
  });

  it('gives nothing for a relative word without an article date', () => {
    expect(when('صوتت الدول أمس الأربعاء')).toBeNull();
    expect(when('قال الشهر الماضي')).toBeNull();
  });
});

describe('timeIn: dates the text states', () => {
  it.each([
    ['سيطرت على تل أبيض يوم 15 يونيو (حزيران) قبل أن تتقدم', '2015-07-27', ['2015-06-15', 'day']],
    ['وقع الهجوم في السابع من أبريل', '2018-04-20', ['2018-04-07', 'day']],
    ['في الحادي والعشرين من آب 2013', undefined, ['2013-08-21', 'day']],
    ['أكد الجعفري في أيلول/سبتمبر من العام الماضي', '2021-04-22', ['2020-09', 'month']],
    ['نفذ التحالف في يوليو (تموز) غارات', '2015-08-10', ['2015-07', 'month']],
    ['ديسمبر الماضي', '2015-08-10', ['2014-12', 'month']],
    ['في تشرين الأول 2015', undefined, ['2015-10', 'month']],
    ['استخدمت غاز الكلور بهجوم على سراقب عام 2018', '2021-04-22', ['2018', 'year']],
    ['حادثة دوما 2018', undefined, ['2018', 'year']],
  ])('%s', (text, date, expected) => {
    expect(when(text, date)).toEqual(expected);
  });

  it('reads a past century\'s year as that year, never the article\'s', () => {
    expect(when('ساعد هولاكو في هجومه على حلب في فبراير 1260', '2015-07-21')).toEqual(['1260-02', 'month']);
    expect(when('وتحققت سيطرة المغول بالفعل عام 1243', '2015-07-21')).toEqual(['1243', 'year']);
    expect(when('وكان ذلك يوم 30 أبريل (نيسان) 1793م', '2015-07-21')).toEqual(['1793-04-30', 'day']);
    expect(when('قتل 1500 مقاتل في المعارك', '2015-07-21')).toBeNull();
  });

  it('reads the night before last', () => {
    expect(when('وقال في بيان صدر الليلة قبل الماضية', '2015-07-23')).toEqual(['2015-07-21', 'day']);
  });

  it('skips since a named period (منذ الشهر الماضي)', () => {
    expect(when('التي يؤمنها مقاتلون أكراد منذ الشهر الماضي', '2015-07-21')).toBeNull();
    expect(when('قتل 52 طفلا منذ مطلع العام الحالي', '2015-07-21')).toBeNull();
  });

  it('skips since-when (منذ 2015) and takes the next expression', () => {
    expect(when('لم تعد تملك أي أسلحة منذ العام 2014')).toBeNull();
    expect(when('قتل 25 منذ مطلع أبريل', '2015-07-23')).toBeNull();
    expect(when('تسيطر منذ 2015 على المدينة التي قصفت أمس', '2015-08-10')).toEqual(['2015-08-09', 'day']);
  });

  it('lists every time expression in order', () => {
    expect(timesIn(keys('قال المرصد اليوم إن التنظيم سيطر الأحد على البلدة'), '2015-07-21').map((t) => t.date)).toEqual(['2015-07-21', '2015-07-19']);
  });

  it('reads a month name only where it is one', () => {
    expect(monthAt(keys('مارس الضغوط'), 0)).toBeNull();
    expect(monthAt(keys('أب'), 0)).toBeNull();
    expect(monthAt(keys('3 آب'), 1)).toEqual({ month: 8, length: 1 });
    expect(monthAt(keys('آذار/مارس'), 0)).toEqual({ month: 3, length: 2 });
  });

  it('does not take a count for a year', () => {
    expect(when('أرسل 2500 جندي', '2015-08-10')).toBeNull();
  });
});

describe('timeIn: parts of the day', () => {
  // 2015-07-22 is a Wednesday.
  const span = (text: string) => {
    const ks = keys(text);
    const t = timeIn(ks, '2015-07-22');
    return t && [t.date, t.precision, ks.slice(t.at, t.at + t.length).join(' ')];
  };
  it.each([
    ['قصفت القوات المدينة فجر اليوم', ['2015-07-22', 'day', 'فجر اليوم']],
    ['قصفت القوات المدينة مساء أمس', ['2015-07-21', 'day', 'مساء امس']],
    ['قصفت القوات المدينة منتصف ليل الثلاثاء', ['2015-07-21', 'day', 'منتصف ليل الثلاثاء']],
    ['قصفت القوات المدينة ليلة الأحد', ['2015-07-19', 'day', 'ليله الاحد']],
    // After the last midnight: the article's day, and no hour.
    ['قصفت القوات المدينة بعد منتصف الليل', ['2015-07-22', 'day', 'منتصف الليل']],
  ])('%s → %j', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it.each([
    // Midnight or dawn with no day told is no day.
    'قصفت القوات المدينة منتصف الليل',
    'قصفت القوات المدينة قبيل الفجر',
  ])('%s → nothing', (text) => {
    expect(timeIn(keys(text), '2015-07-22')).toBeNull();
  });
});

describe('partOfDay', () => {
  it('reads فجر before a day, or with the article, as dawn, and before anything else as the verb', () => {
    expect(partOfDay(normaliseKey('فجر'), normaliseKey('اليوم'))).toBe(true);
    expect(partOfDay(normaliseKey('فجر'), normaliseKey('الثلاثاء'))).toBe(true);
    expect(partOfDay(normaliseKey('الفجر'), undefined)).toBe(true);
    expect(partOfDay(normaliseKey('وفجر'), normaliseKey('انتحاري'))).toBe(false);
  });
});
