import { z } from 'astro/zod';

/** The three kinds of entity Dalil knows. */
export const entityTypes = ['organisation', 'person', 'place'] as const;
export const EntityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityType>;

/** A stable entity id: lowercase ASCII slug, e.g. `islamic-state`, `sy-al-hasakah`. */
export const EntityId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id is a lowercase ASCII slug (a-z, 0-9, single hyphens)')
  .brand<'EntityId'>();
export type EntityId = z.infer<typeof EntityId>;

/** Text in both site languages. */
export const Bilingual = z.object({
  /** Arabic form, as written in Arabic sources. */
  ar: z.string().min(1),
  /** English form. */
  en: z.string().min(1),
});

/** Optional text in either language. */
export const BilingualOptional = z.object({
  ar: z.string().optional(),
  en: z.string().optional(),
});

/** One knowledge-base entity: gazetteer entry or curated entity file. */
export const Entity = z.object({
  /** Stable id, used in URLs and file names. */
  id: EntityId,
  /** organisation | person | place. */
  type: EntityType,
  /** Display names. */
  name: Bilingual,
  /** Other names the entity goes by, per language (acronyms, spelling variants, formal names). */
  aliases: z
    .object({ ar: z.array(z.string()).default([]), en: z.array(z.string()).default([]) })
    .default({ ar: [], en: [] }),
  /** Finer kind: country, governorate, district, subdistrict, city, armed-group, ministry… */
  kind: z.string().optional(),
  /** One-line description. */
  description: BilingualOptional.optional(),
  /** Wikidata Q-id where known. */
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  /** Places: centroid. */
  coords: z.object({ lat: z.number(), lon: z.number() }).optional(),
  /** Places: the enclosing admin unit; organisations: the parent body. */
  parent: z.string().optional(),
  /** Where this entry comes from (gazetteer name, `curated`, `extracted`). */
  source: z.string().optional(),
  /** Found by patterns, not yet reviewed by a human. Such a file is no knowledge-base entry until `reviewed`. */
  unreviewed: z.boolean().default(false),
  /** Curation: a human has checked this entity; its names join the knowledge base that extraction matches. */
  reviewed: z.boolean().default(false),
  /** Curation: this entity is the same as that one; its mentions, page and events move there, its URL redirects. */
  mergedInto: z.string().optional(),
  /** Curation: the name found is no entity; its mentions are dropped and the same name is not found again. */
  notAnEntity: z.boolean().default(false),
});
export type Entity = z.infer<typeof Entity>;
export type EntityInput = z.input<typeof Entity>;
