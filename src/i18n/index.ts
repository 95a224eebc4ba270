import { z } from 'astro/zod';
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

/** The site's locales: one record each, read by templates instead of `if (lang === 'ar')`. */
export const locales = {
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-arab' },
  en: { label: 'English', lang: 'en', dir: 'ltr', intl: 'en' },
} as const;
export type Lang = keyof typeof locales;
export const langs = Object.keys(locales) as Lang[];
export const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

/** Every locale must have exactly the English keys: a missing Arabic string fails the build. */
const Strings = z.strictObject(Object.fromEntries(Object.keys(en).map((k) => [k, z.string().min(1)])));
const strings = { ar: Strings.parse(ar), en: Strings.parse(en) } as Record<Lang, Record<keyof typeof en, string>>;
export type UiKey = keyof typeof en;

/** A UI string with `{name}` placeholders filled; numbers are formatted for the locale. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return typeof v === 'number' ? formatNumber(lang, v) : String(v ?? '');
  });
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en').format(n);
}

/** A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) written out for the locale. */
export function formatDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en-GB', opts).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}
