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
    const check = (field: string, id: string | null) => {
      if (id !== null && !entities.has(id)) out.push({ from: a.id, file: a.origin, field, id });
    };
    for (const e of a.entities) check('entities', e.id);
    for (const ev of a.events) {
      for (const id of ev.places) check(`events[${ev.id}].places`, id);
      for (const id of ev.actors) check(`events[${ev.id}].actors`, id);
      check(`events[${ev.id}].reportedBy`, ev.reportedBy);
      check(`events[${ev.id}].actor1`, ev.actor1);
      check(`events[${ev.id}].actor2`, ev.actor2);
      for (const id of ev.associated) check(`events[${ev.id}].associated`, id);
      if (ev.location) for (const key of ['id', 'admin1', 'admin2', 'country'] as const) check(`events[${ev.id}].location.${key}`, ev.location[key]);
      for (const toll of ev.toll) check(`events[${ev.id}].toll.actor`, toll.actor);
    }
  }
  for (const e of entities.values()) {
    if (e.parent && !entities.has(e.parent) && !merged.has(e.parent)) out.push({ from: e.id, file: `${e.id}.yaml`, field: 'parent', id: e.parent });
  }
  return out;
}

/** One message for all of them: the build fails once, listing each article (or entity) and the id it names. */
export function formatDangling(list: DanglingReference[]): string {
  const lines = list.slice(0, 50).map((d) => `  ${d.from} (${d.file}): ${d.field} → "${d.id}" has no entity file`);
  if (list.length > 50) lines.push(`  … and ${list.length - 50} more`);
  return `${list.length} reference${list.length === 1 ? '' : 's'} to unknown entities:\n${lines.join('\n')}`;
}
