import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { buildSiteModel, type SiteModel } from './model.ts';
import { formatDangling } from './references.ts';

let cached: Promise<SiteModel> | undefined;
let entries: Map<string, CollectionEntry<'articles'>> | undefined;
let entityEntries: Map<string, CollectionEntry<'entities'>> | undefined;

/**
 * The site model, made from the content collections once per build and shared by every page and endpoint. A
 * reference to an unknown entity fails the build here, once, naming every article and id.
 */
export function siteModel(): Promise<SiteModel> {
  cached ??= (async () => {
    const collection = await getCollection('articles');
    entries = new Map(collection.map((a) => [a.data.id, a]));
    const articles = collection.map((a) => a.data);
    const entityCollection = await getCollection('entities');
    entityEntries = new Map(entityCollection.map((e) => [e.data.id as string, e]));
    const entities = entityCollection.map((e) => e.data);
    const { model, dangling } = buildSiteModel(articles, entities);
    if (!model) {
      throw new AstroError(
        formatDangling(dangling),
        'Run `npm run ingest` so that every named entity has a file in src/content/entities/, or correct the id ' +
          '(a curated entity file may have been renamed or removed).',
      );
    }
    return model;
  })();
  return cached;
}

/** An article's collection entry, for `render()` (its body); loaded with the model, not read again. */
export async function articleEntry(id: string): Promise<CollectionEntry<'articles'>> {
  await siteModel();
  const entry = entries!.get(id);
  if (!entry) throw new Error(`no article "${id}"`);
  return entry;
}

export type ArticleEntry = CollectionEntry<'articles'>;
export type EntityEntry = CollectionEntry<'entities'>;

/**
 * The same collections as entries (for modules that still take collection entries, such as the event pages):
 * read once with the model, references already checked, only the entities that have a page.
 */
export async function siteData(): Promise<{
  articles: ArticleEntry[];
  entities: Map<string, EntityEntry>;
  merged: Map<string, { from: EntityEntry; to: EntityEntry }>;
  graph: SiteModel['graph'];
}> {
  const model = await siteModel();
  const byId = entityEntries!;
  return {
    articles: model.articles.map((a) => entries!.get(a.id)!),
    entities: new Map([...model.entities.keys()].map((id) => [id, byId.get(id)!])),
    merged: new Map([...model.merged].map(([id, m]) => [id, { from: byId.get(id)!, to: byId.get(m.to.id)! }])),
    graph: model.graph,
  };
}
