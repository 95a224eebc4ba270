import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { bodySentences } from './sentences.ts';

/** The component that marks a mention; the site maps it to a link to the entity page in the page's language. */
export const MENTION_COMPONENT = 'Mention';

export interface BodyMention {
  id: string;
  start: number;
  end: number;
}

/** The component that wraps each sentence; the site gives it its anchor (`id="s-<n>"`) and its cite control. */
export const SENTENCE_COMPONENT = 'Sentence';

/**
 * Builds the article body as an mdast tree — one paragraph per line, each sentence a `<Sentence n>` element
 * (`n` its start offset in the article text), each mention a `<Mention id>` element inside it — and serialises it
 * as MDX. The text is untrusted: the serialiser escapes everything MDX would read as code (`{…}`, `<tag>`,
 * `import`/`export` lines) or as Markdown syntax, so the page shows exactly what the source wrote.
 */
export function bodyToMdx(text: string, from: number, mentions: BodyMention[]): string {
  const sorted = mentions.filter((m) => m.start >= from).sort((a, b) => a.start - b.start);
  const sentences = bodySentences(text, from);
  const root: Root = { type: 'root', children: [] };
  let m = 0;
  let s = 0;
  let lineStart = from;
  for (const line of text.slice(from).split('\n')) {
    const lineEnd = lineStart + line.length;
    const children: PhrasingContent[] = [];
    let at = lineStart;
    while (s < sentences.length && sentences[s]!.start < lineEnd) {
      const sentence = sentences[s++]!;
      if (sentence.start > at) children.push({ type: 'text', value: text.slice(at, sentence.start) });
      const inner: PhrasingContent[] = [];
      let pos = sentence.start;
      while (m < sorted.length && sorted[m]!.start < sentence.end) {
        const mention = sorted[m++]!;
        // A mention that straddles a sentence end stays plain text.
        if (mention.start < pos || mention.end > sentence.end) continue;
        if (mention.start > pos) inner.push({ type: 'text', value: text.slice(pos, mention.start) });
        inner.push(element(MENTION_COMPONENT, 'id', mention.id, [{ type: 'text', value: text.slice(mention.start, mention.end) }]));
        pos = mention.end;
      }
      if (pos < sentence.end) inner.push({ type: 'text', value: text.slice(pos, sentence.end) });
      children.push(element(SENTENCE_COMPONENT, 'n', String(sentence.start), inner));
      at = sentence.end;
    }
    while (m < sorted.length && sorted[m]!.start < lineEnd) m++;
    if (at < lineEnd) children.push({ type: 'text', value: text.slice(at, lineEnd) });
    // Explicitly a <p>: MDX unwraps a paragraph that holds only elements (a line of sentences), dropping it.
    const paragraph: Paragraph = { type: 'paragraph', children: trimEdges(children) };
    if (line.trim()) root.children.push({ type: 'mdxJsxFlowElement', name: 'p', attributes: [], children: [paragraph] });
    lineStart = lineEnd + 1;
  }
  return guardEsm(toMarkdown(root, { extensions: [mdxToMarkdown()] }));
}

function element(name: string, attr: string, value: string, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: [{ type: 'mdxJsxAttribute', name: attr, value }], children };
}

/** Leading/trailing spaces of a paragraph would be dropped or read as code indentation. */
function trimEdges(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return children.filter((c) => c.type !== 'text' || c.value !== '');
}

/**
 * MDX reads a paragraph that starts with `import` or `export` as JavaScript. Writing the first letter as a
 * character reference keeps it text.
 */
function guardEsm(mdx: string): string {
  return mdx.replace(/^(import|export)\b/gm, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
}
