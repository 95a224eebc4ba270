import { normaliseKey } from '../arabic/normalise.ts';
import type { Entity } from './schema.ts';

/**
 * Lower ranks win when two entities share a name: a country before a city of its name (`عمان` is Oman; Amman goes
 * by «العاصمة الأردنية عمان»), a city before the governorate before its sub-units.
 */
const KIND_RANK: Record<string, number> = { country: -1, governorate: 1, district: 2, subdistrict: 3 };

/**
 * Descriptors that join the entity they describe (normalised): `مدينة الميادين`, `محافظة حلب`, `تنظيم داعش` name
 * the same entity as `الميادين`, `حلب`, `داعش` when that plain name is known.
 */
const DESCRIPTORS = new Set(['مدينه', 'محافظه', 'بلده', 'قريه', 'حي', 'مخيم', 'منطقه', 'ناحيه', 'قضاء', 'تنظيم', 'جماعه', 'ميليشيا', 'مليشيا']);
/** `ريف X` (the countryside of X) and `بادية X` name the place X: the descriptor stays outside the mention. */
const OUTSIDE_DESCRIPTORS = new Set(['ريف', 'باديه']);

export interface AliasEntry {
  /** Normalised key tokens of the name. */
  tokens: string[];
  entity: Entity;
  /** Latin acronyms (`UN`, `WHO`) match only when written in capitals. */
  exact?: string;
}

/**
 * Maps each name's first key token to the names that start with it, longest first. Names that are also
 * common words (the stop list) and one-letter names are not indexed.
 */
export class AliasIndex {
  private readonly byFirst = new Map<string, AliasEntry[]>();
  readonly maxTokens: number;
  private readonly stopKeys: ReadonlySet<string>;

  /**
   * @param roles titles (`الملك`, `الرئيس`): a person's alias that starts with one is indexed without it, since
   *   a mention is the name only.
   */
  constructor(entities: Iterable<Entity>, stopNames: Iterable<string> = [], roles: ReadonlySet<string> = new Set()) {
    const stopKeys = new Set([...stopNames].map(normaliseKey));
    this.stopKeys = stopKeys;
    const best = new Map<string, AliasEntry>();
    for (const entity of entities) {
      for (const name of entityNames(entity)) {
        let key = normaliseKey(name);
        if (entity.type === 'person') while (roles.has(key.split(' ')[0]!) && key.includes(' ')) key = key.slice(key.indexOf(' ') + 1);
        if (key.length < 2 || stopKeys.has(key)) continue;
        const tokens = key.split(' ');
        if (tokens.length > 1 && OUTSIDE_DESCRIPTORS.has(tokens[0]!)) continue;
        const exact = /^[A-Z]{2,5}$/.test(name) ? name : undefined;
        const prev = best.get(key);
        if (!prev || nameRank(entity) < nameRank(prev.entity)) best.set(key, { tokens, entity, ...(exact ? { exact } : {}) });
      }
    }
    // A descriptor + a known plain name is that plain name's entity when the two are one place in the press's
    // eyes: the city and its governorate (`محافظة حلب` → حلب), one the parent of the other. `ناحية سنجار` in Idlib
    // stays itself, whatever سنجار alone names.
    for (const entry of best.values()) {
      const [first, ...rest] = entry.tokens;
      if (rest.length && DESCRIPTORS.has(first!)) {
        const plain = best.get(rest.join(' '));
        const a = entry.entity;
        const b = plain?.entity;
        if (b && b.type === a.type && (b.parent === a.id || a.parent === b.id)) entry.entity = b;
      }
    }
    let max = 1;
    for (const entry of best.values()) {
      const first = entry.tokens[0]!;
      const list = this.byFirst.get(first) ?? [];
      list.push(entry);
      this.byFirst.set(first, list);
      max = Math.max(max, entry.tokens.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.maxTokens = max;
  }

  /** Whether a name (normalised) is on the stop list: reviewed as a common word, not an entity. */
  isStopName(key: string): boolean {
    return this.stopKeys.has(key);
  }

  /** The entity whose name is exactly these key tokens, if any. */
  exact(key: string): Entity | undefined {
    const tokens = key.split(' ');
    return this.candidates(tokens[0]!).find((c) => c.tokens.length === tokens.length && c.tokens.every((t, i) => t === tokens[i]) && !c.exact)?.entity;
  }

  /** Names starting with this key token, longest first. */
  candidates(firstKey: string): readonly AliasEntry[] {
    return this.byFirst.get(firstKey) ?? [];
  }
}

/** Which entity a shared name goes to: the lower rank; reviewed before unreviewed, a city before its admin units. */
export function nameRank(e: Entity): number {
  return (e.unreviewed ? 10 : 0) + (KIND_RANK[e.kind ?? ''] ?? 0);
}

/** Every name an entity goes by, in both languages. */
export function entityNames(e: Entity): string[] {
  return [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en];
}
