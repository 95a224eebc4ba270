/** Scratch projects for ingest tests: the real gazetteer and word lists, an empty content folder. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths, type ProjectPaths } from '../../src/lib/ingest/config.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** JSON Lines records of `count` articles: the sample corpus' paragraphs in rotating order, each a different mix. */
export function mixedRecords(count: number, from = 0): string[] {
  const paragraphs = readdirSync(join(ROOT, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8').replace(/^---[\s\S]*?---\n/, '').split('\n').filter((l) => l.trim().length > 20));
  return Array.from({ length: count }, (_, n) => {
    const i = from + n;
    const body = Array.from({ length: 5 }, (_, k) => paragraphs[(i * 3 + k * 7) % paragraphs.length]).join('\n');
    return JSON.stringify({ id: `p-${i}`, title: paragraphs[i % paragraphs.length]!.slice(0, 60), content: body, date: `2021-04-${String((i % 28) + 1).padStart(2, '0')}` });
  });
}

export function writeCorpus(file: string, records: string[]): string {
  writeFileSync(file, records.join('\n') + '\n');
  return file;
}

export function scratchPaths(dir: string): ProjectPaths {
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  return { ...projectPaths(ROOT), entitiesDir: join(content, 'entities'), articlesDir: join(content, 'articles'), correctionsDir: join(content, 'corrections') };
}

/** Every file under `dir`, by relative path, with its text. */
export function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}
