import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { makeArticle } from '../corpus/meta.ts';
import { extractArticle } from '../extract/extract.ts';

const kb = loadKnowledgeBase(projectPaths());
/** The event types of a one-line article body (the headline is neutral). */
const types = (body: string) =>
  extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-20' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events.map((e) => e.type);

describe('ways news tells a happening', () => {
  it.each([
    ['تبنى مجلس الأمن الدولي بالإجماع قراراً بشأن إيصال المساعدات إلى مدينة حلب.', 'vote'],
    ['أطلق مسلحون النار على حاجز لقوات النظام في مدينة درعا.', 'attack'],
    ['ارتكبت قوات النظام مجزرة في مدينة دوما.', 'attack'],
    ['وقع تبادل لإطلاق النار بين الجيش التركي وعناصر «داعش» في مدينة إدلب.', 'armed_clash'],
    ['وتمكنت الفصائل من صد هجوم لقوات النظام في مدينة الزبداني.', 'armed_clash'],
    // Not `مروحيات النظام`: that is the air force's name, inside which no word is a trigger.
    ['وألقت مروحيات براميل متفجرة على مدينة داريا.', 'airstrike'],
    ['سقطت مدينة تدمر بيد تنظيم «داعش».', 'territorial_change'],
    ['وتقدمت قوات النظام باتجاه مدينة الزبداني.', 'territorial_change'],
    ['وأخلت «جبهة النصرة» مواقعها في مدينة إدلب.', 'territorial_change'],
    ['وغادر مئات السكان منازلهم في مدينة الرقة.', 'displacement'],
    ['قضت محكمة في دمشق بالسجن عشر سنوات على عضو في «جبهة النصرة».', 'other'],
    ['وزعت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا سلالاً غذائية على الأسر في مخيم الزعتري.', 'other'],
    ['وأنهت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا المرحلة الأولى من برنامجها الصحي في مخيم الزعتري.', 'other'],
    // No death word (`قتل` is an attack already): the ambush alone.
    ['ونصب مسلحون مكمناً لدورية لقوات النظام في مدينة درعا.', 'attack'],
  ])('%s → %s', (body, type) => {
    expect(types(body)[0]).toBe(type);
  });

  it.each([
    // Adopting a plan is no vote; only a resolution, a law or a vote's tally makes one.
    ['وتبنت الحكومة التركية خطة جديدة لإعادة الإعمار في مدينة حلب.', 'vote'],
    // A call for a ceasefire is no shooting.
    ['ودعا بان كي مون إلى وقف فوري لإطلاق النار في مدينة حلب.', 'attack'],
    // Nor is launching an appeal for one: the fire after `أطلقت` is the ceasefire's.
    ['وأطلقت الأمم المتحدة نداء لوقف إطلاق النار في مدينة حلب.', 'attack'],
    // Ending a quarrel is no programme carried out.
    ['وأنهت «جبهة النصرة» و«أحرار الشام» خلافاتهما في مدينة إدلب.', 'other'],
    // Submitting a request is no advance.
    ['وتقدمت الحكومة السورية بطلب إلى الأمم المتحدة بشأن مدينة حلب.', 'territorial_change'],
  ])('%s is no %s', (body, type) => {
    expect(types(body)).not.toContain(type);
  });
});

describe('a sentence that names no place', () => {
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-20' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  it('goes on where the sentence before told its happening', () => {
    const all = events('شنت طائرات حربية غارات على مدينة الرقة أمس.\nواندلعت اشتباكات عنيفة بين عناصر «داعش» ووحدات حماية الشعب الكردية.');
    expect(all.map((e) => [e.type, e.places])).toEqual([
      ['airstrike', ['raqqa']],
      ['armed_clash', ['raqqa']],
    ]);
  });

  it('keeps a monitor\'s comment with no place of its own a statement', () => {
    const all = events('شنت طائرات حربية غارات على مدينة الرقة أمس.\nوقال المرصد السوري لحقوق الإنسان إن الهجوم هو الأعنف منذ أشهر.');
    expect(all.map((e) => e.type)).toEqual(['airstrike', 'statement_or_report']);
  });

  it('does not reach back past a sentence, nor give a statement a place', () => {
    const far = events('شنت طائرات حربية غارات على مدينة الرقة أمس.\nوتعد المدينة معقلاً للتنظيم.\nواندلعت اشتباكات عنيفة بين عناصر «داعش» ووحدات حماية الشعب الكردية.');
    expect(far.map((e) => e.type)).toEqual(['airstrike']);
    const said = events('شنت طائرات حربية غارات على مدينة الرقة أمس.\nوقال الرئيس بشار الأسد إن الجيش سيواصل عملياته.');
    expect(said.find((e) => e.type === 'statement_or_report')).toMatchObject({ places: [] });
  });
});

describe('one side leaving, another taking', () => {
  it('keeps a withdrawal and a taking of one town apart, and folds two tellings of the taking', () => {
    const body = 'انسحب عناصر تنظيم «داعش» من مدينة تل أبيض أمس.\nوسيطرت وحدات حماية الشعب الكردية على مدينة تل أبيض أمس.\nوأكد ناشطون أن الوحدات سيطرت على مدينة تل أبيض بالكامل.';
    const all = extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-20' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;
    expect(all.map((e) => [e.type, e.subType === 'withdrawal'])).toEqual([
      ['territorial_change', true],
      ['territorial_change', false],
    ]);
  });
});
