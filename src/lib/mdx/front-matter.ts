/**
 * The article front-matter as stored: each mention's sentence once per article. A mention carries the index `s`
 * of its sentence in the article's `mentionSentences` list instead of a copy of the text, since an article names ~50
 * entities in ~15 sentences, and every copy was part of each MDX module Astro bundles (the MDX compiler embeds
 * the front-matter in the module): 87 % of an article file was repeated sentences. Readers get the expanded
 * shape back (`expandMentions`, run by the content collection's schema), so what pages see is unchanged.
 */
import { z } from 'astro/zod';
import { ArticleEntity, Mention } from '../extract/schema.ts';

export const StoredMention = Mention.omit({ sentence: true }).extend({ s: z.number().int().nonnegative() });
export const StoredArticleEntity = ArticleEntity.extend({ mentions: z.array(StoredMention).min(1) });
export type StoredArticleEntity = z.infer<typeof StoredArticleEntity>;

/** Entities with their mention sentences pooled: the sentences in first-use order, and the entities with indexes. */
export function compactMentions(entities: ArticleEntity[]): { sentences: string[]; entities: StoredArticleEntity[] } {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const at = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = sentences.push(s) - 1));
    return i;
  };
  const stored = entities.map((e) => ({ ...e, mentions: e.mentions.map(({ sentence, ...m }) => ({ ...m, s: at(sentence) })) }));
  return { sentences, entities: stored };
}

/** The entities with each mention's sentence text back in place (the shape extraction produced). */
export function expandMentions(sentences: string[], entities: StoredArticleEntity[]): ArticleEntity[] {
  return entities.map((e) => ({ ...e, mentions: e.mentions.map(({ s, ...m }) => ({ ...m, sentence: sentences[s] ?? '' })) }));
}
