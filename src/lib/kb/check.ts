import { relative } from 'node:path';
import { normaliseKey } from '../arabic/normalise.ts';
import { DalilError } from './errors.ts';
import { entityNames, nameRank } from './index-aliases.ts';
import { isReviewed } from './curation.ts';
import type { Entity } from './schema.ts';

/** One knowledge-base entry and where it was read. */
export interface KbEntry {
  entity: Entity;
  file: string;
  /** Position in a gazetteer list; absent for a one-entity file. */
  index?: number;
  /** The line the entry starts on, where known (YAML lists). */
  line?: number;
  /** `gazetteer` lists ship with the project; a curated `entity` file may replace a gazetteer entry of its id. */
  layer: 'gazetteer' | 'entity';
}

/** A problem in the knowledge base, with the entry it concerns and how to fix it. */
export interface KbIssue {
  file: string;
  line?: number;
  id: string;
  index?: number;
  message: string;
  hint: string;
}

const issueAt = (entry: KbEntry, message: string, hint: string): KbIssue => ({
  file: entry.file,
  ...(entry.line === undefined ? {} : { line: entry.line }),
  id: entry.entity.id,
  ...(entry.index === undefined ? {} : { index: entry.index }),
  message,
  hint,
});

/**
 * The checks every load runs: ids unique within the gazetteer and within the entity files, every `parent` an id
 * that exists, no parent cycle, and no name that two reviewed entities of one type claim at the same rank (the
 * matcher would give the name to whichever file it read first).
 */
export function checkKnowledgeBase(entries: readonly KbEntry[]): KbIssue[] {
  const issues: KbIssue[] = [];
  const firstOf = new Map<string, Map<KbEntry['layer'], KbEntry>>();
  for (const entry of entries) {
    const layers = firstOf.get(entry.entity.id) ?? new Map<KbEntry['layer'], KbEntry>();
    const earlier = layers.get(entry.layer);
    if (earlier) issues.push(issueAt(entry, `the id ${entry.entity.id} is taken by ${where(earlier)}`, 'give one of the two entries another id, or merge them'));
    else layers.set(entry.layer, entry);
    firstOf.set(entry.entity.id, layers);
  }
  // What the site uses: an entity file replaces the gazetteer entry of its id.
  const effective = new Map<string, KbEntry>();
  for (const [id, layers] of firstOf) effective.set(id, (layers.get('entity') ?? layers.get('gazetteer'))!);
  for (const entry of effective.values()) {
    const parent = entry.entity.parent;
    if (parent !== undefined && !effective.has(parent)) {
      issues.push(issueAt(entry, `the parent ${parent} of ${entry.entity.id} is no entity`, `use the id of an entity in data/gazetteer or the entity files${suggest(parent, entry.entity.id, effective)}`));
    }
  }
  issues.push(...parentCycles(effective), ...sharedNames(effective));
  return issues;
}

function parentCycles(effective: Map<string, KbEntry>): KbIssue[] {
  const issues: KbIssue[] = [];
  const reported = new Set<string>();
  for (const start of effective.keys()) {
    const path: string[] = [];
    for (let id: string | undefined = start; id && effective.has(id); id = effective.get(id)!.entity.parent) {
      const at = path.indexOf(id);
      if (at >= 0) {
        const cycle = path.slice(at);
        if (!cycle.some((c) => reported.has(c))) {
          cycle.forEach((c) => reported.add(c));
          issues.push(issueAt(effective.get(id)!, `parents go round in a circle: ${[...cycle, id].join(' → ')}`, 'a place or body cannot lie within itself: remove or change one `parent`'));
        }
        break;
      }
      path.push(id);
    }
  }
  return issues;
}

/**
 * Names (as matching keys) that two reviewed entities of one type claim, where ranking does not tell them apart.
 * Unreviewed entities are the extractor's guesses, and two of them under one name (`قرية` and `قريه` in two
 * articles) are for the reviewer to merge: they are no knowledge-base entries and never fail a load.
 */
function sharedNames(effective: Map<string, KbEntry>): KbIssue[] {
  const owners = new Map<string, KbEntry[]>();
  for (const entry of effective.values()) {
    if (!isReviewed(entry.entity)) continue;
    for (const key of new Set(entityNames(entry.entity).map(normaliseKey))) {
      if (!key) continue;
      const slot = `${entry.entity.type} ${key}`;
      const list = owners.get(slot);
      if (list) list.push(entry);
      else owners.set(slot, [entry]);
    }
  }
  const issues: KbIssue[] = [];
  for (const [slot, list] of owners) {
    if (list.length < 2) continue;
    const best = Math.min(...list.map((e) => nameRank(e.entity)));
    const tied = list.filter((e) => nameRank(e.entity) === best);
    if (tied.length < 2) continue;
    const [first, ...others] = tied;
    const name = slot.slice(slot.indexOf(' ') + 1);
    issues.push(issueAt(others[0]!, `the name «${name}» of ${others[0]!.entity.id} is also a name of ${first!.entity.id} (${where(first!)})`, 'keep a name on one entity; give the other a longer form (`مدينة …`, `حي …`, `صحيفة …`)'));
  }
  return issues;
}

function where(entry: KbEntry): string {
  const file = relative(process.cwd(), entry.file) || entry.file;
  return entry.index === undefined ? file : `${file}, entry ${entry.index}`;
}

function suggest(id: string, from: string, effective: Map<string, KbEntry>): string {
  const near = [...effective.keys()].filter((k) => k !== from && (k.includes(id) || id.includes(k))).slice(0, 3);
  return near.length ? ` (did you mean ${near.join(', ')}?)` : '';
}

/** Throws the first issue as a DalilError (naming file and entry, with a hint), saying how many more there are. */
export function assertKnowledgeBase(entries: readonly KbEntry[]): void {
  const issues = checkKnowledgeBase(entries);
  if (!issues.length) return;
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  const entry = first.index === undefined ? '' : `entry ${first.index} (${first.id}): `;
  throw new DalilError(`${entry}${first.message}${more}`, { file: first.file, line: first.line }, first.hint);
}
