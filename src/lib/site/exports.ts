import { stringify } from 'csv-stringify/sync';
import type { SiteModel } from './model.ts';

/**
 * The knowledge base as files for spreadsheets and scripts (the download page links them). CSV through
 * csv-stringify, which quotes commas, quotes and line breaks in article text as RFC 4180 asks; a BOM makes
 * spreadsheet programs read the Arabic as UTF-8.
 */
export function entitiesJson(site: SiteModel): string {
  const list = [...site.entities.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      kind: e.kind ?? null,
      name: e.name,
      aliases: e.aliases,
      description: e.description ?? null,
      parent: e.parent ?? null,
      coords: e.coords ?? null,
      wikidata: e.wikidata ?? null,
      reviewed: !e.unreviewed || e.reviewed,
      articles: site.articleCount(e.id),
      mentions: (site.graph.backlinks.get(e.id) ?? []).reduce((n, b) => n + b.mentions.length, 0),
    }));
  return `${JSON.stringify(list, null, 1)}\n`;
}

const BOM = '\uFEFF';

export function entitiesCsv(site: SiteModel): string {
  const rows = JSON.parse(entitiesJson(site)) as Array<Record<string, any>>;
  return BOM + stringify(
    rows.map((e) => [
      e.id, e.type, e.kind ?? '', e.name.ar, e.name.en, e.aliases.ar.join(' | '), e.aliases.en.join(' | '), e.parent ?? '',
      e.coords?.lat ?? '', e.coords?.lon ?? '', e.wikidata ?? '', e.reviewed, e.articles, e.mentions,
    ]),
    { header: true, cast: { boolean: (v) => String(v) }, columns: ['id', 'type', 'kind', 'name_ar', 'name_en', 'aliases_ar', 'aliases_en', 'parent', 'lat', 'lon', 'wikidata', 'reviewed', 'articles', 'mentions'] },
  );
}

/** One row per mention: entity, article, offsets into the article text, the text as written and its sentence. */
export function mentionsCsv(site: SiteModel): string {
  const rows: unknown[][] = [];
  for (const a of site.articles) {
    for (const e of a.entities) {
      for (const m of e.mentions) rows.push([e.id, a.id, a.date ?? '', a.source ?? '', m.start, m.end, m.text, m.sentence]);
    }
  }
  return BOM + stringify(rows, { header: true, columns: ['entity', 'article', 'date', 'source', 'start', 'end', 'text', 'sentence'] });
}

export function mentionCount(site: SiteModel): number {
  return site.articles.reduce((n, a) => n + a.entities.reduce((k, e) => k + e.mentions.length, 0), 0);
}
