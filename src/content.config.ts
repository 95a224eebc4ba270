import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Entity } from './lib/kb/schema.ts';
import { ArticleEvent } from './lib/extract/schema.ts';
import { StoredArticleEntity, expandMentions } from './lib/mdx/front-matter.ts';
import { contentDir } from './lib/ingest/config.ts';

/**
 * Article front-matter, as `src/lib/mdx/article.ts` writes it; mention sentences are stored once per article and
 * put back in each mention here (src/lib/mdx/front-matter.ts), so pages see every mention with its sentence.
 */
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
  /** The sentences mentions stand in, once each; mentions refer to them by index (src/lib/mdx/front-matter.ts). */
  mentionSentences: z.array(z.string()),
  entities: z.array(StoredArticleEntity),
  events: z.array(ArticleEvent),
}).transform(({ mentionSentences, entities, ...rest }) => ({ ...rest, entities: expandMentions(mentionSentences, entities) }));

/** `src/content`, or `$DALIL_CONTENT_DIR` (see src/lib/ingest/config.ts). */
const content = contentDir();

const articles = defineCollection({
  // retainBody: false — pages render the compiled MDX, never the raw body, so the data store (kept in memory for
  // the whole build, and written to disk) need not hold it. (deferRender is already so for MDX: Astro renders MDX
  // entries from their compiled module, never at content sync.)
  loader: glob({ pattern: '**/*.mdx', base: `${content}/articles`, retainBody: false }),
  schema: ArticleData,
});

const entities = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${content}/entities`, generateId: ({ data }) => String(data.id) }),
  schema: Entity,
});

export const collections = { articles, entities };
