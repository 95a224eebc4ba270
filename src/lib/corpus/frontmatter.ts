import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DalilError } from '../kb/errors.ts';

/** Splits an optional leading `---` YAML block from the text. Line numbers in errors are the file's. */
export function splitFrontMatter(text: string, file: string): { meta: Record<string, unknown>; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  let meta: unknown;
  try {
    meta = parseYaml(m[1]!) ?? {};
  } catch (err) {
    const line = err instanceof YAMLParseError ? (err.linePos?.[0]?.line ?? 0) + 1 : 1;
    throw new DalilError(`bad front-matter: ${(err as Error).message.split('\n')[0]}`, { file, line }, 'the block between the --- lines must be YAML');
  }
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    throw new DalilError('front-matter must be a YAML mapping (key: value lines)', { file, line: 2 }, 'write one key: value a line between the --- lines');
  }
  return { meta: meta as Record<string, unknown>, body: text.slice(m[0].length) };
}
