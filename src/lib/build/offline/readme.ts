/**
 * README.html at the root of the offline package: how to open the site, in Arabic and English. Packaging text,
 * kept here with the packaging step rather than in the site's UI strings; the site's name comes from those.
 */
import { langs, locales, t, type Lang } from '../../../i18n/index.ts';

const TEXT: Record<Lang, { title: string; steps: string[]; open: string }> = {
  ar: {
    title: 'نسخة تعمل من دون اتصال',
    steps: [
      'فكّ ضغط الملف أولاً إن كان مضغوطاً (zip)، وانسخ المجلد كاملاً كما هو: الصفحات تشير إلى بعضها داخل المجلد.',
      'افتح الملف index.html بنقرة مزدوجة، فيُفتح في متصفح الويب، ثم اختر العربية أو الإنكليزية.',
      'كل شيء يعمل من دون إنترنت: التنقل والخطوط والبحث. لا تطلب أي صفحة شيئاً من خارج المجلد.',
    ],
    open: 'افتح الموقع',
  },
  en: {
    title: 'Offline copy',
    steps: [
      'Unzip the file first if it is still a .zip, and keep the folder whole: the pages link to each other inside it.',
      'Double-click index.html to open it in your web browser, then choose Arabic or English.',
      'Everything works without the internet: navigation, fonts and search. No page asks for anything outside the folder.',
    ],
    open: 'Open the site',
  },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function offlineReadme(): string {
  const sections = langs.map((lang) => {
    const { dir } = locales[lang];
    const text = TEXT[lang];
    return `<section lang="${lang}" dir="${dir}">
<h1>${escape(t(lang, 'site.name'))} — ${escape(text.title)}</h1>
<p>${escape(t(lang, 'site.tagline'))}</p>
<ol>${text.steps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
<p><a href="index.html">${escape(text.open)}</a></p>
</section>`;
  });
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('ar', 'site.name'))} · ${escape(t('en', 'site.name'))} — README</title>
<style>body{font-family:system-ui,'Noto Sans Arabic',sans-serif;line-height:1.7;max-inline-size:44rem;margin-inline:auto;padding:1.5rem}section+section{border-block-start:1px solid #ccc;margin-block-start:2rem}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}
