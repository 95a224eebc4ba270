/** The tag set of the tagger (ANERcorp's): BIO over persons, places, organisations and other names. */
export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const L = LABELS.length;

const INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** Index of a tag; unknown tags (other corpora's extras) count as O. */
export function labelIndex(tag: string): number {
  return INDEX.get(tag) ?? 0;
}

/**
 * Whether `to` may follow `from` in BIO (from = -1 at a sentence start): an I- tag continues a name of its own
 * type and never follows O or another type.
 */
export function allowed(from: number, to: number): boolean {
  const t = LABELS[to]!;
  if (!t.startsWith('I-')) return true;
  if (from < 0) return false;
  const f = LABELS[from]!;
  return f !== 'O' && f.slice(2) === t.slice(2);
}

export { hashFeature } from './hash.ts';
