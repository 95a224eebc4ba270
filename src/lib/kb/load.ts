import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { LineCounter, parseDocument, isSeq, YAMLParseError } from 'yaml';
import { Entity } from './schema.ts';
import { DalilError } from './errors.ts';
import type { KbEntry } from './check.ts';
import { loadPlaceCoords, withCoords } from './place-coords.ts';

/** A parsed data file and, for YAML lists, the line each item starts on. */
function readStructured(file: string): { data: unknown; lines: number[] } {
  const text = readFileSync(file, 'utf8');
  try {
    if (extname(file) === '.json') return { data: JSON.parse(text), lines: [] };
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: true });
    if (doc.errors.length) throw doc.errors[0];
    const lines = isSeq(doc.contents) ? doc.contents.items.map((item) => lineCounter.linePos((item as { range?: readonly number[] } | null)?.range?.[0] ?? 0).line) : [];
    return { data: doc.toJS(), lines };
  } catch (err) {
    const line = err instanceof YAMLParseError ? err.linePos?.[0]?.line : undefined;
    throw new DalilError(`cannot parse: ${(err as Error).message.split('\n')[0]}`, { file, line }, 'fix the syntax');
  }
}

function parseEntity(value: unknown, file: string, index?: number, line?: number): Entity {
  const result = Entity.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = [index === undefined ? '' : `entry ${index}`, issue.path.join('.')].filter(Boolean).join(', field ');
  throw new DalilError(`invalid entity${where ? ` (${where})` : ''}: ${issue.message}`, { file, line }, 'see src/lib/kb/schema.ts for the fields');
}

const DATA_FILE = /\.(json|ya?ml)$/;

/**
 * Gazetteer files (the JSON and YAML files directly in `dir`): each a list of entities. A place without `coords`
 * gets those of `coords/places.json` (the gazetteer build's coordinates of towns, src/lib/kb/place-coords.ts).
 */
export function loadGazetteer(dir: string): KbEntry[] {
  if (!existsSync(dir)) return [];
  const coords = loadPlaceCoords(dir);
  const out: KbEntry[] = [];
  for (const name of readdirSync(dir).filter((n) => DATA_FILE.test(n)).sort()) {
    const file = join(dir, name);
    const { data, lines } = readStructured(file);
    if (!Array.isArray(data)) throw new DalilError('a gazetteer file holds a list of entities', { file }, 'start every entry with `- id: …`');
    data.forEach((v, i) => out.push({ entity: withCoords(parseEntity(v, file, i, lines[i]), coords), file, index: i, line: lines[i], layer: 'gazetteer' }));
  }
  return out;
}

/** Curated entity files (one YAML file per entity, in any sub-folder). */
export function loadEntityFiles(dir: string): KbEntry[] {
  if (!existsSync(dir)) return [];
  const out: KbEntry[] = [];
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).filter((n) => DATA_FILE.test(n)).sort()) {
    const file = join(dir, name);
    out.push({ entity: parseEntity(readStructured(file).data, file), file, layer: 'entity' });
  }
  return out;
}
