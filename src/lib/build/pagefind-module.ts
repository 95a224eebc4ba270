/**
 * One change to Pagefind's script (`pagefind/pagefind.js`), made after indexing: each search result also carries
 * `dalilIndex`, the folder of the index it came from. A search over shards joined with `mergeIndex`
 * (search-shards.ts) returns the results of every index in one list, and the search page reads a result's fragment
 * itself (src/lib/search/fragment.ts), so it must know the folder. The change depends on Pagefind's minified
 * source, so it is checked: if the place it goes is not found exactly once, the build stops (see offline/pagefind.ts
 * for the version pin).
 */
import { DalilError } from '../kb/errors.ts';
import { PAGEFIND_VERSION } from './offline/pagefind.ts';

const TAG = 'dalilIndex:this.basePath,';
/** Where Pagefind 1.6 builds each result: `let res={id:<raw>.p,`. */
const RESULT = /let res=\{id:([A-Za-z_$][\w$]*)\.p,/g;

/** Pagefind's script with each result tagged with its index's folder; a script already tagged is returned as is. */
export function tagResultIndex(source: string, file = 'pagefind/pagefind.js'): string {
  if (source.includes(TAG)) return source;
  const places = [...source.matchAll(RESULT)];
  if (places.length !== 1) {
    throw new DalilError(
      `Pagefind's script changed: the place where it builds a search result was found ${places.length} times, not once`,
      { file },
      `pagefind is pinned to ${PAGEFIND_VERSION}; after changing it, update RESULT in src/lib/build/pagefind-module.ts`,
    );
  }
  return source.replace(RESULT, (m) => `${m}${TAG}`);
}
