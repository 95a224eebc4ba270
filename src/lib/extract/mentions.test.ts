import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../kb/schema.ts';
import { AliasIndex } from '../kb/index-aliases.ts';
import { findMentions } from './mentions.ts';

const kb = (entries: EntityInput[], stop: string[] = []) => new AliasIndex(entries.map((e) => Entity.parse(e)), new Set(stop));
const index = kb([
  { id: 'islamic-state', type: 'organisation', name: { ar: 'تنظيم الدولة الإسلامية', en: 'Islamic State' }, aliases: { ar: ['داعش'], en: ['ISIS'] } },
  { id: 'qamishli', type: 'place', name: { ar: 'القامشلي', en: 'Qamishli' } },
  { id: 'syria', type: 'place', name: { ar: 'سورية', en: 'Syria' }, aliases: { ar: ['سوريا'], en: [] } },
  { id: 'sdf', type: 'organisation', name: { ar: 'قوات سورية الديمقراطية', en: 'Syrian Democratic Forces' }, aliases: { ar: ['قسد'], en: ['SDF'] } },
  { id: 'opcw', type: 'organisation', name: { ar: 'منظمة حظر الأسلحة الكيميائية', en: 'OPCW' }, aliases: { ar: ['المنظمة الدولية لحظر الأسلحة الكيماوية'], en: [] } },
  { id: 'lidat', type: 'place', name: { ar: 'لدات', en: 'Lidat' } },
  { id: 'ap', type: 'organisation', name: { ar: 'أسوشيتد برس', en: 'Associated Press' }, aliases: { ar: ['أ.ب'], en: [] } },
  { id: 'hasakah-governorate', type: 'place', kind: 'governorate', name: { ar: 'الحسكة', en: 'Al-Hasakah' } },
  { id: 'hasakah-city', type: 'place', kind: 'city', name: { ar: 'الحسكة', en: 'Al-Hasakah' } },
]);

const found = (text: string, idx = index) =>
  findMentions(text, idx).map((m) => {
    if (!m.surface.endsWith(text.slice(m.start + 1, m.end))) throw new Error('surface and offsets disagree');
    return [m.entity.id, m.surface];
  });

describe('findMentions', () => {
  it.each([
    ['اشتباكات في القامشلي', [['qamishli', 'القامشلي']]],
    ['وصلوا بالقامشلي', [['qamishli', 'القامشلي']]],
    ['وسورية والعراق', [['syria', 'سورية']]],
    ['هجوم مفاجئ لـ«داعش» على', [['islamic-state', 'داعش']]],
    ['هجوم لـ «داعش»', [['islamic-state', 'داعش']]],
    ['وصل للقامشلي', [['qamishli', 'القامشلي']]],
    ['ضد تنظيم «داعش»', [['islamic-state', 'داعش']]],
    ['قوات سورية الديمقراطية', [['sdf', 'قوات سورية الديمقراطية']]],
    ['ضد «قسد» في سوريا', [['sdf', 'قسد'], ['syria', 'سوريا']]],
    ['منظمة حظر الأسلحة الكيميائيّة تعلّق', [['opcw', 'منظمة حظر الأسلحة الكيميائيّة']]],
    ['صورة أ.ب', [['ap', 'أ.ب']]],
    ['Fighters of ISIS near Qamishli', [['islamic-state', 'ISIS'], ['qamishli', 'Qamishli']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('cuts a proclitic only when the rest is a known name: بلدات stays a word', () => {
    expect(found('سيطروا على بلدات في الريف', kb([{ id: 'x', type: 'place', name: { ar: 'بلد', en: 'X' } }]))).toEqual([]);
    // With لدات a known name, ب + لدات is a reading, and the written word is cut after the clitic.
    expect(found('مروا بلدات')).toEqual([['lidat', 'لدات']]);
  });

  it('prefers the longest name and never splits a name across a sentence end', () => {
    expect(found('قوات سورية. الديمقراطية')).toEqual([['syria', 'سورية']]);
    // A line break ends a sentence too (found by the fuzz test: a name over the headline's end).
    expect(found('تقرير منظمة\n حظر الأسلحة الكيميائية')).toEqual([]);
    expect(found('قوات سورية\u2028الديمقراطية')).toEqual([['syria', 'سورية']]);
  });

  it('resolves a name shared by a city and a governorate to the city', () => {
    expect(found('في الحسكة')).toEqual([['hasakah-city', 'الحسكة']]);
  });

  it('does not match a stop-listed name on its own', () => {
    const idx = kb([{ id: 'ziyara', type: 'place', kind: 'subdistrict', name: { ar: 'الزيارة', en: 'Ziyara' } }], ['الزيارة']);
    expect(found('خلال الزيارة الرسمية', idx)).toEqual([]);
  });

  it('does not match half of a longer dotted abbreviation', () => {
    expect(found('أ.ب.ج')).toEqual([]);
  });
});

describe('descriptors and acronyms', () => {
  const idx = kb([
    { id: 'aleppo', type: 'place', kind: 'city', name: { ar: 'حلب', en: 'Aleppo' }, parent: 'aleppo-governorate' },
    { id: 'sinjar', type: 'place', kind: 'city', name: { ar: 'سنجار', en: 'Sinjar' } },
    { id: 'sinjar-subdistrict', type: 'place', kind: 'subdistrict', name: { ar: 'ناحية سنجار', en: 'Sinjar Subdistrict' } },
    { id: 'aleppo-governorate', type: 'place', kind: 'governorate', name: { ar: 'محافظة حلب', en: 'Aleppo Governorate' }, aliases: { ar: ['ريف حلب'], en: [] } },
    { id: 'un', type: 'organisation', name: { ar: 'الأمم المتحدة', en: 'United Nations' }, aliases: { ar: [], en: ['UN'] } },
  ]);

  it('joins a descriptor to the entity of the plain name', () => {
    expect(found('في محافظة حلب', idx)).toEqual([['aleppo', 'محافظة حلب']]);
  });

  it('keeps a descriptor + name that is another place than the plain name', () => {
    expect(found('في ناحية سنجار', idx)).toEqual([['sinjar-subdistrict', 'ناحية سنجار']]);
  });

  it('leaves ريف outside the mention of the place it names', () => {
    expect(found('في ريف حلب الشمالي', idx)).toEqual([['aleppo', 'حلب']]);
  });

  it('matches a Latin acronym only in capitals', () => {
    expect(found('the UN said', idx)).toEqual([['un', 'UN']]);
    expect(found('un jour', idx)).toEqual([]);
  });
});
