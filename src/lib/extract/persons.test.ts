import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../kb/schema.ts';
import { AliasIndex } from '../kb/index-aliases.ts';
import { normaliseKey } from '../arabic/normalise.ts';
import { transliterate } from '../arabic/transliterate.ts';
import { findMentions } from './mentions.ts';
import { findPersons } from './persons.ts';

const set = (words: string[]) => new Set(words.map(normaliseKey));
const lists = {
  given: set(['محمد', 'وليد', 'حسن', 'خليل', 'بن']),
  common: set(['قال', 'في', 'بيان', 'الدائم', 'لدى', 'إن', 'الهجوم', 'عنيف', 'منح', 'عفو', 'عام', 'المدينة']),
  roles: set(['مندوب', 'السفيرة', 'قال', 'الرئيس', 'نظير']),
};
const kbEntities: EntityInput[] = [
  { id: 'syria', type: 'place', name: { ar: 'سورية', en: 'Syria' } },
  { id: 'un', type: 'organisation', name: { ar: 'الأمم المتحدة', en: 'United Nations' } },
  { id: 'bashar-al-assad', type: 'person', name: { ar: 'بشار الأسد', en: 'Bashar al-Assad' }, aliases: { ar: ['الرئيس بشار الأسد'], en: [] } },
];

function persons(text: string) {
  const index = new AliasIndex(kbEntities.map((e) => Entity.parse(e)), [], lists.roles);
  const known = findMentions(text, index);
  const found = findPersons(text, known, lists, new Set(kbEntities.map((e) => e.id)));
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return found.map((m) => [m.surface, m.entity.id, m.entity.unreviewed]);
}

describe('findPersons', () => {
  it('finds a name after a title, past known entities in between', () => {
    const out = persons('قال مندوب سورية الدائم لدى الأمم المتحدة بسام صباغ إن الهجوم عنيف.');
    expect(out).toEqual([['بسام صباغ', 'basam-sabbagh', true]]);
  });

  it('finds a given name and its family name, and the surname alone later', () => {
    const out = persons('وأكد وليد العيساوي في بيان أن المدينة آمنة. وقال العيساوي إن الهجوم عنيف.');
    expect(out.map(([s, id]) => [s, id])).toEqual([
      ['وليد العيساوي', 'walid-al-isawi'],
      ['العيساوي', 'walid-al-isawi'],
    ]);
  });

  it('follows connectors and patronymics: وليد بن على الجلال, حسن خليل خيزران', () => {
    expect(persons('وقال وليد بن على الجلال إن').map(([s]) => s)).toEqual(['وليد بن على الجلال']);
    expect(persons('اعتقل حسن خليل خيزران في').map(([s]) => s)).toEqual(['حسن خليل خيزران']);
  });

  it('finds a name set off by commas after a title', () => {
    expect(persons('وستشارك السفيرة، نيكي هايلي، في الاجتماع').map(([s]) => s)).toEqual(['نيكي هايلي']);
  });

  it('does not take ordinary words for a name', () => {
    expect(persons('أصدر الرئيس بشار الأسد مرسوماً يقضي بمنح عفو عام')).toEqual([]);
    expect(persons('وقال إن الهجوم عنيف')).toEqual([]);
    expect(persons('وقفوا على الحياد')).toEqual([]);
  });

  it('gives an unknown person a transliterated English name', () => {
    expect(transliterate('فالح العيساوي')).toBe('Faleh al-Isawi');
  });
});
