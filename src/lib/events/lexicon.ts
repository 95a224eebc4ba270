/**
 * The event rule tables (normalised keys, see `normaliseKey`): add rows here, not special cases in code.
 * Types are the gold guideline's; sub-types follow the spirit of ACLED's sub-event types.
 */
import { normaliseKey } from '../arabic/normalise.ts';
import type { EventType } from './schema.ts';

/** Table words are written as Arabic is; they are compared as normalised keys. */
const keys = (words: string[]) => new Set(words.map(normaliseKey));

/**
 * How strongly a trigger types its clause: a specific weapon beats a generic attack word, which beats a death word;
 * an `other` word (`قطعت`, `تعزيزات`) types a clause only when nothing else does.
 */
export type Strength = 'other' | 'death' | 'generic' | 'specific';

export interface TriggerRow {
  type: EventType;
  subType: string;
  strength: Strength;
  /** One or more words; a first word of 4+ letters also matches with endings (`اشتباك` → `اشتباكات`). */
  phrases: string[];
  /**
   * Words of which one must follow within `NEAR_SPAN` words for the phrase to be a trigger (`تبنى مجلس الأمن
   * قراراً`: adopting is a vote when a resolution is what is adopted); matched as keys or bare keys.
   */
  near?: ReadonlySet<string>;
  /**
   * Words that, met after the phrase before a `near` word, make it something else: `أطلقت الوزارة حملة لإخماد النار`
   * launches a campaign, and the fire is the one it puts out.
   */
  unless?: ReadonlySet<string>;
}

/** How many words after a trigger its `near` words may come. */
export const NEAR_SPAN = 6;

const row = (type: EventType, subType: string, strength: Strength, phrases: string[], near?: string[], unless?: string[]): TriggerRow => ({
  type, subType, strength, phrases: phrases.map(normaliseKey), ...(near ? { near: keys(near) } : {}), ...(unless ? { unless: keys(unless) } : {}),
});

export const TRIGGERS: TriggerRow[] = [
  row('chemical_attack', 'chemical weapon', 'specific', [
    'هجوم كيماوي', 'هجوم كيمياءي', 'الهجوم الكيماوي', 'الهجوم الكيمياءي', 'هجمات كيماويه', 'هجمات كيمياءيه',
    'باسلحه كيماويه', 'باسلحه كيمياءيه', 'بالاسلحه الكيماويه', 'بالاسلحه الكيمياءيه', 'غاز الكلور', 'غاز السارين', 'بغاز',
  ]),
  row('airstrike', 'air/drone strike', 'specific', ['غاره', 'غارات', 'ضربه جويه', 'ضربات جويه', 'قصف جوي', 'القصف الجوي', 'الطيران', 'سلاح الجو', 'المقاتلات', 'مقاتلات', 'طاءرات', 'طاءره حربيه', 'طاءرات حربيه', 'طاءره مسيره', 'طاءرات مسيره']),
  row('airstrike', 'air/drone strike', 'specific', ['مروحية', 'مروحيات', 'المروحيات', 'طائرة مروحية', 'طلعات', 'طلعة جوية', 'ضربات التحالف', 'ضربة للتحالف', 'ضربات للتحالف', 'طائرة بدون طيار', 'طائرات بدون طيار', 'طائرة من دون طيار', 'طائرات من دون طيار']),
  row('bombing', 'remote explosive/IED', 'specific', ['تفجير', 'انفجار', 'فجر', 'يفجر', 'فجرت', 'انفجرت', 'تفجيران', 'تفجيرين', 'عبوه ناسفه', 'عبوات ناسفه', 'مفخخه', 'تفجيرات']),
  row('bombing', 'suicide bomb', 'specific', ['انتحاري', 'انتحاريه', 'انتحاريا']),
  row('shelling', 'shelling/artillery/missile attack', 'specific', ['قصف', 'قصفت', 'قذيفه', 'قذاءف', 'صاروخ', 'صواريخ', 'مدفعي', 'المدفعيه', 'راجمات', 'براميل متفجره']),
  row('armed_clash', 'armed clash', 'generic', ['اشتباك', 'اشتباكات', 'اشتبك', 'معارك', 'معركه', 'مواجهات', 'اقتتال', 'اشتبكت']),
  row('attack', 'attack', 'generic', ['هجوم', 'هجوما', 'هجمات', 'هاجم', 'هاجمت', 'استهدف', 'استهدفت', 'استهداف', 'كمين', 'مكمن', 'اغتيال', 'اغتال', 'اغتالت', 'اغتالوا', 'اعدام', 'اعدم', 'ذبح']),
  row('armed_clash', 'armed clash', 'generic', ['تبادل لإطلاق النار', 'تبادل إطلاق النار', 'تبادلوا إطلاق النار', 'صد هجوم', 'صدت هجوم', 'صد هجوما', 'صدت هجوما', 'صد هجمات', 'صدت هجمات']),
  row('attack', 'attack', 'death', ['مقتل', 'قتل', 'قتلت', 'قتلوا', 'مصرع', 'استشهاد', 'قتلي', 'قتيلا']),
  // Shooting, sniping, beheading, massacres (ACLED: attack; `قطع رأس` is no cut supply line).
  row('attack', 'attack', 'generic', ['إطلاق النار', 'أطلق النار', 'أطلقت النار', 'أطلقوا النار', 'إطلاق الرصاص', 'أطلق الرصاص', 'مجزرة', 'قنص', 'قنصت', 'قطع رأس', 'قطع رؤوس', 'نحر', 'نحرت']),
  row('attack', 'attack', 'generic', ['اقتحم', 'اقتحمت', 'اقتحموا', 'اقتحام', 'داهم', 'داهمت', 'داهموا'], ['مدينة', 'بلدة', 'قرية', 'حي', 'مقر', 'مقرات', 'مبنى', 'منزل', 'سجن', 'مطار', 'مخيم', 'ثكنة', 'حاجز', 'مواقع', 'مركز']),
  row('arrest', 'arrest', 'generic', ['اعتقال', 'اعتقل', 'اعتقلت', 'اعتقالات', 'القبض', 'احتجاز', 'احتجز', 'توقيف', 'اوقف', 'اوقفت', 'حبس']),
  // `ضبط` seizes people only with them in sight (`ضبطت الشرطة ثلاثة مطلوبين`); `ضبط التدخلات الخارجية` restrains.
  row('arrest', 'arrest', 'generic', ['ضبط', 'ضبطت', 'تم ضبط'], ['شخص', 'شخصا', 'أشخاص', 'متهم', 'متهما', 'متهمين', 'مطلوب', 'مطلوبا', 'مطلوبين', 'مشتبه', 'مشتبها', 'خلية', 'عناصر', 'عنصرا', 'إرهابي', 'إرهابيا', 'إرهابيين', 'مسلح', 'مسلحين', 'مهرب', 'مهربين']),
  row('arrest', 'abduction/forced disappearance', 'generic', ['خطف', 'خطفت', 'خطفوا', 'يخطف', 'تخطف', 'اختطاف', 'اختطف', 'اختطفت']),
  row('territorial_change', 'territory taken', 'generic', ['سيطر', 'سيطرت', 'السيطره علي', 'استعاد', 'استعادت', 'استعاده', 'انتزع', 'انتزعت', 'تحرير', 'استولي', 'استولت', 'طرد', 'حرر', 'حررت', 'استرجع', 'استرجعت', 'استرداد']),
  row('territorial_change', 'withdrawal', 'generic', ['انسحب', 'انسحبت', 'انسحاب']),
  // `سقطت المدينة بيد التنظيم`, `تقدمت القوات باتجاه`, `خسر التنظيم مواقع`, `أخلت الفصائل مواقعها`, `توغلت القوات`.
  row('territorial_change', 'territory taken', 'generic', ['سقطت', 'سقوط', 'سقط'], ['بيد', 'بأيدي', 'يد', 'قبضة', 'بقبضة']),
  row('territorial_change', 'territory taken', 'generic', ['تقدم', 'تقدمت', 'تقدموا', 'يتقدم', 'تتقدم'], ['باتجاه', 'نحو', 'داخل', 'مشارف', 'أطراف', 'عمق']),
  // Not what is launched (`أطلق الدفاع المدني حملة لإخماد النار`, `أطلقت نداء`, `أطلق مبادرة`): a campaign, not fire.
  row('attack', 'attack', 'generic', ['أطلق', 'أطلقت', 'أطلقوا', 'يطلق'], ['النار', 'نار', 'الرصاص', 'رصاص'], [
    'حملة', 'حملات', 'نداء', 'نداءات', 'مبادرة', 'مبادرات', 'مشروع', 'برنامج', 'دعوة', 'دعوات', 'مناشدة', 'صرخة', 'تحذير', 'تحذيرا', 'وعودا', 'اسم',
  ]),
  // `فتح مسلحون النار على حاجز`: opening fire is shooting (not `فتح باب`, `فتح تحقيق`).
  row('attack', 'attack', 'generic', ['فتح', 'فتحت', 'فتحوا', 'يفتح', 'تفتح'], ['النار', 'نار', 'النيران', 'نيرانها', 'نيرانه', 'نيرانهم']),
  // `أحرز التنظيم تقدماً جديداً في حي النشوة`, `حققوا تقدماً عسكرياً`: an advance made (the noun as an object) on the
  // ground, told by where or how it was made; not progress in talks (`حققت المحادثات تقدماً في العملية السياسية`).
  row('territorial_change', 'territory taken', 'generic', ['تقدما'], [
    'باتجاه', 'اتجاه', 'نحو', 'عسكريا', 'ميدانيا', 'الأرض', 'حي', 'محور', 'جبهة', 'مدينة', 'بلدة', 'قرية', 'ريف', 'مناطق', 'منطقة', 'أطراف', 'مشارف', 'داخل',
  ]),
  // `تصدت الفصائل لمحاولة تقدم القوات`, `تصدوا لهجوم`: repelling an attack or an advance is fighting (not `تصدت
  // الحكومة لمحاولة رفع الأسعار`: the attempt must be an attack or an advance).
  row('armed_clash', 'armed clash', 'generic', ['تصدي', 'تصدت', 'تصدوا', 'يتصدي', 'تتصدي'], ['لهجوم', 'لهجمات', 'لتقدم', 'لرتل', 'لقوات', 'تقدم', 'اقتحام']),
  row('territorial_change', 'territory taken', 'generic', ['توغل', 'توغلت', 'توغلوا']),
  row('territorial_change', 'withdrawal', 'generic', ['خسر', 'خسرت', 'أخلى', 'أخلت'], ['مواقع', 'مواقعه', 'مواقعها', 'مناطق', 'السيطرة', 'مقرات', 'مقراته', 'مقراتها', 'مدينة', 'بلدة', 'قرية', 'قرى', 'بلدات', 'حي']),
  row('displacement', 'displacement', 'generic', ['نزوح', 'نزح', 'نزحت', 'تهجير', 'فرار', 'فروا', 'نزحوا', 'هجر', 'هجرت', 'تشريد', 'شرد', 'هربا من', 'هروبا من']),
  row('displacement', 'displacement', 'generic', ['غادر', 'غادرت', 'غادروا', 'ترك', 'تركوا', 'أجبر', 'أجبرت', 'أجبروا', 'اضطر', 'اضطروا'], ['منازلهم', 'منازلها', 'بيوتهم', 'بيوتها', 'قراهم', 'مدينتهم', 'ديارهم', 'مساكنهم', 'النزوح', 'الفرار', 'المغادرة']),
  row('vote', 'vote', 'generic', ['صوتت', 'يصوت', 'تصوت', 'تصويت', 'التصويت علي', 'الفيتو', 'حق النقض']),
  // `صوت` is also a voice (`ضم صوته إلى صوت النقابة`, `ترفع الصوت`): a vote when what is voted on follows.
  row('vote', 'vote', 'generic', ['صوت'], ['على', 'لصالح', 'ضد', 'بالإجماع', 'بأغلبية', 'مشروع', 'قرار', 'القرار', 'بنعم', 'بلا']),
  // `تبنى مجلس الأمن بالإجماع قراراً`, `أقر البرلمان مشروع قانون`, `اعتمدت الجمعية العامة قراراً`: a body adopting a text.
  // `أصدر مجلس الأمن قراراً بالإجماع`, `وافق المجلس بالإجماع على القرار`: a text issued or approved unanimously or by a
  // majority was voted on.
  row('vote', 'resolution adopted', 'generic', ['اصدر', 'اصدرت', 'يصدر', 'تصدر', 'وافق', 'وافقت', 'يوافق', 'توافق'], ['بالاجماع', 'باغلبيه']),
  row('vote', 'resolution adopted', 'generic', ['تبني', 'تبنت', 'يتبني', 'تتبني', 'اقر', 'اقرت', 'يقر', 'تقر', 'اعتمد', 'اعتمدت', 'يعتمد', 'صادق', 'صادقت'], ['قرار', 'قرارا', 'القرار', 'قانون', 'قانونا', 'بالاجماع', 'باغلبيه']),
  row('agreement', 'agreement', 'generic', ['اتفق', 'اتفقت', 'توصل', 'توصلت', 'التوصل', 'توقيع اتفاق', 'وقع اتفاق', 'وقعت اتفاق', 'ابرم', 'اتفاق', 'اتفاقا', 'اتفاقيه', 'وافق', 'وافقت', 'موافقه', 'سمح', 'سمحت', 'تفاهم', 'صفقه']),
  row('agreement', 'ceasefire', 'generic', ['هدنه', 'وقف اطلاق النار', 'وقف لاطلاق النار', 'وقف فوري لاطلاق النار', 'وقفا لاطلاق النار', 'وقفا فوريا لاطلاق النار', 'ايقاف اطلاق النار']),
  row('other', 'other', 'other', [
    // Not `أجل` (`من أجل`, in order to), `عين` (eye, spring: `عين العرب`), `حملة`, `منع`, `نشر`, `إسقاط` (a campaign, to
    // prevent, to publish, to bring down: said of aims and commentary far more than of happenings).
    'قطع', 'قطعت', 'تعزيزات', 'تاجيل', 'اجلت', 'ارجاء', 'انشاء', 'الافراج', 'افرج', 'افرجت', 'اطلاق سراح', 'تسليم', 'سلم', 'سلمت',
    'فرض', 'فرضت', 'عقوبات', 'تمشيط', 'اغلق', 'اغلقت', 'اغلاق', 'وصول', 'وصلت', 'ارسال', 'ارسل', 'ارسلت', 'انشق', 'انشقاق',
    'استقال', 'استقاله', 'تعيين', 'اقال', 'اقاله', 'محاكمه', 'حكم علي', 'اعتمد', 'اعتمدت', 'قرر', 'قررت', 'منعت',
    'انطلق', 'انطلقت', 'بدا', 'بدات', 'اسقط', 'اسقطت', 'انقطاع', 'انقطاعات', 'عزل', 'عزلت',
    'تظاهرات', 'مظاهرات', 'مظاهره', 'تظاهره', 'احتجاج', 'احتجاجات', 'اعتصام', 'حصار', 'حاصر', 'حاصرت',
    'مساعدات', 'قافله', 'تبادل', 'انتخابات', 'اجلاء',
    'افتتح', 'افتتحت', 'دشن', 'دشنت',
  ]),
  // A crowd protesting or mourning is told by its verb (`تظاهر المئات في إدلب`, `شيع الآلاف جثمان…`) and needs no
  // named party; the nouns (`مظاهرات حلب`, `اندلعت الاحتجاجات عام 2011`) tell background as often as news.
  // Not `احتج` (objected: `احتج الرئيس خلال مؤتمر صحافي`).
  row('other', 'protest', 'other', ['تظاهر', 'تظاهرت', 'تظاهروا', 'يتظاهر', 'اعتصم', 'اعتصموا']),
  row('other', 'funeral', 'other', ['شيع', 'شيعت', 'شيعوا', 'تشييع'], ['جثمان', 'جثامين', 'جثه', 'جثث', 'جنازه', 'رفات', 'الضحايا', 'ضحايا', 'القتلى', 'قتلى', 'الشهداء', 'شهداء']),
  // Releases, court rulings, bodies found, crashes and drownings, returns of the displaced, aid handed out.
  // `أطلقت جبهة النصرة سراح…`: the releaser named between the verb and `سراح`.
  row('other', 'other', 'other', ['أطلق', 'أطلقت', 'أطلقوا', 'يطلق', 'تطلق'], ['سراح']),
  row('other', 'other', 'other', ['أطلق سراح', 'أطلقت سراح', 'أطلقوا سراح', 'تحطم', 'تحطمت', 'غرق', 'غرقت', 'مثل أمام', 'مثول']),
  row('other', 'other', 'other', ['حكم', 'حكمت', 'قضت', 'قضى', 'أصدر', 'أصدرت'], ['بالسجن', 'بالإعدام', 'حكما', 'أحكاما', 'بسجن', 'بإعدام', 'المؤبد']),
  row('other', 'other', 'other', ['عثر', 'عثرت', 'العثور', 'انتشال', 'انتشلت'], ['جثة', 'جثث', 'جثمان', 'مقبرة', 'رفات']),
  row('other', 'other', 'other', ['عودة', 'عاد', 'عادت'], ['النازحين', 'اللاجئين', 'العوائل', 'الأسر', 'أسرة', 'عائلة', 'النازحة', 'نازحة', 'المهجرين']),
  // A relief body carrying out a programme (`تواصل الحملة تنفيذ المرحلة الثانية من برنامجها`, `أنهت المرحلة الثالثة
  // من مشروع`, `تكفلت الحملة بتغطية تكاليف`), handing out aid (`قدمت مساعدات`).
  row('other', 'aid', 'other', ['واصل', 'واصلت', 'تواصل', 'يواصل', 'أنهى', 'أنهت', 'اختتم', 'اختتمت', 'نفذ', 'نفذت', 'أطلق', 'أطلقت', 'بدأ', 'بدأت', 'باشر', 'باشرت'], ['تنفيذ', 'المرحلة', 'مرحلة', 'مشروع', 'مشروعا', 'برنامج', 'برنامجا', 'برنامجها', 'برنامجه', 'مشروعها', 'مشروعه']),
  row('other', 'aid', 'other', ['تكفل', 'تكفلت', 'استفاد', 'استفادت', 'استفادوا']),
  row('other', 'aid', 'other', ['قدم', 'قدمت', 'تقديم'], ['مساعدات', 'مساعدة', 'سلال', 'لقاحات', 'خدمات', 'علاج', 'منحا', 'معونات']),
  row('other', 'other', 'other', ['وزع', 'وزعت', 'توزيع', 'إدخال', 'أدخلت', 'دخلت'], ['مساعدات', 'المساعدات', 'قافلة', 'قوافل', 'سلال', 'إغاثية', 'غذائية', 'إنسانية']),
  row('meeting', 'meeting', 'generic', ['اجتماع', 'اجتمع', 'اجتمعت', 'لقاء', 'التقي', 'التقت', 'مؤتمر', 'قمه', 'محادثات', 'مباحثات', 'جلسه', 'خلوه', 'زياره', 'زار', 'استقبل', 'ناقش', 'مشاورات']),
];

/**
 * Words that begin with a trigger's stem but are another word: the adjective `اجتماعي` (social: `مواقع التواصل
 * الاجتماعي`) is no `اجتماع` (meeting). Matched as bare keys (without proclitics and the article).
 */
export const NOT_TRIGGERS = keys(['اجتماعي', 'اجتماعيه', 'اجتماعيا', 'اجتماعيين', 'اجتماعيون']);
/**
 * What a clinic, a camp or a country receives (`استقبلت العيادات 1600 حالة مرضية`, `استقبال المراجعين`, `تستقبل
 * اللاجئين`): no guest, so no meeting. A number right after `استقبل` counts such people too.
 */
export const RECEIVED = keys([
  'حالة', 'حالات', 'مراجع', 'مراجعا', 'مراجعين', 'المراجعين', 'مريض', 'مرضى', 'المرضى', 'جريح', 'جرحى', 'الجرحى', 'لاجئ', 'لاجئين',
  'اللاجئين', 'نازح', 'نازحين', 'النازحين', 'مصاب', 'مصابين', 'المصابين', 'نحو', 'قرابة', 'أكثر', 'حوالي', 'آلاف', 'ألوف', 'مئات', 'عشرات', 'زوار', 'زوارها',
  'توابيت', 'الأموال', 'طلبات', 'الطلبات', 'اتصالا', 'اتصالات',
]);
export const RECEIVING = keys(['استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'استقبال', 'واستقبل', 'واستقبلت', 'باستقبال']);

/** Nouns of the dead's remains: a death word after them (`جثث القتلى`, `جثامين الضحايا`) names whose, no killing told. */
export const REMAINS = keys(['جثث', 'جثة', 'جثه', 'جثمان', 'جثامين', 'رفات', 'أشلاء', 'توابيت', 'ذوي', 'أسر', 'عائلات', 'أهالي']);

/** Titles before `تحرير` that make it editing (`رئيس تحرير صحيفة`), not liberation. */
export const EDITORS = keys(['رئيس', 'رئاسة', 'مدير', 'سكرتير', 'هيئة', 'مسؤول']);

/** `other` happenings that need no named party: a crowd protests or mourns (`تظاهر المئات في إدلب`). */
export const CROWD_SUBTYPES: ReadonlySet<string> = new Set(['protest', 'funeral']);

/** Event types that are violence (ACLED's political violence): the ones a toll and targets belong to. */
export const VIOLENT: ReadonlySet<EventType> = new Set(['attack', 'armed_clash', 'airstrike', 'shelling', 'bombing', 'chemical_attack']);

/** Verbs that open a statement (`قال`, `وأكدت`, `دانت`), with the statement's sub-type. */
export const STATEMENT_VERBS: Record<string, string> = Object.fromEntries([
  ...['قال', 'قالت', 'اكد', 'اكدت', 'صرح', 'صرحت', 'اعتبر', 'اعتبرت', 'راي', 'رات', 'شدد', 'شددت', 'اوضح', 'اوضحت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'اشار', 'اشارت', 'لفت', 'لفتت', 'زعم', 'زعمت',
    'قالوا', 'اكدوا', 'ذكروا', 'اشاروا', 'افادوا', 'اوضحوا', 'اعتبروا', 'يقول', 'تقول', 'يؤكد', 'تؤكد', 'يري', 'تري', 'يعتبر',
    'يرحب', 'ترحب', 'ينتقد', 'تنتقد', 'يهدد', 'تهدد',
    'كشف', 'كشفت', 'اعرب', 'اعربت', 'انتقد', 'انتقدت', 'رحب', 'رحبت', 'تعهد', 'تعهدت', 'ابلغ', 'ابلغت', 'هدد', 'هددت', 'وصف', 'وصفت',
    'جدد', 'جددت', 'اشاد', 'اشادت', 'حث', 'حثت', 'توعد', 'توعدت', 'ادعي', 'ادعت', 'اعترف', 'اعترفت', 'ابدي', 'ابدت', 'قلل', 'قللت',
    'وعد', 'وعدت', 'وعدوا', 'يكشف', 'تكشف', 'يتوعد', 'تتوعد', 'يجدد', 'تجدد', 'يصف', 'تصف',
    'رجح', 'رجحت', 'استبعد', 'استبعدت', 'توقع', 'توقعت', 'نوه', 'نوهت', 'تحدث', 'تحدثت', 'كرر', 'كررت', 'المح', 'المحت'].map((v) => [normaliseKey(v), 'statement']),
  ...['يعلن', 'تعلن'].map((v) => [normaliseKey(v), 'announcement']),
  ...['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض'].map((v) => [normaliseKey(v), 'rejection']),
  ...['اعلن', 'اعلنت', 'اعلنوا'].map((v) => [normaliseKey(v), 'announcement']),
  ...['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يطالب', 'تطالب', 'طالب', 'طالبت', 'طالبوا', 'طلب', 'طلبت', 'ناشد', 'ناشدت'].map((v) => [normaliseKey(v), 'call']),
  ...['دان', 'دانت', 'ادان', 'ادانت', 'ندد', 'نددت', 'يدين', 'تدين', 'يندد', 'تندد', 'استنكر', 'استنكرت'].map((v) => [normaliseKey(v), 'condemnation']),
  ...['نفي', 'نفت', 'نفوا', 'ينفي', 'تنفي'].map((v) => [normaliseKey(v), 'denial']),
  ...['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم'].map((v) => [normaliseKey(v), 'accusation']),
  ...['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر'].map((v) => [normaliseKey(v), 'warning']),
]);
/**
 * Statement verbs of renewing (`جدد دعوته`, `جددت موقفها`): what is renewed decides. Violence renewed right after
 * them (`جددت قوات الأسد قصفها`, `تجددت الاشتباكات`) is that violence, not a statement.
 */
export const RENEWAL = keys(['جدد', 'جددت', 'جددوا', 'يجدد', 'تجدد', 'تجددت', 'يتجدد']);
/** `كان` opening a pluperfect (`وكان … قد أكد`). */
export const KANA = keys(['كان', 'وكان', 'كانت', 'وكانت']);
/** Words that may open a clause before its verb without being its subject (`من جهته، أكد`, `وفي بيان، قالت`). */
export const OPENING = keys(['و', 'ف', 'ثم', 'كما', 'لكن', 'ولكن', 'من', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'بدوره', 'بدورها', 'في', 'وفي', 'بيان', 'اليوم', 'امس', 'بينما', 'فيما', 'حيث', 'قد', 'وقد', 'كذلك', 'ايضا', 'وكان', 'وكانت', 'كان', 'كانت', 'سرعان', 'ما', 'الى', 'ذلك', 'بعدها', 'حينها']);
/** A resolution's nouns: a statement verb right after one tells what the text says (`قراراً يدين الهجمات`), not who spoke. */
export const RESOLUTION_NOUNS = keys(['قرار', 'قرارا', 'القرار', 'قرارات', 'القرارات', 'بيانا', 'البيان', 'بيان']);
/** Statement verbs that continue what the last speaker said (`وأضاف`): no new statement. */
export const CONTINUING = keys(['اضاف', 'اضافت', 'اضافوا', 'تابع', 'تابعت', 'مضيفا', 'مضيفه', 'مشيرا', 'مشيره', 'مؤكدا', 'معتبرا', 'مشددا', 'لافتا', 'موضحا']);
/** `أصدر تقريراً/بياناً`, `زعم تقرير`: a report or statement released. */
/** A released report, statement or recording (`بث التنظيم شريطاً مصوراً`, `نشر تسجيلاً صوتياً`): the release is a report. */
export const RELEASE_NOUNS = keys(['تقرير', 'تقريرا', 'التقرير', 'بيان', 'بيانا', 'البيان', 'شريط', 'شريطا', 'تسجيل', 'تسجيلا', 'فيديو', 'رساله', 'رسالة']);
export const RELEASE_VERBS = keys(['اصدر', 'اصدرت', 'نشر', 'نشرت', 'زعم', 'وزع', 'اصدار', 'نشر', 'بث', 'بثت', 'يبث', 'تبث', 'وبث', 'وبثت']);

/** Words before a trigger that make it a circumstance of the clause's happening (`بعد أسبوع من المواجهات`). */
export const CIRCUMSTANCE = keys(['بعد', 'عقب', 'اثر', 'منذ', 'قبل', 'اعقاب']);
/** Words a few words before a trigger that make it what is alleged (`تتهم النظام السوري بشن هذه الهجمات`, `بتهمة تفجير`). */
export const ALLEGED = keys(['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهموا', 'اتهام', 'باتهام', 'بتهمه', 'تهمه', 'متهم', 'متهما', 'المتهم', 'بالتورط', 'التورط', 'ضلوع', 'بالمسؤوليه', 'مسؤوليه', 'ينفي', 'تنفي', 'نفي', 'نفت', 'يزعم', 'تزعم', 'مزاعم', 'المزعوم', 'المزعومه']);
/** Words right before a trigger that make it what goes with the clause's happening (`اشتباكات وسط غارات جوية`, `تحت غطاء جوي`). */
export const AMID = keys(['وسط', 'ظل', 'غطاء', 'بغطاء', 'تخللها', 'تخلله', 'ترافق', 'ترافقت', 'رافقها', 'رافقه', 'بمساندة', 'بدعم', 'بمؤازرة', 'باسناد', 'اسناد']);
/** Words before a trigger that make it the topic of the clause's happening (`صوت المجلس على قرار بشأن الهجوم الكيماوي`). */
export const TOPIC = keys(['حول', 'بشان', 'بخصوص', 'حيال', 'ازاء', 'خلفيه', 'لبحث', 'لمناقشه', 'للتحقيق', 'التحقيق', 'تحقيق', 'يحقق', 'تحقق', 'احتجاجا', 'تنديدا', 'ردا', 'انتقاما', 'تضامنا',
  // Who answers for it, what shows it, what is kept or said of it (`تحديد المسؤولين عن هجمات بالأسلحة الكيماوية`,
  // `أدلة على هجوم`, `ملف الهجمات`, `ذكرى مجزرة`, `بيان يدين الهجوم`).
  'المسؤول', 'المسؤولين', 'المسؤوليه', 'مسؤوليه', 'ادله', 'ملف', 'لجنه', 'ذكري', 'لمنع', 'ادانه', 'يدين', 'تدين', 'استنكار']);

/** Words that attribute what follows or precedes to a source: `بحسب المرصد`, `وفق وكالة`, `نقلا عن`. */
export const ATTRIBUTION = keys(['بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا', 'افاد', 'افادت', 'ذكر', 'ذكرت', 'قال', 'قالت', 'اكد', 'اكدت', 'اعلن', 'اعلنت', 'نقلت', 'نقل', 'اشار', 'اشارت', 'اوضح', 'اوضحت']);

/** Unnamed sources: the reporter is the words as written (`مصادر ميدانية`, `ناشطون`). */
export const UNNAMED_SOURCES = keys(['مصادر', 'مصدر', 'المصادر', 'المصدر', 'ناشطون', 'ناشطين', 'شهود', 'مراسل', 'مراسلنا', 'ناشط', 'مسؤولون', 'مسؤولين', 'مسؤول', 'دبلوماسيون', 'دبلوماسي']);
/** Unnamed officials speak for a party (`مسؤولون في الأمم المتحدة`): their words are a statement, not a report. */
export const UNNAMED_OFFICIALS = keys(['مسؤولون', 'مسؤولين', 'مسؤول', 'دبلوماسيون', 'دبلوماسي']);

/** Entity kinds that report happenings rather than take part in them: their verbs attribute, not state. */
export const REPORTER_KINDS = new Set(['media', 'news-agency', 'ngo', 'activist']);

/** Words that make the object of violence civilians (ACLED: violence against civilians) or armed forces. */
export const CIVILIANS = keys(['مدنيين', 'مدنيا', 'مدني', 'المدنيين', 'المدنيون', 'اطفال', 'الاطفال', 'نساء', 'النساء', 'سكان', 'السكان', 'مواطنين', 'المواطنين', 'الاهالي', 'اهالي', 'مدنيه', 'مدرسه', 'مستشفي', 'سوق']);
export const FORCES = keys(['قوات', 'عناصر', 'عنصرا', 'جنود', 'جنديا', 'مقاتلين', 'مقاتلا', 'مسلحين', 'مسلحي', 'مواقع', 'حاجز', 'ثكنه', 'دوريه', 'رتل']);

/** Words before a killed figure (`مقتل 25`) and after it (`25 قتيلا`); the same for the injured. */
export const KILLED_BEFORE = keys(['مقتل', 'قتل', 'قتلت', 'مصرع', 'سقوط', 'استشهاد', 'قضاء']);
export const KILLED_AFTER = keys(['قتيل', 'قتيلا', 'قتلي', 'شهيد', 'شهيدا', 'شهداء', 'جثه', 'جثث']);
/** Verbs after a figure (`25 عنصراً قتلوا`): the people counted were killed. */
export const KILLED_VERBS = keys(['قتلوا', 'قتلو', 'قضوا', 'لقوا', 'استشهدوا', 'سقطوا']);
export const INJURED_BEFORE = keys(['اصابه', 'جرح', 'اصيب', 'اصيبوا']);
export const INJURED_AFTER = keys(['جريح', 'جريحا', 'جرحي', 'مصابا', 'مصابين', 'اصابات']);

/**
 * Head nouns of weapons, munitions and objects (`قذائف هاون`, `صواريخ غراد`, `براميل متفجرة`, `سيارة مفخخة`) and
 * weapon names said alone (`الهاون`, `غراد`): a name that starts with one is what was used, never a party to the
 * happening. Not aircraft: `مروحيات النظام`, `سلاح الجو` name the air force that acts; nor `آلية` (also a mechanism:
 * `آلية التحقيق المشتركة`).
 */
export const WEAPONS = keys([
  'قذيفة', 'قذائف', 'قذيفتين', 'قذيفتا', 'صاروخ', 'صواريخ', 'صاروخين', 'برميل', 'براميل', 'برميلين', 'قنبلة', 'قنابل', 'لغم', 'ألغام',
  'عبوة', 'عبوات', 'مدفع', 'مدافع', 'راجمة', 'راجمات', 'رصاص', 'رصاصة', 'طلقات', 'ذخيرة', 'ذخائر', 'أسلحة', 'بندقية', 'بنادق',
  'دبابة', 'دبابات', 'مدرعة', 'مدرعات', 'عربة', 'عربات', 'سيارة', 'سيارات', 'شاحنة', 'شاحنات', 'حزام', 'أحزمة',
  'هاون', 'غراد', 'كاتيوشا', 'سكود', 'كورنيت', 'فيل', 'جرة', 'جرات',
]);

/** Words before the agent of a violent act (`شنه تنظيم داعش`, `على يد`) and before its object (`على`, `ضد`). */
export const AGENT_MARKERS = keys(['شنه', 'شنها', 'شنته', 'شن', 'شنت', 'نفذه', 'نفذها', 'نفذ', 'نفذت', 'قام', 'قامت', 'يد', 'تبناه', 'تبني']);
/** What is hit, owned by the name after it (`مواقع لـ«داعش»`, `أهداف لتنظيم داعش`, `مقرات للنصرة`). */
export const TARGET_NOUNS = keys(['مواقع', 'اهداف', 'مقرات', 'مقار', 'تجمعات', 'معاقل', 'مراكز', 'تحصينات', 'مخازن', 'الية', 'اليات', 'قوافل', 'رتل', 'عناصر', 'مسلحين', 'مقاتلين', 'منشات']);
export const OBJECT_MARKERS = keys(['علي', 'ضد', 'استهدف', 'استهدفت', 'مواقع', 'لمواقع', 'استهداف']);

/** A noun with the article, behind at most one proclitic (`الهجوم`, `والانفجار`, `بالقصف`, `للهجوم`). */
export const DEFINITE = /^(?:[وفبك]?ال|و?لل)/;
/** Demonstratives before a noun that point back (`هذا الهجوم`, `تلك الغارات`). */
export const DEMONSTRATIVES = keys(['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين']);
/** Relative pronouns (`التي`, `الذي`, `الذين`): what follows tells of the noun before them. */
export const RELATIVES = keys(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);
/** Compass words of a place said as a reference point (`شمال غرب بغداد`, `جنوبي`). */
export const COMPASS = keys(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط']);

/** `في` and the kind nouns that stand between it and a place (`في مدينة الزبداني`, `بريف إدلب`, `في محيط دوما`). */
export const IN_WORDS = keys(['في', 'وفي']);
export const PLACE_NOUNS = keys(['مدينه', 'بلده', 'قريه', 'قريتي', 'حي', 'احياء', 'منطقه', 'مناطق', 'ريف', 'محيط', 'اطراف', 'مخيم', 'محافظه', 'ناحيه', 'بادية', 'باديه', 'مطار', 'اطراف']);

/** `في المنطقة نفسها`, `في المدينة ذاتها`, `في نفس المكان`: the place told just before, named again by reference. */
export const SAME = keys(['نفسها', 'ذاتها', 'نفسه', 'ذاته', 'عينها', 'عينه']);
export const SAME_BEFORE = keys(['نفس', 'ذات']);
export const SPOT_NOUNS = keys(['منطقه', 'مدينه', 'بلده', 'قريه', 'مكان', 'موقع', 'حي', 'محافظه', 'جبهه', 'محور']);

/**
 * Words right before a control word that make it a state, not a taking: `تحت سيطرة` (under the control of),
 * `المناطق الخاضعة لسيطرة تنظيم داعش` (held by), `خريطة السيطرة`; matched as keys or bare keys.
 */
/** Words right before an explosive that make it one defused or found, not one that went off (`تفكيك 21 عبوة ناسفة`). */
export const DEFUSED = keys(['تفكيك', 'فكك', 'فككت', 'يفكك', 'تفكك', 'ابطال', 'أبطل', 'أبطلت', 'بتفكيك', 'وتفكيك']);

/** Verbs before `السيطرة` that tell how control is shared, a state (`يتقاسم الأكراد وقوات النظام السيطرة`), not a taking. */
export const SHARING = keys(['يتقاسم', 'تتقاسم', 'يتقاسمون', 'يتقاسمان', 'تتقاسمان', 'تقاسم', 'تتوزع', 'يتوزع', 'تتنازع', 'يتنازع', 'يتنازعون']);

/**
 * Words a few words before a trigger that make it what may, will or would happen, not what did (`سوف`, `لن`, `إذا`,
 * `لو`), or what is threatened, planned or feared (`هدد بشن هجمات`, `يخططون لمهاجمة`, `مخاوف من هجوم`). Such a
 * trigger types no event: `قالت الوزارة إن بلاده سترسل طائرات` is a statement. `قد` before a present verb (`قد تشن
 * هجمات`, may launch) and `س` on one (`ستشن`) are found in code, in triggers.ts.
 */
export const MAY = keys([
  'سوف', 'لن', 'إذا', 'لو', 'هدد', 'هددت', 'يهدد', 'تهدد', 'يهددون', 'تهديد', 'تهديدات', 'بتهديد', 'يخطط', 'يخططون', 'تخطط',
  'خطط', 'خطة', 'ينوي', 'تنوي', 'ينوون', 'اعتزام', 'تعتزم', 'يعتزم', 'احتمال', 'إمكانية', 'مخاوف', 'خشية', 'يخشى', 'تخشى', 'تحسبا',
  // Expected, scheduled, put off or called off (`يرجح دبلوماسيون أن يصوت المجلس`, `من المقرر أن يلتقي`, `تأجيل زيارة`).
  'يرجح', 'ترجح', 'رجح', 'مرجحا', 'الممكن', 'المحتمل', 'يتوقع', 'تتوقع', 'المتوقع', 'توقعات', 'استبعد', 'مستبعدا', 'المقرر', 'المفترض', 'مرتقب', 'المرتقب',
  'تأجيل', 'تأجل', 'أرجئ', 'إرجاء', 'إلغاء', 'ألغيت', 'ألغي',
  // Allowed, not yet done (`قررت السماح بشن غارات جوية`).
  'السماح', 'بالسماح', 'يعتزمون',
]);
/** Present-tense words that are past verbs (`قد تمكنت القوات`: had managed) or nouns after `س` (`سيطرة`, `سيارة`). */
export const NOT_PRESENT = /^(تم|تمكن|تعرض|تبن|تسلم|تول|توف|تقدم|تحول|تسبب|توصل|تلق|تجاوز)/;
export const NOT_FUTURE = /^(سيما|سيطر|سيار|سياس|سياد|سيد|سيف|سينا|سينم|ستين|سته|ستمائه|سنه|سنو|سني|سنج|سيول|ستار|سنغ|سنت|سيل|سياق|سيرة|سيره|سيرت|ستور)/;

export const UNDER_CONTROL = keys(['تحت', 'مناطق', 'خريطه', 'لسيطره', 'خاضع', 'خاضعه', 'خاضعين', 'خاضعون', 'خاضعتين']);

/**
 * Words a few words before `إعدام` that make it a sentence or a demand, not an execution: `أحكاماً بالإعدام`, `حكم
 * عليه بالإعدام`, `مطالبات بإعدامه`.
 */
export const SENTENCING = keys(['حكم', 'حكما', 'احكام', 'احكاما', 'الحكم', 'بالحكم', 'حكمت', 'قضت', 'قضي', 'يقضي', 'تقضي', 'عليه', 'عليهم', 'عليها', 'طالب', 'طالبت', 'يطالب', 'تطالب', 'مطالبه', 'مطالبات', 'المطالبه', 'بالمطالبه']);
/** Carrying out (`نفذ التنظيم حكم الإعدام`): a sentence carried out is an execution. */
export const CARRIED_OUT = keys(['نفذ', 'نفذت', 'نفذوا', 'ينفذ', 'تنفذ', 'تنفيذ', 'ونفذ', 'ونفذت', 'ونفذوا', 'وينفذ', 'وتنفذ', 'وتنفيذ']);
export const EXECUTION = keys(['اعدام', 'اعدامه', 'اعدامها', 'اعدامهم']);

/** Aircraft nouns that type a strike (`شنت مقاتلات غارات`), and the verbs that only move them (`أرسلت ست طائرات إلى قاعدة`). */
export const AIRCRAFT = keys(['طاءرات', 'طاءره', 'مقاتلات', 'طيران', 'الطيران', 'المقاتلات', 'الطاءرات', 'سلاح']);
/** Helicopter words: aircraft too where aircraft sent, flying over, held or shot down make no strike (triggers.ts). */
export const HELICOPTERS = keys(['مروحيات', 'مروحيه', 'المروحيات']);
/** Verbs and nouns of flying over (`حلق الطيران الحربي فوق المدينة`, `تحليق مكثف للطيران`): aircraft seen, no strike. */
export const FLYING = keys(['حلق', 'حلقت', 'يحلق', 'تحلق', 'حلقوا', 'تحليق', 'حوم', 'حومت', 'يحوم', 'تحوم', 'تحويم', 'هبط', 'هبطت', 'تهبط', 'يهبط', 'هبوط', 'حطت', 'اقلعت', 'اقلاع']);
/**
 * Verbs and nouns of shooting an aircraft down (`أسقطت الفصائل طائرة حربية`): it is hit, it strikes nothing. Not a
 * crash (`تحطمت طائرة حربية أثناء قصفها حياً`): a warplane crashes on its bombing run as often as not.
 */
export const DOWNED = keys(['اسقط', 'اسقطت', 'اسقطوا', 'يسقط', 'تسقط', 'اسقاط']);
/** Aircraft that carry, not strike (`طائرات نقل عسكرية`, `طائرة شحن`): the word right after the aircraft noun. */
export const CARRIERS = keys(['نقل', 'شحن', 'ركاب', 'مدنيه', 'اخلاء']);
/**
 * Verbs of having before a trigger that make it a state, not a happening: `تملك حق النقض` holds the veto (a vote is
 * cast: `استخدمت حق النقض`), `يمتلك مروحيات` owns aircraft.
 */
export const HOLDING = keys(['تملك', 'يملك', 'تمتلك', 'يمتلك', 'امتلاك', 'تتمتع', 'يتمتع', 'تملكان', 'يملكون', 'يمتلكون']);
export const DEPLOY = keys(['ارسل', 'ارسلت', 'ترسل', 'يرسل', 'ارسال', 'ارسلوا', 'نشر', 'نشرت', 'تنشر', 'ينشر', 'وصول', 'وصلت', 'وصل', 'تصل', 'يصل', 'دفع', 'دفعت', 'نشرها', 'تسليم', 'سلم', 'سلمت', 'بيع', 'صفقه']);

/** Prepositions of direction that end in `ه` (`باتجاه`, `تجاه`): a name after them is a place, not an adjective. */
export const TOWARDS = keys(['اتجاه', 'تجاه', 'باتجاه']);

/** Nouns of land a nisba adjective places in its country (`بلدة حدودية تركية`, `مدينة سورية`, `الأراضي السورية`). */
export const LAND_NOUNS = keys(['مدينه', 'بلده', 'قريه', 'منطقه', 'مناطق', 'مدن', 'بلدات', 'قري', 'حدوديه', 'حدودي', 'اراضي', 'اراض', 'اجواء', 'عاصمه', 'ارض', 'حدود', 'داخل', 'مخيمات', 'مخيم', 'محافظه', 'ولايه', 'اقليم', 'جنوبيه', 'شماليه', 'شرقيه', 'غربيه']);
