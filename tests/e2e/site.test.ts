import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, openPage, SEARCH_DONE } from '../support/browser.ts';

const base = inject('siteUrl');

describe.skipIf(!hasChromium)('the built site in Chromium over http', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage());
  });
  afterAll(() => browser?.close());

  it('leads from an Arabic article to an entity page and back, then to English', async () => {
    await page.goto(`${base}/ar/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.locator('a[href*="articles/004_"]').first().click();
    await page.waitForURL(/\/ar\/articles\/004_/);
    const articleUrl = page.url();

    // The body marks «داعش» as a mention linking to the organisation page in Arabic.
    const mention = page.locator('.article-body a.mention', { hasText: 'داعش' }).first();
    // Links are relative and file-style (the offline step); compare the paths they resolve to.
    const href = await mention.evaluate((a) => (a as HTMLAnchorElement).pathname);
    expect(href).toMatch(/^\/ar\/organisations\/[a-z0-9-]+\/index\.html$/);
    await mention.click();
    await page.waitForURL((u) => u.pathname === href);
    expect(await page.locator('h1').textContent()).toBeTruthy();

    // The entity page lists the article, with the sentence that names it.
    const back = page.locator('[data-backlinks] a[data-article-link^="004_"]');
    await expect.poll(() => back.count()).toBe(1);
    expect(await page.locator('[data-backlinks] blockquote mark', { hasText: 'داعش' }).count()).toBeGreaterThan(0);
    await back.click();
    await page.waitForURL(articleUrl);

    // Language switch: the same article in English, still linking mentions to English entity pages.
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/en\/articles\/004_/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    const enHref = await page.locator('.article-body a.mention', { hasText: 'داعش' }).first().evaluate((a) => (a as HTMLAnchorElement).pathname);
    expect(enHref).toBe(href.replace('/ar/', '/en/'));
    expect(errors).toEqual([]);
  });

  it('applies the curation: the page of a merged entity redirects, a mention added by a corrections file, no page for a non-entity', async () => {
    for (const lang of ['ar', 'en']) {
      await page.goto(`${base}/${lang}/people/samir-al-fardi/`);
      await page.waitForURL((u) => u.pathname.startsWith(`/${lang}/people/samir-al-iftiradi/`));
      expect(await page.locator('h1').textContent()).toBe(lang === 'en' ? 'Samir al-Iftiradi' : 'سمير الافتراضي');
      expect(await page.locator('[data-backlinks] a[data-article-link="curation-demo"]').count()).toBe(1);
      await page.goto(`${base}/${lang}/articles/curation-demo/`);
      const mentions = await page.locator('.article-body a.mention').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).pathname]));
      expect(mentions).toContainEqual(['سمير الفرضي', `/${lang}/people/samir-al-iftiradi/index.html`]);
      expect(mentions).toContainEqual(['المتحدث', `/${lang}/people/samir-al-iftiradi/index.html`]);
      expect(mentions.map(([text]) => text)).not.toContain('سوق الأوهام');
      const missing = await page.request.get(`${base}/${lang}/places/souq-al-awham/`);
      expect(missing.status()).toBe(404);
    }
  });

  it('finds the articles by searching داعش, in both languages', async () => {
    for (const lang of ['ar', 'en']) {
      await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent('داعش')}`);
      const results = page.locator('[data-search-results] a');
      await page.waitForFunction(SEARCH_DONE, null, { timeout: 15_000 });
      const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs).toContain(`/${lang}/articles/004_10c41ccd1338e6c9/index.html`);
      expect(hrefs).toContain(`/${lang}/articles/000_6e9a7b7a5efe6263/index.html`);
      await results.first().click();
      await page.waitForURL(new RegExp(`/${lang}/`));
    }
    // Typing keeps the URL in step with the box.
    await page.goto(`${base}/ar/search/`);
    await page.fill('#search-input', 'القامشلي');
    await page.press('#search-input', 'Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('القامشلي');
    expect(errors).toEqual([]);
  });

  it('shows untrusted article text as text: no code runs, no markup is injected', async () => {
    for (const lang of ['ar', 'en']) {
      await page.goto(`${base}/${lang}/articles/hostile-input/`);
      const body = page.locator('.article-body');
      const text = (await body.textContent()) ?? '';
      expect(text).toContain('{globalThis.process.version}');
      expect(text).not.toMatch(/v\d+\.\d+\.\d+/);
      expect(text).toContain("<script>window.__pwned = 'body'</script>");
      expect(text).toContain('export const pwned = 1');
      expect(text).toContain("import x from './y'");
      expect(text).toContain('`رمز` *نجمة* _خط_');
      expect(text).toContain("-- 'اقتباس' \"مزدوج\"");
      expect(text).toContain('~~شطب~~ www.example.com');
      expect(text).toContain('# ليس عنواناً');
      expect(await body.locator('script, img, h1, blockquote, pre, code, em, strong, del').count()).toBe(0);
      // The only links are the site's own: mentions, and each sentence's cite link to its anchor.
      expect(await body.locator('a:not(.mention):not(.cite)').count()).toBe(0);
      const cites = await body.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(cites.every((h) => /^#s-\d+$/.test(h ?? ''))).toBe(true);
      expect(await page.locator('h1').first().textContent()).toContain("<script>window.__pwned = 'title'</script>");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      // Mentions inside hostile text are still found and linked.
      expect(await body.locator('a.mention', { hasText: 'القامشلي' }).count()).toBe(1);
    }
  });

  it('shows a headline meaningful to YAML and MDX as the same text, without the bidi override it carried', async () => {
    const title = 'خبر: "اقتباس" و\'مفرد\' --- {x} <b>غامق</b> معكوس في حلب';
    for (const lang of ['ar', 'en']) {
      await page.goto(`${base}/${lang}/articles/hostile-title/`);
      expect(await page.locator('h1').first().textContent()).toBe(title);
      expect(await page.title()).toContain(title);
      const text = (await page.locator('.article-body').textContent()) ?? '';
      expect(text).toContain('title: عنوان مزيف');
      expect(text).toContain('نص فيه key: "value" و{y} في حلب.');
      expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
      // The name split by a zero-width space is still found.
      expect(await page.locator('.article-body a.mention', { hasText: 'حلب' }).count()).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('has every page in both languages, each linking to its counterpart', async () => {
    for (const path of ['/ar/', '/ar/places/', '/ar/search/', '/ar/articles/000_6e9a7b7a5efe6263/']) {
      await page.goto(base + path);
      const other = await page.locator('[data-lang-switch]').evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(other).pathname).toBe(`${path.replace('/ar/', '/en/')}index.html`);
      const res = await page.goto(other);
      expect(res?.status()).toBe(200);
    }
    await page.goto(`${base}/`);
    expect(await page.locator('[data-lang-choice]').count()).toBe(2);
  });
});
