import { describe, expect, it } from 'vitest';
import { nameShards, shardName, typedShard } from './name-shards.ts';

describe('the pickers\' name shards', () => {
  it('files a name under the first two letters of each word, the article left off, in both languages', () => {
    expect(nameShards('Mayadin', 'الميادين')).toEqual(['ma', 'مي']);
    expect(nameShards('Deir ez-Zor Governorate', 'محافظة دير الزور')).toEqual(['de', 'ez', 'zo', 'go', 'مح', 'دي', 'زو']);
    // The transliterated article is a word of its own: the word after it files the name.
    expect(nameShards('Bashar al-Assad', 'بشار الأسد')).toEqual(['ba', 'as', 'بش', 'اس']);
    // Spelling folds as everywhere (hamza on alif, taa marbuta, case).
    expect(nameShards('ISIS', 'إدلب')).toEqual(['is', 'اد']);
    // A one-letter word files nothing.
    expect(nameShards('A', 'و')).toEqual([]);
  });

  it('looks for what is typed under its first word\'s first two letters, from two letters on', () => {
    expect(typedShard('')).toBeUndefined();
    expect(typedShard('m')).toBeUndefined();
    expect(typedShard('May')).toBe('ma');
    expect(typedShard('  deir ez')).toBe('de');
    expect(typedShard('الميادين')).toBe('مي');
    expect(typedShard('ميادين')).toBe('مي');
    expect(typedShard('الم')).toBeUndefined();
    expect(typedShard('al-As')).toBe('as');
    expect(typedShard('al')).toBe('al');
    expect(typedShard('أسد')).toBe('اس');
  });

  it('names a shard\'s file by its code points', () => {
    expect(shardName('ma')).toBe('6d-61');
    expect(shardName('مي')).toBe('645-64a');
  });
});
