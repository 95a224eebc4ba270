import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../kb/schema.ts';
import { AliasIndex } from '../kb/index-aliases.ts';
import { normaliseKey } from '../arabic/normalise.ts';
import { findMentions } from './mentions.ts';
import { findHeadedNames } from './patterns.ts';

const set = (words: string[]) => new Set(words.map(normaliseKey));
const lists = { given: set([]), common: set(['التركية', 'الموت', 'في', 'كبيرة', 'الميدان', 'الجديدة', 'محافظة']), roles: set([]) };
const kb: EntityInput[] = [{ id: 'tabqa', type: 'place', name: { ar: 'الطبقة', en: 'Tabqa' } }];

function headed(text: string) {
  const index = new AliasIndex(kb.map((e) => Entity.parse(e)));
  const found = findHeadedNames(text, findMentions(text, index), lists, new Set(['tabqa']));
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return found.map((m) => [m.surface, m.entity.type, m.entity.name.ar, m.entity.unreviewed]);
}

describe('findHeadedNames', () => {
  it.each([
    ['ذكرت صحيفة حرييت التركية', [['صحيفة حرييت', 'organisation', 'صحيفة حرييت', true]]],
    ['في سهل الغاب', [['سهل الغاب', 'place', 'سهل الغاب', true]]],
    ['اشتباكات في حي الميدان بدمشق', [['حي الميدان', 'place', 'الميدان', true]]],
    ['قرب مطار الطبقة العسكري', [['مطار الطبقة', 'place', 'مطار الطبقة', true]]],
    ['أعلنت حركة «نور الدين الزنكي» أنها', [['نور الدين الزنكي', 'organisation', 'حركة نور الدين الزنكي', true]]],
    ['في مدينة الرمادي بمحافظة الأنبار', [['مدينة الرمادي', 'place', 'الرمادي', true]]],
  ])('%s', (text, expected) => {
    expect(headed(text)).toEqual(expected);
  });

  it.each(['قتل في مدينة كبيرة', 'إلى مدينة الموت', 'الحركة الجديدة', 'أقيمت قاعدة تركية', 'جبل من الأزمات'])('finds no name in %s', (text) => {
    expect(headed(text)).toEqual([]);
  });

  it('gives the same name the same entity within an article', () => {
    const text = 'في سهل الغاب. وعاد إلى سهل الغاب';
    const index = new AliasIndex([]);
    const found = findHeadedNames(text, findMentions(text, index), lists, new Set());
    expect(new Set(found.map((m) => m.entity.id)).size).toBe(1);
  });
});
