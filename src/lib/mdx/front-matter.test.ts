import { describe, expect, it } from 'vitest';
import { compactMentions, expandMentions } from './front-matter.ts';
import type { ArticleEntity } from '../extract/schema.ts';

const S1 = 'قصفت الطائرات حلب وإدلب.';
const S2 = 'وقال المرصد إن القصف استمر.';
const entities: ArticleEntity[] = [
  { id: 'aleppo', type: 'place', name: { ar: 'حلب', en: 'Aleppo' }, mentions: [{ text: 'حلب', start: 14, end: 17, sentence: S1 }] },
  { id: 'idlib', type: 'place', name: { ar: 'إدلب', en: 'Idlib' }, mentions: [{ text: 'إدلب', start: 19, end: 23, sentence: S1 }] },
  {
    id: 'sohr', type: 'organisation', name: { ar: 'المرصد', en: 'SOHR' }, unreviewed: true,
    mentions: [{ text: 'المرصد', start: 30, end: 36, sentence: S2 }, { text: 'المرصد', start: 60, end: 66, sentence: S2 }],
  },
];

describe('stored front-matter', () => {
  it('keeps each mention sentence once and refers to it by index', () => {
    const { sentences, entities: stored } = compactMentions(entities);
    expect(sentences).toEqual([S1, S2]);
    expect(stored.map((e) => e.mentions.map((m) => m.s))).toEqual([[0], [0], [1, 1]]);
    expect(JSON.stringify(stored)).not.toContain('sentence');
    expect(stored[2]).toMatchObject({ id: 'sohr', unreviewed: true, mentions: [{ text: 'المرصد', start: 30, end: 36, s: 1 }, { s: 1 }] });
  });

  it('expands back to the extraction shape', () => {
    const { sentences, entities: stored } = compactMentions(entities);
    expect(expandMentions(sentences, stored)).toEqual(entities);
    expect(compactMentions([])).toEqual({ sentences: [], entities: [] });
  });
});
