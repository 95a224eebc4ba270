import type { KbEntry, KbIssue } from './check.ts';

const LATIN = /[A-Za-z]/;

/**
 * The conventions of the shipped gazetteer (data/gazetteer/README.md), beyond what every load checks: no demonym as
 * a name or alias on its own, Arabic aliases in Arabic script, no empty alias, no name or alias repeated in an entry.
 */
export function checkConventions(entries: readonly KbEntry[], demonyms: ReadonlySet<string>): KbIssue[] {
  const issues: KbIssue[] = [];
  for (const { entity: e, file, index, line } of entries) {
    const at = (message: string, hint: string) => issues.push({ file, id: e.id, ...(index === undefined ? {} : { index }), ...(line === undefined ? {} : { line }), message, hint });
    for (const form of [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en]) {
      if (demonyms.has(form.trim())) at(`${e.id} uses the demonym «${form}» as a name or alias`, 'a demonym names no entity: use the country or people’s name');
    }
    for (const a of e.aliases.ar) if (LATIN.test(a)) at(`${e.id} has a Latin-script Arabic alias «${a}»`, 'move it to aliases.en');
    for (const lang of ['ar', 'en'] as const) {
      const seen = new Set([e.name[lang].toLowerCase()]);
      for (const a of e.aliases[lang]) {
        if (!a.trim()) at(`${e.id} has an empty ${lang} alias`, 'remove it');
        else if (seen.has(a.toLowerCase())) at(`${e.id} repeats the ${lang} name or alias «${a}»`, 'remove the repeat');
        seen.add(a.toLowerCase());
      }
    }
  }
  return issues;
}
