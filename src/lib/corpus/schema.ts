import { z } from 'astro/zod';

/** An article id: safe in file names and URLs. */
export const ArticleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an article id uses a-z, 0-9, _ and -')
  .brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleId>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One article read from a corpus, before extraction. */
export const RawArticle = z.object({
  id: ArticleId,
  /** Headline. */
  title: z.string().min(1),
  /** Headline, a blank line, then the body: every offset in the extraction points into this. */
  text: z.string(),
  /** Offset in `text` where the body starts (after the headline). */
  bodyStart: z.number().int().nonnegative(),
  date: IsoDate.optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  /** The corpus file (and line for JSON Lines) it came from. */
  origin: z.object({ file: z.string(), line: z.number().int().optional() }),
});
export type RawArticle = z.infer<typeof RawArticle>;

/** Metadata a `.txt` or `.md` article may carry in a YAML front-matter block, or a `.jsonl` record. */
export const ArticleMeta = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  date: z.union([z.string(), z.date()]).nullish(),
  date_extracted: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  author: z.string().nullish(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
