import type { ExtractedArticle } from '../extract/extract.ts';

/**
 * The `extract --json` document. Outside evaluation tools read it: keep its shape stable
 * (documented in the README).
 */
export function extractionDocument(extracted: ExtractedArticle[]) {
  return {
    articles: extracted.map(({ article: a, entities, events }) => ({
      id: a.id,
      title: a.title,
      date: a.date ?? null,
      source: a.source ?? null,
      text: a.text,
      entities: entities.map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        ...(e.unreviewed ? { unreviewed: true } : {}),
        mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, sentence: m.sentence })),
      })),
      events: events.map((v) => ({
        id: v.id,
        type: v.type,
        date: v.date,
        places: v.places,
        actors: v.actors,
        fatalities: v.fatalities,
        reportedBy: v.reportedBy,
        evidence: v.evidence,
        also: v.also,
      })),
    })),
  };
}
