import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/knowledge-base.ts';
import { projectPaths } from '../ingest/config.ts';
import { extractArticle } from './extract.ts';

// The real knowledge base and the committed model.
const kb = loadKnowledgeBase({ ...projectPaths(), entitiesDir: '/nonexistent' });
const extract = (text: string) => extractArticle({ id: 't', title: 'x', text } as never, kb).entities;

describe('the tagger as discovery layer', () => {
  it('has the committed model', () => {
    expect(kb.tagger).toBeDefined();
  });

  it('finds a person no list or pattern knows, as an unreviewed entity with a conventional English name', () => {
    const text = 'وكتب عبد الرحمن الراشد في صحيفة الشرق الأوسط أن الحرب طويلة.';
    const { tagger: _, ...rulesOnly } = kb;
    const byRules = extractArticle({ id: 't', title: 'x', text } as never, rulesOnly).entities;
    expect(byRules.some((e) => e.type === 'person')).toBe(false);
    const person = extract(text).find((e) => e.type === 'person');
    expect(person).toMatchObject({ id: 'abdulrahman-al-rashed', unreviewed: true, name: { ar: 'عبد الرحمن الراشد', en: 'Abdulrahman al-Rashed' } });
    for (const m of person!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lets the knowledge base decide the type of a name it knows', () => {
    const found = extract('وصل الوفد إلى دمشق أمس.');
    expect(found.find((e) => e.name.ar === 'دمشق')?.type).toBe('place');
    expect(found.every((e) => e.type !== 'person')).toBe(true);
  });
});
