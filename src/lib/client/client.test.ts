import { describe, expect, it } from 'vitest';
import { citationText, dalilLink } from './cite.ts';
import { matches } from './list-filter.ts';

describe('the cite control', () => {
  it('fills the template with the sentence, outlet, date, original URL and the Dalil link', () => {
    const text = citationText('«{sentence}»\n{outlet}، {date}. الأصل: {url}\nدليل: {link}', {
      sentence: 'قال المرصد', outlet: 'الحياة', date: '٨ أبريل ٢٠١٨', url: 'https://example.org/a', link: 'https://dalil.example/ar/articles/a1/#s-40',
    });
    expect(text).toBe('«قال المرصد»\nالحياة، ٨ أبريل ٢٠١٨. الأصل: https://example.org/a\nدليل: https://dalil.example/ar/articles/a1/#s-40');
  });
  it('cites the address read over http, and the public address when read from disk', () => {
    expect(dalilLink({ protocol: 'http:', href: 'http://127.0.0.1:8080/en/articles/a1/index.html#s-0' }, 'https://x.org/en/articles/a1/', 's-40')).toBe(
      'http://127.0.0.1:8080/en/articles/a1/index.html#s-40',
    );
    expect(dalilLink({ protocol: 'file:', href: 'file:///d/en/articles/a1/index.html' }, 'https://x.org/en/articles/a1/', 's-40')).toBe('https://x.org/en/articles/a1/#s-40');
    expect(dalilLink({ protocol: 'file:', href: 'file:///d/a.html' }, null, 's-1')).toBe('file:///d/a.html#s-1');
  });
});

describe('filter-as-you-type', () => {
  it('folds Arabic spelling and Latin case, and needs every word typed', () => {
    expect(matches('الرقة Raqqa', 'الرقه')).toBe(true);
    expect(matches('إدلب Idlib', 'ادلب')).toBe(true);
    expect(matches('Deir ez-Zor دير الزور', 'deir zor')).toBe(true);
    expect(matches('Deir ez-Zor دير الزور', 'deir homs')).toBe(false);
  });
});
