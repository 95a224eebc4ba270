/**
 * The cite control of each sentence (Sentence.astro): a link to the sentence's anchor that, with JavaScript,
 * also copies a citation — the sentence, outlet, date, original URL and the Dalil link — and shows it, so it can
 * be copied by hand where the clipboard is refused (a page opened from disk, an old browser).
 */

export interface CiteData {
  sentence: string;
  outlet: string;
  date: string;
  url: string;
  link: string;
}

/** The citation text, from the page language's template (`cite.template` in src/i18n). */
export function citationText(template: string, data: CiteData): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? data[name as keyof CiteData] : whole));
}

/** A sentence's own text, without its cite control and without the glosses of English pages. */
export function sentenceText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const x of copy.querySelectorAll('.cite, .gloss')) x.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The link to cite: the page's public address when read from disk, else the address it is read at. */
export function dalilLink(location: { protocol: string; href: string }, canonical: string | null, anchor: string): string {
  const base = location.protocol.startsWith('http') || !canonical ? location.href.replace(/#.*$/, '') : canonical;
  return `${base}#${anchor}`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function enhanceCite(root: Document = document): void {
  const article = root.querySelector<HTMLElement>('[data-cite-template]');
  const out = root.querySelector<HTMLElement>('[data-cite-output]');
  if (!article || !out) return;
  const status = out.querySelector<HTMLElement>('[data-cite-status]')!;
  const text = out.querySelector<HTMLTextAreaElement>('textarea')!;
  const canonical = root.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null;
  article.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-cite]');
    const sentence = link?.closest('.s');
    if (!link || !sentence) return;
    const d = article.dataset;
    const citation = citationText(d.citeTemplate!, {
      sentence: sentenceText(sentence),
      outlet: d.citeOutlet ?? '',
      date: d.citeDate ?? '',
      url: d.citeUrl ?? '',
      link: dalilLink(location, canonical, sentence.id),
    });
    text.value = citation;
    out.hidden = false;
    const copied = await copy(citation);
    status.textContent = copied ? out.dataset.copied! : out.dataset.manual!;
    if (!copied) text.select();
    out.dataset.state = copied ? 'copied' : 'manual';
  });
}
