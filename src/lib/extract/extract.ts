import { splitSentences, type Sentence } from '../arabic/sentences.ts';
import type { RawArticle } from '../corpus/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { findMentions } from './mentions.ts';
import { findEvents } from '../events/find.ts';
import { findPersons } from './persons.ts';
import { findHeadedNames } from './patterns.ts';
import { findTaggedNames } from './discover.ts';
import { PersonIdentity } from './identity.ts';
import { englishName } from '../arabic/transliterate.ts';
import type { ArticleEntity, ArticleEvent } from './schema.ts';

/** An article with what it names and reports. */
export interface ExtractedArticle {
  article: RawArticle;
  entities: ArticleEntity[];
  events: ArticleEvent[];
}

/** Finds the entities an article names (grouped by id, in order of first mention) and the events it reports. */
export function extractArticle(article: RawArticle, kb: KnowledgeBase): ExtractedArticle {
  const sentences = splitSentences(article.text);
  const gazetteer = findMentions(article.text, kb.index);
  const taken = new Set(kb.entities.keys());
  const headed = findHeadedNames(article.text, gazetteer, kb.names, taken);
  // A known name inside a longer headed one (`الطبقة` in `مطار الطبقة`) is part of that name.
  const named = [...gazetteer.filter((g) => !headed.some((h) => h.start <= g.start && g.end <= h.end)), ...headed];
  const people = new PersonIdentity(kb.names, taken, (name) => englishName(name, kb.names.englishForms ?? kb.names.english));
  const found = [...named, ...findPersons(article.text, named, kb.names, taken, people)];
  // The trained tagger finds what lists and patterns miss (when the project has a model).
  if (kb.tagger) found.push(...findTaggedNames(article.text, kb.tagger, found, kb, people));
  const matches = found.sort((a, b) => a.start - b.start);
  const byId = new Map<string, ArticleEntity>();
  for (const m of matches) {
    const e = m.entity;
    let entry = byId.get(e.id);
    if (!entry) {
      entry = { id: e.id, type: e.type, name: e.name, ...(e.unreviewed ? { unreviewed: true } : {}), mentions: [] };
      byId.set(e.id, entry);
    }
    entry.mentions.push({ text: m.surface, start: m.start, end: m.end, sentence: sentenceAt(sentences, m.start).text });
  }
  return {
    article,
    entities: [...byId.values()],
    events: findEvents({ id: article.id, text: article.text, date: article.date, sentences, matches }, (id) => kb.entities.get(id)),
  };
}

/** The sentence that contains `offset` (binary search; sentences are sorted and disjoint). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? { text: '', start: offset, end: offset };
}
