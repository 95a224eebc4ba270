/**
 * Loads a classic script once per page: a `<script src>` works from disk (file://), where browsers refuse fetch().
 * The search engine (pagefind-offline.js) and the timeline's filter scripts load through it. A failed load is
 * forgotten, so a later call tries again.
 */
const scripts = new Map<string, Promise<void>>();

export function loadScript(src: string): Promise<void> {
  let p = scripts.get(src);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`Dalil: cannot load ${src}`));
      document.head.append(s);
    });
    p.catch(() => scripts.delete(src));
    scripts.set(src, p);
  }
  return p;
}
