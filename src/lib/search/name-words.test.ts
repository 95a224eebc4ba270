import { describe, expect, it } from 'vitest';
import { nameWords } from './name-words.ts';

describe('nameWords', () => {
  it('keeps each word of the names once, in the order first met', () => {
    const words = nameWords(['تنظيم الدولة الإسلامية', 'داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية (داعش)', 'Islamic State', 'IS group', 'Islamic State of Iraq']);
    expect(words).toEqual(['تنظيم', 'الدولة', 'الإسلامية', 'داعش', 'Islamic', 'State', 'IS', 'group', 'of', 'Iraq']);
  });

  it('treats case and diacritics as the same word, but not other spellings', () => {
    expect(nameWords(['ISIS', 'Isis', 'سوريا', 'سوريّا', 'سورية'])).toEqual(['ISIS', 'سوريا', 'سورية']);
  });

  it('strips punctuation around a word but not inside it', () => {
    expect(nameWords(['U.S.-led coalition', '«الجيش الحر»', '—'])).toEqual(['U.S.-led', 'coalition', 'الجيش', 'الحر']);
  });
});
