import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';

/** The component that marks a mention; the site maps it to a link to the entity page in the page's language. */
export const MENTION_COMPONENT = 'Mention';

export interface BodyMention {
  id: string;
  start: number;
  end: number;
}

/**
 * Builds the article body as an mdast tree — one paragraph per line, each mention a `<Mention id>` element —
 * and serialises it as MDX. The text is untrusted: the serialiser escapes everything MDX would read as code
 * (`{…}`, `<tag>`, `import`/`export` lines) or as Markdown syntax, so the page shows exactly what the source wrote.
 */
export function bodyToMdx(text: string, from: number, mentions: BodyMention[]): string {
  const sorted = mentions.filter((m) => m.start >= from).sort((a, b) => a.start - b.start);
  const root: Root = { type: 'root', children: [] };
  let m = 0;
  let lineStart = from;
  for (const line of text.slice(from).split('\n')) {
    const lineEnd = lineStart + line.length;
    const children: PhrasingContent[] = [];
    let at = lineStart;
    while (m < sorted.length && sorted[m]!.start < lineEnd) {
      const mention = sorted[m++]!;
      if (mention.start < at || mention.end > lineEnd) continue;
      if (mention.start > at) children.push({ type: 'text', value: text.slice(at, mention.start) });
      const el: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: MENTION_COMPONENT,
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: mention.id }],
        children: [{ type: 'text', value: text.slice(mention.start, mention.end) }],
      };
      children.push(el);
      at = mention.end;
    }
    if (at < lineEnd) children.push({ type: 'text', value: text.slice(at, lineEnd) });
    if (line.trim()) root.children.push({ type: 'paragraph', children: trimEdges(children) } satisfies Paragraph);
    lineStart = lineEnd + 1;
  }
  return guardEsm(toMarkdown(root, { extensions: [mdxToMarkdown()] }));
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
