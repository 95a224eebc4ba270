import { describe, expect, it } from 'vitest';
import { evaluate, mdxToHast, type HastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { extractCorpus } from '../ingest/ingest.ts';
import { projectPaths } from '../ingest/config.ts';
import { articleToMdx } from './article.ts';
import { MENTION_COMPONENT, SENTENCE_COMPONENT } from './body.ts';

/**
 * The hostile article (tests/fixtures/untrusted/hostile-input.txt) as the ingest writes it, compiled by satteri, the
 * MDX compiler Astro's MDX integration runs, with the site's Markdown features (astro.config.mjs). Without a
 * browser: every piece of code and markup in the text must come out as text, and evaluating the page runs none of it.
 */
const FEATURES = { gfm: false, smartPunctuation: false };
const [article] = extractCorpus(['tests/fixtures/untrusted/hostile-input.txt'], projectPaths());
const mdx = articleToMdx(article!);
const HOSTILE_BODY = [
  '{globalThis.process.version}',
  "<script>window.__pwned = 'body'</script>",
  `<img src=x onerror="window.__pwned='img'">`,
  'export const pwned = 1',
  "import x from './y'",
  "[رابط](javascript:window.__pwned='link')",
  '&amp; &lt;b&gt; <!-- تعليق -->',
  '`رمز` *نجمة* _خط_',
  '# ليس عنواناً',
  '> ليس اقتباساً',
];

function walk(node: HastNode, visit: (n: HastNode) => void): void {
  visit(node);
  for (const child of (node as { children?: HastNode[] }).children ?? []) walk(child, visit);
}

/** What a compiled MDX source holds: node kinds (`element:p`), JSX element names and all its text. */
function compiled(source: string) {
  const kinds = new Set<string>();
  const jsx = new Set<string>();
  let text = '';
  walk(mdxToHast(source, { features: FEATURES, position: false }), (n) => {
    const node = n as { type: string; tagName?: string; name?: string | null; value?: string };
    kinds.add(node.type === 'element' ? `element:${node.tagName}` : node.type);
    if (node.type.startsWith('mdxJsx')) jsx.add(String(node.name));
    if (node.type === 'text') text += node.value;
  });
  return { kinds, jsx, text };
}
// A sentence that is a whole paragraph is written as a block element, the others inline.
const PLAIN = ['root', 'text', 'element:p', 'mdxJsxTextElement', 'mdxJsxFlowElement'];

describe('hostile article text in the MDX the ingest writes', () => {
  it('keeps the front-matter values exactly as written', () => {
    const yaml = mdx.slice(4, mdx.indexOf('\n---\n', 4));
    const data = parseYaml(yaml, { version: '1.1' }) as { title: string; source: string };
    expect(data.title).toBe("عنوان فيه <script>window.__pwned = 'title'</script> و{globalThis.process.version}");
    expect(data.source).toBe('fixture: untrusted text');
  });

  it('compiles to a tree of text, paragraphs, Sentence and Mention elements only: no ESM, expression, HTML element or link', () => {
    const { kinds, jsx, text } = compiled(mdx);
    expect([...kinds].filter((k) => !PLAIN.includes(k))).toEqual([]);
    // `p`: the body writes each paragraph as an explicit <p> (MDX would unwrap a line of sentences).
    expect([...jsx].sort()).toEqual([MENTION_COMPONENT, SENTENCE_COMPONENT, 'p'].sort());
    for (const s of HOSTILE_BODY) expect(text).toContain(s);
  });

  it('would see the code if the text went in unescaped (the check above can fail)', () => {
    const { kinds } = compiled(`${HOSTILE_BODY[0]}\n\n${HOSTILE_BODY[3]}\n\n${HOSTILE_BODY[5]}\n`);
    expect([...kinds].filter((k) => !PLAIN.includes(k))).toEqual(expect.arrayContaining(['mdxjsEsm', 'mdxFlowExpression', 'element:a']));
  });

  it('runs nothing when the compiled page is evaluated and rendered', async () => {
    const g = globalThis as { __pwned?: unknown };
    delete g.__pwned;
    type El = { type: unknown; props: { children?: unknown; [k: string]: unknown } };
    const jsx = (type: unknown, props: unknown): El => ({ type, props: props as El['props'] });
    const render = (node: unknown): string => {
      if (node === null || node === undefined || typeof node === 'boolean') return '';
      if (Array.isArray(node)) return node.map(render).join('');
      if (typeof node !== 'object') return String(node);
      const { type, props } = node as El;
      if (typeof type === 'function') return render((type as (p: unknown) => unknown)(props));
      const inner = render(props.children);
      return typeof type === 'string' ? `<${type}>${inner}</${type}>` : inner;
    };
    const Mention = (props: { id: string; children?: unknown }) => ({ type: 'mention', props: { children: [`[${props.id}:`, props.children, ']'] } });
    const Sentence = (props: { n: string; children?: unknown }) => ({ type: `s-${props.n}`, props: { children: props.children } });
    const mod = await evaluate(mdx, { features: FEATURES, Fragment: Symbol('fragment'), jsx, jsxs: jsx });
    expect(Object.keys(mod).filter((k) => k !== 'default' && k !== 'frontmatter')).toEqual([]);
    const html = render(jsx(mod.default, { components: { [MENTION_COMPONENT]: Mention, [SENTENCE_COMPONENT]: Sentence } }));
    expect(g.__pwned).toBeUndefined();
    expect(html).not.toContain(process.version);
    for (const s of HOSTILE_BODY) expect(html).toContain(s);
    expect(html).toContain('<mention>[qamishli:القامشلي]</mention>');
    expect(html).toContain('<mention>[islamic-state:داعش]</mention>');
  });
});
