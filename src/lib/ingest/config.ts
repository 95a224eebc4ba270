import { resolve } from 'node:path';
import type { KbPaths } from '../kb/knowledge-base.ts';

/** Where the project keeps its inputs and generated content, relative to the project root. */
export interface ProjectPaths extends KbPaths {
  root: string;
  articlesDir: string;
  defaultCorpus: string;
}

export function projectPaths(root = process.cwd()): ProjectPaths {
  return {
    root,
    gazetteerDir: resolve(root, 'data/gazetteer'),
    stopList: resolve(root, 'data/stop-names.txt'),
    namesDir: resolve(root, 'data/names'),
    entitiesDir: resolve(root, 'src/content/entities'),
    articlesDir: resolve(root, 'src/content/articles'),
    defaultCorpus: resolve(root, 'corpus'),
  };
}
