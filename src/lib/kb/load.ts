import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { Entity } from './schema.ts';
import { DalilError } from './errors.ts';

function readStructured(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    const line = err instanceof YAMLParseError ? err.linePos?.[0]?.line : undefined;
    throw new DalilError(`cannot parse: ${(err as Error).message.split('\n')[0]}`, { file, line }, 'fix the syntax');
  }
}

function parseEntity(value: unknown, file: string, index?: number): Entity {
  const result = Entity.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = [index === undefined ? '' : `entry ${index}`, issue.path.join('.')].filter(Boolean).join(', field ');
  throw new DalilError(`invalid entity${where ? ` (${where})` : ''}: ${issue.message}`, { file }, 'see src/lib/kb/schema.ts for the fields');
}

const DATA_FILE = /\.(json|ya?ml)$/;

/** Gazetteer files: each a JSON or YAML array of entities. */
export function loadGazetteer(dir: string): Entity[] {
  if (!existsSync(dir)) return [];
  const out: Entity[] = [];
  for (const name of readdirSync(dir).filter((n) => DATA_FILE.test(n)).sort()) {
    const file = join(dir, name);
    const data = readStructured(file);
    if (!Array.isArray(data)) throw new DalilError('a gazetteer file holds a list of entities', { file });
    data.forEach((v, i) => out.push(parseEntity(v, file, i)));
  }
  return out;
}

/** Curated entity files (one YAML file per entity, in any sub-folder). Returns entity and file. */
export function loadEntityFiles(dir: string): Array<{ entity: Entity; file: string }> {
  if (!existsSync(dir)) return [];
  const out: Array<{ entity: Entity; file: string }> = [];
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).filter((n) => DATA_FILE.test(n)).sort()) {
    const file = join(dir, name);
    out.push({ entity: parseEntity(readStructured(file), file), file });
  }
  return out;
}
