import { procliticReadings } from '../arabic/clitics.ts';

/** Longest-match lookup of gazetteer names over a sentence's normalised tokens. */
export class GazetteerIndex {
  private readonly byFirst = new Map<string, Array<{ rest: string[]; type: string }>>();

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
   * Per token: `B-TYPE`/`I-TYPE` inside the longest name starting there (the first token may carry و ف ب ك ل or
   * لل), or '' outside any name.
   */
  tag(keys: readonly string[]): string[] {
    const out = new Array<string>(keys.length).fill('');
    for (let i = 0; i < keys.length; i++) {
      let best: { len: number; type: string } | undefined;
      for (const r of procliticReadings(keys[i]!)) {
        for (const e of this.byFirst.get(r.rest) ?? []) {
          if (best && e.rest.length + 1 <= best.len) break;
          if (e.rest.every((t, j) => keys[i + 1 + j] === t)) {
            best = { len: e.rest.length + 1, type: e.type };
            break;
          }
        }
      }
      if (!best) continue;
      out[i] = `B-${best.type}`;
      for (let j = 1; j < best.len; j++) out[i + j] = `I-${best.type}`;
      i += best.len - 1;
    }
    return out;
  }
}
