/**
 * `<dalil-entity-picker>`: the entity filter, a search-as-you-type list of entity names (in the page's language and
 * the other one) whose chosen entity's id is the form's `entity` value. The names load with the first use, from
 * `entities.js` (a classic script, so it loads from disk too: src/pages/[lang]/search/entities.js.ts).
 */
import { normaliseKey } from '../../arabic/normalise.ts';

/** `[name in the page's language, id, name in the other language]`. */
export type EntityRow = [name: string, id: string, other: string];

declare global {
  interface Window {
    dalilEntities?: EntityRow[];
  }
}

const MAX_OPTIONS = 8;
const key = (s: string) => normaliseKey(s).replace(/\s+/g, ' ').trim();

export class EntityPicker extends HTMLElement {
  #rows: Promise<EntityRow[]> | undefined;
  #active = -1;
  #shown: EntityRow[] = [];
  #seq = 0;

  get text(): HTMLInputElement {
    return this.querySelector('[data-entity-input]')!;
  }
  get field(): HTMLInputElement {
    return this.querySelector('input[type="hidden"]')!;
  }
  get list(): HTMLElement {
    return this.querySelector('[role="listbox"]')!;
  }

  /** The chosen entity's id ('' for none). */
  get value(): string {
    return this.field.value;
  }
  /** Chooses an entity by id (the URL's `entity=`), showing its name once the names have loaded. */
  async setValue(id: string): Promise<void> {
    this.field.value = id;
    if (!id) return void (this.text.value = '');
    const row = (await this.rows()).find((r) => r[1] === id);
    this.text.value = row ? row[0] : id;
  }

  /** The names to match `typed` against (here all of them; a subclass may load only those that can match). */
  rows(_typed = ''): Promise<EntityRow[]> {
    this.#rows ??= new Promise((resolve) => {
      const s = document.createElement('script');
      s.src = this.dataset.src ?? 'entities.js';
      s.onload = () => resolve(window.dalilEntities ?? []);
      s.onerror = () => resolve([]);
      document.head.append(s);
    });
    return this.#rows;
  }

  connectedCallback(): void {
    this.text.addEventListener('focus', () => void this.rows(), { once: true });
    this.text.addEventListener('input', () => void this.#suggest());
    this.text.addEventListener('keydown', (e) => this.#key(e));
    this.text.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.#choose(this.#shown[Number(option.dataset.index)]!);
    });
  }

  async #suggest(): Promise<void> {
    const typed = key(this.text.value);
    if (!typed) {
      this.#seq++;
      this.#close();
      if (this.field.value) this.#set('');
      return;
    }
    const seq = ++this.#seq;
    const rows = await this.rows(this.text.value);
    // Typing on while names load: only the latest answer is shown.
    if (seq !== this.#seq) return;
    const starts: EntityRow[] = [];
    const contains: EntityRow[] = [];
    for (const row of rows) {
      const names = [key(row[0]), key(row[2])];
      if (names.some((n) => n.startsWith(typed) || n.includes(` ${typed}`))) starts.push(row);
      else if (names.some((n) => n.includes(typed))) contains.push(row);
    }
    this.#shown = [...starts, ...contains].slice(0, MAX_OPTIONS);
    this.#active = -1;
    this.list.replaceChildren(
      ...this.#shown.map((row, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = `${this.list.id}-${i}`;
        li.dataset.index = String(i);
        li.dataset.entityId = row[1];
        const name = document.createElement('span');
        name.textContent = row[0];
        name.setAttribute('dir', 'auto');
        const other = document.createElement('span');
        other.className = 'meta';
        other.textContent = row[2];
        other.setAttribute('dir', 'auto');
        li.append(name, ' ', other);
        return li;
      }),
    );
    this.list.hidden = this.#shown.length === 0;
    this.text.setAttribute('aria-expanded', String(!this.list.hidden));
  }

  #key(e: KeyboardEvent): void {
    if (this.list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = this.#shown.length;
      this.#active = (this.#active + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
      for (const [i, li] of [...this.list.children].entries()) li.setAttribute('aria-selected', String(i === this.#active));
      this.text.setAttribute('aria-activedescendant', `${this.list.id}-${this.#active}`);
    } else if (e.key === 'Enter' && this.#active >= 0) {
      e.preventDefault();
      this.#choose(this.#shown[this.#active]!);
    } else if (e.key === 'Escape') this.#close();
  }

  #choose(row: EntityRow): void {
    this.text.value = row[0];
    this.#close();
    this.#set(row[1]);
  }

  #set(id: string): void {
    this.field.value = id;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #close(): void {
    this.list.hidden = true;
    this.text.setAttribute('aria-expanded', 'false');
    this.text.removeAttribute('aria-activedescendant');
  }
}
