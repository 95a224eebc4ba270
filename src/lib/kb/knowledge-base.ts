import { existsSync, readFileSync } from 'node:fs';
import { AliasIndex } from './index-aliases.ts';
import { loadEntityFiles, loadGazetteer } from './load.ts';
import type { Entity } from './schema.ts';

export interface KnowledgeBase {
  /** Every known entity by id: gazetteer entries, overridden by curated entity files with the same id. */
  entities: Map<string, Entity>;
  /** Which ids have a curated file, and where. */
  files: Map<string, string>;
  index: AliasIndex;
}

export interface KbPaths {
  /** Folder of gazetteer lists shipped with the project. */
  gazetteerDir: string;
  /** Folder of curated entity files (`src/content/entities`). */
  entitiesDir: string;
  /** Names that are also common words and are never matched alone, one per line (`#` comments). */
  stopList?: string;
}

export function loadKnowledgeBase(paths: KbPaths): KnowledgeBase {
  const entities = new Map<string, Entity>();
  for (const e of loadGazetteer(paths.gazetteerDir)) entities.set(e.id, e);
  const files = new Map<string, string>();
  for (const { entity, file } of loadEntityFiles(paths.entitiesDir)) {
    entities.set(entity.id, entity);
    files.set(entity.id, file);
  }
  const stop: string[] = [];
  if (paths.stopList && existsSync(paths.stopList)) {
    for (const line of readFileSync(paths.stopList, 'utf8').split('\n')) {
      const name = line.replace(/#.*/, '').trim();
      if (name) stop.push(name);
    }
  }
  return { entities, files, index: new AliasIndex(entities.values(), stop) };
}
