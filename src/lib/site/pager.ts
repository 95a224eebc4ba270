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
    links: Array.from({ length: pages }, (_, i) => ({ page: i + 1, label: t(lang, 'pager.page', { page: i + 1, pages }), href: href(i + 1), current: i + 1 === page })),
  };
}
