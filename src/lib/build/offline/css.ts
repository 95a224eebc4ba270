/** Links inside CSS: `url(…)` in any form and `@import "…"`. Comments are left as they are. */

const CSS_LINKS =
  /\/\*[\s\S]*?\*\/|\burl\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|([^)\s'"]*))\s*\)|@import\s+(?:"([^"\n]*)"|'([^'\n]*)')/gi;

/** Replaces every link in `css` with `rewrite(link)`, keeping the quotes each was written with. */
export function rewriteCss(css: string, rewrite: (url: string) => string): string {
  return css.replace(CSS_LINKS, (match, dq?: string, sq?: string, bare?: string, importDq?: string, importSq?: string) => {
    if (match.startsWith('/*')) return match;
    if (match[0] === '@') {
      return importDq !== undefined ? `@import "${rewrite(importDq)}"` : `@import '${rewrite(importSq!)}'`;
    }
    if (dq !== undefined) return `url("${rewrite(dq)}")`;
    if (sq !== undefined) return `url('${rewrite(sq)}')`;
    return bare ? `url(${rewrite(bare)})` : match;
  });
}

