/**
 * `<dalil-timeline>`: the filters of the paged timeline (src/components/events/Timeline.astro; the data it reads
 * is made by src/lib/site/timeline.ts). Type and year are selects, place and actor search-as-you-type pickers
 * (the search page's picker, with names that fold Arabic spelling). A filter set, from the form or the URL
 * (`?type=&place=&actor=&year=`), loads `filter.js` once — every event's facets — and shows the matching events
 * newest first, 25 at a time, each page's cards coming from `rows/<n>.js`; the page's own list and pager come
 * back when the filters are cleared. Everything loads as classic scripts from `data-base` (the events folder,
 * relative to the page), so it works from disk (file://) as over http.
 *
 * `data-batch` sets how many matches each "show more" adds (default: a page's worth). Strings are data attributes: `data-matching-<plural form>` with `{count}`, `data-none`, `data-loading`,
 * `data-unavailable`; `data-intl` is the BCP 47 tag for numbers. The results list is `[data-timeline-results]`;
 * `aria-busy="false"` on it says it is complete.
 */
import { EntityPicker, type EntityRow } from '../../search/ui/entity-picker.ts';
import type { TimelineFilterData, TimelineRow } from '../timeline.ts';
import { countLabel } from '../../client/count-label.ts';

declare global {
  interface Window {
    dalilTimeline?: TimelineFilterData;
    dalilTimelineRows?: Record<number, TimelineRow[]>;
  }
}

const FIELDS = ['type', 'place', 'actor', 'year'] as const;
type Field = (typeof FIELDS)[number];

const scripts = new Map<string, Promise<void>>();
/** Loads a classic script once (a `<script src>` works from disk, where fetch() does not). */
function load(src: string): Promise<void> {
  let p = scripts.get(src);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });
    p.catch(() => scripts.delete(src));
    scripts.set(src, p);
  }
  return p;
}

/** The base of the timeline's scripts, from the `<dalil-timeline>` that holds an element. */
const baseOf = (el: Element) => el.closest<HTMLElement>('dalil-timeline')?.dataset.base ?? '';

function filterData(base: string): Promise<TimelineFilterData> {
  return load(`${base}filter.js`).then(() => {
    if (!window.dalilTimeline) throw new Error(`${base}filter.js did not define window.dalilTimeline`);
    return window.dalilTimeline;
  });
}

/** A place or actor picker: the search page's picker over the timeline's names of one kind (`data-kind`). */
export class TimelinePicker extends EntityPicker {
  #rows: Promise<EntityRow[]> | undefined;
  override rows(): Promise<EntityRow[]> {
    this.#rows ??= filterData(baseOf(this))
      .then((d) => d.names.filter((n) => n[3] === this.dataset.kind).map((n): EntityRow => [n[0], n[1], n[2]]))
      .catch(() => []);
    return this.#rows;
  }
}

export class DalilTimeline extends HTMLElement {
  #seq = 0;
  #matches: number[] = [];
  #shown = 0;

  get form(): HTMLFormElement {
    return this.querySelector('[data-event-filters]')!;
  }
  get results(): HTMLOListElement {
    return this.querySelector('[data-timeline-results]')!;
  }
  get status(): HTMLElement {
    return this.querySelector('[data-events-status]')!;
  }
  get more(): HTMLButtonElement {
    return this.querySelector('[data-events-more]')!;
  }
  /** What the page shows without filters: its list, count, year index and pager. */
  get pageParts(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-timeline-page]')];
  }
  picker(name: 'place' | 'actor'): TimelinePicker | null {
    return this.querySelector<TimelinePicker>(`dalil-timeline-picker[data-kind="${name}"]`);
  }
  value(name: Field): string {
    if (name === 'place' || name === 'actor') return this.picker(name)?.value ?? '';
    return this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
  }

  async connectedCallback(): Promise<void> {
    this.form.addEventListener('change', () => void this.run());
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', () => {
      // After the form has reset its fields (the pickers' hidden fields with them).
      setTimeout(() => {
        void this.picker('place')?.setValue('');
        void this.picker('actor')?.setValue('');
        void this.run();
      });
    });
    this.more.addEventListener('click', () => void this.#show(this.#seq, this.#shown + this.#batch()));
    const params = new URLSearchParams(location.search);
    for (const name of ['type', 'year'] as const) {
      const select = this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      const want = params.get(name);
      if (select && want && [...select.options].some((o) => o.value === want)) select.value = want;
    }
    await Promise.all((['place', 'actor'] as const).map((n) => this.picker(n)?.setValue(params.get(n) ?? '')));
    if (FIELDS.some((n) => this.value(n))) await this.run();
  }

  #pageSize(): number {
    return window.dalilTimeline?.pageSize ?? 25;
  }
  /** How many matches each step shows: `data-batch`, else a page's worth. */
  #batch(): number {
    return Number(this.dataset.batch) || this.#pageSize();
  }

  /** The URL (and the language switch) follows the filters, where the browser allows it (not always from disk). */
  #share(): void {
    const url = new URL(location.href);
    for (const name of FIELDS) {
      if (this.value(name)) url.searchParams.set(name, this.value(name));
      else url.searchParams.delete(name);
    }
    try {
      history.replaceState(null, '', url);
    } catch {
      // file:// in some browsers: the filters still work, the address does not change.
    }
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) a.search = url.search;
  }

  async run(): Promise<void> {
    const mine = ++this.#seq;
    this.#share();
    const active = FIELDS.some((n) => this.value(n));
    for (const part of this.pageParts) part.hidden = active;
    this.results.hidden = !active;
    this.more.hidden = true;
    if (!active) {
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    this.status.textContent = this.dataset.loading ?? '';
    let data: TimelineFilterData;
    try {
      data = await filterData(this.dataset.base ?? '');
    } catch (err) {
      console.error(err);
      if (mine === this.#seq) this.status.textContent = this.dataset.unavailable ?? '';
      return;
    }
    if (mine !== this.#seq) return;
    const index = new Map(data.names.map((n, i) => [n[1], i]));
    const type = this.value('type') ? data.types.indexOf(this.value('type')) : -2;
    const year = this.value('year') ? Number(this.value('year')) : -2;
    const place = this.value('place') ? (index.get(this.value('place')) ?? -1) : -2;
    const actor = this.value('actor') ? (index.get(this.value('actor')) ?? -1) : -2;
    this.#matches = [];
    data.events.forEach(([t, y, places, actors], i) => {
      if ((type === -2 || t === type) && (year === -2 || y === year) && (place === -2 || places.includes(place)) && (actor === -2 || actors.includes(actor))) {
        this.#matches.push(i);
      }
    });
    this.results.replaceChildren();
    this.#shown = 0;
    await this.#show(mine, this.#batch());
  }

  /** Shows the matches up to `upTo`, loading the cards of the pages that hold them. */
  async #show(seq: number, upTo: number): Promise<void> {
    if (seq !== this.#seq) return;
    const size = this.#pageSize();
    const slice = this.#matches.slice(this.#shown, upTo);
    const pages = [...new Set(slice.map((i) => Math.floor(i / size) + 1))];
    this.results.setAttribute('aria-busy', 'true');
    // One step at a time: a second click while the cards load would show them twice.
    this.more.disabled = true;
    try {
      await Promise.all(pages.map((n) => load(`${this.dataset.base ?? ''}rows/${n}.js`)));
    } catch (err) {
      console.error(err);
      if (seq === this.#seq) this.status.textContent = this.dataset.unavailable ?? '';
      return;
    }
    if (seq !== this.#seq) return;
    const rows = window.dalilTimelineRows ?? {};
    for (const i of slice) {
      const row = rows[Math.floor(i / size) + 1]?.[i % size];
      if (row) this.results.append(this.#card(row));
    }
    this.#shown += slice.length;
    this.more.disabled = false;
    this.more.hidden = this.#shown >= this.#matches.length;
    this.status.textContent = this.#matches.length ? countLabel(this, 'matching', this.#matches.length) : (this.dataset.none ?? '');
    this.results.setAttribute('aria-busy', 'false');
  }

  /** The same card as EventCard.astro. */
  #card([id, datetime, date, badges, summary]: TimelineRow): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset.event = id;
    const time = document.createElement('time');
    if (datetime) time.dateTime = datetime;
    time.textContent = date;
    li.append(time);
    for (const b of badges) {
      const span = document.createElement('span');
      span.className = 'badge';
      span.textContent = b;
      li.append(' ', span);
    }
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = `${this.dataset.base ?? ''}${encodeURIComponent(id)}/${location.protocol === 'file:' ? 'index.html' : ''}`;
    a.dataset.eventLink = id;
    a.textContent = summary;
    p.append(a);
    li.append(p);
    return li;
  }
}
