/**
 * `<dalil-search>`: the search page (src/components/Search.astro). Its strings come as data attributes
 * (`data-results-<plural form>` with `{count}`, `data-none`, `data-loading`, `data-unavailable`; `data-intl` the BCP 47 tag for
 * numbers), its index as
 * `data-index` (the `pagefind/` folder, relative to the page). `?q=` and the filters (`type`, `entity`, `source`,
 * `year`, `event`) run on load and the URL follows the form; the language switch follows the URL. Results are `<a>`
 * elements inside `[data-search-results]`, best first; `data-query` names the query they answer and
 * `aria-busy="false"` says they are complete (a documented contract: outside tools wait for both).
 */
import { search, type Hit } from '../client.ts';
import { loadEngine, type Engine } from '../engine.ts';
import type { EntityPicker } from './entity-picker.ts';
import { resultItem } from './render.ts';
import { countLabel } from '../../client/count-label.ts';

const FILTERS = ['type', 'entity', 'source', 'year', 'event'] as const;

export class DalilSearch extends HTMLElement {
  #engine: Promise<Engine> | undefined;
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = '';
  #current: AbortController | undefined;
  /** What the list shows: the search (its key) and the pages, in order. */
  #shownKey = '';
  #shown: string[] = [];

  get form(): HTMLFormElement {
    return this.querySelector('[data-search-form]')!;
  }
  get input(): HTMLInputElement {
    return this.querySelector('input[name="q"]')!;
  }
  get list(): HTMLElement {
    return this.querySelector('[data-search-results]')!;
  }
  get status(): HTMLElement {
    return this.querySelector('[data-search-status]')!;
  }
  get picker(): EntityPicker | null {
    return this.querySelector<EntityPicker>('dalil-entity-picker');
  }
  /** The filter fields, by name (the entity filter's is the picker's hidden field); a page may offer fewer. */
  field(name: (typeof FILTERS)[number]): { value: string } {
    return (name === 'entity' ? this.picker?.field : this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)) ?? { value: '' };
  }

  engine(): Promise<Engine> {
    this.#engine ??= loadEngine(new URL(this.dataset.index ?? '../../pagefind/', document.baseURI).href);
    this.#engine.catch(() => (this.#engine = undefined));
    return this.#engine;
  }

  async connectedCallback(): Promise<void> {
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.run(), 250);
      // Fetch the index chunks for the words typed so far while the reader is still typing.
      if (this.input.value.trim()) this.engine().then((pf) => pf.preload?.(this.input.value)).catch(() => {});
    });
    this.form.addEventListener('change', (e) => {
      if (e.target !== this.input) void this.run();
    });
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    for (const name of FILTERS) if (name !== 'entity') this.field(name).value = params.get(name) ?? '';
    await this.picker?.setValue(params.get('entity') ?? '');
    this.#followLanguage();
    if (this.input.value || FILTERS.some((n) => this.field(n).value)) await this.run();
    // Start the engine now and warm it up, so that the first search waits for neither.
    else this.engine().then((pf) => pf.warm()).catch((err) => console.error(err));
  }

  /** The language switch leads to the same search in the other language. */
  #followLanguage(): void {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) a.search = location.search;
  }

  #filters(): Record<string, string[]> {
    const chosen: Record<string, string[]> = {};
    for (const name of FILTERS) if (name !== 'entity' && this.field(name).value) chosen[name] = [this.field(name).value];
    return chosen;
  }

  /** Each hit's item, built once: a list re-ranked as hits arrive moves the items it already has. */
  #items = new WeakMap<Hit, HTMLLIElement>();
  #item(hit: Hit): HTMLLIElement {
    let li = this.#items.get(hit);
    if (!li) this.#items.set(hit, (li = resultItem(hit)));
    return li;
  }

  #render(hits: Hit[], q: string, key: string, done = false): void {
    const urls = hits.map((h) => h.data.url);
    // Hits arrive one by one: a list that only grew gets the new items appended.
    const grew = key === this.#shownKey && this.#shown.length <= urls.length && this.#shown.every((url, i) => url === urls[i]);
    this.list.dataset.query = q;
    if (grew) for (const hit of hits.slice(this.#shown.length)) this.list.append(this.#item(hit));
    else this.list.replaceChildren(...hits.map((hit) => this.#item(hit)));
    this.#shown = urls;
    this.#shownKey = key;
    // The live region speaks once, when the list is complete.
    if (done) this.status.textContent = hits.length ? countLabel(this, 'results', hits.length) : (this.dataset.none ?? '');
  }

  async run(): Promise<void> {
    clearTimeout(this.#timer);
    const q = this.input.value;
    const filters = this.#filters();
    const entity = this.picker?.value ?? '';
    const entities = entity ? [entity] : [];
    // The same search again (typing, then Enter) goes on rather than starting over.
    const key = JSON.stringify([q.trim(), filters, entities]);
    if (key === this.#last) return;
    this.#last = key;
    const mine = ++this.#seq;
    this.#current?.abort();
    const signal = (this.#current = new AbortController()).signal;
    const url = new URL(location.href);
    for (const [name, value] of [['q', q], ...FILTERS.map((n) => [n, this.field(n).value])] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    this.#followLanguage();
    if (!q.trim() && !Object.keys(filters).length && !entities.length) {
      this.list.replaceChildren();
      this.#shown = [];
      this.#shownKey = '';
      this.status.textContent = '';
      return;
    }
    this.status.textContent = this.dataset.loading ?? '';
    try {
      this.list.setAttribute('aria-busy', 'true');
      const hits = await search(await this.engine(), q, {
        filters,
        entities,
        signal,
        onProgress: (partial) => {
          if (mine === this.#seq && partial.length) this.#render(partial, q, key);
        },
      });
      if (mine === this.#seq) {
        this.#render(hits, q, key, true);
        this.list.setAttribute('aria-busy', 'false');
      }
    } catch (err) {
      console.error(err);
      this.#last = '';
      this.list.setAttribute('aria-busy', 'false');
      this.status.textContent = this.dataset.unavailable ?? '';
    }
  }
}
