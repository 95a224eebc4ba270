/**
 * `<dalil-timeline>`: the filters of the paged timeline (src/components/events/Timeline.astro; the data it reads
 * is laid out in src/lib/site/timeline-files.ts). Type and year are selects, place and actor search-as-you-type
 * pickers (the search page's picker, with names that fold Arabic spelling, loaded from `names/<kind>/<shard>.js`
 * for the first two letters typed). A filter set, from the form or the URL (`?type=&place=&actor=&year=`), loads
 * `filter.js` (the types and each year's events) and the `by/<kind>/<value>.js` of each value set, intersects
 * their sets of events and shows the matches newest first, 25 at a time, each page's cards coming from
 * `rows/<n>.js`; the page's own list and pager come back when the filters are cleared. Everything loads as classic scripts from `data-base` (the events folder,
 * relative to the page), so it works from disk (file://) as over http.
 *
 * `data-batch` sets how many matches each "show more" adds (default: a page's worth). Strings are data attributes:
 * `data-matching-<plural form>` with `{count}`, `data-none`, `data-loading`, `data-unavailable`; `data-intl` is the BCP 47 tag for numbers. The results list is `[data-timeline-results]`;
 * `aria-busy="false"` on it says it is complete.
 */
import { EntityPicker, type EntityRow } from '../../search/ui/entity-picker.ts';
import type { TimelineRow } from '../timeline.ts';
import { filterFiles, type FacetKind, type PickerKind, type TimelineFacet, type TimelineFilterHead } from '../timeline-files.ts';
import { decodeSet, intersect } from '../timeline-sets.ts';
import { shardName, typedShard } from '../name-shards.ts';
import { countLabel } from '../../client/count-label.ts';
import { loadScript } from '../../client/load-script.ts';
import { stepEnd } from '../timeline-step.ts';

declare global {
  interface Window {
    dalilTimeline?: TimelineFilterHead;
    dalilTimelineBy?: Record<string, TimelineFacet>;
    dalilTimelineNames?: Record<string, EntityRow[]>;
    dalilTimelineRows?: Record<number, TimelineRow[]>;
  }
}

const FIELDS = ['type', 'place', 'actor', 'year'] as const;
type Field = (typeof FIELDS)[number];

/** The base of the timeline's scripts, from the `<dalil-timeline>` that holds an element. */
const baseOf = (el: Element) => el.closest<HTMLElement>('dalil-timeline')?.dataset.base ?? '';

function filterHead(base: string): Promise<TimelineFilterHead> {
  return loadScript(`${base}${filterFiles.head}`).then(() => {
    if (!window.dalilTimeline) throw new Error(`${base}${filterFiles.head} did not define window.dalilTimeline`);
    return window.dalilTimeline;
  });
}

/**
 * The events of one filter value, or undefined for a value no event has: only values with events have a file,
 * and a missing file cannot be told from an unreadable one (from disk neither says more than "error").
 */
function facet(base: string, kind: FacetKind, value: string): Promise<TimelineFacet | undefined> {
  return loadScript(`${base}${filterFiles.facet(kind, value)}`).then(
    () => window.dalilTimelineBy?.[filterFiles.key(kind, value)],
    () => undefined,
  );
}

/**
 * A place or actor picker: the search page's picker over the timeline's names of one kind (`data-kind`), loading
 * only the names filed under what is typed (its first word's first two letters: name-shards.ts).
 */
export class TimelinePicker extends EntityPicker {
  get kind(): PickerKind {
    return this.dataset.kind === 'actor' ? 'actor' : 'place';
  }
  override rows(typed = ''): Promise<EntityRow[]> {
    const shard = typedShard(typed);
    if (shard === undefined) return Promise.resolve([]);
    const name = shardName(shard);
    return loadScript(`${baseOf(this)}${filterFiles.names(this.kind, name)}`).then(
      () => window.dalilTimelineNames?.[filterFiles.key(this.kind, name)] ?? [],
      // Only shards that begin a name have a file: none, no names.
      () => [],
    );
  }
  /** A value from the URL shows its name from its own events file (which the filter loads anyway), not the names. */
  override async setValue(id: string): Promise<void> {
    this.field.value = id;
    this.text.value = id ? ((await facet(baseOf(this), this.kind, id))?.name ?? id) : '';
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
    const base = this.dataset.base ?? '';
    let matches: number[];
    try {
      const head = await filterHead(base);
      const sets = await Promise.all(
        FIELDS.filter((n) => this.value(n)).map(async (n): Promise<number[]> => {
          const v = this.value(n);
          if (n === 'year') return head.years[v] ? decodeSet(head.years[v]) : [];
          if (n === 'type' && !head.types.includes(v)) return [];
          const f = await facet(base, n, v);
          return f ? decodeSet(f.events) : [];
        }),
      );
      matches = intersect(sets);
    } catch (err) {
      console.error(err);
      if (mine === this.#seq) this.status.textContent = this.dataset.unavailable ?? '';
      return;
    }
    if (mine !== this.#seq) return;
    this.#matches = matches;
    this.results.replaceChildren();
    this.#shown = 0;
    await this.#show(mine, this.#batch());
  }

  /**
   * Shows the next matches, up to `upTo`, loading the cards of the pages that hold them: no more pages' cards
   * than a step allows (timeline-step.ts), so a filter whose matches are spread thin stays light.
   */
  async #show(seq: number, upTo: number): Promise<void> {
    if (seq !== this.#seq) return;
    const size = this.#pageSize();
    const slice = this.#matches.slice(this.#shown, stepEnd(this.#matches, this.#shown, upTo - this.#shown, size));
    const pages = [...new Set(slice.map((i) => Math.floor(i / size) + 1))];
    this.results.setAttribute('aria-busy', 'true');
    // One step at a time: a second click while the cards load would show them twice.
    this.more.disabled = true;
    try {
      await Promise.all(pages.map((n) => loadScript(`${this.dataset.base ?? ''}rows/${n}.js`)));
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
