import { splitSentences, type Sentence } from '../arabic/sentences.ts';

/**
 * The sentences of an article body that get an anchor (`id="s-<start>"`, the sentence's start offset in the
 * article text): the same text gives the same ids on every ingest, so a citation to a sentence keeps working.
 * The splitter is the extractor's (src/lib/arabic/sentences.ts), so a mention's sentence is always one of these.
 */
export function bodySentences(text: string, bodyStart: number): Sentence[] {
  return splitSentences(text).filter((s) => s.start >= bodyStart);
}

/** The anchor starts the front-matter lists: 0 for the headline (the page's h1), then each body sentence. */
export function sentenceStarts(text: string, bodyStart: number): number[] {
  return [0, ...bodySentences(text, bodyStart).map((s) => s.start).filter((s) => s > 0)];
}
