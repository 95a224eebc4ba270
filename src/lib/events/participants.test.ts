import { describe, expect, it } from 'vitest';
import type { Entity } from '../kb/schema.ts';
import type { Match } from '../extract/mentions.ts';
import { participantsIn } from './participants.ts';
import { wordsOf, type Clause } from './words.ts';

/** A one-sentence clause with the names given as [surface, id, type] found where they are written. */
function clauseOf(text: string, names: Array<[string, string, Entity['type']]>): Clause {
  const matches: Match[] = names
    .map(([surface, id, type]) => {
      const start = text.indexOf(surface);
      return { entity: { id, type, name: { ar: surface, en: id } } as Entity, start, end: start + surface.length, surface };
    })
    .sort((a, b) => a.start - b.start);
  const sentence = { text, start: 0, end: text.length };
  return { sentence, index: 1, words: wordsOf(text), matches, start: 0, end: text.length, headline: false } as Clause;
}

describe('participantsIn: weapons and objects are no parties', () => {
  it.each([
    ['وقصفت قوات النظام حي جوبر بقذائف هاون.', 'قذائف هاون'],
    ['وأطلقت قوات النظام صواريخ غراد على مدينة درعا.', 'صواريخ غراد'],
    ['وألقت مروحيات النظام براميل متفجرة على مدينة داريا.', 'براميل متفجرة'],
    ['وانفجرت سيارة مفخخة قرب حاجز لقوات النظام في مدينة حمص.', 'سيارة مفخخة'],
  ])('%s: not «%s»', (text, weapon) => {
    const names: Array<[string, string, Entity['type']]> = [['قوات النظام', 'syrian-armed-forces', 'organisation'], ['مروحيات النظام', 'syrian-air-force', 'organisation'], [weapon, 'tagged-span', 'person']];
    const clause = clauseOf(text, names.filter(([surface]) => text.includes(surface)));
    const who = participantsIn(clause, text, [], [], null, 'violence');
    expect(who.actors).not.toContain('tagged-span');
    expect([who.actor1, who.actor2]).not.toContain('tagged-span');
    expect(who.actors.length).toBe(1);
  });

  it('keeps a party whose name follows a weapon word', () => {
    const text = 'وقصفت قوات النظام حي جوبر بالصواريخ.';
    const who = participantsIn(clauseOf(text, [['قوات النظام', 'syrian-armed-forces', 'organisation']]), text, [], [], null, 'violence');
    expect(who.actor1).toBe('syrian-armed-forces');
  });
});
