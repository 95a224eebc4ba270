import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DalilError } from '../kb/errors.ts';

/** One mention, found by its surface form and (part of) the sentence it stands in, so that it survives changed offsets. */
const MentionRef = z.object({
  /** The name exactly as the article writes it. */
  text: z.string().min(1),
  /** The sentence it stands in, or enough of it to tell it apart. */
  sentence: z.string().min(1),
});

/** A per-article corrections file: `src/content/corrections/<article-id>.yaml`. */
export const Corrections = z
  .object({
    /** Mentions that name no entity, or the wrong one with nothing to put in its place. */
    remove: z.array(MentionRef).default([]),
    /** Mentions of another entity than the one found: `to` is that entity's id. */
    relink: z.array(MentionRef.extend({ to: z.string().min(1) })).default([]),
    /** Mentions extraction missed: `entity` is the id of a known or reviewed entity. */
    add: z.array(MentionRef.extend({ entity: z.string().min(1) })).default([]),
  })
  .strict();
export type Corrections = z.infer<typeof Corrections>;

export interface CorrectionsFile {
  file: string;
  corrections: Corrections;
}

/**
 * Reads every `<article-id>.yaml` in the folders: the content folder's `corrections/` and a `corrections/` folder
 * beside the corpus. A file that does not parse or fit the schema, or a second file for one article, is an error
 * naming it.
 */
export function loadCorrections(dirs: string[]): Map<string, CorrectionsFile> {
  const out = new Map<string, CorrectionsFile>();
  for (const dir of new Set(dirs)) if (existsSync(dir)) readFolder(dir, out);
  return out;
}

/** The `corrections/` folder beside a corpus path: inside a corpus folder, or beside a corpus file. */
export function correctionsBeside(corpusPath: string): string {
  return join(existsSync(corpusPath) && statSync(corpusPath).isDirectory() ? corpusPath : dirname(corpusPath), 'corrections');
}

function readFolder(dir: string, out: Map<string, CorrectionsFile>): void {
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8')) ?? {};
    } catch (err) {
      const line = err instanceof YAMLParseError ? err.linePos?.[0]?.line : undefined;
      throw new DalilError(`cannot parse: ${(err as Error).message.split('\n')[0]}`, { file, line }, 'fix the YAML syntax');
    }
    const parsed = Corrections.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DalilError(`invalid corrections (${issue.path.join('.') || 'file'}): ${issue.message}`, { file }, 'lists remove, relink and add, each entry with text and sentence (see the README, Curation)');
    }
    const id = name.replace(/\.ya?ml$/, '');
    const other = out.get(id);
    if (other) throw new DalilError(`a second corrections file for article "${id}" (the first is ${other.file})`, { file }, 'keep one corrections file per article');
    out.set(id, { file, corrections: parsed.data });
  }
}
