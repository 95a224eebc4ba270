import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { DalilError } from './errors.ts';

/**
 * The hand-kept tables the gazetteer build reads besides its sources (data/gazetteer/curation/*.yaml). They are
 * not entities, so the knowledge-base loader, which reads only the files directly in data/gazetteer, skips them.
 */
const names = z.array(z.string().min(1)).default([]);
const byCode = <T extends z.ZodTypeAny>(value: T) => z.record(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'), value).default({});

export const CountryCuration = z.strictObject({
  /** Clean common English short names where the ISO name is formal, inverted or not the press form. */
  en_names: byCode(z.string().min(1)),
  /** Arabic display names where the package's form is not the one the Arab press uses. */
  ar_names: byCode(z.string().min(1)),
  /** Extra English aliases per country. */
  en_aliases: byCode(names),
  /** Arabic press variants per country. */
  ar_aliases: byCode(names),
  /** Checked Wikidata ids. */
  wikidata: byCode(z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q858')),
});
export type CountryCuration = z.infer<typeof CountryCuration>;

export const AdminCuration = z.strictObject({
  /** Plain unit names that are also common words or better-known places: the unit keeps only its qualified name. */
  ambiguous_plain_names: names,
  /** Source aliases that are notes rather than names. */
  junk_aliases: names,
  /** Press aliases per governorate id (`ريف إدلب`). */
  governorate_extra_aliases: z.record(z.string(), z.strictObject({ ar: names.optional(), en: names.optional() })).default({}),
});
export type AdminCuration = z.infer<typeof AdminCuration>;

export const Demonyms = z.strictObject({
  /** Never a name or alias on their own. */
  demonyms: names,
});

export interface Curation {
  countries: CountryCuration;
  admin: AdminCuration;
  demonyms: ReadonlySet<string>;
}

/** Reads one curation file against its schema; errors name the file, the line where known, and the field. */
function read<T>(file: string, schema: z.ZodType<T>): T {
  if (!existsSync(file)) throw new DalilError('missing curation file', { file }, 'restore it from git: the gazetteer build needs it');
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    const line = (err as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new DalilError(`cannot parse: ${(err as Error).message.split('\n')[0]}`, { file, line }, 'fix the YAML syntax');
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const message = issue.code === 'invalid_key' ? 'a key here is an ISO 3166-1 alpha-2 code (SY, US…)' : issue.message;
  throw new DalilError(`${issue.path.join('.') || 'file'}: ${message}`, { file }, 'see the schemas in src/lib/kb/curation.ts');
}

/** The curation tables in `dir` (data/gazetteer/curation). */
export function loadCuration(dir: string): Curation {
  return {
    countries: read(join(dir, 'countries.yaml'), CountryCuration),
    admin: read(join(dir, 'syria-admin.yaml'), AdminCuration),
    demonyms: new Set(read(join(dir, 'demonyms.yaml'), Demonyms).demonyms),
  };
}
