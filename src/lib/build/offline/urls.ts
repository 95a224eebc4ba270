/**
 * One link, made to work both over http and from disk: relative to the file that holds it and file-style
 * (`…/index.html`), so that a folder URL never depends on a server picking `index.html`.
 */

/** What the rewriter knows of the built site: its files and folders, as decoded `a/b/c` paths. */
export interface SiteFiles {
  hasFile(path: string): boolean;
  hasDir(path: string): boolean;
}

/** The result for one URL: the new text, and the site file it points at when it points into the site. */
export interface LocalLink {
  href: string;
  /** Decoded site path of the target (`ar/index.html`), or undefined for links left alone. */
  target?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Links that stay as written: empty, same-document (`#x`, `?q`), any scheme (`https:`, `mailto:`, `data:`), `//host`. */
export function isLeftAlone(url: string): boolean {
  return url === '' || url.startsWith('#') || url.startsWith('?') || url.startsWith('//') || SCHEME.test(url);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Resolves `.` and `..` (never above the root) in raw, still-encoded segments. */
function normalise(segments: string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out;
}

/**
 * Rewrites `url`, found in a file whose folder is `fromDir` (decoded, `''` for the site root), to a relative,
 * file-style link. Root-absolute links resolve against the site root, relative ones against `fromDir`; the query
 * and fragment are kept as written.
 */
export function localLink(url: string, fromDir: string, site: SiteFiles): LocalLink {
  const trimmed = url.trim();
  if (isLeftAlone(trimmed)) return { href: url };
  const cut = trimmed.search(/[?#]/);
  const path = cut < 0 ? trimmed : trimmed.slice(0, cut);
  const suffix = cut < 0 ? '' : trimmed.slice(cut);
  if (path === '') return { href: url };

  const from = fromDir ? fromDir.split('/') : [];
  const raw = path.startsWith('/') ? path.split('/') : [...from.map((s) => encodeURIComponent(s)), ...path.split('/')];
  const isFolder = /(^|\/)\.{0,2}$/.test(path);
  const segments = normalise(raw);
  const decoded = segments.map(decode);
  if (isFolder || (segments.length > 0 && site.hasDir(decoded.join('/')) && !site.hasFile(decoded.join('/')))) {
    segments.push('index.html');
    decoded.push('index.html');
  }

  // Walk up from `fromDir` to the folder both share, then down to the target.
  let common = 0;
  while (common < from.length && common < decoded.length - 1 && from[common] === decoded[common]) common++;
  const up = '../'.repeat(from.length - common);
  const href = up + segments.slice(common).join('/') + suffix;
  return { href, target: decoded.join('/') };
}
