/** One search result as DOM, built with text nodes only (page text is untrusted, never parsed as HTML). */
import type { Hit } from '../client.ts';
import type { Excerpt } from '../excerpt.ts';

function excerptElement(excerpt: Excerpt): HTMLElement | undefined {
  if (!excerpt.parts.length && !excerpt.via) return undefined;
  const p = document.createElement('p');
  p.className = 'meta search-excerpt';
  const sentence = document.createElement('span');
  sentence.setAttribute('dir', 'auto');
  sentence.dataset.searchExcerpt = '';
  for (const part of excerpt.parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      sentence.append(m);
    } else sentence.append(part.text);
  }
  if (excerpt.parts.length) p.append(sentence);
  if (excerpt.via) {
    // The name the query matched, beside an Arabic sentence that writes the entity another way.
    const via = document.createElement('span');
    via.className = 'search-via';
    via.setAttribute('dir', 'auto');
    via.dataset.searchVia = '';
    const m = document.createElement('mark');
    m.textContent = excerpt.via;
    via.append(m);
    p.append(...(excerpt.parts.length ? [' ', via] : [via]));
  }
  return p;
}

export function resultItem(hit: Hit): HTMLLIElement {
  const { data, excerpt } = hit;
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = excerpt.anchor ? `${data.url}#${excerpt.anchor}` : data.url;
  a.textContent = data.meta.title || data.url;
  a.setAttribute('dir', 'auto');
  a.dataset.kind = hit.kind;
  li.append(a);
  if (data.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'badge';
    kind.textContent = data.meta.kind;
    li.append(' ', kind);
  }
  const p = excerptElement(excerpt);
  if (p) li.append(p);
  return li;
}
