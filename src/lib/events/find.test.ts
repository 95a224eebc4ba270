import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { makeArticle } from '../corpus/meta.ts';
import { extractArticle } from '../extract/extract.ts';

const kb = loadKnowledgeBase(projectPaths());
/** Events of a one-line article body (the headline is neutral) published on `date`. */
const events = (body: string, date = '2018-04-20') =>
  extractArticle(makeArticle({ title: 'خبر', body, meta: { date }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

describe('typing', () => {
  it.each([
    ['قتل 25 عنصراً من قوات النظام في هجوم شنه تنظيم «داعش» على أطراف مدينة الميادين.', 'attack', 'attack on forces'],
    ['قتل خمسة مدنيين في غارة جوية على مدينة الرقة.', 'airstrike', 'air/drone strike'],
    ['اندلعت اشتباكات عنيفة بين «قسد» والدفاع الوطني في القامشلي.', 'armed_clash', 'armed clash'],
    ['صوتت الدول الأعضاء في منظمة حظر الأسلحة الكيميائية على تعليق حقوق سورية بعدما زعم تقرير مسؤولية دمشق عن هجمات بأسلحة كيميائية.', 'vote', 'vote'],
    ['ودعا بسام صباغ الدول الأعضاء إلى رفض مشروع القرار ضد سورية.', 'statement_or_report', 'call'],
    ['ودانت وزارة الخارجية السورية تقرير منظمة حظر الأسلحة الكيميائية.', 'statement_or_report', 'condemnation'],
    ['وقال مدير المرصد، رامي عبدالرحمن، لوكالة فرانس برس «إنه الهجوم الأكبر للتنظيم منذ طرده من المدينة».', 'statement_or_report', 'statement'],
    ['انفجرت سيارة مفخخة في حي بمدينة حلب.', 'bombing', 'remote explosive/IED'],
  ])('%s → %s', (body, type, subType) => {
    const [event] = events(body);
    expect(event).toMatchObject({ type, subType });
  });

  it('attributes a report to the monitor, not to the outlet, and keeps reporters out of the actors', () => {
    const [e] = events('أفاد المرصد السوري لحقوق الإنسان بمقتل 25 عنصراً من قوات النظام مقابل 13 من تنظيم «داعش» في الميادين، الأربعاء.');
    expect(e).toMatchObject({ type: 'attack', reportedBy: 'syrian-observatory-for-human-rights', date: '2018-04-18', precision: 'day' });
    expect(e!.actors).not.toContain('syrian-observatory-for-human-rights');
    expect(e!.places).toEqual(['mayadin']);
    expect(e!.toll.map((t) => [t.kind, t.min, t.actor])).toEqual([
      ['killed', 25, 'syrian-armed-forces'],
      ['killed', 13, 'islamic-state'],
    ]);
    expect(e!.fatalities).toBe(38);
  });

  it('gives the agent after شنه as actor1 and the group killed as actor2', () => {
    const [e] = events('قتل 25 عنصراً من قوات النظام في هجوم شنه تنظيم «داعش» على الميادين.');
    expect([e!.actor1, e!.actor2]).toEqual(['islamic-state', 'syrian-armed-forces']);
    expect(e!.location).toMatchObject({ id: 'mayadin', admin1: 'sy-deir-ez-zor', admin2: null, country: 'syria' });
    expect(e!.location!.chain.map((c) => c.name.en)).toEqual(['Mayadin', 'Deir ez-Zor Governorate', 'Syria']);
  });

  it('folds the tellings of one happening and keeps each sentence with its offsets', () => {
    const body = 'قتل 25 عنصراً من قوات النظام في هجوم لـ«داعش» على الميادين.\nوأفاد المرصد السوري لحقوق الإنسان بأن الهجوم على الميادين وقع الأربعاء.';
    const all = events(body);
    expect(all).toHaveLength(1);
    const [e] = all;
    expect(e!.date).toBe('2018-04-18');
    expect(e!.also).toHaveLength(1);
    const article = makeArticle({ title: 'خبر', body, meta: {}, fallbackId: 'test' }, { file: 'test.txt' });
    expect(article.text.slice(e!.start, e!.end)).toBe(e!.evidence);
    expect(article.text.slice(e!.alsoAt[0]!.start, e!.alsoAt[0]!.end)).toBe(e!.also[0]);
  });

  it('keeps a party\'s statement and the violent happening with figures it tells, the party as reporter', () => {
    const all = events('وأعلنت وزارة الخارجية السورية أن 25 عنصراً قتلوا في هجوم على مدينة الميادين.');
    expect(all.map((e) => [e.type, e.actor1 ?? null, e.reportedBy])).toEqual([
      ['statement_or_report', 'syrian-foreign-ministry', null],
      ['attack', null, 'syrian-foreign-ministry'],
    ]);
  });

  it('gives unnamed officials\' words to their body and an unnamed source\'s denial to no one else', () => {
    expect(events('وفي الأمم المتحدة، أعلن مسؤولون أن فريقاً سيحقق في الهجوم المفترض في دوما.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'united-nations' });
    const [denial] = events('ونفى مصدر عسكري في دير الزور وقوع هجمات لتنظيم «داعش» على مواقع جيش النظام.');
    expect(denial).toMatchObject({ type: 'statement_or_report', subType: 'denial', actor1: null });
  });

  it('does not make an international body a party to violence', () => {
    const [e] = events('وانقسم مجلس الأمن حول هجوم كيماوي مفترض في دوما في السابع من أبريل.');
    expect(e).toMatchObject({ type: 'chemical_attack', date: '2018-04-07', actor1: null });
    expect(e!.actors).toContain('un-security-council');
  });

  it('dates a happening by the time words nearest its trigger, not by when it was reported', () => {
    expect(events('وقال المرصد السوري لحقوق الإنسان اليوم إن تنظيم «داعش» سيطر الأحد على مدينة تدمر.')[0]).toMatchObject({ type: 'territorial_change', date: '2018-04-15' });
  });

  it('goes on with a speaker\'s statement in the next sentence that has no time words', () => {
    const all = events('وأكد بشار الجعفري في أيلول/سبتمبر من العام الماضي أن سورية دمرت مخزونها.\nوقال الجعفري خلال جلسة لمجلس الأمن إن سورية التزمت بتعهداتها.', '2021-04-22');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'statement_or_report', actor1: 'bashar-al-jaafari', date: '2020-09', precision: 'month', dateBasis: 'text' });
    expect(all[0]!.also).toHaveLength(1);
  });

  it('never mixes places into actors', () => {
    const all = events('وقال وزير الخارجية الروسي إن روسيا والولايات المتحدة ناقشتا الوضع في سورية.');
    expect(all.length).toBeGreaterThan(0);
    for (const e of events('وقال وزير الخارجية الروسي إن روسيا والولايات المتحدة ناقشتا الوضع في سورية.')) {
      for (const id of e.actors) expect(kb.entities.get(id)?.type).not.toBe('place');
    }
  });

  it('dates a statement by the words around its quote, not by a year it quotes', () => {
    const [e] = events('وقالت وزارة الخارجية السورية أمس إن «تقرير حادثة دوما 2018 مزور».');
    expect(e).toMatchObject({ type: 'statement_or_report', date: '2018-04-19', dateBasis: 'relative' });
  });

  it('gives the article month, marked as such, when the text has no time words, and null without a date', () => {
    expect(events('قصفت قوات النظام مخيم اليرموك.')[0]).toMatchObject({ date: '2018-04', precision: 'month', dateBasis: 'article' });
    const undated = extractArticle(makeArticle({ title: 'خبر', body: 'قصفت قوات النظام مخيم اليرموك أمس.', meta: {}, fallbackId: 'x' }, { file: 'x.txt' }), kb).events;
    expect(undated[0]).toMatchObject({ date: null, precision: null });
  });
});

describe('one happening or two', () => {
  it('keeps two strikes on two towns of one governorate apart', () => {
    const all = events('قتل خمسة مدنيين في غارة جوية على مدينة سراقب في ريف إدلب.\nوقتل ثلاثة مدنيين في غارة أخرى على مدينة أريحا في ريف إدلب.');
    expect(all.map((e) => [e.type, e.location?.id, e.fatalities])).toEqual([
      ['airstrike', 'saraqib', 5],
      ['airstrike', 'ariha', 3],
    ]);
  });

  it('folds a definite noun that refers back (`الانفجار`) into the happening told before, without the places beside it', () => {
    const all = events('انفجرت سيارة مفخخة في حي بمدينة حلب.\nوذكرت مصادر أن الانفجار وقع فيما تجمع شبان قبل رحلة مقررة إلى مدينة إدلب.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'bombing', places: ['aleppo'] });
    expect(all[0]!.also).toHaveLength(1);
  });

  it('codes no violence placed only in a country, unless its day is told', () => {
    expect(events('ونفذ مئات من عناصر التنظيم عمليات انتحارية في سوريا.').filter((e) => e.type === 'bombing')).toEqual([]);
    expect(events('شنت المقاتلات أمس غارات جوية على مواقع لتنظيم «داعش» في سوريا.')[0]).toMatchObject({ type: 'airstrike', date: '2018-04-19', places: ['syria'] });
  });

  it('takes a trigger after a topic word (`بشأن`) as the topic of the clause\'s happening', () => {
    expect(events('صوت مجلس الأمن على قرار بشأن الهجوم الكيماوي على مدينة دوما.')[0]).toMatchObject({ type: 'vote' });
    expect(events('يصوت مجلس الأمن اليوم على قرار حول الهجمات الكيماوية في دوما.')[0]).toMatchObject({ type: 'vote', date: '2018-04-20' });
  });

  it('keeps the violent happening a party tells with its town, without figures', () => {
    const all = events('وقال ستيفان دي ميستورا إن الطيران السوري قصف مناطق في مدينة سراقب.');
    expect(all.map((e) => [e.type, e.actor1, e.reportedBy])).toEqual([
      ['statement_or_report', 'staffan-de-mistura', null],
      ['airstrike', 'syrian-air-force', 'staffan-de-mistura'],
    ]);
  });
});

describe('statements', () => {
  it('finds the speaker of a pluperfect statement (`وكان … قد أكد`)', () => {
    expect(events('وكان الرئيس السوري بشار الأسد قد أكد في مقابلة أن دمشق لن تتراجع.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'bashar-al-assad' });
  });

  it('takes a name after a subject-first verb as its object, not its speaker', () => {
    const all = events('المبعوث الأممي إلى سوريا يطالب نظام الأسد بوقف القصف العشوائي على مدينة سراقب.');
    expect(all.filter((e) => e.type === 'statement_or_report' && e.actor1 === 'syrian-government')).toEqual([]);
  });

  it('still finds the speaker after a phrase set off by a comma', () => {
    expect(events('وفي بيان صدر اليوم، قالت وزارة الخارجية الروسية إن الهجوم مفبرك.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'russian-foreign-ministry' });
  });

  it('reads a report released with its subject between verb and noun', () => {
    expect(events('وأصدرت منظمة العفو الدولية تقريرا عن السجون في سورية.')[0]).toMatchObject({ type: 'statement_or_report', subType: 'report' });
  });
});

describe('tolls and consequences', () => {
  it('reads a consequence after `؛` as the same happening, and killed and injured counted together as no figure', () => {
    const all = events('شن تنظيم «داعش» هجوماً انتحارياً على مركز ثقافي في مدينة حلب؛ مما أسفر عن سقوط عشرات القتلى والجرحى.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'bombing', fatalities: null, injured: null });
  });

  it('counts `سقوط 12 جريحاً` as injured', () => {
    expect(events('وأسفر القصف على مدينة سراقب عن سقوط 12 جريحا.')[0]).toMatchObject({ type: 'shelling', fatalities: null, injured: 12 });
  });

  it('does not send a definite noun that names its own place back to another happening', () => {
    const all = events('وقتل 5 مدنيين في قصف على مدينة إدلب.\nوأسفر القصف على مدينة سراقب عن سقوط 12 جريحا.');
    expect(all.map((e) => e.location?.id)).toEqual(['idlib', 'saraqib']);
  });
});

describe('statement dates', () => {
  it('dates a statement by the words before what it says, not by the dates it tells', () => {
    const [e] = events('وقال بشار الجعفري أمس إن الهجوم المزعوم في السابع من أبريل مفبرك.');
    expect(e).toMatchObject({ type: 'statement_or_report', date: '2018-04-19', dateBasis: 'relative' });
    const [f] = events('وقال بشار الجعفري إن الهجوم المزعوم في السابع من أبريل مفبرك.');
    expect(f).toMatchObject({ type: 'statement_or_report', date: '2018-04', dateBasis: 'article' });
  });
});

describe('who acted on whom', () => {
  it('takes the owner of what is hit (`مواقع لـ«داعش»`) as the object, not the agent', () => {
    expect(events('قصفت الطائرات أهدافا لـ«داعش» في مدينة الرقة.')[0]).toMatchObject({ actor1: null, actor2: 'islamic-state' });
    expect(events('شنت المقاتلات غارات جوية على مواقع لتنظيم «داعش» في مدينة الرقة.')[0]).toMatchObject({ type: 'airstrike', actor2: 'islamic-state' });
  });
});

describe('what is not a happening', () => {
  it('reads `من أجل` as "in order to", not a postponement', () => {
    expect(events('يقاتل عناصر الجيش الحر في مدينة حلب من أجل الحرية.')).toEqual([]);
  });

  it('codes a weakly typed happening only with a named party', () => {
    expect(events('وصلت تعزيزات عسكرية إلى مدينة حلب.')).toEqual([]);
    expect(events('وصلت تعزيزات من الجيش الحر إلى مدينة حلب.')[0]).toMatchObject({ type: 'other', places: ['aleppo'] });
  });

  it('types a funeral', () => {
    expect(events('شيع الجيش الحر أمس في مدينة حلب جثمان أحد قادته.')[0]).toMatchObject({ type: 'other', date: '2018-04-19' });
  });
});

describe('circumstances and relative clauses', () => {
  it('tells clashes and the strikes amid them as two happenings', () => {
    const all = events('واستمرت الاشتباكات العنيفة مساء الثلاثاء في مدينة الزبداني وسط غارات جوية عنيفة.');
    expect(all.map((e) => [e.type, e.date])).toEqual([
      ['armed_clash', '2018-04-17'],
      ['airstrike', '2018-04-17'],
    ]);
  });

  it('tells a killing and the arrests with it as two happenings', () => {
    expect(events('وقتلت قوات النظام ثلاثة مسلحين واعتقلت عشرة آخرين في مدينة درعا.').map((e) => e.type)).toEqual(['attack', 'arrest']);
  });

  it('does not date a happening by the time of a relative clause after it', () => {
    const [e] = events('واختطف تنظيم «داعش» 220 شخصاً من مدينة القريتين ونقلهم إلى مدينة تدمر التي سقطت بأيدي عناصره في مايو الماضي.', '2015-08-08');
    expect(e).toMatchObject({ type: 'arrest', date: '2015-08', dateBasis: 'article' });
  });
});

describe('announced acts', () => {
  it('reads a party announcing an act (no أن) as the act, done by the party', () => {
    expect(events('وأعلن الجيش السوري السيطرة على مدينة سراقب.')[0]).toMatchObject({ type: 'territorial_change', subType: 'government regains territory', actor1: 'syrian-armed-forces', reportedBy: null });
    expect(events('وأعلنت جبهة النصرة في بيان عزل أحد قادتها في مدينة إدلب.')[0]).toMatchObject({ type: 'other', actor1: 'al-nusra-front' });
  });

  it('keeps a party saying that something happened a statement', () => {
    expect(events('وأعلنت وزارة الخارجية الروسية أن الجيش السوري سيطر على مدينة سراقب.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'russian-foreign-ministry' });
  });
});

describe('headlines', () => {
  const headline = (title: string, body = 'خبر.') =>
    extractArticle(makeArticle({ title, body, meta: { date: '2018-04-20' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  it('reads a headline\'s present-tense verb as what happened', () => {
    expect(headline('«داعش» يختطف عشرات المسيحيين من مدينة حمص')[0]).toMatchObject({ type: 'arrest', subType: 'abduction/forced disappearance', actor1: 'islamic-state' });
  });

  it('does not read a present-tense verb of the body as a happening', () => {
    expect(events('وتسيطر عناصر الجيش الحر على مدينة سراقب.')).toEqual([]);
  });
});

describe('a body named again by its head noun', () => {
  it('speaks again: the last body whose name opens with that noun', () => {
    const all = events('وأعلنت جبهة النصرة انسحابها من مواقعها شمال مدينة حلب أمس.\nوانتقدت الجبهة خطة تركيا لإنشاء منطقة عازلة.');
    expect(all.find((e) => e.type === 'statement_or_report')).toMatchObject({ actor1: 'al-nusra-front' });
  });

  it('is no speaker when no body was named by it before', () => {
    const all = events('قصفت قوات النظام أمس مدينة سراقب.\nوانتقدت الجبهة خطة تركيا لإنشاء منطقة عازلة.');
    expect(all.some((e) => e.type === 'statement_or_report' && e.actor1 === 'al-nusra-front')).toBe(false);
  });
});

describe('what follows «أشار إلى»', () => {
  it('is what was said, not who said it', () => {
    const all = events('وأشار إلى مقتل 11 من عناصر تنظيم «داعش» جراء استهداف مبنى في مدينة الميادين.');
    expect(all.some((e) => e.type === 'statement_or_report' && e.actor1 === 'islamic-state')).toBe(false);
    expect(all.find((e) => e.type === 'attack')).toMatchObject({ places: ['mayadin'], fatalities: 11 });
  });
});

describe('whom it was said to', () => {
  it('is not who said it', () => {
    const all = events('ويقول لوكالة فرانس برس: «استصدرت رخصتين لقيادة السيارة».\nوقال الناطق باسم الائتلاف سالم المسلط لـ«الشرق الأوسط» إن الاجتماع كان مثمراً.');
    expect(all.some((e) => e.actor1 === 'afp')).toBe(false);
    expect(all.find((e) => e.type === 'statement_or_report')?.actor1).not.toBe('asharq-al-awsat');
  });
});

describe('a question', () => {
  it('reports nothing', () => {
    expect(events('قصفت قوات النظام أمس مدينة سراقب.\nهل تتوقع أن تسيطر الفصائل على مدينة إدلب؟').map((e) => e.type)).toEqual(['shelling']);
  });
});

describe('history', () => {
  it('is no news: a happening a decade or more before the article is left out, one a few years before kept', () => {
    const all = events('وقعت مصر وإسرائيل اتفاقية السلام عام 1979 في واشنطن.\nوقتل 20 شخصاً في هجوم كيماوي على مدينة دوما عام 2015.');
    expect(all.map((e) => [e.type, e.date])).toEqual([['chemical_attack', '2015']]);
  });
});

describe('the news peg', () => {
  it('dates a statement without time words by the day its lead tells', () => {
    const all = events('قصفت قوات النظام أمس مدينة سراقب.\nوقالت وزارة الخارجية الروسية إن القصف استهدف مواقع للمسلحين.');
    expect(all.find((e) => e.type === 'statement_or_report')).toMatchObject({ date: '2018-04-19', precision: 'day', dateBasis: 'relative', dateText: 'أمس' });
  });

  it('dates any happening the body tells without time words by that day too', () => {
    const all = events('قال المرصد السوري لحقوق الإنسان أمس إن الاشتباكات تواصلت في ريف إدلب.\nوسيطرت الفصائل على بلدة سراقب.');
    expect(all.find((e) => e.type === 'territorial_change')).toMatchObject({ date: '2018-04-19', precision: 'day', dateBasis: 'relative' });
  });

  it('leaves it the article\'s month when the lead tells no day', () => {
    const all = events('قصفت قوات النظام مدينة سراقب.\nوقالت وزارة الخارجية الروسية إن القصف استهدف مواقع للمسلحين.');
    expect(all.find((e) => e.type === 'statement_or_report')).toMatchObject({ date: '2018-04', dateBasis: 'article' });
  });
});

describe('a statement\'s parties', () => {
  it('are its speaker and those named before what was said, not the parties of what was said', () => {
    const [e] = events('وقالت وزارة الخارجية الروسية إن الجيش السوري قصف مواقع لتنظيم «داعش» في مدينة سراقب.');
    expect(e).toMatchObject({ type: 'statement_or_report', actor1: 'russian-foreign-ministry' });
    expect(e!.actors).toEqual(['russian-foreign-ministry']);
  });
});

describe('other happenings', () => {
  it('types protests and sieges as other, with their party', () => {
    expect(events('وخرجت مظاهرات لأنصار الجيش الحر في مدينة حلب.')[0]).toMatchObject({ type: 'other' });
    expect(events('وحاصرت قوات النظام مدينة الزبداني.')[0]).toMatchObject({ type: 'other', actor1: 'syrian-armed-forces' });
  });

  it('types a protest against a bombing as the protest, not the bombing', () => {
    expect(events('وتظاهر أنصار الجيش الحر في مدينة حلب احتجاجاً على التفجير.').map((e) => e.type)).toEqual(['other']);
  });

  it('types people fleeing as displacement', () => {
    expect(events('وقال ناشطون إن مئات المدنيين فروا من مدينة سراقب هرباً من القصف.').map((e) => e.type)).toContain('displacement');
  });
});

describe('reference points', () => {
  it('does not place a happening at the place it is said to be near or north of', () => {
    expect(events('قتل 33 مسلحا بانفجار سيارة مفخخة في مدينة سراقب شمال غرب حلب.')[0]).toMatchObject({ type: 'bombing', places: ['saraqib'] });
    expect(events('انفجرت سيارة مفخخة في مدينة الرقة قرب الحدود مع تركيا.')[0]).toMatchObject({ type: 'bombing', places: ['raqqa'] });
  });

  it('keeps a reference point that is the only place named', () => {
    expect(events('قتل 5 مدنيين في غارة جوية على قرية شمال حلب.')[0]).toMatchObject({ type: 'airstrike', places: ['aleppo'] });
  });
});

describe('places told by reference and clauses told alongside', () => {
  it('places a happening «في المنطقة نفسها» where the last one was told', () => {
    const es = events('وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء في مدينة إعزاز. وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها.');
    expect(es.map((e) => [e.type, e.places])).toEqual([['arrest', ['azaz']], ['attack', ['azaz']]]);
  });

  it('keeps a violent clause without any place out, «نفسها» or not, when nothing was placed before', () => {
    expect(events('وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها.')).toEqual([]);
  });

  it('reads the feminine past of خطف as an abduction', () => {
    expect(events('وخطفت جبهة النصرة ثمانية عناصر في مدينة حلب.')[0]).toMatchObject({ type: 'arrest', subType: 'abduction/forced disappearance' });
  });

  it('cuts a clause at «، كذلك» and «، في الوقت الذي»', () => {
    expect(events('قصفت قوات النظام مناطق في مدينة حرستا، كذلك تدور اشتباكات عنيفة بين داعش والفصائل المقاتلة في القلمون الشرقي.').map((e) => [e.type, e.places]))
      .toEqual([['shelling', ['harasta']], ['armed_clash', ['qalamoun']]]);
    expect(events('شنت الفصائل هجوما عنيفا على بلدة الفوعة، في الوقت الذي أدت فيه الاشتباكات في مدينة الزبداني إلى مقتل عنصر من حزب الله.').map((e) => [e.type, e.places]))
      .toEqual([['attack', ['al-fuah']], ['armed_clash', ['zabadani']]]);
  });

  it('does not fold a definite «الاشتباكات» told «في مدينة الزبداني» back into clashes elsewhere', () => {
    const es = events('تدور اشتباكات عنيفة بين داعش والفصائل في القلمون الشرقي. وقصفت قوات النظام مدينة داريا، فيما استمرت الاشتباكات العنيفة إلى ما بعد منتصف الليل بين حزب الله والفصائل في مدينة الزبداني.');
    expect(es.filter((e) => e.type === 'armed_clash').map((e) => e.places)).toEqual([['qalamoun'], ['zabadani']]);
  });
});

describe('releases and more statement verbs', () => {
  it('types a group airing a recording as a report released', () => {
    expect(events('وبث تنظيم «داعش» أمس شريطا مصورا على موقع يوتيوب.')[0]).toMatchObject({ type: 'statement_or_report', actors: ['islamic-state'], date: '2018-04-19' });
  });

  it.each([
    ['رفض رئيس الحكومة التركية أحمد داود أوغلو أن تكون بلاده دعمت تنظيم داعش.', 'rejection'],
    ['وجدد وزير الخارجية السعودي عادل الجبير موقف المملكة من الأزمة السورية.', 'statement'],
  ])('%s → %s', (body, subType) => {
    expect(events(body)[0]).toMatchObject({ type: 'statement_or_report', subType });
  });
});

describe('aircraft that are moved, not used', () => {
  it('does not type aircraft sent to a base as a strike', () => {
    expect(events('أرسلت الولايات المتحدة ست طائرات حربية إلى قاعدة إنجيرليك الجوية في تركيا.').map((e) => e.type)).not.toContain('airstrike');
  });

  it('still types aircraft that strike as an airstrike', () => {
    expect(events('وشنت طائرات حربية غارات على مواقع في مدينة حلب.')[0]).toMatchObject({ type: 'airstrike', places: ['aleppo'] });
  });
});

describe('a long name before its statement verb', () => {
  it.each([
    ['وزير الخارجية الروسي سيرغي لافروف قال أمس إن موسكو لن تغير موقفها.', 'statement'],
    ['إلا أن وزارة الدفاع الأميركية نفت الأمر.', 'denial'],
  ])('%s → %s', (body, subType) => {
    expect(events(body)[0]).toMatchObject({ type: 'statement_or_report', subType });
  });

  it('does not take a verb far into the clause after a common noun as a statement', () => {
    expect(events('تدور اشتباكات عنيفة في مدينة حلب بين الفصائل منذ أيام قال عنها ناشطون إنها الأعنف.').map((e) => e.type)).toEqual(['armed_clash']);
  });
});

describe('openings', () => {
  it('types a body opening a project as another happening', () => {
    expect(events('افتتحت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا مطبخا إنتاجيا في مخيم الزعتري.')[0]).toMatchObject({ type: 'other', places: ['zaatari-camp'] });
  });
});

describe('nisba adjectives are not where it happened', () => {
  it('does not place a strike in the country its aircraft come from', () => {
    expect(events('وشنت طائرات حربية تركية غارات على مواقع في مدينة حلب.')[0]).toMatchObject({ type: 'airstrike', places: ['aleppo'] });
  });

  it('does not place a bombing in the country of its sources', () => {
    expect(events('قالت مصادر كردية سورية إن انتحاريين فجرا نفسيهما في مدينة كوباني.').find((e) => e.type === 'bombing')).toMatchObject({ places: ['kobani'] });
  });

  it('places a happening in the country of the town it names by its nisba', () => {
    expect(events('وقتل انتحاري 32 شخصا على الأقل في بلدة حدودية تركية أمس الأول.')[0]).toMatchObject({ type: 'bombing', places: ['turkey'] });
  });
});
