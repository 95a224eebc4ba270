import { describe, expect, it } from 'vitest';
import { bodyToMdx } from './body.ts';
import { sentenceStarts } from './sentences.ts';

const TITLE = 'عنوان الخبر';
const BODY = 'قال المرصد إن القصف طال دوما. وأضاف أن {x} لم يتوقف!\n\nوفي <b>حلب</b> هدوء.';
const TEXT = `${TITLE}\n\n${BODY}`;
const FROM = TITLE.length + 2;
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe('sentence anchors', () => {
  it('are the start offsets of the sentences in the article text, the headline being 0', () => {
    const starts = sentenceStarts(TEXT, FROM);
    expect(starts[0]).toBe(0);
    expect(starts.slice(1).map((s) => TEXT.slice(s, s + 6))).toEqual(['قال ال', 'وأضاف ', 'وفي <b']);
  });

  it('stay the same when the same text is ingested again, and when other text changes', () => {
    expect(sentenceStarts(TEXT, FROM)).toEqual(sentenceStarts(TEXT, FROM));
    const longer = `${TEXT}\nجملة جديدة في الآخر.`;
    expect(sentenceStarts(longer, FROM).slice(0, 4)).toEqual(sentenceStarts(TEXT, FROM));
  });

  it('wrap each sentence of the body in a Sentence element holding its mentions, escaping the text', () => {
    const mdx = bodyToMdx(TEXT, FROM, [{ id: 'douma', ...at('دوما') }, { id: 'aleppo', ...at('حلب') }]);
    const ns = [...mdx.matchAll(/<Sentence n="(\d+)">/g)].map((m) => Number(m[1]));
    expect(ns).toEqual(sentenceStarts(TEXT, FROM).slice(1));
    expect(mdx).toMatch(/<Sentence n="\d+">قال المرصد إن القصف طال <Mention id="douma">دوما<\/Mention>\.<\/Sentence>/);
    // The parts MDX would read as code stay escaped text (the browser test checks the rendered page).
    expect(mdx).toContain('\\{x}');
    expect(mdx).toContain('\\<b>');
    // Each line is one explicit paragraph: MDX would unwrap a paragraph made only of elements.
    expect(mdx.match(/^<p>$/gm)).toHaveLength(2);
  });

  it('leave a mention that straddles two sentences as plain text', () => {
    const span = { id: 'x', start: TEXT.indexOf('دوما.'), end: TEXT.indexOf('وأضاف') + 5 };
    const mdx = bodyToMdx(TEXT, FROM, [span]);
    expect(mdx).not.toContain('<Mention');
    expect(mdx).toContain('دوما.');
  });
});
