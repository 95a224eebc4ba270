import { normaliseKey } from '../arabic/normalise.ts';
import type { Entity } from './schema.ts';

/** Lower ranks win when two entities share a name: a city before the governorate before its sub-units. */
const KIND_RANK: Record<string, number> = { governorate: 1, district: 2, subdistrict: 3 };

export interface AliasEntry {
  /** Normalised key tokens of the name. */
  tokens: string[];
  entity: Entity;
}

/**
 * Maps each name's first key token to the names that start with it, longest first. Names that are also
 * common words (the stop list) and one-letter names are not indexed.
 */
export class AliasIndex {
  private readonly byFirst = new Map<string, AliasEntry[]>();
  readonly maxTokens: number;

  constructor(entities: Iterable<Entity>, stopNames: Iterable<string> = []) {
    const stopKeys = new Set([...stopNames].map(normaliseKey));
    const best = new Map<string, AliasEntry>();
    for (const entity of entities) {
      for (const name of entityNames(entity)) {
        const key = normaliseKey(name);
        if (key.length < 2 || stopKeys.has(key)) continue;
        const prev = best.get(key);
        if (!prev || rank(entity) < rank(prev.entity)) best.set(key, { tokens: key.split(' '), entity });
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

  /** Names starting with this key token, longest first. */
  candidates(firstKey: string): readonly AliasEntry[] {
    return this.byFirst.get(firstKey) ?? [];
  }

  has(firstKey: string): boolean {
    return this.byFirst.has(firstKey);
  }
}

function rank(e: Entity): number {
  return (e.unreviewed ? 10 : 0) + (KIND_RANK[e.kind ?? ''] ?? 0);
}

/** Every name an entity goes by, in both languages. */
export function entityNames(e: Entity): string[] {
  return [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en];
}
