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

interface Resolved {
  /** Target path segments as written (still percent-encoded where they were). */
  segments: string[];
  /** The same, decoded: compared with the folders of the file holding the link. */
  decoded: string[];
  target: string;
}

/** The file a link's path points at: `.`/`..` resolved, a folder completed with `index.html`. */
function resolve(path: string, from: string[], site: SiteFiles): Resolved {
  const raw = path.startsWith('/') ? path.split('/') : [...from.map((s) => encodeURIComponent(s)), ...path.split('/')];
  const segments = normalise(raw);
  const decoded = segments.map(decode);
  const isFolder = /(^|\/)\.{0,2}$/.test(path);
  if (isFolder || (segments.length > 0 && site.hasDir(decoded.join('/')) && !site.hasFile(decoded.join('/')))) {
    segments.push('index.html');
    decoded.push('index.html');
  }
  return { segments, decoded, target: decoded.join('/') };
}

/**
 * A link rewriter for one site. `link(url, fromDir)` rewrites `url`, found in a file whose folder is `fromDir`
 * (decoded, `''` for the site root), to a relative, file-style link. Root-absolute links resolve against the site
 * root, relative ones against `fromDir`; the query and fragment are kept as written. Resolutions are cached, so
 * the thousands of pages that link to the same pages pay for each target once.
 */
export function createLinker(site: SiteFiles): (url: string, fromDir: string) => LocalLink {
  const resolved = new Map<string, Resolved>();
  const folders = new Map<string, string[]>();
  return (url, fromDir) => {
    const trimmed = url.trim();
    if (isLeftAlone(trimmed)) return { href: url };
    const cut = trimmed.search(/[?#]/);
    const path = cut < 0 ? trimmed : trimmed.slice(0, cut);
    const suffix = cut < 0 ? '' : trimmed.slice(cut);
    if (path === '') return { href: url };

    let from = folders.get(fromDir);
    if (!from) folders.set(fromDir, (from = fromDir ? fromDir.split('/') : []));
    const key = path.startsWith('/') ? path : `${fromDir}\0${path}`;
    let r = resolved.get(key);
    if (!r) resolved.set(key, (r = resolve(path, from, site)));

    // Walk up from `fromDir` to the folder both share, then down to the target.
    let common = 0;
    while (common < from.length && common < r.decoded.length - 1 && from[common] === r.decoded[common]) common++;
    const href = '../'.repeat(from.length - common) + r.segments.slice(common).join('/') + suffix;
    return { href, target: r.target };
  };
}

/** `createLinker(site)(url, fromDir)`, for a single link. */
export function localLink(url: string, fromDir: string, site: SiteFiles): LocalLink {
  return createLinker(site)(url, fromDir);
}
