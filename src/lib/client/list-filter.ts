import { normaliseKey } from '../arabic/normalise.ts';

/**
 * Filter-as-you-type over a list (ListFilter.astro): an item stays when its names, folded as search folds
 * Arabic spelling (normaliseKey: alef forms, ة/ه, ى/ي, diacritics; Latin case and accents), contain the words typed.
 */
export function matches(itemText: string, query: string): boolean {
  const words = normaliseKey(query).split(' ').filter(Boolean);
  const key = normaliseKey(itemText);
  return words.every((w) => key.includes(w));
}

export function enhanceListFilter(root: Document = document): void {
  const box = root.querySelector<HTMLElement>('[data-list-filter]');
  const list = root.querySelector<HTMLElement>('[data-filter-list]');
  if (!box || !list) return;
  const input = box.querySelector('input')!;
  const status = box.querySelector<HTMLElement>('[data-list-status]')!;
  const items = [...list.querySelectorAll<HTMLElement>('[data-filter-text]')];
  const keys = items.map((li) => normaliseKey(li.dataset.filterText ?? ''));
  const num = new Intl.NumberFormat(box.dataset.intl);
  const run = () => {
    const words = normaliseKey(input.value).split(' ').filter(Boolean);
    let shown = 0;
    items.forEach((li, i) => {
      const keep = words.every((w) => keys[i]!.includes(w));
      li.hidden = !keep;
      if (keep) shown++;
    });
    status.textContent = words.length ? box.dataset.template!.replace('{shown}', num.format(shown)) : '';
  };
  input.addEventListener('input', run);
  if (input.value) run();
}
