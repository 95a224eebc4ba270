/**
 * Feature hashes: 32-bit FNV-1a of the feature's text, never 0. FNV-1a reads one character at a time, so the hash of
 * `a + b` is the state after `a` carried on over `b`: features are hashed from parts (a template's state, then a
 * word) without building their strings.
 */
export const FNV_START = 0x811c9dc5 | 0;

/** The FNV-1a state `h` carried on over the characters of `s`. */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The final hash of a state. */
export function done(h: number): number {
  return h >>> 0 || 1;
}

/** The hash of a whole feature text. */
export function hashFeature(s: string): number {
  return done(fnv(FNV_START, s));
}

/** The state after a template's text (`k-1=`), to carry on over a value. */
export function template(s: string): number {
  return fnv(FNV_START, s);
}
