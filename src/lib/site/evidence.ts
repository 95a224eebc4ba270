/** A quoted sentence cut into runs, the mentioned words marked. */
export interface QuotePart {
  text: string;
  mark: boolean;
}

/**
 * Marks spans of a sentence given by offsets relative to its start. Spans that do not fit the sentence or overlap
 * one already marked are left out, so the text always reads exactly as the source wrote it.
 */
export function markSpans(sentence: string, spans: Array<{ start: number; end: number }>): QuotePart[] {
  const parts: QuotePart[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > sentence.length || s.end <= s.start) continue;
    if (s.start > at) parts.push({ text: sentence.slice(at, s.start), mark: false });
    parts.push({ text: sentence.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), mark: false });
  return parts;
}

/**
 * Spans of mentions within their sentence: by offset when the sentence starts where the anchors say (the usual
 * case), else by finding the surface form, so a sentence quoted from elsewhere is still marked.
 */
export function mentionSpans(
  sentence: string,
  sentenceStart: number,
  mentions: Array<{ text: string; start: number; end: number }>,
): Array<{ start: number; end: number }> {
  return mentions.flatMap((m) => {
    const start = m.start - sentenceStart;
    if (sentence.slice(start, start + m.text.length) === m.text) return [{ start, end: start + m.text.length }];
    const at = sentence.indexOf(m.text);
    return at < 0 ? [] : [{ start: at, end: at + m.text.length }];
  });
}
