import { describe, expect, it } from 'vitest';
import { agreesAsAdjective } from './endings.ts';

describe('agreesAsAdjective', () => {
  it.each([
    ['تركية', 'حربية'],
    ['السورية', 'الأزمة'],
    ['سورية', 'كردية'],
    ['الأميركية', 'العسكرية'],
  ])('reads %s after %s as an adjective', (surface, before) => {
    expect(agreesAsAdjective(surface, before)).toBe(true);
  });

  it.each([
    ['سورية', 'في'],
    ['سوريا', 'حربية'],
    ['تركيا', 'الأزمة'],
    ['سورية', 'حدود'],
  ])('reads %s after %s as a name', (surface, before) => {
    expect(agreesAsAdjective(surface, before)).toBe(false);
  });
});
