/**
 * Synthetic corpora for the build benchmarks: articles made by recombining paragraphs of the SaudiNewsNet dev
 * corpus (../shared; CC BY-NC-SA, so only ever written to a temporary folder), so that names, events and their
 * density are real while the archive has any size. Seeded: the same size gives the same corpus on every run.
 */
import { readFileSync } from 'node:fs';

export const DEV_CORPUS = '../shared/corpus/news/saudinewsnet-syria-dev.jsonl';

interface Record {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export interface SyntheticOptions {
  /** The years the articles are spread over (article i gets years[i % length]), for builds sharded by year. */
  years?: number[];
  seed?: number;
}

/** A corpus of `count` articles as JSON Lines: each takes the headline, outlet and length of a random dev article
 * and as many paragraphs drawn from random dev articles. Ids are `bench-<i>`. */
export function syntheticCorpus(count: number, options: SyntheticOptions = {}, source = DEV_CORPUS): string[] {
  const records = readFileSync(source, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record);
  const paragraphs = records.flatMap((r) => r.content.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0));
  const lengths = records.map((r) => r.content.split(/\n\s*\n/).filter((p) => p.trim()).length);
  let seed = options.seed ?? 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const years = options.years ?? [2011, 2012, 2013, 2014, 2015];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const pick = rand(records.length);
    const r = records[pick]!;
    const body = Array.from({ length: lengths[pick]! }, () => paragraphs[rand(paragraphs.length)]).join('\n\n');
    const year = years[i % years.length]!;
    lines.push(
      JSON.stringify({
        id: `bench-${i}`,
        title: r.title,
        content: body,
        source: r.source,
        author: r.author,
        url: `${r.url}?bench=${i}`,
        date_extracted: `${year}${r.date_extracted.slice(4)}`,
      }),
    );
  }
  return lines;
}
