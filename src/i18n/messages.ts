import { z } from 'astro/zod';
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { formatNumber, pluralRules } from './format.ts';
import { langs, locales, type Lang } from './locales.ts';

/**
 * UI strings, one JSON file per locale with flat keys. A message is a string, or — for a count — one string per
 * plural category of the locale's language (`Intl.PluralRules`): English has `one` and `other`, Arabic `zero`,
 * `one`, `two`, `few`, `many` and `other`. Each locale must have exactly the English keys, and a counted message
 * exactly its language's categories, so a missing Arabic string or plural form fails the build.
 */
export type UiKey = keyof typeof en;
type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

const text = z.string().min(1);
function schemaFor(lang: Lang) {
  const categories = pluralRules(lang).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[];
  const plural = z.strictObject(Object.fromEntries(categories.map((c) => [c, text])));
  return z.strictObject(
    Object.fromEntries(Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? text : plural])),
  );
}

/** Parses one locale's file against the English keys; exported for the tests. */
export function parseMessages(lang: Lang, data: unknown): Record<UiKey, Message> {
  const result = schemaFor(lang).safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`src/i18n/${lang}.json does not match the English keys and plural forms:\n${issues}`);
  }
  return result.data as Record<UiKey, Message>;
}

const messages = Object.fromEntries(langs.map((lang) => [lang, parseMessages(lang, { ar, en }[lang])])) as Record<
  Lang,
  Record<UiKey, Message>
>;

/** Whether the message files have `key` (for keys made from data, such as `kind.<sub-type>`). */
export function hasMessage(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}

/** The message for `key`, its plural form chosen by `count` where it has forms. */
function pick(lang: Lang, key: UiKey, count: number | undefined): string {
  const m = messages[lang][key];
  if (typeof m === 'string') return m;
  if (count === undefined) throw new Error(`message ${key} has plural forms: pass { count }`);
  return m[pluralRules(lang).select(count)] ?? m.other!;
}

/** A UI string with `{name}` placeholders filled; numbers are formatted in the locale's numeral system. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const count = typeof vars.count === 'number' ? vars.count : undefined;
  return pick(lang, key, count).replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return typeof v === 'number' ? formatNumber(lang, v) : String(v ?? '');
  });
}

/** A message with its `{name}` placeholders left in, for a script that fills them in the browser. */
export function template(lang: Lang, key: UiKey): string {
  const m = messages[lang][key];
  if (typeof m !== 'string') throw new Error(`message ${key} has plural forms: use pluralForms()`);
  return m;
}

/** Every plural form of a counted message, for a script that counts in the browser (with the locale's `intl`). */
export function pluralForms(lang: Lang, key: UiKey): Partial<Record<Intl.LDMLPluralRule, string>> {
  const m = messages[lang][key];
  return typeof m === 'string' ? { other: m } : { ...m };
}

export { locales };
