/**
 * Head nouns that announce a name the knowledge base may not know (normalised keys). What follows the head is
 * the name: `صحيفة حرييت`, `سهل الغاب`, `حي التأميم`, `مطار الطبقة`.
 */
export interface Head {
  type: 'organisation' | 'place';
  kind: string;
  /** The head is part of the name (`سهل الغاب`) rather than a descriptor of it (`مدينة الرقة`). */
  inName: boolean;
  /** The name may be a common word (`حي الميدان`, `جبل البشري`): the head is a strong enough signal. */
  strong: boolean;
}

const h = (type: Head['type'], kind: string, inName: boolean, strong: boolean, words: string[]) =>
  words.map((w) => [w, { type, kind, inName, strong }] as const);

export const HEADS: ReadonlyMap<string, Head> = new Map([
  ...h('organisation', 'media', true, false, ['صحيفه', 'جريده', 'مجله', 'قناه', 'وكاله', 'موقع', 'اذاعه', 'تلفزيون']),
  ...h('organisation', 'armed-group', true, false, ['حركه', 'حزب', 'جبهه', 'لواء', 'كتاءب', 'كتيبه', 'تجمع', 'فيلق', 'سرايا']),
  ...h('organisation', 'organisation', true, false, ['منظمه', 'جمعيه', 'مؤسسه', 'شركه', 'هيءه', 'ءاتلاف']),
  ...h('place', 'settlement', false, false, ['مدينه', 'بلده', 'قريه', 'ناحيه', 'خربه', 'مزرعه']),
  ...h('place', 'neighbourhood', false, true, ['حي', 'مخيم']),
  ...h('place', 'region', true, true, ['سهل', 'جبل', 'جبال', 'نهر', 'وادي', 'بحيره', 'جزيره', 'هضبه', 'صحراء']),
  ...h('place', 'facility', true, true, ['مطار', 'سد', 'محطه', 'قاعده', 'سجن', 'معبر', 'ميناء', 'جامعه', 'مستشفي']),
]);
