import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { DalilError } from '../kb/errors.ts';
import { cleanText, decodeBytes } from './decode.ts';
import { readHtml, readJsonLines, readMarkdown, readText } from './readers.ts';
import type { RawArticle } from './schema.ts';

const READERS: Record<string, (text: string, file: string) => RawArticle[]> = {
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

/** Reads every article in the corpus. Duplicate ids are an error naming both places. */
export function readCorpus(paths: string[]): RawArticle[] {
  const articles: RawArticle[] = [];
  const seen = new Map<string, RawArticle['origin']>();
  for (const file of corpusFiles(paths)) {
    const text = cleanText(decodeBytes(readFileSync(file)));
    for (const a of READERS[extname(file).toLowerCase()]!(text, file)) {
      const prev = seen.get(a.id);
      if (prev) {
        const where = `${relative('.', prev.file)}${prev.line ? `:${prev.line}` : ''}`;
        throw new DalilError(`duplicate article id "${a.id}" (also at ${where})`, a.origin, 'give each article a unique id');
      }
      seen.set(a.id, a.origin);
      articles.push(a);
    }
  }
  return articles;
}
