import { normaliseKey } from '../arabic/normalise.ts';
import { Entity } from '../kb/schema.ts';
import { slugify } from '../kb/ids.ts';
import type { NameLists } from '../kb/word-lists.ts';

/**
 * One entity per person within an article, and the same id for the same person across articles:
 * - the same full name is the same person;
 * - a surname alone (`صباغ`) is the person whose full name ends with it, named earlier in the article;
 * - a full name joins an earlier one only when the given name matches too (`بدر السمحان` and
 *   `بدر عبدالرحمن السمحان`): `بشار الأسد` and `ماهر الأسد` are two people of one family.
 * The id of a new person comes from the given and family name, so an article's `بدر السمحان` and another's
 * `بدر عبدالرحمن السمحان` share one.
 */
export class PersonIdentity {
  private readonly byKey = new Map<string, Entity>();
  /** Family name → the people named with it in this article. */
  private readonly families = new Map<string, Array<{ given: string; entity: Entity }>>();
  private readonly taken: Set<string>;
  private readonly lists: NameLists;
  private readonly english: (name: string) => string;

  constructor(lists: NameLists, takenIds: ReadonlySet<string>, english: (name: string) => string) {
    this.lists = lists;
    this.taken = new Set(takenIds);
    this.english = english;
  }

  /** Records a person named in full (a known entity or a new one) so that later mentions can join it. */
  register(name: string, entity: Entity): void {
    const parts = normaliseKey(name).split(' ');
    const last = parts.at(-1)!;
    if (parts.length < 2 || last.length < 3 || this.lists.common.has(last)) return;
    const list = this.families.get(last) ?? [];
    if (!list.some((p) => p.entity.id === entity.id)) list.push({ given: givenName(parts), entity });
    this.families.set(last, list);
  }

  /** The person a lone surname refers to: the one person of that family named in this article, if exactly one. */
  surname(key: string): Entity | undefined {
    const list = this.families.get(key);
    return list?.length === 1 ? list[0]!.entity : undefined;
  }

  /** The entity for a full name (two or more words): an earlier one with the same given and family name, or a new one. */
  person(name: string): Entity {
    const key = normaliseKey(name);
    const parts = key.split(' ');
    const last = parts.at(-1)!;
    const given = givenName(parts);
    const existing = this.byKey.get(key) ?? this.families.get(last)?.find((p) => p.given === given)?.entity;
    if (existing) return existing;
    const short = this.english(`${given} ${last}`);
    let id = slugify(short);
    for (let n = 2; this.taken.has(id); n++) id = slugify(`${short}-${n}`);
    this.taken.add(id);
    const entity = Entity.parse({ id, type: 'person', name: { ar: name, en: this.english(name) }, source: 'extracted', unreviewed: true });
    this.byKey.set(key, entity);
    this.register(name, entity);
    return entity;
  }
}

/** The given name: the first word, or two when the first is عبد, أبو, ابن or أم (`عبد الرحمن`, `أبو محمد`). */
function givenName(parts: string[]): string {
  return parts.length > 2 && /^(?:عبد|ابو|ابي|ابن|ام)$/.test(parts[0]!) ? `${parts[0]} ${parts[1]}` : parts[0]!;
}
