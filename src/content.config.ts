import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Entity } from './lib/kb/schema.ts';
import { ArticleEntity, ArticleEvent } from './lib/extract/schema.ts';
import { contentDir } from './lib/ingest/config.ts';

/** Article front-matter, as `src/lib/mdx/article.ts` writes it. */
export const ArticleData = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** Language of the article text. */
  lang: z.string().default('ar'),
  /** Corpus file (and line) it was ingested from. */
  origin: z.string(),
  /** Start offsets of the sentences that carry an anchor `s-<start>` (0 is the headline); see src/lib/mdx/sentences.ts. */
  sentences: z.array(z.number().int().nonnegative()).default([0]),
  entities: z.array(ArticleEntity),
  events: z.array(ArticleEvent),
});

/** `src/content`, or `$DALIL_CONTENT_DIR` (see src/lib/ingest/config.ts). */
const content = contentDir();

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${content}/articles` }),
  schema: ArticleData,
});

const entities = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${content}/entities`, generateId: ({ data }) => String(data.id) }),
  schema: Entity,
});

export const collections = { articles, entities };
