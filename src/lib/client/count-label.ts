/**
 * A count in the page's language from templates the page renders as data attributes (the UI strings stay in
 * src/i18n/): `data-<prefix>-<plural form>` (zero, one, two, few, many, other) where given, else `data-<prefix>`,
 * with `{count}` formatted in the numerals of `data-intl` (else the document's language).
 */
export function countLabel(el: HTMLElement, prefix: string, n: number): string {
  const intl = el.dataset.intl ?? document.documentElement.lang;
  const form = new Intl.PluralRules(intl).select(n);
  const template = el.dataset[`${prefix}${form[0]!.toUpperCase()}${form.slice(1)}`] ?? el.dataset[prefix] ?? '{count}';
  return template.replace('{count}', new Intl.NumberFormat(intl).format(n));
}
