import { describe, expect, it } from 'vitest';
import { ENTITIES_AHEAD, queryForms, rank, type Rankable } from './rank.ts';

type Page = Rankable & { id: string };
const entity = (id: string, score: number, names: string[]): Page => ({ id, kind: 'entity', score, names });
const article = (id: string, score: number): Page => ({ id, kind: 'article', score, names: [] });

/**
 * A synthetic larger site, scored as Pagefind scores it: short entity pages score high on a common word (their
 * name, a parent named in their text), long articles lower.
 */
function site(): Page[] {
  const pages: Page[] = [
    entity('syria', 3.1, ['سوريا', 'Syria', 'سورية', 'الجمهورية العربية السورية']),
    entity('sdf', 4.2, ['قوات سوريا الديمقراطية', 'Syrian Democratic Forces', 'قسد']),
    entity('syria-tv', 4.0, ['تلفزيون سوريا', 'Syria TV']),
    entity('syrian-observatory', 3.9, ['المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights']),
    entity('un', 2.0, ['الأمم المتحدة', 'United Nations', 'UN']),
    entity('undss', 2.6, ['إدارة الأمم المتحدة لشؤون السلامة والأمن', 'UN Department of Safety and Security']),
    entity('qamishli', 1.5, ['القامشلي', 'Qamishli', 'قامشلو']),
  ];
  // Places whose pages name Syria only as their parent: found, but not by their names.
  for (let i = 0; i < 40; i++) pages.push(entity(`town-${i}`, 5 - i / 100, [`بلدة ${i}`, `Town ${i}`]));
  for (let i = 0; i < 300; i++) pages.push(article(`a${i}`, 2.5 - i / 200));
  return pages;
}

/** Each row: the query, the pages that must come first in this order, and where the first article must be. */
const TABLE: Array<{ q: string; first: string[]; articleAt?: number }> = [
  { q: 'سوريا', first: ['syria'], articleAt: 1 + ENTITIES_AHEAD },
  { q: 'سورية', first: ['syria'], articleAt: 1 + ENTITIES_AHEAD },
  { q: 'Syria', first: ['syria'] },
  { q: 'الأمم المتحدة', first: ['un'], articleAt: 2 },
  { q: 'United Nations', first: ['un'] },
  { q: 'وبالقامشلي', first: ['qamishli', 'a0'] },
  { q: 'قسد', first: ['sdf', 'a0'] },
  { q: 'هجوم', first: ['a0', 'a1'] },
];

describe('rank over a synthetic site of 347 pages', () => {
  it.each(TABLE)('$q', ({ q, first, articleAt }) => {
    const ranked = rank(site(), queryForms(q)).map((p) => p.id);
    expect(ranked.slice(0, first.length)).toEqual(first);
    if (articleAt !== undefined) expect(ranked.findIndex((id) => id.startsWith('a'))).toBe(articleAt);
    expect(new Set(ranked).size).toBe(site().length);
  });

  it('puts entity pages that matched only outside their names after every article', () => {
    const ranked = rank(site(), queryForms('سوريا')).map((p) => p.id);
    const lastArticle = ranked.findLastIndex((id) => /^a\d/.test(id));
    expect(ranked.findIndex((id) => id.startsWith('town-'))).toBeGreaterThan(lastArticle);
  });

  it('keeps articles in score order among themselves', () => {
    const articles = rank(site(), queryForms('سوريا')).filter((p) => p.kind === 'article');
    expect(articles.map((p) => p.score)).toEqual([...articles.map((p) => p.score)].sort((a, b) => b - a));
  });
});
