import { createHash } from 'node:crypto';
import { ArticleId, ArticleMeta, type RawArticle } from './schema.ts';
import { DalilError } from '../kb/errors.ts';
import { asciiDigits } from '../arabic/normalise.ts';
import { cleanText } from './decode.ts';

/** `Some File_01` → `some-file_01`; falls back to a short hash of `seed` when nothing usable remains. */
export function toArticleId(raw: string, seed: string): ArticleId {
  const id = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return ArticleId.parse(id || 'a-' + createHash('sha1').update(seed).digest('hex').slice(0, 10));
}

/** `2015-08-10 18:43:32`, `2015-08-10T…`, a Date, or `١٠/٠٨/٢٠١٥`-style day/month/year → `2015-08-10`. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const s = asciiDigits(value.trim());
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  return undefined;
}

function valid(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Builds an article from a headline, a body and metadata; the headline is the first line of `text`. */
export function makeArticle(
  parts: { title?: string; body: string; meta: ArticleMeta; fallbackId: string },
  origin: RawArticle['origin'],
): RawArticle {
  const parsed = ArticleMeta.safeParse(parts.meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DalilError(`metadata field "${issue.path.join('.')}": ${issue.message}`, origin, 'title, source, url, author and date are text');
  }
  const meta = parsed.data;
  // Cleaned again: a JSON string or an HTML character reference may carry what the file's bytes did not.
  let title = cleanText(meta.title ?? parts.title ?? '').replace(/\s+/g, ' ').trim();
  let body = cleanText(parts.body).replace(/^\s*\n/, '').trimEnd();
  if (!title) {
    // No headline given: the first non-empty line is the headline.
    const nl = body.indexOf('\n');
    title = (nl < 0 ? body : body.slice(0, nl)).trim();
    body = nl < 0 ? '' : body.slice(nl + 1).replace(/^\s*\n/, '');
  }
  if (!title) throw new DalilError('the article is empty', origin, 'an article needs at least a headline line');
  const text = `${title}\n\n${body}`;
  const id = meta.id !== undefined && meta.id !== null ? toArticleId(String(meta.id), title) : toArticleId(parts.fallbackId, text);
  return {
    id,
    title,
    text,
    bodyStart: title.length + 2,
    date: toIsoDate(meta.date) ?? toIsoDate(meta.date_extracted),
    source: meta.source?.trim() || undefined,
    url: meta.url?.trim() || undefined,
    author: meta.author?.trim() || undefined,
    origin,
  };
}
