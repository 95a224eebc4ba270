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
    // `وكيري` is Kerry, not `يرى` (sees) behind two proclitics.
    ['وأجرى لافروف وكيري محادثات في الدوحة.', 'meeting'],
    ['أصدر مجلس الأمن الدولي اليوم قراراً بالإجماع بشأن إيصال المساعدات إلى مدينة حلب.', 'vote'],
    ['ووافق مجلس الأمن الدولي بالإجماع على قرار بشأن إيصال المساعدات إلى مدينة حلب.', 'vote'],
    // What the resolution says (`يدين`) is no statement of the council's.
    ['وتبنى مجلس الأمن الدولي قراراً يدين الهجمات على مدينة حلب.', 'vote'],
    ['أطلق مسلحون النار على حاجز لقوات النظام في مدينة درعا.', 'attack'],
    ['فتح مسلحون النار على حاجز لقوات النظام في مدينة درعا.', 'attack'],
    ['وفتحت قوات النظام نيرانها على المتظاهرين في مدينة درعا.', 'attack'],
    ['ارتكبت قوات النظام مجزرة في مدينة دوما.', 'attack'],
    ['وقع تبادل لإطلاق النار بين الجيش التركي وعناصر «داعش» في مدينة إدلب.', 'armed_clash'],
    ['وتمكنت الفصائل من صد هجوم لقوات النظام في مدينة الزبداني.', 'armed_clash'],
    // Not `مروحيات النظام`: that is the air force's name, inside which no word is a trigger.
    ['وألقت مروحيات براميل متفجرة على مدينة داريا.', 'airstrike'],
    ['سقطت مدينة تدمر بيد تنظيم «داعش».', 'territorial_change'],
    ['وتقدمت قوات النظام باتجاه مدينة الزبداني.', 'territorial_change'],
    ['وأحرز تنظيم «داعش» تقدماً جديداً في حي النشوة بمدينة الحسكة.', 'territorial_change'],
    ['وحققت قوات النظام تقدماً عسكرياً في مدينة الزبداني.', 'territorial_change'],
    ['وأخلت «جبهة النصرة» مواقعها في مدينة إدلب.', 'territorial_change'],
    ['وغادر مئات السكان منازلهم في مدينة الرقة.', 'displacement'],
    ['قضت محكمة في دمشق بالسجن عشر سنوات على عضو في «جبهة النصرة».', 'other'],
    ['أصدر القضاء السوري أحكاماً بالإعدام على خمسة من قادة «جبهة النصرة» في دمشق.', 'other'],
    ['وزعت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا سلالاً غذائية على الأسر في مخيم الزعتري.', 'other'],
    ['وأنهت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا المرحلة الأولى من برنامجها الصحي في مخيم الزعتري.', 'other'],
    // No death word (`قتل` is an attack already): the ambush alone.
    ['ونصب مسلحون مكمناً لدورية لقوات النظام في مدينة درعا.', 'attack'],
    ['واستقبل الرئيس بشار الأسد وزير الخارجية الإيراني في دمشق.', 'meeting'],
    ['واغتال مجهولون قيادياً في حركة أحرار الشام في ريف إدلب.', 'attack'],
    // Repelling an attack or an advance is fighting.
    ['وتصدت الفصائل لمحاولة تقدم قوات النظام في حي جوبر.', 'armed_clash'],
    // The released named between the verb and `سراح` (`أطلقت جبهة النصرة سراح…`).
    ['وأطلقت جبهة النصرة سراح عشرة مختطفين في مدينة إدلب.', 'other'],

    // A death sentence carried out is an execution.
    ['ونفذ تنظيم «داعش» حكم الإعدام بحق عشرة أشخاص في مدينة تدمر.', 'attack'],
    // Criticism announced after a meeting is a statement, not the meeting.
    ['وسرعان ما أعلن سيرغي لافروف انتقاده بعد اللقاء في مدينة الدوحة.', 'statement_or_report'],
    // `قتلوا` (they were killed) tells a killing.
    ['وقالت مصادر أمنية إن ثلاثة مسلحين قتلوا في مدينة الرمادي.', 'attack'],
    // `صوت` is a vote when what is voted on follows.
    ['وصوت مجلس الأمن الدولي على قرار بشأن مدينة حلب.', 'vote'],
    ['وضبطت الشرطة ثلاثة مطلوبين في مدينة حمص.', 'arrest'],
    // `قد` before a past verb is "had": it happened.
    ['وقد نزحت مئات العائلات من مدينة الرقة.', 'displacement'],
    // `ما إذا` (whether) asks how it happened, not if it will.
    ['ولم يوضح المتحدث ما إذا كانت الغارة على مدينة الرقة نفذتها طائرة مسيرة.', 'airstrike'],
    // A name that happens to start like a future verb (`سياف`) is no future.
    ['واعتقلت القوات الأمريكية زوجة أبو سياف في مدينة دير الزور.', 'arrest'],
  ])('%s → %s', (body, type) => {
    expect(types(body)[0]).toBe(type);
  });

  it.each([
    // The dead named as whose bodies are handed over: no killing told.
    ['وسلمت جبهة النصرة جثث القتلى إلى ذويهم في مدينة إدلب.', 'attack'],
    // A death sentence or a call for one is no execution.
    ['وحكم على الرجلين بالإعدام في محكمة في مدينة دمشق.', 'attack'],
    ['وتنامت المطالبات بإعدامه في مدينة اللاذقية.', 'attack'],
    // Issuing a ruling or a statement is no vote without a tally.
    ['وأصدرت محكمة في دمشق قراراً بإغلاق الجمعية.', 'vote'],
    ['وأصدر مجلس الأمن الدولي بالإجماع بياناً بشأن مدينة حلب.', 'vote'],
    // Adopting a plan is no vote; only a resolution, a law or a vote's tally makes one.
    ['وتبنت الحكومة التركية خطة جديدة لإعادة الإعمار في مدينة حلب.', 'vote'],
    // A call for a ceasefire is no shooting.
    ['ودعا بان كي مون إلى وقف فوري لإطلاق النار في مدينة حلب.', 'attack'],
    // Nor is launching an appeal for one: the fire after `أطلقت` is the ceasefire's.
    ['وأطلقت الأمم المتحدة نداء لوقف إطلاق النار في مدينة حلب.', 'attack'],
    // Ending a quarrel is no programme carried out.
    ['وأنهت «جبهة النصرة» و«أحرار الشام» خلافاتهما في مدينة إدلب.', 'other'],
    // `الاجتماعي` (social) is no meeting; an editor-in-chief (`رئيس تحرير`) no liberation.
    ['ونشرت الفرقة على موقع التواصل الاجتماعي صوراً من مدينة حلب.', 'meeting'],
    ['وقال رئيس تحرير صحيفة «المدن» في بيروت إن الوضع صعب.', 'territorial_change'],
    // Patients or refugees received are no guests.
    ['واستقبلت العيادات السعودية نحو 1600 حالة مرضية في مخيم الزعتري.', 'meeting'],
    ['وواصلت العيادات استقبال المراجعين في مخيم الزعتري.', 'meeting'],
    // Opening a road or a file is no shooting.
    ['وفتحت قوات النظام طريقاً جديداً إلى مدينة درعا.', 'attack'],
    ['وفتحت الحكومة ملف المعتقلين في مدينة درعا.', 'attack'],
    // Facing a problem is no fighting.
    ['وتصدت الحكومة لمحاولة رفع الأسعار في مدينة دمشق.', 'armed_clash'],
    // Progress in talks is no advance on the ground.
    ['وحققت المحادثات في جنيف تقدماً في العملية السياسية.', 'territorial_change'],
    // Submitting a request is no advance.
    ['وتقدمت الحكومة السورية بطلب إلى الأمم المتحدة بشأن مدينة حلب.', 'territorial_change'],
    // A voice is no vote.
    ['وضم الاتحاد الدولي للصحفيين صوته إلى صوت النقابة في مدينة الموصل.', 'vote'],
    ['وسمع صوت الانفجار في أرجاء مدينة حلب.', 'vote'],
    // Restraint is no arrest.
    ['ودعت الدول إلى ضبط التدخلات الخارجية في مدينة حلب.', 'arrest'],
    // What may, will or would happen, or is threatened or planned, is said, not done.
    ['وقال مسؤول إن حكومته قد تشن هجمات على مسلحين في مدينة إدلب.', 'attack'],
    ['وقال وزير الدفاع البريطاني إن بلاده سترسل طائرات حربية إلى مدينة الرقة.', 'airstrike'],
    ['وإذا سيطرت الفصائل على مدينة درعا فإن ذلك سيغير الكثير.', 'territorial_change'],
    ['وهدد التنظيم بشن هجمات على مدينة كركوك.', 'attack'],
    ['ولن تكون معركة مدينة الرقة سهلة.', 'armed_clash'],
    ['ولا أحد يعرف ماذا سيحدث في حال عقد مؤتمر في مدينة جنيف.', 'meeting'],
    // Expected or possible, not done; nor typed by what the clause goes on to name.
    ['ويرجح دبلوماسيون أن يصوت مجلس الأمن الدولي اليوم على قرار بشأن هجمات بغاز سام في مدينة حلب.', 'vote'],
    ['ويرجح دبلوماسيون أن يصوت مجلس الأمن الدولي اليوم على قرار بشأن هجمات بغاز سام في مدينة حلب.', 'chemical_attack'],
    ['ومن الممكن أن يصوت مجلس الأمن الدولي هذا الأسبوع على قرار بشأن مدينة حلب.', 'vote'],
    // Holding the veto, a few words before it, is no vote.
    ['وروسيا التي تملك حق النقض (الفيتو) في مجلس الأمن الدولي حليفة لسوريا.', 'vote'],
    // Ground taken in a whole country, on no day told, is a summary.
    ['وسيطر التنظيم على مساحات واسعة في سوريا والعراق.', 'territorial_change'],
    // Explosives defused are no bombing.
    ['كما تم تفكيك 21 عبوة ناسفة في مدينة الفلوجة.', 'bombing'],
    // Allowing strikes is no strike.
    ['وقال مسؤولون إن الولايات المتحدة قررت السماح بشن غارات جوية على مواقع التنظيم في مدينة الرقة.', 'airstrike'],
    // Control shared is a state, not a taking.
    ['وفي مدينة الحسكة يتقاسم الأكراد وقوات النظام السيطرة منذ سنوات.', 'territorial_change'],
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

describe('taking a town and arresting', () => {
  it('reads a taking and the arrests made there as two happenings', () => {
    const body = 'وسيطرت وحدات حماية الشعب الكردية على بلدة صرين واعتقلت العشرات من سكانها.';
    const all = extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-20' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;
    expect(all.map((e) => e.type)).toEqual(['territorial_change', 'arrest']);
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

describe('general phrasings of war news', () => {
  // 2015-07-22 is a Wednesday.
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-22' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  it('places a happening on «جبهة» + a town at the town, and reads a nationality adjective as whose, not where', () => {
    expect(events('وقتل عشرة عناصر من قوات النظام في اشتباكات على جبهة الزبداني.').map((e) => [e.type, e.places])).toEqual([['armed_clash', ['zabadani']]]);
    // `بلدة` starts with a letter that is also a proclitic (ب): it is still a land noun.
    expect(events('وقصفت قوات النظام بلدة الزبداني.').map((e) => [e.type, e.places])).toEqual([['shelling', ['zabadani']]]);
    // A country's nisba after a feminine noun tells whose aircraft, not where.
    const [strike] = events('وشنت طائرات حربية تركية غارات على مدينة حلب.');
    expect(strike).toMatchObject({ type: 'airstrike', places: ['aleppo'] });
  });

  it('reads «لسيطرة» (held by) as no taking, and a taking as one', () => {
    expect(events('وتخضع مدينة درعا جزئياً لسيطرة المعارضة.').map((e) => e.type)).not.toContain('territorial_change');
    expect(events('وتمكنت المعارضة من تحرير مدينة إدلب.').map((e) => e.type)).toEqual(['territorial_change']);
  });

  it('reads «الخاضعة لسيطرة» as a state, not a taking of territory', () => {
    expect(events('وتقع البلدة في المناطق الخاضعة لسيطرة تنظيم «داعش» في ريف حلب.').map((e) => e.type)).not.toContain('territorial_change');
    expect(events('وقصفت قوات النظام الأحياء الخاضعة لسيطرة المعارضة في مدينة حلب.').map((e) => e.type)).toEqual(['shelling']);
    expect(events('وسيطرت قوات النظام على بلدة الزبداني.').map((e) => e.type)).toEqual(['territorial_change']);
  });

  it('reads aircraft flying over as no strike, and aircraft striking or shelling as one', () => {
    expect(events('وحلق الطيران الحربي فوق مدينة إدلب.').map((e) => e.type)).not.toContain('airstrike');
    expect(events('وأفاد ناشطون بتحليق الطيران الحربي في أجواء مدينة إدلب.').map((e) => e.type)).not.toContain('airstrike');
    expect(events('وشن الطيران الحربي غارات على مدينة إدلب.').map((e) => e.type)).toEqual(['airstrike']);
    expect(events('وقصف الطيران الحربي مدينة إدلب.').map((e) => e.type)).toEqual(['airstrike']);
    // Flying over and then striking: the strike.
    expect(events('وحلق الطيران الحربي فوق مدينة إدلب وشن غارات على أحيائها.').map((e) => e.type)).toEqual(['airstrike']);
  });

  it('reads launching a campaign as no attack, and launching a rocket or shells as one', () => {
    expect(events('وأطلقت وزارة الصحة حملة لإخماد النار في مدينة حمص.').map((e) => e.type)).not.toContain('attack');
    expect(events('وأطلق الدفاع المدني حملة لإخماد النيران في مدينة حمص.').map((e) => e.type)).not.toContain('attack');
    expect(events('وأطلق مسلحون صاروخاً على حي في مدينة حلب.').map((e) => e.type)).toEqual(['shelling']);
    expect(events('وأطلقت قوات النظام قذائف على حي في مدينة حلب.').map((e) => e.type)).toEqual(['shelling']);
    expect(events('وأطلق مسلحون النار على حاجز في مدينة درعا.').map((e) => e.type)).toEqual(['attack']);
  });

  it('reads renewing shelling or strikes as the violence, and renewing a call or a stand as a statement', () => {
    expect(events('وجددت قوات الأسد قصفها على مدينة الزبداني.').map((e) => [e.type, e.actor1])).toEqual([['shelling', 'syrian-armed-forces']]);
    expect(events('وجدد الطيران الحربي غاراته على مدينة إدلب.').map((e) => e.type)).toEqual(['airstrike']);
    expect(events('وجددت وزارة الخارجية الروسية دعوتها إلى الحوار.').map((e) => [e.type, e.subType])).toEqual([['statement_or_report', 'statement']]);
    expect(events('وجددت وزارة الخارجية الروسية دعوتها إلى وقف الهجمات على المدنيين في مدينة حلب.').map((e) => e.type)[0]).toBe('statement_or_report');
    expect(events('وجددت وزارة الخارجية الروسية رفضها لأي تدخل عسكري في سوريا.').map((e) => e.type)[0]).toBe('statement_or_report');
  });

  it('dates «فجر اليوم», «منتصف ليل الثلاثاء» and «بعد منتصف الليل» to the day the text tells', () => {
    const dawn = events('وقصفت قوات النظام مدينة دوما فجر اليوم.');
    expect(dawn.map((e) => [e.type, e.date, e.precision, e.dateBasis])).toEqual([['shelling', '2015-07-22', 'day', 'relative']]);
    expect(dawn[0]!.dateText).toBe('فجر اليوم');
    expect(events('وقصفت قوات النظام مدينة دوما فجر الثلاثاء.').map((e) => [e.date, e.precision])).toEqual([['2015-07-21', 'day']]);
    expect(events('وقصفت قوات النظام مدينة دوما منتصف ليل الثلاثاء.').map((e) => [e.date, e.precision])).toEqual([['2015-07-21', 'day']]);
    // The last midnight before the article was written began its day.
    expect(events('وقصفت قوات النظام مدينة دوما بعد منتصف الليل.').map((e) => [e.date, e.precision, e.dateBasis])).toEqual([['2015-07-22', 'day', 'relative']]);
    // Dawn or midnight with no day told gives no day.
    expect(events('وقصفت قوات النظام مدينة دوما عند الفجر.').map((e) => [e.type, e.precision, e.dateBasis])).toEqual([['shelling', 'month', 'article']]);
  });

  it('dates «أول من أمس» to the day before yesterday', () => {
    expect(events('وقصفت قوات النظام مدينة دوما أول من أمس.').map((e) => [e.type, e.date, e.dateText])).toEqual([['shelling', '2015-07-20', 'أول من أمس']]);
  });

  it('reads «فجر» before a day as dawn, not a detonation, and still reads a bomber detonating himself', () => {
    expect(events('وقصفت قوات النظام مدينة دوما فجر أمس.').map((e) => e.type)).toEqual(['shelling']);
    expect(events('وفي فجر اليوم، قصفت قوات النظام مدينة دوما.').map((e) => e.type)).toEqual(['shelling']);
    expect(events('وقصفت قوات النظام مدينة دوما قبيل صلاة الفجر.').map((e) => e.type)).toEqual(['shelling']);
    expect(events('وفجر انتحاري نفسه في مدينة القامشلي.').map((e) => e.type)).toEqual(['bombing']);
  });
});

describe('a speaker named in quotes', () => {
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-22' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  // News writes a group's name in «» (`أعلنت «جبهة النصرة»`): a quote mark that opens a name opens no quotation.
  it('reads a name in «» right after the verb as the speaker', () => {
    expect(events('وتعهد «جيش الإسلام» بإزالة حواجزه في الغوطة الشرقية.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'jaysh-al-islam' });
    expect(events('ونفت «جبهة النصرة» أي علاقة لها بالحادث.')[0]).toMatchObject({ type: 'statement_or_report', subType: 'denial', actor1: 'al-nusra-front' });
    expect(events('وانتقد تقرير لـ«هيومن رايتس ووتش» وحدات حماية الشعب الكردية لتجنيدها الأطفال.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'human-rights-watch' });
  });

  it('still reads a quotation after the verb as what was said, not who said it', () => {
    const [e] = events('وقال الرئيس بشار الأسد: «جبهة النصرة منظمة إرهابية».');
    expect(e).toMatchObject({ type: 'statement_or_report', actor1: 'bashar-al-assad' });
  });
});

describe('a headline of two parts', () => {
  const events = (title: string, body: string) =>
    extractArticle(makeArticle({ title, body, meta: { date: '2015-08-07' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  // `..` splits a headline into sentences; every part is still the headline, told in the present tense.
  it('reads the present tense in the part after «..»', () => {
    const all = events('غارات للتحالف على الرقة.. و«داعش» يختطف عشرات المدنيين في مدينة الموصل', 'وقال ناشطون إن الوضع في المدينة صعب.');
    expect(all.map((e) => [e.type, e.places])).toContainEqual(['arrest', ['mosul']]);
  });
});

describe('a country as the speaker', () => {
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-08-07' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  // A state speaks by its name (`قالت روسيا`, `نفت إيران`, `أعلنت تركيا`): news names the country for its government.
  it('reads a country named right after a statement verb as the speaker', () => {
    expect(events('وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن الهجمات.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'russia' });
    expect(events('ونفت إيران إرسال قوات إلى سوريا.')[0]).toMatchObject({ type: 'statement_or_report', subType: 'denial', actor1: 'iran' });
  });

  it('folds the next sentence of the same country into its statement', () => {
    const all = events('وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن الهجمات.\nوأكدت روسيا أنها تجري محادثات مع الولايات المتحدة.');
    expect(all.filter((e) => e.type === 'statement_or_report')).toHaveLength(1);
  });

  it('reads a country after «قال:» as what was said', () => {
    expect(events('وقال: العراق تحول إلى خراب.').filter((e) => e.actor1 === 'iraq')).toEqual([]);
  });

  it('still reads a country after the verb as where, when a party speaks', () => {
    expect(events('وقال الرئيس بشار الأسد في سوريا إن الجيش سيواصل عملياته.')[0]).toMatchObject({ type: 'statement_or_report', actor1: 'bashar-al-assad' });
  });
});

describe('holding is no doing', () => {
  const types = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-08-07' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events.map((e) => e.type);

  // `تملك حق النقض` holds the veto; `استخدمت حق النقض` casts it.
  it('reads holding the veto as no vote, and casting it as one', () => {
    expect(types('وروسيا التي تملك حق النقض في مجلس الأمن حليفة لسوريا.')).not.toContain('vote');
    expect(types('واستخدمت روسيا حق النقض ضد مشروع القرار في مجلس الأمن.')).toContain('vote');
  });

  // Owning aircraft, transport aircraft and aircraft landing drop nothing.
  it('reads owning, landing or transport aircraft as no strike', () => {
    expect(types('وتؤكد الدول الثلاث أن النظام هو الوحيد الذي يمتلك مروحيات في مدينة حلب.')).not.toContain('airstrike');
    expect(types('وهبطت أربع طائرات أمريكية في قاعدة إنجيرليك الجوية.')).not.toContain('airstrike');
    expect(types('ووصلت أربع طائرات نقل عسكرية إلى قاعدة إنجيرليك الجوية.')).not.toContain('airstrike');
    expect(types('وشنت طائرات حربية غارات على مدينة حلب.')).toContain('airstrike');
  });

  it('reads an aircraft shot down as no strike, and one crashing on its bombing run as one', () => {
    expect(types('وأسقطت فصائل المعارضة طائرة حربية تابعة للنظام في ريف إدلب.')).not.toContain('airstrike');
    expect(types('وتحطمت طائرة حربية في مدينة أريحا أثناء قصفها حياً سكنياً.')).toContain('airstrike');
    // A strike told after the downing of another aircraft is still a strike.
    expect(types('وشنت طائرات حربية غارات على مدينة أريحا بعد إسقاط طائرة للنظام.')).toContain('airstrike');
  });
});

describe('a vote without a place', () => {
  const events = (title: string, body: string) =>
    extractArticle(makeArticle({ title, body, meta: { date: '2015-08-07' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  it('keeps a body\'s vote told without a place, and folds it into the vote told with one', () => {
    expect(events('خبر', 'وصوت مجلس الأمن الدولي بالإجماع على القرار.').map((e) => e.type)).toEqual(['vote']);
    const all = events('مجلس الأمن يصوت اليوم على آلية للتحقيق', 'يصوت مجلس الأمن الدولي اليوم الجمعة على قرار بشأن الهجمات في سوريا.');
    expect(all.filter((e) => e.type === 'vote')).toHaveLength(1);
  });
});

describe('a crowd', () => {
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-08-07' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  it('reads a crowd protesting or mourning in a town as a happening with no named party', () => {
    expect(events('وتظاهر آلاف الأكراد أمس في مدينة إدلب تنديداً بالغارات.').map((e) => [e.type, e.subType, e.places])).toEqual([['other', 'protest', ['idlib']]]);
    expect(events('وشيع الآلاف في مدينة اللاذقية جثمان العقيد.').map((e) => [e.type, e.subType, e.places])).toEqual([['other', 'funeral', ['latakia']]]);
  });

  it('reads protests told as background, or in a whole country, as no happening', () => {
    expect(events('وكانت الاحتجاجات قد اندلعت في مدينة درعا عام 2011.')).toEqual([]);
    expect(events('وتظاهر المئات في سوريا ضد النظام.')).toEqual([]);
    // `التشييع` of Shiism spread is no funeral.
    expect(events('وتحدث التقرير عن تشييع المجتمعات في مدينة دير الزور.').map((e) => e.subType)).not.toContain('funeral');
  });
});

describe('people fleeing what happened', () => {
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-08-07' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  // Flight caused by a taking, a shelling or an abduction is a happening of its own (a displacement).
  it('reads the flight a happening caused as a second happening', () => {
    expect(events('سيطر تنظيم داعش على مدينة تدمر، ما أدى إلى نزوح آلاف المدنيين.').map((e) => e.type)).toEqual(['territorial_change', 'displacement']);
    expect(events('وقصفت قوات النظام مدينة داريا ما دفع مئات العائلات إلى النزوح.').map((e) => e.type)).toEqual(['shelling', 'displacement']);
    expect(events('واختطف تنظيم داعش 220 من أبناء مدينة القريتين، وأفاد ناشطون أيضاً بنزوح المئات من العائلات.').map((e) => e.type)).toEqual(['arrest', 'displacement']);
  });

  it('keeps flight from a happening one displacement', () => {
    expect(events('ونزح آلاف المدنيين من مدينة تدمر هرباً من القصف.').map((e) => e.type)).toEqual(['displacement']);
  });
});

describe('a headline and its lead', () => {
  const events = (title: string, body: string) =>
    extractArticle(makeArticle({ title, body, meta: { date: '2015-07-22' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  // The headline names the lead's happening more loosely (a country for the town): one happening.
  it('folds the headline into the first body telling of its type', () => {
    const all = events('إسبانيا تعتقل رجلاً يشتبه في تجنيده نساء لحساب «داعش»', 'واعتقلت الشرطة رجلاً في مدينة سبتة أمس.');
    expect(all.filter((e) => e.type === 'arrest')).toHaveLength(1);
  });

  it('folds it once: a second body telling of the type elsewhere stays its own', () => {
    const all = events('إسبانيا تعتقل رجلاً يشتبه في تجنيده نساء لحساب «داعش»', 'واعتقلت الشرطة رجلاً في مدينة سبتة أمس.\nوفي سياق آخر، اعتقلت قوات النظام عشرة شبان في مدينة حماة.');
    expect(all.filter((e) => e.type === 'arrest')).toHaveLength(2);
  });
});

describe('another of its kind', () => {
  const events = (body: string) =>
    extractArticle(makeArticle({ title: 'خبر', body, meta: { date: '2015-07-20' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  // `هجوم آخر`, `انفجار آخر`: another happening, though the places meet; told again, it is that other one.
  it('keeps «another» bombing apart from the one before it, and folds its retelling into it', () => {
    const all = events('هز تفجير انتحاري مدينة سوروتش أمس.\nوبعيد هذا التفجير في مدينة سوروتش، استهدف هجوم آخر بسيارة مفخخة حاجزاً في جنوب مدينة كوباني.\nودوى انفجار آخر جنوب مدينة كوباني.');
    expect(all.filter((e) => e.type === 'bombing').map((e) => e.places.includes('kobani'))).toEqual([false, true]);
  });
});

describe('a headline that quotes', () => {
  const events = (title: string, body: string) =>
    extractArticle(makeArticle({ title, body, meta: { date: '2015-07-21' }, fallbackId: 'test' }, { file: 'test.txt' }), kb).events;

  it('reads a body opening the headline before its colon as the speaker, and folds it into its statement', () => {
    expect(events('وزارة الخارجية الروسية: الهجوم على حلب مفبرك', 'وتحدث ناشطون عن قصف عنيف.').filter((e) => e.type === 'statement_or_report').map((e) => e.actor1)).toEqual(['russian-foreign-ministry']);
    const all = events('وزارة الخارجية الروسية: الهجوم على حلب مفبرك', 'وقالت وزارة الخارجية الروسية في بيان أمس إن الهجوم على مدينة حلب مفبرك.');
    expect(all.filter((e) => e.type === 'statement_or_report').map((e) => e.actor1)).toEqual(['russian-foreign-ministry']);
  });

  it('reads a place before the colon as where the news is from, and a name inside the topic as no speaker', () => {
    expect(events('سورية: 12 قتيلاً في قصف على ريف حلب', 'وقال ناشطون إن الوضع صعب.').map((e) => e.type)).not.toContain('statement_or_report');
    expect(events('شهادات منشقين عن «داعش»: الحياة في الرقة', 'وقال ناشطون إن الوضع صعب.').map((e) => e.type)).not.toContain('statement_or_report');
  });
});
