import { collator, t, type Lang } from '../../i18n/index.ts';
import type { Backlink } from '../graph/graph.ts';

/** One way the articles write an entity's name, and which outlets write it so, with counts. */
export interface FramingForm {
  form: string;
  count: number;
  countLabel: string;
  outlets: Array<{ outlet: string; count: number; countLabel: string }>;
  /** Outlets past the first OUTLETS_MAX, counted. */
  otherOutlets: number;
}

const FORMS_MAX = 12;
const OUTLETS_MAX = 6;

/**
 * Framing: the surface forms of an entity's mentions grouped by the outlet of each article — which outlets say
 * «قوات النظام» and which «الجيش السوري» for the same entity — most used first. Articles without a recorded outlet
 * count under one «outlet not recorded» row.
 */
export function framing(lang: Lang, backlinks: Backlink[]): FramingForm[] {
  const unknown = t(lang, 'article.outletUnknown');
  const forms = new Map<string, Map<string, number>>();
  for (const b of backlinks) {
    const outlet = b.article.source ?? unknown;
    for (const m of b.mentions) {
      const outlets = forms.get(m.text) ?? new Map<string, number>();
      outlets.set(outlet, (outlets.get(outlet) ?? 0) + 1);
      forms.set(m.text, outlets);
    }
  }
  const sort = collator(lang);
  return [...forms]
    .map(([form, outlets]) => {
      const count = [...outlets.values()].reduce((a, b) => a + b, 0);
      const ranked = [...outlets].sort((a, b) => b[1] - a[1] || sort.compare(a[0], b[0]));
      return {
        form,
        count,
        countLabel: t(lang, 'count.times', { count }),
        outlets: ranked.slice(0, OUTLETS_MAX).map(([outlet, n]) => ({ outlet, count: n, countLabel: t(lang, 'count.times', { count: n }) })),
        otherOutlets: Math.max(0, ranked.length - OUTLETS_MAX),
      };
    })
    .sort((a, b) => b.count - a.count || sort.compare(a.form, b.form))
    .slice(0, FORMS_MAX);
}
