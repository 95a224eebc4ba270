import { describe, expect, it } from 'vitest';
import { ArticleEvent } from '../extract/schema.ts';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { locate } from '../events/location.ts';
import { chartWindow, indexEvents, monthly, summary, type EventArticle, type Month, type NameOf } from './events.ts';
import { CSV_COLUMNS, eventsCsv } from './events-export.ts';

const kb = loadKnowledgeBase(projectPaths());
const lookup = (id: string) => kb.entities.get(id);
const name: NameOf = (id, lang) => kb.entities.get(id)?.name[lang];

const event = (id: string, fields: Partial<ArticleEvent>) =>
  ArticleEvent.parse({
    id, type: 'attack', date: '2018-04-18', precision: 'day', dateBasis: 'relative', places: ['mayadin'],
    actors: ['islamic-state', 'syrian-armed-forces'], actor1: 'islamic-state', actor2: 'syrian-armed-forces',
    location: locate(['mayadin'], lookup), fatalities: 25, reportedBy: 'syrian-observatory-for-human-rights',
    evidence: 'قتل 25 عنصراً، على الأقل، من قوات النظام "في هجوم"', start: 0, end: 10, sentence: 2, ...fields,
  });
const article = (id: string, events: ArticleEvent[], source: string | null = null): EventArticle => ({ id, title: id, date: '2018-04-20', source, events });

describe('summary', () => {
  const [mayadin] = indexEvents([article('a', [event('a-e1', {})])], lookup).events;

  it('says who did what to whom, where, how many killed according to whom, and when, in English', () => {
    expect(summary(mayadin!, 'en', name)).toBe(
      'Islamic State attacked Syrian Armed Forces in Mayadin (Deir ez-Zor), 25 killed according to Syrian Observatory for Human Rights; 2018-04-18, day precision',
    );
  });

  it('says the same in Arabic', () => {
    const ar = summary(mayadin!, 'ar', name);
    expect(ar).toContain('الميادين');
    expect(ar).toContain('دير الزور');
    expect(ar).toContain('٢٥');
    expect(ar).toContain('بحسب');
    expect(ar).toContain('2018-04-18');
  });

  it('shows where reports differ instead of picking a toll', () => {
    const [m] = indexEvents([article('a', [event('a-e1', {})]), article('b', [event('b-e1', { fatalities: 30, reportedBy: null })])], lookup).events;
    expect(m!.reports).toHaveLength(2);
    expect(summary(m!, 'en', name)).toContain('25 / 30 killed (reports differ)');
  });

  it('names no actor it does not know and says when the date is unknown', () => {
    const [m] = indexEvents([article('a', [event('a-e1', { actor1: null, actor2: null, date: null, precision: null, fatalities: null, reportedBy: null, location: null, places: [] })])], lookup).events;
    expect(summary(m!, 'en', name)).toBe('Attack; date unknown');
  });
});

describe('indexEvents and monthly', () => {
  const index = indexEvents(
    [article('a', [event('a-e1', {}), event('a-e2', { type: 'airstrike', date: '2018-01', precision: 'month', dateBasis: 'text', places: ['raqqa'], location: locate(['raqqa'], lookup), fatalities: 5 })])],
    lookup,
  );

  it('files a town\'s events under the governorate and country that hold it', () => {
    expect(index.byEntity.get('sy-deir-ez-zor')?.map((e) => e.id)).toEqual(['a-e1']);
    expect(index.byEntity.get('syria')?.length).toBe(2);
    expect(index.byReport.get('a-e2')?.type).toBe('airstrike');
  });

  it('counts events and deaths per month, months without events included', () => {
    expect(monthly(index.events)).toEqual([
      { month: '2018-01', events: 1, deaths: 5 },
      { month: '2018-02', events: 0, deaths: 0 },
      { month: '2018-03', events: 0, deaths: 0 },
      { month: '2018-04', events: 1, deaths: 25 },
    ]);
  });
});

describe('events.csv', () => {
  it('has the ACLED-like columns and quotes Arabic sentences with commas and quotes', () => {
    const csv = eventsCsv(indexEvents([article('a', [event('a-e1', {})], 'Al Bayan')], lookup).events, lookup);
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain('a-e1,2018-04-18,1,attack,');
    expect(row).toContain(',Islamic State,Syrian Armed Forces,Deir ez-Zor Governorate,,Mayadin,');
    expect(row).toContain(',25,Al Bayan,Syrian Observatory for Human Rights,"قتل 25 عنصراً، على الأقل، من قوات النظام ""في هجوم"""');
  });
});

describe('chartWindow', () => {
  /** Months from the first key to the last, each with its events (0 where not given). */
  function series(counts: Record<string, number>): Month[] {
    const keys = Object.keys(counts).sort();
    const out: Month[] = [];
    let [y, m] = keys[0]!.split('-').map(Number) as [number, number];
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      out.push({ month: key, events: counts[key] ?? 0, deaths: 0 });
      if (key === keys.at(-1)) return out;
      m === 12 ? ((y += 1), (m = 1)) : m++;
    }
  }
  const range = (ms: Month[]) => [ms[0]?.month, ms.at(-1)?.month];

  it('draws every month when no long empty stretch sets months apart', () => {
    const months = series({ '2014-01': 3, '2015-06': 1, '2015-12': 4 });
    expect(chartWindow(months)).toEqual({ months, before: 0, after: 0 });
  });

  it('leaves out a lone early date decades back, and counts it', () => {
    const w = chartWindow(series({ '1988-03': 1, '2015-01': 6, '2015-02': 5, '2015-04': 9 }));
    expect(range(w.months)).toEqual(['2015-01', '2015-04']);
    expect([w.before, w.after]).toEqual([1, 0]);
  });

  it('leaves out a late outlier too, and early and late stretches of a few events', () => {
    const w = chartWindow(series({ '1990-05': 1, '1991-01': 1, '2015-01': 20, '2015-03': 10, '2040-01': 1 }));
    expect(range(w.months)).toEqual(['2015-01', '2015-03']);
    expect([w.before, w.after]).toEqual([2, 1]);
  });

  it('keeps a set-apart stretch that holds more than a tenth of the events', () => {
    const months = series({ '2005-01': 3, '2015-01': 10, '2015-02': 5 });
    expect(chartWindow(months)).toEqual({ months, before: 0, after: 0 });
    // A page of a few events: the later one is a sixth of them, not an outlier.
    const few = series({ '2018-04': 5, '2021-04': 1 });
    expect(chartWindow(few)).toEqual({ months: few, before: 0, after: 0 });
  });

  it('needs two years without events to set months apart', () => {
    const months = series({ '2013-02': 1, '2015-01': 10 });
    expect(chartWindow(months).before).toBe(0);
    expect(range(chartWindow(series({ '2013-01': 1, '2015-02': 10 })).months)).toEqual(['2015-02', '2015-02']);
  });
});
