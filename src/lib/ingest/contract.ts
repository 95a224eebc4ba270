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
        subType: v.subType,
        date: v.date,
        precision: v.precision,
        dateBasis: v.dateBasis,
        dateText: v.dateText,
        dateRange: v.dateRange,
        places: v.places,
        actors: v.actors,
        actor1: v.actor1,
        actor2: v.actor2,
        associated: v.associated,
        targets: v.targets,
        location: v.location,
        fatalities: v.fatalities,
        injured: v.injured,
        toll: v.toll,
        reportedBy: v.reportedBy,
        reportedByText: v.reportedByText,
        source: a.source ?? null,
        evidence: v.evidence,
        evidenceAt: { sentence: v.sentence ?? null, start: v.start, end: v.end ?? null },
        also: v.also,
        alsoAt: v.alsoAt,
      })),
    })),
  };
}
