import { describe, expect, it } from 'vitest';
import { ArticleEvent } from '../extract/schema.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { mergeEvents, sameEvent, type Report } from './merge.ts';

const kb = loadKnowledgeBase(projectPaths());
const lookup = (id: string) => kb.entities.get(id);

let n = 0;
/** A report of article `article` with the event fields given (the rest as the schema defaults them). */
const report = (article: string, fields: Partial<ArticleEvent> & Pick<ArticleEvent, 'type'>): Report => ({
  article: { id: article, title: article, date: '2018-04-20', source: `outlet of ${article}` },
  event: ArticleEvent.parse({
    id: `${article}-e${++n}`, date: '2018-04-18', precision: 'day', dateBasis: 'relative', places: [], actors: [],
    fatalities: null, evidence: 'جملة', start: 0, ...fields,
  }),
});

const mayadin = { type: 'attack' as const, places: ['mayadin'], actors: ['islamic-state', 'syrian-armed-forces'] };

describe('sameEvent: pairs that must merge', () => {
  it.each<[string, Report, Report]>([
    ['same type, place and day', report('a', mayadin), report('b', mayadin)],
    ['a town and its governorate', report('a', mayadin), report('b', { ...mayadin, places: ['sy-deir-ez-zor'] })],
    ['a day and the month that holds it', report('a', mayadin), report('b', { ...mayadin, date: '2018-04', precision: 'month', dateBasis: 'text' })],
    ['two days one apart (a night attack)', report('a', mayadin), report('b', { ...mayadin, date: '2018-04-19' })],
    ['one side names no actor', report('a', mayadin), report('b', { ...mayadin, actors: [] })],
    ['the same speaker on the same day', report('a', { type: 'statement_or_report', actor1: 'bassam-sabbagh' }), report('b', { type: 'statement_or_report', actor1: 'bassam-sabbagh' })],
    ['the Douma chemical attack told with Douma and with Eastern Ghouta', report('a', { type: 'chemical_attack', places: ['douma'], date: '2018-04-07', dateBasis: 'text' }), report('b', { type: 'chemical_attack', places: ['eastern-ghouta', 'douma'], date: '2018-04-07', dateBasis: 'text' })],
  ])('%s', (_, a, b) => {
    expect(sameEvent(a, b, lookup)).toBe(true);
  });
});

describe('sameEvent: pairs that must not merge', () => {
  it.each<[string, Report, Report]>([
    ['two types', report('a', mayadin), report('b', { ...mayadin, type: 'armed_clash' })],
    ['two towns', report('a', mayadin), report('b', { ...mayadin, places: ['raqqa'] })],
    ['only the country in common', report('a', { ...mayadin, places: ['mayadin', 'syria'] }), report('b', { ...mayadin, places: ['raqqa', 'syria'] })],
    ['two days apart', report('a', mayadin), report('b', { ...mayadin, date: '2018-04-16' })],
    ['dated only by the article month', report('a', { ...mayadin, date: '2018-04', precision: 'month', dateBasis: 'article' }), report('b', mayadin)],
    ['no date', report('a', { ...mayadin, date: null, precision: null, dateBasis: null }), report('b', mayadin)],
    ['no actor in common', report('a', mayadin), report('b', { ...mayadin, actors: ['us-led-coalition'] })],
    ['two speakers', report('a', { type: 'statement_or_report', actor1: 'bassam-sabbagh' }), report('b', { type: 'statement_or_report', actor1: 'bashar-al-jaafari' })],
    ['the same article', report('a', mayadin), report('a', mayadin)],
  ])('%s', (_, a, b) => {
    expect(sameEvent(a, b, lookup)).toBe(false);
  });
});

describe('mergeEvents', () => {
  it('keeps every report and shows where the tolls differ instead of picking one', () => {
    const a = report('a', { ...mayadin, fatalities: 25, reportedBy: 'syrian-observatory-for-human-rights' });
    const b = report('b', { ...mayadin, fatalities: 30 });
    const c = report('c', { ...mayadin, places: ['raqqa'] });
    const merged = mergeEvents([b, c, a], lookup);
    expect(merged).toHaveLength(2);
    const m = merged.find((x) => x.reports.length === 2)!;
    expect(m.id).toBe(a.event.id);
    expect(m.reports.map((r) => r.article.source)).toEqual(['outlet of a', 'outlet of b']);
    expect(m.fatalities).toBeNull();
    expect(m.disagreements.fatalities).toEqual([
      { value: 25, reports: [a.event.id] },
      { value: 30, reports: [b.event.id] },
    ]);
    expect(m.location?.admin1).toBe('sy-deir-ez-zor');
  });

  it('does not chain near matches: a report joins only when it matches every report of the event', () => {
    const d16 = report('a', { ...mayadin, date: '2018-04-16' });
    const d17 = report('b', { ...mayadin, date: '2018-04-17' });
    const d18 = report('c', { ...mayadin, date: '2018-04-18' });
    expect(mergeEvents([d16, d17, d18], lookup).map((m) => m.reports.length)).toEqual([2, 1]);
  });
});
