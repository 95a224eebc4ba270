/**
 * The site's locales: one record each, read by templates and scripts instead of `if (lang === 'ar')`.
 * `intl` is the BCP 47 tag every `Intl` formatter of a page uses — numbers, dates, collation, plural rules — and
 * with it the numeral system of the page: Arabic-Indic digits on Arabic pages, Latin digits on English ones.
 */
export interface Locale {
  /** The language's own name, as the language switch shows it. */
  label: string;
  /** `lang` attribute and URL segment. */
  lang: 'ar' | 'en';
  dir: 'rtl' | 'ltr';
  intl: string;
}

export const locales = {
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-arab' },
  en: { label: 'English', lang: 'en', dir: 'ltr', intl: 'en-GB' },
} as const satisfies Record<string, Locale>;

export type Lang = keyof typeof locales;
export const langs = Object.keys(locales) as Lang[];
/** The language of the article text (the knowledge base's source language). */
export const sourceLang: Lang = 'ar';

/** The other site language (the site has two). */
export const otherLang = (lang: Lang): Lang => langs.find((l) => l !== lang)!;

/** A route's `lang` parameter as a locale, or an error naming the bad value. */
export function langOf(value: string | undefined): Lang {
  if (value && value in locales) return value as Lang;
  throw new Error(`unknown site language ${JSON.stringify(value)}: expected one of ${langs.join(', ')}`);
}
