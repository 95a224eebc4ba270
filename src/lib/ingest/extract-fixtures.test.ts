import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedOutput } from '../../../tests/support/expected.ts';
import { projectPaths } from './config.ts';
import { extractionDocument } from './contract.ts';
import { extractCorpus } from './ingest.ts';

/**
 * Extraction fixtures: tests/fixtures/extract/<case>/input.txt (headline, then body) and expected.json, the
 * `extract --json` document of that article as the shipped knowledge base gives it, reviewed by hand. The
 * document's `text` is the input and is left out, and so are `events`, which the event fixtures cover.
 * `UPDATE=1` rewrites expected.json: review each entity before committing it.
 */
const ROOT = 'tests/fixtures/extract';
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('extract --json fixtures', () => {
  const paths = projectPaths();
  it('has the cases the contract promises', () => {
    expect(cases).toEqual(expect.arrayContaining(['hostile-text', 'organisation-alias', 'person-title', 'place-governorate']));
  });

  it.each(cases)('%s', (name) => {
    const input = join(ROOT, name, 'input.txt');
    const doc = extractionDocument(extractCorpus([input], paths));
    for (const a of doc.articles) for (const e of a.entities) for (const m of e.mentions) {
      expect(a.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toContain(m.text);
    }
    const shown = { articles: doc.articles.map(({ text: _text, events: _events, ...rest }) => rest) };
    const actual = JSON.stringify(shown, null, 2) + '\n';
    expect(JSON.parse(actual)).toEqual(JSON.parse(expectedOutput(join(ROOT, name, 'expected.json'), actual)));
  });
});
