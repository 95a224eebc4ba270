/**
 * Spelling variants that Arabic news copy uses for the same word, as written forms: when a query word contains
 * one side, the other sides are searched too. Maintained by hand; each row is a set of interchangeable spellings
 * of a word part. Add rows here, not special cases in code.
 */
export const VARIANT_ROWS: readonly (readonly string[])[] = [
  ['سوريا', 'سورية'],
  ['أمريك', 'أميرك', 'امريك', 'اميرك'],
  ['كيماوي', 'كيميائي', 'كيميائ', 'كيماو'],
  ['مسئول', 'مسؤول'],
  ['شئون', 'شؤون'],
  ['رئيس', 'رءيس'],
  ['إسرائيل', 'اسرائيل'],
  ['بريطاني', 'بريطان'],
  ['فلسطين', 'فلسطيني'],
  ['الإمارات', 'الامارات'],
  ['جنيف', 'جينيف'],
  ['غوتيريش', 'غوتيريس', 'جوتيريش'],
  ['أوباما', 'اوباما'],
  ['بوتين', 'بوتن'],
  ['أردوغان', 'اردوغان', 'إردوغان'],
  ['الأكراد', 'الكرد'],
  ['كردي', 'كوردي'],
  ['ديمقراطي', 'ديموقراطي'],
  ['تركيا', 'تركية'],
  ['روسيا', 'روسية'],
  ['ليبيا', 'ليبية'],
];

