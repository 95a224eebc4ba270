import { loadNameLists, readWordList, type NameLists } from './word-lists.ts';
import { AliasIndex } from './index-aliases.ts';
import { loadEntityFiles, loadGazetteer } from './load.ts';
import type { Entity } from './schema.ts';
import { existsSync } from 'node:fs';
import { Tagger } from '../ner/tagger.ts';

export interface KnowledgeBase {
  /** Every known entity by id: gazetteer entries, overridden by curated entity files with the same id. */
  entities: Map<string, Entity>;
  /** Which ids have a curated file, and where. */
  files: Map<string, string>;
  index: AliasIndex;
  names: NameLists;
  /** The trained tagger, when the project has a model file (data/ner/model.bin). */
  tagger?: Tagger;
}

export interface KbPaths {
  /** Folder of gazetteer lists shipped with the project. */
  gazetteerDir: string;
  /** Folder of curated entity files (`src/content/entities`). */
  entitiesDir: string;
  /** Names that are also common words and are never matched alone, one per line (`#` comments). */
  stopList?: string;
  /** Folder of the person finder's word lists (given names, common words, roles). */
  namesDir?: string;
  /** The tagger model file; extraction runs without the tagger when it is not given or missing. */
  nerModel?: string;
}

export function loadKnowledgeBase(paths: KbPaths): KnowledgeBase {
  const entities = new Map<string, Entity>();
  for (const e of loadGazetteer(paths.gazetteerDir)) entities.set(e.id, e);
  const files = new Map<string, string>();
  for (const { entity, file } of loadEntityFiles(paths.entitiesDir)) {
    entities.set(entity.id, entity);
    files.set(entity.id, file);
  }
  const stop = paths.stopList ? readWordList(paths.stopList) : [];
  const names = paths.namesDir ? loadNameLists(paths.namesDir) : { given: new Set<string>(), common: new Set<string>(), roles: new Set<string>() };
  const tagger = paths.nerModel && existsSync(paths.nerModel) ? Tagger.load(paths.nerModel) : undefined;
  return { entities, files, index: new AliasIndex(entities.values(), stop, names.roles), names, ...(tagger ? { tagger } : {}) };
}
