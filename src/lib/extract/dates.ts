import { WEEKDAYS } from './lexicon.ts';

const DAY = 86_400_000;

/**
 * Resolves the time a sentence gives for what it reports, against the article date:
 * `أمس` → the day before; `اليوم` → that day; a weekday → its latest occurrence on or before the article
 * date; an explicit year (`عام 2017`) → that year. Without a clue, the article's month; null without a date.
 */
export function resolveDate(keys: string[], articleDate: string | undefined): string | null {
  const year = keys.find((k) => /^(19|20)\d\d$/.test(k));
  if (!articleDate) return year ?? null;
  const base = Date.parse(`${articleDate}T00:00:00Z`);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  if (year && !articleDate.startsWith(year)) return year;
  const strip = (k: string) => k.replace(/^[وف]?[بل]?/, '');
  if (keys.some((k) => k === 'امس' || k === 'وامس')) return iso(base - DAY);
  for (const k of keys) {
    const wd = WEEKDAYS[k] ?? WEEKDAYS[strip(k)] ?? WEEKDAYS['ال' + strip(k).replace(/^ال/, '')];
    if (wd !== undefined) {
      const back = (new Date(base).getUTCDay() - wd + 7) % 7;
      return iso(base - back * DAY);
    }
  }
  if (keys.includes('اليوم')) return articleDate;
  return articleDate.slice(0, 7);
}
