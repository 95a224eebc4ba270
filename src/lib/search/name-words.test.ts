import { describe, expect, it } from 'vitest';
import { nameWords } from './name-words.ts';

describe('nameWords', () => {
  it('keeps each word of the names once, in the order first met', () => {
    const words = nameWords(['تنظيم الدولة الإسلامية', 'داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية (داعش)', 'Islamic State', 'IS group', 'Islamic State of Iraq']);
    expect(words).toEqual(['تنظيم', 'الدولة', 'الإسلامية', 'داعش', 'Islamic', 'State', 'IS', 'group', 'of', 'Iraq']);
  });

  it('treats case and diacritics as the same word, but not other spellings', () => {
    expect(nameWords(['ISIS', 'Isis', 'سوريّا', 'داعش', 'دولة'])).toEqual(['ISIS', 'سوريّا', 'داعش', 'دولة']);
  });

  it('leaves out a spelling that a search for a kept word also runs (variants.ts)', () => {
    expect(nameWords(['سوريا', 'الجمهورية العربية السورية', 'سورية', 'Syria'])).toEqual(['سوريا', 'الجمهورية', 'العربية', 'السورية', 'Syria']);
    expect(nameWords(['الأسلحة الكيميائية', 'السلاح الكيماوي', 'الكيماوية'])).toEqual(['الأسلحة', 'الكيميائية', 'السلاح', 'الكيماوي']);
  });

  it('strips punctuation around a word but not inside it', () => {
    expect(nameWords(['U.S.-led coalition', '«الجيش الحر»', '—'])).toEqual(['U.S.-led', 'coalition', 'الجيش', 'الحر']);
  });
});
