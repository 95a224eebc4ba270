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

/** How precise an event date is (ACLED's time precision); a week's date is the month (or year) its days share. */
export const DatePrecision = z.enum(['day', 'week', 'month', 'year']);

/** A sentence of the article: its index in `splitSentences(text)` (the `#s-<n>` anchor) and its offsets. */
export const SentenceRef = z.object({
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A figure of killed or injured people, with the group it counts (`25 عنصراً من قوات النظام`). */
export const Toll = z.object({
  kind: z.enum(['killed', 'injured']),
  /** Exact when `min === max`; `max: null` is a lower bound (`أكثر من 30`, `عشرات` is 10–99). */
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable(),
  approximate: z.boolean().default(false),
  /** The words that say whom it counts, as written (`عنصراً من قوات النظام`), or null. */
  group: z.string().nullable(),
  /** The entity the group belongs to, when the group names one. */
  actor: z.string().nullable(),
  /** The figure's words and their offsets in the article text. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Toll = z.infer<typeof Toll>;

/** The most precise place of an event, with its admin chain from the knowledge base's parents. */
export const EventLocation = z.object({
  id: z.string(),
  /** Governorate (ACLED admin1), district (admin2), country: entity ids, null where the chain has none. */
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  country: z.string().nullable(),
  /** The place and its enclosing places, nearest first, with their names: pages and exports need no knowledge base. */
  chain: z.array(z.object({ id: z.string(), kind: z.string().nullable(), name: Bilingual })).default([]),
  /** The place's centroid where the knowledge base has one. */
  coords: z.object({ lat: z.number(), lon: z.number() }).nullable().default(null),
});

/** A happening the article reports, traced to the sentence that reports it. */
export const ArticleEvent = z.object({
  id: z.string(),
  type: z.enum(eventTypes),
  /** Finer kind in the spirit of ACLED's sub-event types (`attack on civilians`, `government regains territory`). */
  subType: z.string().nullable().default(null),
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text and the article date allow; null if unknown. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  /** day | week | month | year; null with a null date. */
  precision: DatePrecision.nullable().default(null),
  /** `text`: a date the text states; `relative`: a word resolved against the article date; `article`: no time words, the article's month. */
  dateBasis: z.enum(['text', 'relative', 'article']).nullable().default(null),
  /** The time words as written, when the text gave the date. */
  dateText: z.string().nullable().default(null),
  /** Week precision: the first and last day it may be (`date` is then the month or year those days share). */
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable().default(null),
  /** Place entity ids named in the telling sentences (never actors). */
  places: z.array(z.string()),
  /** Person and organisation entity ids taking part (never places). */
  actors: z.array(z.string()),
  /** Who acted, and on whom (ACLED actor1/actor2; no direction implied beyond that); null where the text does not say. */
  actor1: z.string().nullable().default(null),
  actor2: z.string().nullable().default(null),
  /** Other actors named with it. */
  associated: z.array(z.string()).default([]),
  /** Unarmed groups hit, as written (`المدنيين`, `الأطفال`). */
  targets: z.array(z.string()).default([]),
  location: EventLocation.nullable().default(null),
  /** Total killed as stated (the sum of the killed figures' lower bounds), or null. */
  fatalities: z.number().int().nonnegative().nullable(),
  /** Total injured as stated, or null. */
  injured: z.number().int().nonnegative().nullable().default(null),
  /** Each figure with the group it counts. */
  toll: z.array(Toll).default([]),
  /** Who the article says reported it (entity id), or null; never the outlet that published the article (`source`). */
  reportedBy: z.string().nullable().default(null),
  /** The reporter as written (`المرصد السوري`, `مصادر ميدانية`), also for unnamed sources. */
  reportedByText: z.string().nullable().default(null),
  /** The exact source sentence that tells the most of it. */
  evidence: z.string(),
  /** Other sentences of the article that tell the same happening, exactly as written. */
  also: z.array(z.string()).default([]),
  /** Offset of the evidence sentence in the article text. */
  start: z.number().int().nonnegative(),
  /** End offset of the evidence sentence and its index (`#s-<n>`). */
  end: z.number().int().nonnegative().optional(),
  sentence: z.number().int().nonnegative().optional(),
  /** Where the `also` sentences are, in the same order. */
  alsoAt: z.array(SentenceRef).default([]),
});
export type ArticleEvent = z.infer<typeof ArticleEvent>;
export type EventType = (typeof eventTypes)[number];
