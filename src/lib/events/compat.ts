import type { ArticleEvent } from '../extract/schema.ts';
import { ancestors, encloses, type Lookup } from './location.ts';

/** Two dates agree when the coarser is a prefix of the finer (`2018-04` and `2018-04-18`); an unknown date agrees. */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** The finer of two agreeing dates, with its precision and basis. */
export function finer<T extends Pick<ArticleEvent, 'date' | 'precision' | 'dateBasis' | 'dateText' | 'dateRange'>>(a: T, b: T): T {
  if (!a.date) return b;
  if (!b.date) return a;
  if (a.dateBasis === 'article' && b.dateBasis !== 'article') return b;
  if (b.dateBasis === 'article' && a.dateBasis !== 'article') return a;
  return b.date.length > a.date.length ? b : a;
}

/**
 * Two sets of places meet when they share a place or one event's place encloses the other's (`Mayadin` and
 * `Deir ez-Zor Governorate`). A country alone is too wide to make two happenings one, unless both name no
 * finer place.
 */
export function placesMeet(a: string[], b: string[], lookup: Lookup): boolean {
  const country = (id: string) => lookup(id)?.kind === 'country';
  const fineA = a.filter((p) => !country(p));
  const fineB = b.filter((p) => !country(p));
  if (fineA.length && fineB.length) return fineA.some((p) => fineB.some((q) => encloses(p, q, lookup) || encloses(q, p, lookup)));
  if (fineA.length || fineB.length) {
    // One names a town, the other only its country: they meet if the country encloses the town.
    const [fine, coarse] = fineA.length ? [fineA, b] : [fineB, a];
    return coarse.some((c) => fine.some((f) => ancestors(f, lookup).includes(c)));
  }
  return a.some((p) => b.includes(p));
}

export const shareAny = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
