/**
 * The bare-Astro baseline of the build benchmark: the same articles as plain MDX pages (the body paragraphs,
 * escaped by the serialiser Dalil uses, no components, no front-matter but the title), one page per article per language,
 * in a minimal Astro 7 project generated in a temporary folder that uses this repository's node_modules. No Dalil
 * code runs in its build: it is what Astro itself costs for as many article pages.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  cacheDir: './.cache',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: 'src/articles' }), schema: z.object({ title: z.string() }) });
export const collections = { articles };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return ['ar', 'en'].flatMap((lang) => articles.map((article) => ({ params: { lang, id: article.id }, props: { article } })));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang={Astro.params.lang}>
  <head><meta charset="utf-8" /><title>{article.data.title}</title></head>
  <body><article><h1 lang="ar" dir="rtl">{article.data.title}</h1><div lang="ar" dir="rtl"><Content /></div></article></body>
</html>
`;

/** Writes the baseline project for the JSON Lines corpus `lines` into `dir`; returns the project folder. */
export function writeBaseline(dir: string, lines: string[]): string {
  mkdirSync(join(dir, 'src/pages/[lang]/articles'), { recursive: true });
  mkdirSync(join(dir, 'src/articles'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'dalil-bench-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src/pages/[lang]/articles/[id].astro'), PAGE);
  for (const line of lines) addBaselineArticle(dir, line);
  return dir;
}

/** One more article in the baseline project (the incremental rebuild). */
export function addBaselineArticle(dir: string, line: string): void {
  const r = JSON.parse(line) as { id: string; title: string; content: string };
  const root: Root = {
    type: 'root',
    children: r.content.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p.trim() }] })),
  };
  const mdx = `---\n${stringify({ title: r.title }, { version: '1.1' })}---\n\n${toMarkdown(root, { extensions: [mdxToMarkdown()] })}`;
  writeFileSync(join(dir, 'src/articles', `${r.id}.mdx`), mdx);
}
