/**
 * How far one step of the filtered timeline goes. The cards come from `rows/<n>.js`, one file per timeline page,
 * so matches spread thinly over the timeline (one on each of 25 pages) would load 25 files for one screen. A step
 * shows up to `batch` matches but stops before it needs more than ROW_FILES_PER_STEP files: the first screen of
 * any filter stays light, and "show more" goes on from there.
 */
export const ROW_FILES_PER_STEP = 8;

/**
 * The end (exclusive) of the step that starts at `from` in `matches` (timeline positions, ascending): at most
 * `batch` matches, from at most `maxFiles` timeline pages of `pageSize` events, and always at least one match.
 */
export function stepEnd(matches: readonly number[], from: number, batch: number, pageSize: number, maxFiles = ROW_FILES_PER_STEP): number {
  const pages = new Set<number>();
  let end = from;
  while (end < matches.length && end - from < batch) {
    const page = Math.floor(matches[end]! / pageSize);
    if (!pages.has(page) && pages.size >= maxFiles) break;
    pages.add(page);
    end++;
  }
  return Math.max(end, Math.min(from + 1, matches.length));
}
