import { locales, type Lang } from './locales.ts';

/**
 * Formatters per locale, made once: each uses the locale's Intl tag (and so its numeral system). Made once also
 * for memory: every `Intl.DateTimeFormat` holds ~10 KB of ICU data outside the JS heap that the garbage collector
 * does not see, so one formatter per call kept gigabytes alive in large builds (docs/benchmarks.md).
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.Collator | Intl.ListFormat;
const cache = new Map<string, Formatter>();
function once<T extends Formatter>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatNumber(lang: Lang, n: number): string {
  return once(`n:${lang}`, () => new Intl.NumberFormat(locales[lang].intl)).format(n);
}

export function pluralRules(lang: Lang): Intl.PluralRules {
  return once(`p:${lang}`, () => new Intl.PluralRules(locales[lang].intl));
}

/** Sorts names the way readers of the language expect (`Intl.Collator`). */
export function collator(lang: Lang): Intl.Collator {
  return once(`c:${lang}`, () => new Intl.Collator(locales[lang].intl));
}

/** A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) written out for the locale. */
export function formatDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  const f = once(`d:${lang}:${precision}`, () =>
    new Intl.DateTimeFormat(locales[lang].intl, {
      year: 'numeric', timeZone: 'UTC', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}),
    }),
  );
  return f.format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

/** A month (`YYYY-MM`) as a short label with its year, for chart axes ("Mar 2013"). */
export function formatMonthShort(lang: Lang, month: string): string {
  const f = once(`m:${lang}`, () => new Intl.DateTimeFormat(locales[lang].intl, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** Items joined as the locale writes a list ("a, b and c"). */
export function formatList(lang: Lang, items: string[]): string {
  return once(`l:${lang}`, () => new Intl.ListFormat(locales[lang].intl, { type: 'conjunction' })).format(items);
}
