import type { Sentence } from '../arabic/sentences.ts';
import { normaliseKey } from '../arabic/normalise.ts';
import type { Match } from '../extract/mentions.ts';
import { within, type Clause, type Word } from './words.ts';
import { STATEMENT_VERBS } from './lexicon.ts';

/**
 * Words that open a new happening inside a sentence after a comma (`…، وفيما قال مسؤولون…`, `بينما`, `في حين`):
 * news leads pack several stories into one sentence, and each gets its own places and actors.
 */
const OPENERS = new Set(['فيما', 'وفيما', 'بينما', 'وبينما', 'حين', 'كما', 'وكذلك', 'كذلك', 'ياتي', 'وياتي', 'بالتزامن', 'بعدما'].map(normaliseKey));
/** `حيث`, `عندما` go on telling the same happening, unless a statement opens there (`، حيث أكد مندوب سورية…`). */
const BEFORE_STATEMENT = new Set(['حيث', 'عندما'].map(normaliseKey));

/** Words after `؛` that tell a consequence of what came before (`مما أسفر`, `ما أدى`, `الأمر الذي`). */
const CONSEQUENCE = new Set(['مما', 'ما', 'الامر', 'وهو', 'ليرتفع', 'لترتفع'].map(normaliseKey));

/** Splits each sentence into clauses at `؛` and at an opener word after a comma. */
export function clausesOf(sentences: Sentence[], words: Word[], matches: Match[], text: string, from: number): Clause[] {
  const out: Clause[] = [];
  // The headline is the first line, however many sentences `..` or `؟` cut it into (`مقتل 51 في غارات.. والتنظيم
  // يقتل 18 في الموصل`).
  const line = text.indexOf('\n');
  const titleEnd = line < 0 ? text.length : line;
  sentences.forEach((s, index) => {
    if (s.end <= from) return;
    // A question (`هل تتوقع لمؤتمر جنيف النجاح؟`, an interviewer's) asks; it reports nothing. Not a headline's: a
    // headline may ask what its lead tells.
    if (/[؟?]\s*[»”"]?\s*$/.test(text.slice(s.start, s.end)) && !(index === 0 || s.start < titleEnd)) return;
    const ws = within(words, s.start, s.end);
    const cuts = [0];
    for (let i = 1; i < ws.length; i++) {
      const gap = text.slice(ws[i - 1]!.end, ws[i]!.start);
      const next = ws[i + 1];
      const opener =
        OPENERS.has(ws[i]!.key) || (ws[i]!.key === 'في' && next?.key === 'حين') ||
        // `…، في الوقت الذي أدت فيه الاشتباكات…`: a second happening told alongside the first.
        ((ws[i]!.key === 'في' || ws[i]!.key === 'وفي') && next?.key === normaliseKey('الوقت') && ws[i + 2]?.key === normaliseKey('الذي')) ||
        (BEFORE_STATEMENT.has(ws[i]!.key) && !!next && !!(STATEMENT_VERBS[next.key] ?? STATEMENT_VERBS[next.bare]));
      // `…سوروتش؛ مما أسفر عن سقوط عشرات القتلى`: what it caused goes on telling the same happening.
      const consequence = CONSEQUENCE.has(ws[i]!.key);
      if ((/[؛;]/.test(gap) && !consequence) || (opener && /[،,]/.test(gap))) cuts.push(i);
    }
    cuts.push(ws.length);
    for (let c = 0; c + 1 < cuts.length; c++) {
      const part = ws.slice(cuts[c], cuts[c + 1]);
      if (!part.length) continue;
      const start = c === 0 ? s.start : part[0]!.start;
      const end = c + 2 === cuts.length ? s.end : ws[cuts[c + 1]!]!.start;
      out.push({ sentence: s, index, words: part, matches: within(matches, start, end), start, end, headline: index === 0 || s.start < titleEnd });
    }
  });
  return out;
}
