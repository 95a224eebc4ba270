export { locales, langs, otherLang, langOf, sourceLang, type Lang, type Locale } from './locales.ts';
export { formatNumber, formatDate, formatMonthShort, formatList, collator, pluralRules } from './format.ts';
export { t, pluralForms, template, parseMessages, hasMessage, type UiKey } from './messages.ts';
