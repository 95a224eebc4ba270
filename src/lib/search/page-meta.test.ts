import { describe, expect, it } from 'vitest';
import { EntityId } from '../kb/schema.ts';
import { pageSearchMeta } from './page-meta.ts';

const qamishli = { id: EntityId.parse('qamishli'), type: 'place' as const, name: { ar: 'القامشلي', en: 'Qamishli' }, aliases: { ar: ['قامشلو'], en: ['Al-Qamishli'] } };
const hasakah = { id: EntityId.parse('hasakah'), type: 'place' as const, name: { ar: 'الحسكة', en: 'Hasakah' }, aliases: { ar: ['محافظة الحسكة'], en: ['Al-Hasakah'] } };

describe('pageSearchMeta', () => {
  it('an article: one name group per entity, each word once over the page, the entities as [Arabic, English]', () => {
    const m = pageSearchMeta({ kind: 'article', entities: [qamishli, hasakah], source: 'SANA', date: '2018-04-07', events: ['armed_clash'] });
    expect(m.nameGroups).toEqual(['القامشلي Qamishli قامشلو Al-Qamishli', 'الحسكة Hasakah محافظة Al-Hasakah']);
    expect(JSON.parse(m.names)).toEqual([['القامشلي', 'Qamishli'], ['الحسكة', 'Hasakah']]);
    expect(m.facets).toEqual({ type: ['article'], source: ['SANA'], year: ['2018'], event: ['armed_clash'] });
    expect(m.tokens).toBe('entqamishliqz enthasakahqz');
  });

  it('an entity page: filtered by its own type, its names and aliases for ranking, its token for the entity filter', () => {
    const m = pageSearchMeta({ kind: 'entity', entities: [qamishli] });
    expect(m.facets).toEqual({ type: ['place'], source: [], year: [], event: [] });
    expect(JSON.parse(m.names)).toEqual(['القامشلي', 'Qamishli', 'قامشلو', 'Al-Qamishli']);
    expect(m.nameGroups).toEqual([]);
    expect(m.tokens).toBe('entqamishliqz');
  });
});
