import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { buildSiteModel, type SiteModel } from './model.ts';
import { formatDangling } from './references.ts';

let cached: Promise<SiteModel> | undefined;
let entries: Map<string, CollectionEntry<'articles'>> | undefined;

/**
 * The site model, made from the content collections once per build and shared by every page and endpoint. A
 * reference to an unknown entity fails the build here, once, naming every article and id.
 */
export function siteModel(): Promise<SiteModel> {
  cached ??= (async () => {
    const collection = await getCollection('articles');
    entries = new Map(collection.map((a) => [a.data.id, a]));
    const articles = collection.map((a) => a.data);
    const entities = (await getCollection('entities')).map((e) => e.data);
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
