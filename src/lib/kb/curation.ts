import { normaliseKey } from '../arabic/normalise.ts';
import { DalilError } from './errors.ts';
import type { Entity } from './schema.ts';

/**
 * The curation marks of the entity files, as extraction applies them: which ids were merged into which,
 * which found names are no entities.
 */
export interface CurationMarks {
  /** id → the id it was merged into, chains followed to their end. */
  mergedInto: ReadonlyMap<string, string>;
  /** Ids marked `notAnEntity`. */
  notAnEntity: ReadonlySet<string>;
  /** Normalised Arabic names of the entities marked `notAnEntity`: a found name with one of these keys is dropped. */
  notAnEntityNames: ReadonlySet<string>;
}

/** Whether an entity file counts as a knowledge-base entry: curated by hand, or found and since reviewed. */
export function isReviewed(e: Entity): boolean {
  return e.reviewed || !e.unreviewed;
}

/**
 * Reads the marks from every entity file. A `mergedInto` that names no known entity, or that leads back to
 * itself, is an error naming the file.
 */
export function curationMarks(files: Array<{ entity: Entity; file: string }>, known: (id: string) => boolean): CurationMarks {
  const direct = new Map<string, { to: string; file: string }>();
  const notAnEntity = new Set<string>();
  const names = new Set<string>();
  for (const { entity: e, file } of files) {
    if (e.mergedInto !== undefined) {
      if (e.mergedInto === e.id || !known(e.mergedInto)) {
        throw new DalilError(`mergedInto: no entity "${e.mergedInto}" to merge into`, { file }, 'give the id of another entity (its file name without .yaml, or a gazetteer id)');
      }
      direct.set(e.id, { to: e.mergedInto, file });
    }
    if (e.notAnEntity) {
      notAnEntity.add(e.id);
      for (const n of [e.name.ar, ...e.aliases.ar]) names.add(normaliseKey(n));
    }
  }
  const mergedInto = new Map<string, string>();
  for (const [id, { file }] of direct) {
    const seen = new Set([id]);
    let to = direct.get(id)!.to;
    while (direct.has(to)) {
      if (seen.has(to)) throw new DalilError(`mergedInto: the merges starting at "${id}" go round in a circle`, { file }, 'one of the entities must be the one kept, without mergedInto');
      seen.add(to);
      to = direct.get(to)!.to;
    }
    mergedInto.set(id, to);
  }
  return { mergedInto, notAnEntity, notAnEntityNames: names };
}
