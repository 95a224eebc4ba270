import { z } from 'astro/zod';
import { EntityType, Bilingual } from '../kb/schema.ts';

/** One place an entity is named in an article. */
export const Mention = z.object({
  /** The surface form exactly as written (proclitics and quotes outside it). */
  text: z.string(),
  /** Offsets into the article text (headline, blank line, body). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The whole sentence it stands in, exactly as written. */
  sentence: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** An entity as named in one article. */
export const ArticleEntity = z.object({
  id: z.string(),
  type: EntityType,
  name: Bilingual,
  /** Found by patterns and not yet in the reviewed knowledge base. */
  unreviewed: z.boolean().optional(),
  mentions: z.array(Mention).min(1),
});
export type ArticleEntity = z.infer<typeof ArticleEntity>;

export const eventTypes = [
  'attack', 'armed_clash', 'airstrike', 'shelling', 'bombing', 'chemical_attack', 'arrest', 'vote', 'meeting',
  'statement_or_report', 'agreement', 'territorial_change', 'displacement', 'other',
] as const;

/** A happening the article reports, traced to the sentence that reports it. */
export const ArticleEvent = z.object({
  id: z.string(),
  type: z.enum(eventTypes),
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text and the article date allow; null if unknown. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  places: z.array(z.string()),
  actors: z.array(z.string()),
  /** Total killed as stated, or null. */
  fatalities: z.number().int().nonnegative().nullable(),
  /** Who the article says reported it (entity id), or null. */
  reportedBy: z.string().nullable().default(null),
  /** The exact source sentence that tells the most of it. */
  evidence: z.string(),
  /** Other sentences of the article that tell the same happening, exactly as written. */
  also: z.array(z.string()).default([]),
  /** Offset of the evidence sentence in the article text. */
  start: z.number().int().nonnegative(),
});
export type ArticleEvent = z.infer<typeof ArticleEvent>;
