/**
 * A result's fragment (the page's text, anchors and meta) read straight from Pagefind's file, without Pagefind's
 * `data()`: that one also builds Pagefind's own excerpt and sub-results for every fragment, which Dalil never
 * shows (excerpt.ts builds its own), and gunzips in JavaScript where the browser has a native gzip decoder.
 * The file layout is Pagefind 1.6's (src/lib/build/offline/pagefind.ts pins it): gzip of `pagefind_dcd` + JSON.
 */
import type { Anchor } from './excerpt.ts';

/** A fragment as Pagefind writes it (the fields Dalil reads). */
export interface RawFragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
  anchors?: Anchor[];
  filters?: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

/** Reads a fetched fragment file: gunzipped natively unless it already was (a server may decode it on the way). */
export async function parseFragment(bytes: Uint8Array, file = 'fragment'): Promise<RawFragment> {
  let plain = bytes;
  if (!hasSignature(plain)) plain = new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  if (!hasSignature(plain)) throw new Error(`Dalil search: ${file} is not a Pagefind fragment (no ${SIGNATURE} signature after gunzip)`);
  const fragment = JSON.parse(new TextDecoder().decode(plain.subarray(SIGNATURE.length))) as RawFragment;
  // As Pagefind's data() does: the zero-width spaces it writes between elements are not part of the text.
  fragment.content = fragment.content.replace(/\u200B/g, '');
  return fragment;
}

function hasSignature(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length) return false;
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE.charCodeAt(i)) return false;
  return true;
}

/** Whether this browser can read fragments itself (DecompressionStream: Chromium 80, Firefox 113, Safari 16.4). */
export const canReadFragments = (): boolean => typeof DecompressionStream === 'function';
