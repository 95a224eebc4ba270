import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { DalilError } from '../kb/errors.ts';
import { cleanText, decodeBytes } from './decode.ts';
import { readHtml, readJsonLines, readMarkdown, readText } from './readers.ts';
import type { RawArticle } from './schema.ts';

const READERS: Record<string, (text: string, file: string, report: (err: DalilError) => void) => RawArticle[]> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
  '.jsonl': readJsonLines,
};

/** The corpus files under the given paths (files or folders, searched recursively), in a stable order. */
export function corpusFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new DalilError('no such file or folder', { file: p }, 'give a corpus folder or file');
    if (statSync(p).isDirectory()) {
      const found = (readdirSync(p, { recursive: true }) as string[])
        .filter((n) => extname(n).toLowerCase() in READERS && !n.split(/[\\/]/).some((s) => s.startsWith('.')))
        .sort()
        .map((n) => join(p, n));
      files.push(...found);
    } else if (extname(p).toLowerCase() in READERS) files.push(p);
    else throw new DalilError(`unsupported file type "${extname(p)}"`, { file: p }, `use ${Object.keys(READERS).join(', ')}`);
  }
  return files;
}

export interface CorpusRead {
  articles: RawArticle[];
  /** One error per bad file (per bad record in JSON Lines), each naming its place, in corpus order. */
  failures: DalilError[];
  /** How many corpus files were read. */
  files: number;
}

/**
 * Reads every article in the corpus. A bad file (binary, undecodable, empty, broken front-matter), a bad
 * JSON Lines record and a duplicate id are failures that name their place; the other files are still read.
 * With `strict`, the first failure is thrown instead.
 */
export function readCorpusFiles(paths: string[], options: { strict?: boolean } = {}): CorpusRead {
  const articles: RawArticle[] = [];
  const failures: DalilError[] = [];
  const fail = (err: DalilError) => {
    if (options.strict) throw err;
    failures.push(err);
  };
  const seen = new Map<string, RawArticle['origin']>();
  const files = corpusFiles(paths);
  for (const file of files) {
    let read: RawArticle[];
    try {
      const text = cleanText(decodeBytes(readFileSync(file), file));
      read = READERS[extname(file).toLowerCase()]!(text, file, fail);
    } catch (err) {
      if (!(err instanceof DalilError) || options.strict) throw err;
      failures.push(err);
      continue;
    }
    for (const a of read) {
      const prev = seen.get(a.id);
      if (prev) {
        const where = `${relative('.', prev.file)}${prev.line ? `:${prev.line}` : ''}`;
        fail(new DalilError(`duplicate article id "${a.id}" (also at ${where})`, a.origin, 'give each article a unique id'));
        continue;
      }
      seen.set(a.id, a.origin);
      articles.push(a);
    }
  }
  return { articles, failures, files: files.length };
}

/** Reads every article, stopping at the first bad file or record (for tools that need the whole corpus). */
export function readCorpus(paths: string[]): RawArticle[] {
  return readCorpusFiles(paths, { strict: true }).articles;
}
