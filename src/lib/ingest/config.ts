import { resolve } from 'node:path';
import type { KbPaths } from '../kb/knowledge-base.ts';

/** Where the project keeps its inputs and generated content, relative to the project root. */
export interface ProjectPaths extends KbPaths {
  root: string;
  articlesDir: string;
  defaultCorpus: string;
  /** Per-article corrections files (`<content>/corrections/<article-id>.yaml`). */
  correctionsDir: string;
  /** The trained tagger (`data/ner/model.bin`). */
  nerModel: string;
}

/**
 * The content folder: `src/content`, or `$DALIL_CONTENT_DIR` for a build that must leave the project's own
 * content alone (benchmarks build thousands of articles there). `src/content.config.ts` reads the same variable.
 */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.DALIL_CONTENT_DIR || 'src/content');
}

export function projectPaths(root = process.cwd()): ProjectPaths {
  return {
    root,
    gazetteerDir: resolve(root, 'data/gazetteer'),
    stopList: resolve(root, 'data/stop-names.txt'),
    namesDir: resolve(root, 'data/names'),
    entitiesDir: resolve(contentDir(root), 'entities'),
    articlesDir: resolve(contentDir(root), 'articles'),
    defaultCorpus: resolve(root, 'corpus'),
    correctionsDir: resolve(contentDir(root), 'corrections'),
    nerModel: resolve(root, 'data/ner/model.bin'),
  };
}
