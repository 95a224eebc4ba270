// YAML 1.1 output quotes every string that a YAML 1.1 reader (Astro's front-matter parser) would take for a date, boolean or null.
import { stringify } from 'yaml';
import type { ExtractedArticle } from '../extract/extract.ts';
import { bodyToMdx } from './body.ts';
import { sentenceStarts } from './sentences.ts';
import { compactMentions } from './front-matter.ts';

/** Marks the files the ingest writes, so that it may replace or remove them and nothing else. */
export const GENERATED_MARK = 'generated: dalil-ingest';

/** The front-matter of an article MDX file; `src/content.config.ts` validates it. */
export function articleFrontMatter(x: ExtractedArticle) {
  const a = x.article;
  const { sentences: mentionSentences, entities } = compactMentions(x.entities);
  return {
    id: a.id,
    title: a.title,
    date: a.date ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    author: a.author ?? null,
    lang: 'ar',
    origin: a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file,
    /** Start offsets of the anchored sentences (`s-<start>`): entity and event pages link to them. */
    sentences: sentenceStarts(a.text, a.bodyStart),
    /** Mention sentences, once each: mentions refer to them by index (front-matter.ts). */
    mentionSentences,
    entities,
    events: x.events,
  };
}

/** The whole MDX file: YAML front-matter (serialised, so any text is safe in it) and the escaped body. */
export function articleToMdx(x: ExtractedArticle): string {
  const yaml = stringify(articleFrontMatter(x), { lineWidth: 0, version: '1.1' });
  const mentions = x.entities.flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })));
  return `---\n# ${GENERATED_MARK}\n${yaml}---\n\n${bodyToMdx(x.article.text, x.article.bodyStart, mentions)}`;
}
