import { procliticReadings } from '../arabic/clitics.ts';

/** A gazetteer name by its first word: the words after it, and its type. */
export interface GazetteerEntry {
  rest: string[];
  type: string;
}

/** Longest-match lookup of gazetteer names over a sentence's normalised tokens. */
export class GazetteerIndex {
  private readonly byFirst = new Map<string, GazetteerEntry[]>();
  /** Per token key: the names that can start there (under any proclitic reading), longest first (memoised). */
  private readonly starts = new Map<string, GazetteerEntry[]>();

  constructor(names: Iterable<readonly [string, string]>) {
    for (const [key, type] of names) {
      const [first, ...rest] = key.split(' ');
      const list = this.byFirst.get(first!) ?? [];
      list.push({ rest, type });
      this.byFirst.set(first!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  /**
   * The names that may start at a token, longest first; among names of one length, those of the reading with
   * fewer clitics cut come first (the readings' order), then the list's order.
   */
  startsAt(key: string): GazetteerEntry[] {
    let list = this.starts.get(key);
    if (!list) {
      list = [];
      for (const r of procliticReadings(key)) list.push(...(this.byFirst.get(r.rest) ?? []));
      list.sort((a, b) => b.rest.length - a.rest.length);
      if (this.starts.size > 100_000) this.starts.clear();
      this.starts.set(key, list);
    }
    return list;
  }

  /**
   * Per token: `B-TYPE`/`I-TYPE` inside the longest name starting there (the first token may carry و ف ب ك ل or
   * لل), or '' outside any name. `starts`: each token's `startsAt`, when the caller has kept them.
   */
  tag(keys: readonly string[], starts: ReadonlyArray<readonly GazetteerEntry[]> = keys.map((k) => this.startsAt(k))): string[] {
    const out = new Array<string>(keys.length).fill('');
    for (let i = 0; i < keys.length; i++) {
      const found = starts[i]!.find((e) => e.rest.every((t, j) => keys[i + 1 + j] === t));
      if (!found) continue;
      const len = found.rest.length + 1;
      out[i] = 'B-' + found.type;
      for (let j = 1; j < len; j++) out[i + j] = 'I-' + found.type;
      i += len - 1;
    }
    return out;
  }
}
