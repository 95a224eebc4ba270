import { t, type Lang } from '../../i18n/index.ts';

export interface PagerView {
  page: number;
  pages: number;
  label: string;
  newer: string | undefined;
  older: string | undefined;
  links: Array<{ page: number; label: string; href: string; current: boolean }>;
}

export const pageCount = (items: number, size: number) => Math.max(1, Math.ceil(items / size));

/** Links between the pages of a list (newest first: page 1 is the newest). */
export function pager(lang: Lang, page: number, pages: number, href: (n: number) => string): PagerView {
  return {
    page,
    pages,
    label: t(lang, 'pager.page', { page, pages }),
    newer: page > 1 ? href(page - 1) : undefined,
    older: page < pages ? href(page + 1) : undefined,
    links: shownPages(page, pages).map((n) => ({ page: n, label: t(lang, 'pager.page', { page: n, pages }), href: href(n), current: n === page })),
  };
}

/** Pages linked from page `page`: the first and last, and the few around it — a bounded list at any size. */
export function shownPages(page: number, pages: number, around = 3): number[] {
  const out: number[] = [];
  for (let n = 1; n <= pages; n++) if (n === 1 || n === pages || Math.abs(n - page) <= around) out.push(n);
  return out;
}
