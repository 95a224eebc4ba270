import { loadNameLists, readWordList, type NameLists } from './word-lists.ts';
import { AliasIndex } from './index-aliases.ts';
import { loadEntityFiles, loadGazetteer } from './load.ts';
import { assertKnowledgeBase } from './check.ts';
import { curationMarks, isReviewed, type CurationMarks } from './curation.ts';
import type { Entity } from './schema.ts';
import { existsSync } from 'node:fs';
import { Tagger } from '../ner/tagger.ts';

export interface KnowledgeBase {
  /**
   * Every entity extraction may match by name: gazetteer entries, overridden by curated or reviewed entity
   * files with the same id. Unreviewed files written by an earlier ingest are not here (see `pending`), so what
   * extraction finds does not depend on how many times ingest ran.
   */
  entities: Map<string, Entity>;
  /** Entity files found by patterns and not yet reviewed, by id: shown on the site, never matched by name. */
  pending: Map<string, Entity>;
  /** Which ids have an entity file (reviewed or not), and where. */
  files: Map<string, string>;
  /** Merges and names marked as no entity (entity files' `mergedInto`, `notAnEntity`). */
  curation: CurationMarks;
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
  const gazetteer = loadGazetteer(paths.gazetteerDir);
  const loaded = loadEntityFiles(paths.entitiesDir);
  // Only knowledge-base entries are checked: unreviewed files may still repeat a known name until a curator acts,
  // and a merged entity's names are meant to be the other entity's too.
  const checked = loaded.filter(({ entity: e }) => isReviewed(e) && !e.mergedInto && !e.notAnEntity);
  assertKnowledgeBase([...gazetteer, ...checked.map((x) => ({ ...x, entity: { ...x.entity, unreviewed: false } }))]);
  const entities = new Map<string, Entity>();
  for (const { entity } of gazetteer) entities.set(entity.id, entity);
  const files = new Map<string, string>();
  const pending = new Map<string, Entity>();
  for (const { entity, file } of loaded) {
    files.set(entity.id, file);
    if (isReviewed(entity)) entities.set(entity.id, { ...entity, unreviewed: false });
    else pending.set(entity.id, entity);
  }
  const curation = curationMarks(loaded, (id) => entities.has(id) || pending.has(id));
  const stop = paths.stopList ? readWordList(paths.stopList) : [];
  const names = paths.namesDir ? loadNameLists(paths.namesDir) : { given: new Set<string>(), common: new Set<string>(), roles: new Set<string>() };
  const matchable = [...entities.values()].filter((e) => !e.notAnEntity);
  const tagger = paths.nerModel && existsSync(paths.nerModel) ? Tagger.load(paths.nerModel) : undefined;
  return { entities, pending, files, curation, index: new AliasIndex(matchable, stop, names.roles), names, ...(tagger ? { tagger } : {}) };
}
