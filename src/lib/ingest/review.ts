import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { expandMentions, type StoredArticleEntity } from '../mdx/front-matter.ts';

export interface ReviewItem {
  id: string;
  type: string;
  name: { ar: string; en: string };
  /** Mentions across the ingested articles. */
  mentions: number;
  articles: number;
  /** The first sentence that names it, and its article. */
  first: { article: string; sentence: string };
  /** Its entity file, if the ingest wrote one. */
  file?: string;
}

/**
 * The unreviewed entities the ingested articles name, most-mentioned first (then by id), so that a curator
 * starts where an edit changes most. Read from the article files' front-matter: what the site shows now.
 */
export function reviewList(articlesDir: string, kb: KnowledgeBase): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const { name, data } of articleFrontMatter(articlesDir)) {
    for (const e of expandMentions(data?.mentionSentences ?? [], data?.entities ?? [])) {
      if (!e.unreviewed || kb.entities.has(e.id)) continue;
      const file = kb.pending.get(e.id);
      if (file?.notAnEntity || file?.mergedInto) continue;
      const item = items.get(e.id) ?? {
        id: e.id,
        type: e.type,
        name: file?.name ?? e.name,
        mentions: 0,
        articles: 0,
        first: { article: String(data?.id ?? name), sentence: e.mentions[0]?.sentence ?? '' },
        ...(kb.files.has(e.id) ? { file: kb.files.get(e.id) } : {}),
      };
      item.mentions += e.mentions.length;
      item.articles++;
      items.set(e.id, item);
    }
  }
  return [...items.values()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Unreviewed entity files that no ingested article names any more, in id order: an earlier ingest wrote them, then
 * the name came out spelt (and so identified) differently, or its article left the corpus. The site leaves them
 * out; a curator deletes them, or reviews one to keep its page. Files marked `mergedInto` or `notAnEntity` are
 * curation, not orphans.
 */
export function orphanFiles(articlesDir: string, kb: KnowledgeBase): Array<{ id: string; name: { ar: string; en: string }; file: string }> {
  const named = new Set<string>();
  for (const { data } of articleFrontMatter(articlesDir)) for (const e of data?.entities ?? []) named.add(e.id);
  return [...kb.pending.values()]
    .filter((e) => e.unreviewed && !e.reviewed && !e.mergedInto && !e.notAnEntity && !named.has(e.id) && kb.files.has(e.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ id: e.id, name: e.name, file: kb.files.get(e.id)! }));
}

type FrontMatter = { id?: string; mentionSentences?: string[]; entities?: StoredArticleEntity[] } | null;

function* articleFrontMatter(articlesDir: string): Generator<{ name: string; data: FrontMatter }> {
  if (!existsSync(articlesDir)) return;
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx')).sort()) {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(articlesDir, name), 'utf8'));
    if (fm) yield { name, data: parseYaml(fm[1]!, { version: '1.1' }) as FrontMatter };
  }
}
