import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readCorpus } from '../corpus/read.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { Entity } from '../kb/schema.ts';
import type { ArticleEntity } from '../extract/schema.ts';
import { extractArticle, type ExtractedArticle } from '../extract/extract.ts';
import { articleToMdx, GENERATED_MARK } from '../mdx/article.ts';
import { writeFileAtomic } from './atomic.ts';
import type { ProjectPaths } from './config.ts';

export interface IngestReport {
  articles: number;
  written: number;
  removed: number;
  entityFilesCreated: number;
  mentions: number;
  events: number;
}

/** Reads and extracts the whole corpus first, so that bad input stops the run before any file is touched. */
export function extractCorpus(corpus: string[], paths: ProjectPaths): ExtractedArticle[] {
  const articles = readCorpus(corpus);
  const kb = loadKnowledgeBase(paths);
  return articles.map((a) => extractArticle(a, kb));
}

/**
 * Writes one MDX file per article and an entity file for every entity named that has none yet. Existing
 * entity files are never touched (humans curate them); generated article files that the corpus no longer
 * holds are removed; hand-written article files are left alone.
 */
export function ingest(corpus: string[], paths: ProjectPaths): IngestReport {
  const extracted = extractCorpus(corpus, paths);
  const kb = loadKnowledgeBase(paths);
  const keep = new Set<string>();
  let mentions = 0;
  let events = 0;
  for (const x of extracted) {
    const name = `${x.article.id}.mdx`;
    keep.add(name);
    writeFileAtomic(join(paths.articlesDir, name), articleToMdx(x));
    mentions += x.entities.reduce((n, e) => n + e.mentions.length, 0);
    events += x.events.length;
  }
  let removed = 0;
  if (existsSync(paths.articlesDir)) {
    for (const name of readdirSync(paths.articlesDir)) {
      if (!name.endsWith('.mdx') || keep.has(name)) continue;
      const file = join(paths.articlesDir, name);
      if (readFileSync(file, 'utf8').includes(GENERATED_MARK)) (rmSync(file), removed++);
    }
  }
  let created = 0;
  const named = new Map<string, Entity>();
  const forms = new Map<string, Set<string>>();
  for (const x of extracted) for (const e of x.entities) for (const m of e.mentions) forms.set(e.id, (forms.get(e.id) ?? new Set()).add(m.text));
  for (const x of extracted) for (const e of x.entities) if (!named.has(e.id)) named.set(e.id, kb.entities.get(e.id) ?? foundEntity(e, forms.get(e.id)!));
  // The enclosing units and parent bodies too, so that every `parent` resolves and an entity page links its chain.
  for (const entity of [...named.values()]) {
    for (let p = entity.parent; p && !named.has(p); p = kb.entities.get(p)?.parent) {
      const parent = kb.entities.get(p);
      if (parent) named.set(p, parent);
    }
  }
  for (const [id, entity] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    if (kb.files.has(id)) continue;
    const file = join(paths.entitiesDir, `${id}.yaml`);
    if (existsSync(file)) continue;
    writeFileAtomic(file, entityFile(entity));
    created++;
  }
  return { articles: extracted.length, written: extracted.length, removed, entityFilesCreated: created, mentions, events };
}

/**
 * An entity that extraction found by patterns, for its first entity file: the Arabic forms the articles used
 * become its aliases, and it stays `unreviewed` until an editor looks at it.
 */
function foundEntity(e: ArticleEntity, forms: Set<string>): Entity {
  const aliases = [...forms].filter((f) => f !== e.name.ar).sort();
  return Entity.parse({ id: e.id, type: e.type, name: e.name, aliases: { ar: aliases, en: [] }, source: 'extracted', unreviewed: true });
}

/** An entity file a human can edit: the gazetteer entry with empty fields left out. */
export function entityFile(e: Entity): string {
  const { unreviewed, ...rest } = e;
  const data = { ...rest, ...(unreviewed ? { unreviewed } : {}) };
  return `# Dalil entity. Edit freely: the ingest never overwrites this file.\n${stringify(data, { lineWidth: 0, version: '1.1' })}`;
}
