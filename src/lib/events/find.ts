import { timesIn, type TimeExpression } from '../arabic/dates.ts';
import { agreesAsAdjective } from '../arabic/endings.ts';
import { normaliseKey } from '../arabic/normalise.ts';
import { stripProclitics } from '../arabic/clitics.ts';
import type { Sentence } from '../arabic/sentences.ts';
import type { Match } from '../extract/mentions.ts';
import type { ArticleEvent, EventType } from '../extract/schema.ts';
import { CONTINUING, CROWD_SUBTYPES, FORCES, RELEASE_NOUNS, RESOLUTION_NOUNS, RELEASE_VERBS, RENEWAL, STATEMENT_VERBS, UNNAMED_OFFICIALS, UNNAMED_SOURCES, VIOLENT } from './lexicon.ts';
import { clausesOf } from './clauses.ts';
import { mainTrigger, triggersIn, type Trigger } from './triggers.ts';
import { tollIn, total } from './toll.ts';
import { isReporter, participantsIn, reporterIn, type Reporter } from './participants.ts';
import { locate, type Lookup } from './location.ts';
import { foldArticle } from './fold.ts';
import { within, wordsOf, type Clause, isOneOf } from './words.ts';
import { COMPASS, DEFINITE, DEMONSTRATIVES, IN_WORDS, KANA, LAND_NOUNS, OPENING, PLACE_NOUNS, RELATIVES, SAME, SAME_BEFORE, SPOT_NOUNS, TOWARDS } from './lexicon.ts';

/** What the event finder needs of an article. */
export interface EventInput {
  id: string;
  text: string;
  date?: string;
  sentences: Sentence[];
  /** Entity names found in the text, sorted by start. */
  matches: Match[];
}

/**
 * The events an article reports: one candidate per clause that holds a trigger or opens a statement, typed,
 * dated, with actors, places, toll and reporter; then the tellings of one happening folded into one event.
 */
export function findEvents(article: EventInput, lookup: Lookup): ArticleEvent[] {
  const words = wordsOf(article.text);
  const found: ArticleEvent[] = [];
  for (const clause of clausesOf(article.sentences, words, article.matches, article.text, 0)) {
    // `وهاجمت جبهة النصرة الجمعة مقراً في المنطقة نفسها`: the place is the one the last happening was told at.
    const last = found.findLast((e) => e.places.some((p) => lookup(p)?.kind !== 'country'));
    // A sentence that names no place goes on where the last one told happened (`وتمكنت في اليوم التالي من التقدم إلى
    // داخل المدينة`), when that was in the sentence just before.
    const placeless = !within(article.matches, clause.sentence.start, clause.sentence.end).some((m) => m.entity.type === 'place');
    const goesOn = placeless && !!last && (last.sentence ?? -9) >= clause.index - 1 ? (last.places as Match['entity']['id'][]) : undefined;
    const event = eventOf(clause, article, lookup, undefined, undefined, namesSamePlace(clause.words) ? (last?.places as Match['entity']['id'][] | undefined) : undefined, goesOn);
    if (event) found.push(keepMark(event, { ...event, id: `${article.id}-e${found.length + 1}` }));
    if (event && ANOTHER.has(event)) ANOTHER.add(found.at(-1)!);
    if (event && clause.headline) HEADLINE.add(found.at(-1)!);
    // A party's statement that tells a violent happening or an arrest with its place (`أعلنت الداخلية أن 30 قتلوا في هجوم في
    // سوروتش`, `قال دي ميستورا إن سلاح الجو قصف مناطق في الزبداني`) reports that happening too, with the party as its
    // reporter.
    if (event?.type === 'statement_or_report' && event.actor1) {
      const told = eventOf(clause, article, lookup, { id: event.actor1, text: '', start: 0, end: 0 });
      if (told && (VIOLENT.has(told.type) || told.type === 'arrest') && told.places.length && told.places.some((p) => lookup(p)?.kind !== 'country')) found.push(keepMark(told, { ...told, id: `${article.id}-e${found.length + 1}` }));
    }
    // `استمرت الاشتباكات في الزبداني وسط غارات جوية عنيفة`: clashes and the strikes amid them are two happenings;
    // so are killing or taking a town and arresting (`قتلت قوات الأمن ثلاثة واعتقلت عشرة`, `سيطرت الوحدات على البلدة
    // واعتقلت العشرات من سكانها`).
    const all = event && event.type !== 'statement_or_report' ? triggersIn(clause).filter((t) => !t.hypothetical) : [];
    if (event && (VIOLENT.has(event.type) || event.type === 'territorial_change')) {
      const other = all.find((t) => (t.amid && VIOLENT.has(event.type) && VIOLENT.has(t.row.type) && t.row.type !== event.type && t.row.strength !== 'death') || (t.row.type === 'arrest' && !t.circumstance));
      const second = other ? eventOf(clause, article, lookup, undefined, other) : null;
      if (second && second.type !== event.type) found.push({ ...second, id: `${article.id}-e${found.length + 1}` });
    }
    // `سيطر التنظيم على المدينة ما أدى إلى نزوح الآلاف`, `قصفت القوات داريا ما دفع العائلات إلى النزوح`: the flight a
    // happening drives people to is a happening of its own, told after it.
    // Only `نزوح` says so plainly: `فروا` and `هرب` tell deserters and smugglers as often.
    if (event && (VIOLENT.has(event.type) || event.type === 'territorial_change' || event.type === 'arrest')) {
      const main = mainTrigger(all);
      const flight = all.find((t) => t.row.type === 'displacement' && !t.circumstance && (!main || t.at > main.at) && /^(?:[وفب]|بال|وبال|ال)?نز(?:وح|ح|حت|حوا)$/.test(clause.words[t.at]!.key));
      const second = flight ? eventOf(clause, article, lookup, undefined, flight) : null;
      if (second?.type === 'displacement') found.push({ ...second, id: `${article.id}-e${found.length + 1}` });
    }
  }
  const folded = foldArticle(found, lookup, (e) => REFERS_BACK.has(e), (e) => HEADLINE.has(e), (e) => ANOTHER.has(e));
  // News pegs what it says to the day its lead tells (`قالت الخارجية أمس…`, `قتل 25 عنصراً أمس…`): what the article
  // reports without time words of its own happened that day, not some day of the article's month.
  if (article.date) {
    const lead = within(words, 0, article.sentences[Math.min(2, article.sentences.length - 1)]?.end ?? 0);
    const t = timesIn(lead.map((w) => w.key), article.date).find((x) => x.precision === 'day' && x.basis === 'relative');
    if (t) {
      const dateText = article.text.slice(lead[t.at]!.start, lead[t.at + t.length - 1]!.end);
      for (const e of folded) if (e.dateBasis === 'article') Object.assign(e, { date: t.date, precision: 'day', dateBasis: 'relative', dateText });
    }
  }
  // What happened a decade or more before the article (`معركة دابق عام 1516`, `اتفاقية السلام الموقعة عام 1979`) is
  // history it recalls, not news it reports. Not less: an article may report anew what happened years before (an
  // inquiry into the chemical attacks of 2017 and 2018, in 2021), and it is one happening with the first reports.
  // A statement is the article's own news whatever years its words name (`على حدود عام 1967`).
  const recent = article.date ? folded.filter((e) => e.type === 'statement_or_report' || !e.date || monthsBefore(e.date, article.date!) < HISTORY_MONTHS) : folded;
  return recent.map((e, i) => ({ ...e, id: `${article.id}-e${i + 1}` }));
}

/** How long before an article a happening is its history, in months. */
const HISTORY_MONTHS = 120;

/** Whole months from a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a year counts from its last month) to the article's. */
function monthsBefore(date: string, articleDate: string): number {
  const [y, m] = date.split('-').map(Number);
  const [ay, am] = articleDate.split('-').map(Number);
  return (ay! - y!) * 12 + (am! - (m ?? 12));
}

/**
 * A statement's speaker: a person named within a few words after its verb (past a role: `مندوب سورية الدائم لدى
 * الأمم المتحدة بسام صباغ`), else the first organisation or unnamed source; never past `إن`/`أن`.
 */
function speakerOf(clause: Clause, text: string, verbAt: number, isCountry: (m: Match) => boolean): Reporter | null {
  const ws = clause.words;
  let first: Reporter | null = null;
  for (let j = verbAt + 1; j < Math.min(ws.length, verbAt + 10); j++) {
    const w = ws[j]!;
    const m = clause.matches.find((x) => x.start <= w.start && w.start < x.end);
    // A quote mark opens what was said (`قال: «…»`), unless it opens a name that it closes right after
    // (`أعلنت «جبهة النصرة»`, `لـ«هيومن رايتس ووتش»`): news writes groups' names in quotes.
    const quotedName = !!m && m.start === w.start && /^\s*[»”"]/.test(text.slice(m.end, m.end + 3));
    if (w.key === 'ان' || w.key === 'بان' || w.key === 'فان' || (/[«“"]/.test(text.slice(ws[j - 1]!.end, w.start)) && !quotedName)) break;
    // `وأشار إلى مقتل 11 من داعش`, `ولفت إلى أن`: what follows `إلى` right after the verb is what was said.
    if (j === verbAt + 1 && w.key === 'الي') break;
    // `قال لوكالة فرانس برس`, `قال الوزير لـ«الشرق الأوسط»`, `في تصريح لـ«الحياة»`: whom it was said to, not who said
    // it. Only right after the verb, a name or a word for talk: `ل` is also whose (`تقرير لـ«هيومن رايتس ووتش»`) and
    // whose side (`وسائل إعلام تابعة للنظام`).
    if (m && /(?:^|\s)لـ?\s*[«"“]?$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && saidTo(clause, m)) continue;
    if (m?.entity.type === 'person') return { id: m.entity.id, text: m.surface, start: m.start, end: m.end };
    if (first) continue;
    if (m?.entity.type === 'organisation') first = { id: m.entity.id, text: m.surface, start: m.start, end: m.end };
    // A state speaks by its name (`قالت روسيا`, `نفت إيران`): a country right after the verb is its subject.
    // Not after a colon (`وقال: العراق تحول إلى خراب`): what was said begins there.
    else if (m?.entity.type === 'place' && j === verbAt + 1 && m.start === w.start && isCountry(m) && !/[:،,]/.test(text.slice(ws[verbAt]!.end, w.start))) {
      first = { id: m.entity.id, text: m.surface, start: m.start, end: m.end };
    }
    else if (!m && (isOneOf(UNNAMED_SOURCES, w))) {
      // `مسؤولون في الأمم المتحدة`: officials speak for the body named right after them.
      const official = isOneOf(UNNAMED_OFFICIALS, w);
      const body = official ? clause.matches.find((x) => x.entity.type === 'organisation' && x.start > w.end && x.start - w.end < 12) : undefined;
      first = body
        ? { id: body.entity.id, text: text.slice(w.start, body.end), start: w.start, end: body.end }
        : { id: null, text: text.slice(w.start, w.end), start: w.start, end: w.end, official };
    }
  }
  return first;
}

/** Head nouns a body is named by again after its full name (`الجبهة` for `جبهة النصرة`, `التنظيم` for `تنظيم داعش`). */
const BODY_HEADS = new Set(['التنظيم', 'الجبهة', 'الحركة', 'الوزارة', 'المنظمة', 'الائتلاف', 'الهيئة', 'الحزب', 'الجماعة', 'الفصيل', 'الحملة'].map(normaliseKey));

/**
 * The speaker a statement verb names by a head noun alone, right after it (`وانتقدت الجبهة`, `وأكد التنظيم`): the last
 * body named before in the article whose name opens with that noun, or follows it (`تنظيم «داعش»`).
 */
function namedBefore(clause: Clause, article: EventInput, verbAt: number): Reporter | null {
  const w = clause.words[verbAt + 1];
  if (!w || clause.matches.some((m) => m.start <= w.start && w.start < m.end)) return null;
  const head = w.key.replace(/^[وف]/, '');
  if (!BODY_HEADS.has(head)) return null;
  const bare = head.replace(/^ال/, '');
  const opens = (m: Match) => {
    const first = normaliseKey(m.surface.split(/\s+/)[0] ?? '');
    if (first === bare || first === head) return true;
    const before = /([\u0600-\u06FF]+)[\s«"“]*$/u.exec(article.text.slice(Math.max(0, m.start - 20), m.start));
    return !!before && normaliseKey(before[1]!) === bare;
  };
  const m = article.matches.findLast((x) => x.end <= clause.start && x.entity.type === 'organisation' && opens(x));
  return m ? { id: m.entity.id, text: article.text.slice(w.start, w.end), start: w.start, end: w.end } : null;
}

/** Whether the word before a name and its `لـ` is the statement's verb, a name (its speaker) or a word for talk. */
function saidTo(clause: Clause, m: Match): boolean {
  const before = clause.words.filter((w) => w.end <= m.start && !/^لـ?$/.test(w.key)).at(-1);
  if (!before) return false;
  return isStatementVerb(before) || isOneOf(TALK_NOUNS, before) || clause.matches.some((x) => x !== m && x.end === before.end && x.entity.type !== 'place');
}

/** Subject first (`مصدر أمني متابع للقضية قال`, `المرصد السوري أكد`): the name that opens the clause before the verb. */
function speakerBefore(clause: Clause, text: string, verbAt: number): Reporter | null {
  const verb = clause.words[verbAt]!;
  const m = clause.matches.find((x) => x.end <= verb.start && x.entity.type !== 'place');
  if (m) return { id: m.entity.id, text: m.surface, start: m.start, end: m.end };
  const w = clause.words.slice(0, verbAt).find((x) => isOneOf(UNNAMED_SOURCES, x));
  return w ? { id: null, text: text.slice(w.start, w.end), start: w.start, end: w.end } : null;
}

/** A headline `كاميرون: على بريطانيا بذل المزيد` quotes the person named before its colon. */
function headlineSpeaker(clause: Clause, text: string): Reporter | null {
  if (!clause.headline) return null;
  const colon = clause.sentence.text.indexOf(':');
  if (colon < 0 || colon > 40) return null;
  // `الداخلية: إحباط مخططات`: a body speaks too; a place before the colon is where the news is from (`سورية: 12
  // قتيلاً في قصف على ريف حلب`).
  // A body must open the headline (`شهادات منشقين عن داعش: …` is the topic's name, no speaker).
  const opens = (x: Match) => x.entity.type === 'person' || !/[\u0600-\u06FF]/.test(text.slice(clause.sentence.start, x.start));
  const m = clause.matches.find((x) => x.entity.type !== 'place' && x.end <= clause.sentence.start + colon && opens(x));
  return m ? { id: m.entity.id, text: m.surface, start: m.start, end: m.end } : null;
}

const isStatementVerb = (w: Clause['words'][number]) => !!(STATEMENT_VERBS[w.bare] || STATEMENT_VERBS[w.key] || isOneOf(CONTINUING, w));
/**
 * A statement verb that opens the clause's saying: not one right after a resolution it describes (`تبنى المجلس قراراً
 * يدين`), nor a name that only looks like one without its first letters (`وكيري` is Kerry, not `يرى`).
 */
const opensSaying = (ws: Clause['words'], i: number, matches: Clause['matches']) =>
  isStatementVerb(ws[i]!) && !(i > 0 && RESOLUTION_NOUNS.has(ws[i - 1]!.key)) && !matches.some((m) => m.start < ws[i]!.end && ws[i]!.start < m.end);

/**
 * Where a clause's statement verb is: among its first five words, or after `قد` in the pluperfect that tells what
 * was said before (`وكان الرئيس السوري بشار الأسد قد أكد`); -1 without one.
 */
function statementVerbAt(ws: Clause['words'], matches: Clause['matches'] = []): number {
  const at = ws.slice(0, 5).findIndex((_, i) => opensSaying(ws, i, matches));
  if (at >= 0) return at;
  // A long name before its verb (`وزير الخارجية الروسي سيرغي لافروف قال`, `إلا أن وزارة الدفاع الأميركية نفت`): the
  // verb right after a person or body named.
  const late = ws.slice(5, 10).findIndex((w, j) => isStatementVerb(w) && matches.some((m) => m.entity.type !== 'place' && m.end === ws[j + 4]!.end));
  if (late >= 0) return late + 5;
  if (!KANA.has(ws[0]?.key ?? '')) return -1;
  const qad = ws.slice(0, 10).findIndex((w) => w.key === 'قد');
  return qad > 0 && ws[qad + 1] && isStatementVerb(ws[qad + 1]!) ? qad + 1 : -1;
}

/**
 * The statement verb's index, or -1 when it renews the violence that is its object (`جددت قوات الأسد قصفها على
 * الزبداني`, `جدد مسلحون هجماتهم`): only the subject's name and at most one other word stand between them, so a
 * renewed call about violence (`جدد الرئيس دعوته إلى وقف الهجمات`) stays a statement.
 */
function renewsViolence(clause: Clause, main: Trigger | undefined, verbAt: number): number {
  const verb = clause.words[verbAt];
  if (!verb || !main || main.circumstance || main.at <= verbAt || !VIOLENT.has(main.row.type) || !(isOneOf(RENEWAL, verb))) return verbAt;
  const between = clause.words.slice(verbAt + 1, main.at).filter((w) => !clause.matches.some((m) => m.start <= w.start && w.end <= m.end));
  return between.length <= 1 ? -1 : verbAt;
}

/** Happenings on the ground that, like violence, a country alone does not place. */
const GROUNDED: ReadonlySet<EventType> = new Set(['territorial_change', 'displacement']);

/** Words for talk a speaker gives someone (`في تصريح لـ`, `في حديث لـ`). */
const TALK_NOUNS = new Set(['تصريح', 'تصريحات', 'تصريحه', 'تصريحاته', 'حديث', 'حديثه', 'حوار', 'مقابله', 'مقابلته', 'لقاء'].map(normaliseKey));

/** A body votes where it sits, a place news seldom names (`صوت مجلس الأمن على قرار`): a vote needs no place. */
const PLACELESS: ReadonlySet<EventType> = new Set(['vote']);

/** Events told as another of their kind (`هجوم آخر`, `انفجار ثان`). */
const ANOTHER = new WeakSet<object>();
const ANOTHER_WORDS = new Set(['اخر', 'اخري', 'ثان', 'ثاني', 'ثانيه', 'ثالث', 'ثالثه'].map(normaliseKey));

/** Events told by the headline. */
const HEADLINE = new WeakSet<object>();

/** Events told by a definite trigger noun (`الانفجار`, `هذا الهجوم`): they may refer back to one already told. */
const REFERS_BACK = new WeakSet<object>();

function eventOf(
  clause: Clause, article: EventInput, lookup: Lookup, toldBy?: Reporter, forced?: Trigger, samePlace?: readonly Match['entity']['id'][],
  goesOn?: readonly Match['entity']['id'][],
): Omit<ArticleEvent, 'id'> | null {
  const { text } = article;
  const ws = clause.words;
  const main = forced ?? mainTrigger(triggersIn(clause));
  const verbAt = renewsViolence(clause, main, statementVerbAt(ws, clause.matches));
  const verb = verbAt >= 0 ? ws[verbAt]! : undefined;
  // Subject first (`المرصد السوري أكد`, headlines: `المبعوث الأممي يطالب نظام الأسد…`): a name after the verb is its object.
  // A phrase set off by a comma (`وفي بيان صدر اليوم، قالت الوزارة`) is not the subject.
  const subjectFirst = verbAt > 0 && !/[،,]/.test(text.slice(ws[verbAt - 1]!.end, ws[verbAt]!.start)) && ws.slice(0, verbAt).some((w) => !OPENING.has(w.key) && !OPENING.has(w.bare));
  let speaker = verb
    ? subjectFirst ? speakerBefore(clause, text, verbAt) : (speakerOf(clause, text, verbAt, (m) => (lookup(m.entity.id)?.kind ?? m.entity.kind) === 'country') ?? speakerBefore(clause, text, verbAt))
    : headlineSpeaker(clause, text);
  // `وانتقدت الجبهة خطة تركيا`: the body named before by that head noun (`جبهة النصرة`) speaks again.
  if (!speaker && verb) speaker = namedBefore(clause, article, verbAt);
  // `وفي الأمم المتحدة، أعلن مسؤولون`: unnamed officials speak for the body the clause opens with.
  if (speaker?.official && verb) {
    const body = clause.matches.find((x) => x.entity.type === 'organisation' && x.end <= verb.start);
    if (body) speaker = { id: body.entity.id, text: speaker.text, start: speaker.start, end: speaker.end };
  }
  const speakerEntity = speaker?.id ? lookup(speaker.id) : undefined;
  // A monitor, an outlet or field sources report what happened; a party's words (and any denial) are a statement.
  const denial = !!verb && (STATEMENT_VERBS[verb.bare] ?? STATEMENT_VERBS[verb.key]) === 'denial';
  const reporting = !!speaker && !denial && ((speaker.id === null && !speaker.official) || (speakerEntity ? isReporter(speakerEntity) : false));
  let type: EventType;
  let subType: string;
  let reporter: Reporter | null = null;
  let statementBy: string | null = null;
  const continuing = !!verb && (isOneOf(CONTINUING, verb));
  // `أعلنت جبهة النصرة عزل أحد مؤسسيها`, `أعلن الجيش السيطرة على…`: announcing an act, not saying that something is,
  // is the act itself, done by the speaker.
  const announced = !!verb && !!main && !main.circumstance && !!speaker?.id && main.at > verbAt && !VIOLENT.has(main.row.type) &&
    (STATEMENT_VERBS[verb.bare] ?? STATEMENT_VERBS[verb.key]) === 'announcement' && !ws.slice(verbAt + 1, main.at).some((w) => THAT.test(w.key));
  if (speaker && !reporting && (denial || speaker.id) && !continuing && !toldBy && !announced) {
    type = 'statement_or_report';
    subType = verb ? (STATEMENT_VERBS[verb.bare] ?? STATEMENT_VERBS[verb.key] ?? 'statement') : 'statement';
    statementBy = speaker.id;
  } else if (released(clause) >= 0 && (!main || released(clause) <= main.at)) {
    // `زعم تقرير «مسؤولية دمشق عن هجمات كيميائية»`: the report released, not what it says; nor a statement issued
    // unanimously (`أصدر المجلس بالإجماع بياناً`), which is no vote.
    type = 'statement_or_report';
    subType = 'report';
  } else if (main) {
    type = main.row.type;
    subType = main.row.subType;
    reporter = toldBy ? { ...speaker!, id: toldBy.id } : reporting ? speaker : announced ? null : reporterIn(clause, text);
    if (announced) statementBy = speaker!.id;
  } else if (speaker && reporting && speaker.id && verb && !CONTINUING.has(verb.bare)) {
    type = 'statement_or_report';
    subType = STATEMENT_VERBS[verb.bare] ?? STATEMENT_VERBS[verb.key] ?? 'statement';
    statementBy = speaker.id;
  } else return null;

  let violent = VIOLENT.has(type);
  const toll = violent ? tollIn(clause, text) : [];
  const skip = reporter ? [reporter] : [];
  const role = type === 'statement_or_report' ? 'statement' : violent ? 'violence' : 'other';
  // A statement's parties are its speaker and those named with them before what they said (`إن`/`أن`), not the
  // parties of what they said (`قالت الخارجية الروسية إن الجيش السوري…`).
  const thatAt = role === 'statement' && verb ? ws.findIndex((w) => w.start > verb.start && THAT.test(w.key)) : -1;
  const frame = thatAt > 0 ? { ...clause, words: ws.slice(0, thatAt), matches: clause.matches.filter((m) => m.end <= ws[thatAt]!.start) } : clause;
  const who = participantsIn(frame, text, skip, toll.map((t) => t.actor), statementBy, role);
  // A place named as a reference point (`سراقب شمال غرب حلب`) is not where it happened, unless it is the only one.
  // Nor is a nisba adjective (`طائرات حربية تركية`, Turkish aircraft over Aleppo): it tells whose, not where. Only a
  // country has a nationality adjective; a town whose name looks like a nisba (`الزبداني`) after a feminine noun
  // (`جبهة الزبداني`, `بلدة الزبداني`) is that noun's place.
  const placed = (m: Match) => {
    if (m.entity.type !== 'place') return false;
    if ((lookup(m.entity.id)?.kind ?? m.entity.kind) !== 'country') return true;
    const at = article.text.slice(Math.max(0, m.start - 40), m.start);
    const before = /([\u0600-\u06FF]+)\s+(?:([\u0600-\u06FF]+)\s+)?$/u.exec(at);
    // A name glued to a proclitic (`وسورية`, `بتركية`) is no adjective; one of a land noun (`بلدة حدودية تركية`)
    // places the happening in that country.
    // `باتجاه مدينة الزبداني`, `تجاه الزبداني`: a preposition ending in `ه` is no feminine noun an adjective agrees with.
    if (!before || !agreesAsAdjective(m.surface, before[2] ?? before[1]!) || TOWARDS.has(stripProclitics(normaliseKey(before[2] ?? before[1]!)))) return true;
    // A land noun may start with a letter that is also a proclitic (`بلدة`): it is matched as written and without one.
    const land = (w: string) => LAND_NOUNS.has(normaliseKey(w)) || LAND_NOUNS.has(stripProclitics(normaliseKey(w)));
    return [before[1], before[2]].some((w) => !!w && land(w));
  };
  let places = [...new Set(clause.matches.filter((m) => placed(m) && !reference(m, clause, article.matches)).map((m) => m.entity.id))];
  if (!places.length) places = [...new Set(clause.matches.filter(placed).map((m) => m.entity.id))];
  if (!places.length && samePlace) places = [...samePlace];
  // A happening told without a place where the sentence before told one goes on there; a statement is placeless.
  // Not a monitor's comment with no place of its own (`وأشار المرصد إلى أن عدد القتلى مرشح للارتفاع`): its statement.
  if (!places.length && goesOn && type !== 'statement_or_report' && main?.row.strength !== 'death' && !(reporting && speaker?.id && verb)) places = [...goesOn];
  // A clause that names no place happens where its sentence says (`…في مدينة الميادين، حيث خاض معارك…`).
  if (!places.length) places = [...new Set(within(article.matches, clause.sentence.start, clause.sentence.end).filter(placed).map((m) => m.entity.id))];
  // ACLED codes no event without a place: a happening with no place named is commentary (`القتل والتفجير`);
  // only a statement may be placeless.
  if (type !== 'statement_or_report' && !PLACELESS.has(type) && !places.length && who.actors.length) return null;
  if (places.length + who.actors.length === 0) {
    // A monitor's comment with no place or party of its own (`قال مدير المرصد «إنه الهجوم الأكبر»`) is its statement.
    if (!violent || !reporting || !speaker?.id || !verb) return null;
    type = 'statement_or_report';
    subType = STATEMENT_VERBS[verb.bare] ?? STATEMENT_VERBS[verb.key] ?? 'statement';
    violent = false;
    return eventFields(clause, article, lookup, type, subType, [], participantsIn(clause, text, [], [], speaker.id, 'statement'), [], null);
  }
  // An air force's strike (`كثف سلاح الجو … استهدافاته`, `الطيران الروسي استهدف`): its name holds the trigger word.
  if ((type === 'attack' || type === 'shelling') && who.actor1 && /air force|aerospace|air forces/i.test(lookup(who.actor1)?.name.en ?? '')) {
    type = 'airstrike';
    subType = 'air/drone strike';
  }
  if (type === 'attack') subType = who.targets.length ? 'attack on civilians' : ws.some((w) => isOneOf(FORCES, w)) ? 'attack on forces' : 'attack';
  if (type === 'territorial_change' && subType === 'territory taken') {
    const a1 = who.actor1 ? lookup(who.actor1) : undefined;
    subType = a1 && /armed-forces|government|security-force/.test(a1.kind ?? '') ? 'government regains territory' : 'non-state actor overtakes territory';
  }
  const event = eventFields(clause, article, lookup, type, subType, places, who, toll, reporter, type === 'statement_or_report' ? verbAt : main?.at);
  // ACLED codes no event without an actor: what only a weak word (`بدأ`, `وصول`, `نشر`) types needs a named party.
  // A protest or a funeral is a crowd's (`تظاهر المئات في إدلب`): a town or a district is enough, not a whole country
  // (`اندلعت الاحتجاجات في سوريا عام 2011` is background).
  if (type === 'other' && !who.actors.length && !(CROWD_SUBTYPES.has(subType) && places.some((p) => lookup(p)?.kind !== 'country'))) return null;
  // Nor violence placed only in a country (`مئات نفذوا عمليات انتحارية في سوريا`), nor ground taken or fled there
  // (`سيطر التنظيم على مساحات واسعة في سوريا والعراق`): a summary or commentary, unless its day is told (`شنت مقاتلات
  // تركية أمس السبت غارات على مواقع في سوريا`): a specific happening.
  if ((VIOLENT.has(type) || GROUNDED.has(type)) && places.every((p) => lookup(p)?.kind === 'country') && (event.precision !== 'day' || event.dateBasis === 'article')) return null;
  // `استهدف هجوم آخر بسيارة مفخخة حاجزاً`, `دوى انفجار آخر`: another one of its kind is a happening of its own.
  if (main && type === main.row.type && ws.some((w) => ANOTHER_WORDS.has(w.key)) &&
    triggersIn(clause).some((t) => !t.circumstance && !t.hypothetical && (t === main || VIOLENT.has(t.row.type) === VIOLENT.has(type)) && ANOTHER_WORDS.has(ws[t.at + t.length]?.key ?? ''))) ANOTHER.add(event);
  // Only a telling whose noun has no place phrase of its own goes back (`وأسفر القصف على سراقب` is a shelling of
  // Saraqib; in `الانفجار وقع فيما تجمع شبان قبل رحلة إلى إدلب` Idlib is where they were going).
  if (main && type === main.row.type && definite(ws, main.at)) {
    const near = ws[Math.min(ws.length - 1, main.at + main.length + 3)]!.end;
    // Nor one that says where it went on (`فيما استمرت الاشتباكات … في مدينة الزبداني`): it is told at a place of its own.
    const after = clause.matches.filter((m) => m.entity.type === 'place' && m.start >= ws[main.at]!.end);
    if (!after.some((m) => m.start < near || placedIn(ws, m.start, text))) REFERS_BACK.add(event);
  }
  return event;
}

const keepMark = (from: object, to: ArticleEvent) => (REFERS_BACK.has(from) && REFERS_BACK.add(to), to);

/** Whether the clause names a place by reference to one told before (`في المنطقة نفسها`, `في نفس المكان`). */
function namesSamePlace(ws: Clause['words']): boolean {
  return ws.some((w, i) => (SPOT_NOUNS.has(w.bare) && SAME.has(ws[i + 1]?.key ?? '')) || (SAME_BEFORE.has(w.bare) && SPOT_NOUNS.has(ws[i + 1]?.bare ?? '')));
}

/**
 * Whether the place named at `at` is introduced as where something is (`في الزبداني`, `بالزبداني`, `في مدينة
 * الزبداني`, `بريف إدلب`) rather than where someone goes or comes from (`إلى إدلب`, `من حلب`).
 */
function placedIn(ws: Clause['words'], at: number, text: string): boolean {
  const i = ws.findIndex((w) => w.start <= at && at < w.end);
  if (i < 0) return false;
  const w = ws[i]!;
  if (at > w.start) return /ب$/.test(text.slice(w.start, at));
  const prev = ws[i - 1];
  if (!prev) return false;
  if (IN_WORDS.has(prev.key)) return true;
  if (!PLACE_NOUNS.has(prev.bare)) return false;
  return /^و?ب/.test(prev.key) || IN_WORDS.has(ws[i - 2]?.key ?? '');
}

/** A trigger noun with the article or after a demonstrative (`الهجوم`, `والانفجار`, `هذا الهجوم`). */
function definite(ws: Clause['words'], at: number): boolean {
  const w = ws[at]!;
  return DEFINITE.test(w.key) || DEMONSTRATIVES.has(ws[at - 1]?.key ?? '');
}

function eventFields(
  clause: Clause, article: EventInput, lookup: Lookup, type: EventType, subType: string, places: string[],
  who: ReturnType<typeof participantsIn>, toll: ReturnType<typeof tollIn>, reporter: Reporter | null, anchorAt?: number,
): Omit<ArticleEvent, 'id'> {
  const ws = clause.words;
  const violent = VIOLENT.has(type);
  // A statement is dated by the words around the quote, not by the dates it quotes (`حادثة دوما 2018`).
  // Nor by the dates of what it says (`قال الجعفري أمس إن هجوم 7 نيسان مفبرك`): only the words before `إن`/`أن`.
  const told = type === 'statement_or_report' ? beforeThat(outsideQuotes(ws, article.text, clause), anchorAt === undefined || anchorAt < 0 ? -1 : ws[anchorAt]!.start) : ws;
  // Of several time words, those nearest the trigger date the happening (`قال المرصد اليوم إن التنظيم سيطر الأحد`).
  const times = timesIn(told.map((w) => w.key), article.date);
  const anchor = anchorAt === undefined || anchorAt < 0 ? 0 : Math.max(0, told.findIndex((w) => w.start >= ws[anchorAt]!.start));
  // A time after a relative pronoun that follows the trigger dates that relative clause (`نقلهم إلى تدمر التي سقطت في
  // مايو`), not the happening.
  const relative = told.findIndex((w, i) => i > anchor && RELATIVES.has(w.key));
  const own = relative < 0 || anchorAt === undefined || anchorAt < 0 ? times : times.filter((t) => t.at < relative);
  const time = own.reduce<(typeof own)[number] | null>((best, t) => (!best || Math.abs(t.at - anchor) < Math.abs(best.at - anchor) ? t : best), null);
  return {
    type,
    subType,
    ...dateFields(time, article.date, article.text, told),
    places,
    actors: who.actors,
    actor1: who.actor1,
    actor2: who.actor2,
    associated: who.associated,
    targets: violent ? who.targets : [],
    location: locate(places, lookup),
    fatalities: total(toll, 'killed'),
    injured: total(toll, 'injured'),
    toll,
    reportedBy: reporter?.id ?? null,
    reportedByText: reporter?.text ?? null,
    evidence: clause.sentence.text,
    also: [],
    start: clause.sentence.start,
    end: clause.sentence.end,
    sentence: clause.index,
    alsoAt: [],
  };
}

/**
 * A place named as a reference point, not where it happened: after a compass word or `قرب` that follows another
 * place or a distance (`قضاء البعاج شمال غرب بغداد`, `سروج قرب الحدود مع سوريا`, `120 كم شمال غرب الموصل`).
 */
function reference(m: Match, clause: Clause, all: Match[]): boolean {
  const ws = clause.words;
  const i = ws.findIndex((w) => w.start >= m.start);
  if (i < 1) return false;
  let j = i - 1;
  while (j >= 0 && j >= i - 4 && (COMPASS.has(ws[j]!.bare) || COMPASS.has(ws[j]!.key) || /^(مع|من|الحدود|حدود|بالقرب|قرب|مدينه|محافظه)$/.test(ws[j]!.key))) j--;
  if (j === i - 1) return false;
  const said = ws.slice(j + 1, i);
  if (!said.some((w) => isOneOf(COMPASS, w) || /^(قرب|بالقرب)$/.test(w.key))) return false;
  const prev = ws[j];
  if (!prev) return false;
  return /^(كم|كلم|كيلومترا|كيلومتر|كيلومترات|ميلا)$/.test(prev.bare) || all.some((x) => x !== m && x.entity.type === 'place' && x.start <= prev.start && prev.end <= x.end + 1);
}

/** Words that open what a speaker said (`إن`, `أن`, `بأن`, `أنه`). */
const THAT = /^[وفب]?ان(ه|ها|هم)?$/;

/** The words of a statement up to what it says: those before the first `إن`/`أن` after its verb. */
function beforeThat(ws: Clause['words'], verbStart: number): Clause['words'] {
  const at = ws.findIndex((w) => w.start > verbStart && THAT.test(w.key));
  return at < 0 ? ws : ws.slice(0, at);
}

/** The words of a clause outside «…», “…” and "…" quotes. */
function outsideQuotes(ws: Clause['words'], text: string, clause: Clause): Clause['words'] {
  const ranges: Array<[number, number]> = [];
  const re = /«[^»]*»?|“[^”]*”?|"[^"]*"?/g;
  const s = text.slice(clause.start, clause.end);
  for (const m of s.matchAll(re)) ranges.push([clause.start + m.index, clause.start + m.index + m[0].length]);
  return ws.filter((w) => !ranges.some(([a, b]) => a <= w.start && w.end <= b));
}

/** Where a clause says a report or statement was released (`أصدر تقريراً`, `زعم تقرير`), or -1. */
function released(clause: Clause): number {
  const ws = clause.words;
  // The noun follows the verb or its subject (`أصدرت منظمة العفو الدولية تقريراً`).
  return ws.findIndex((w, i) => (isOneOf(RELEASE_VERBS, w)) && ws.slice(i + 1, i + 6).some((n) => isOneOf(RELEASE_NOUNS, n)));
}

/** The date a clause states; without time words, the article's month (basis `article`); null without either. */
function dateFields(time: TimeExpression | null, articleDate: string | undefined, text: string, ws: Clause['words']) {
  if (time) {
    const dateText = text.slice(ws[time.at]!.start, ws[time.at + time.length - 1]!.end);
    return { date: time.date, precision: time.precision, dateBasis: time.basis === 'absolute' ? ('text' as const) : ('relative' as const), dateText, dateRange: time.range ?? null };
  }
  if (articleDate) return { date: articleDate.slice(0, 7), precision: 'month' as const, dateBasis: 'article' as const, dateText: null, dateRange: null };
  return { date: null, precision: null, dateBasis: null, dateText: null, dateRange: null };
}
