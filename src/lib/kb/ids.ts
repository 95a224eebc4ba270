import { EntityId } from './schema.ts';

/** Makes an entity id from an English (or transliterated) name: `Al-Hasakah Governorate` → `al-hasakah-governorate`. */
export function slugify(name: string): EntityId {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return EntityId.parse(slug || 'entity');
}

/** An id not yet in `taken`: `slug`, then `slug-2`, `slug-3`… */
export function uniqueId(base: EntityId, taken: ReadonlySet<string>): EntityId {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return EntityId.parse(id);
  }
}
