import type { Entity } from '../kb/schema.ts';
import type { SiteArticle } from './model.ts';

/** A reference to an entity id that no entity file has. */
export interface DanglingReference {
  /** The article id, or the entity id whose `parent` dangles. */
  from: string;
  /** Where that record comes from (the corpus file of an article, the entity file). */
  file: string;
  /** The field that holds the reference. */
  field: string;
  id: string;
}

/**
 * Every entity reference the pages would follow — an article's entities, its events' places, actors and reporter,
 * an entity's parent — that resolves to no entity with a page. Articles name merged entities by the id they joined
 * (the ingest applies curation), so an old id there is dangling too; a parent may be merged (it resolves to the
 * entity it joined). Pages used to drop such links silently; the build now refuses.
 */
export function danglingReferences(
  articles: SiteArticle[],
  entities: Map<string, Entity>,
  merged: Map<string, unknown> = new Map(),
): DanglingReference[] {
  const out: DanglingReference[] = [];
  for (const a of articles) {
    for (const [field, id] of articleReferences(a)) if (!entities.has(id)) out.push({ from: a.id, file: a.origin, field, id });
  }
  for (const e of entities.values()) {
    if (e.parent && !entities.has(e.parent) && !merged.has(e.parent)) out.push({ from: e.id, file: `${e.id}.yaml`, field: 'parent', id: e.parent });
  }
  return out;
}

/** Every entity id an article refers to, with the field that holds it (an id may come more than once). */
export function* articleReferences(a: SiteArticle): Generator<[field: string, id: string]> {
  for (const e of a.entities) yield ['entities', e.id];
  for (const ev of a.events) {
    const at = `events[${ev.id}]`;
    for (const id of ev.places) yield [`${at}.places`, id];
    for (const id of ev.actors) yield [`${at}.actors`, id];
    for (const [field, id] of [['reportedBy', ev.reportedBy], ['actor1', ev.actor1], ['actor2', ev.actor2]] as const) if (id !== null) yield [`${at}.${field}`, id];
    for (const id of ev.associated) yield [`${at}.associated`, id];
    if (ev.location) for (const key of ['id', 'admin1', 'admin2', 'country'] as const) if (ev.location[key] !== null) yield [`${at}.location.${key}`, ev.location[key]!];
    for (const toll of ev.toll) if (toll.actor !== null) yield [`${at}.toll.actor`, toll.actor];
  }
}

/** One message for all of them: the build fails once, listing each article (or entity) and the id it names. */
export function formatDangling(list: DanglingReference[]): string {
  const lines = list.slice(0, 50).map((d) => `  ${d.from} (${d.file}): ${d.field} → "${d.id}" has no entity file`);
  if (list.length > 50) lines.push(`  … and ${list.length - 50} more`);
  return `${list.length} reference${list.length === 1 ? '' : 's'} to unknown entities:\n${lines.join('\n')}`;
}
