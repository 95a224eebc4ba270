import { DalilError } from '../kb/errors.ts';
import { stripInvisible } from '../arabic/normalise.ts';

/**
 * Decodes a corpus file's bytes with the WHATWG `TextDecoder` (Node's ICU build carries every label used here,
 * so no hand-written code tables): a BOM decides UTF-8 or UTF-16 LE/BE; otherwise strict UTF-8, and when the
 * bytes are not UTF-8, the Arabic single-byte code page (Windows-1256 or ISO-8859-6) whose reading looks most
 * like text. Binary files, bytes that no candidate reads sensibly and UTF-8 that is mojibake (Arabic once read in
 * the wrong encoding) are refused, naming the file.
 */
export function decodeBytes(bytes: Uint8Array, file = '<input>'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2), file);
  const kind = binaryKind(bytes);
  if (kind) throw new DalilError(`not a text file (${kind.what}, byte ${kind.at})`, { file }, 'the corpus takes text, Markdown, HTML and JSON Lines files; remove or convert this one');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Not UTF-8: one of the Arabic code pages of older archives.
  }
  if (utf8 !== undefined) {
    if (looksMisdecoded(utf8)) {
      throw new DalilError(
        'the text is mojibake: Arabic once read in the wrong encoding and saved as UTF-8 (Latin accented letters, no Arabic ones)',
        { file },
        'convert the original file again from Windows-1256 or ISO-8859-6 to UTF-8, or give Dalil the original bytes',
      );
    }
    return utf8;
  }
  const readings = SINGLE_BYTE.map((label) => ({ label, text: new TextDecoder(label).decode(body) })).map((r) => ({ ...r, odd: oddness(r.text) }));
  readings.sort((a, b) => a.odd - b.odd);
  const best = readings[0]!;
  if (best.odd > MAX_ODD) {
    throw new DalilError(
      `cannot decode the text: not UTF-8, and ${Math.round(best.odd * 100)}% of its characters are not text in ${SINGLE_BYTE.join(' or ')}`,
      { file },
      'save the file as UTF-8',
    );
  }
  return best.text;
}

/** The Arabic single-byte encodings tried when a file is not UTF-8 (WHATWG labels). */
const SINGLE_BYTE = ['windows-1256', 'iso-8859-6'] as const;

/**
 * Above this share of odd characters no reading is text. Windows-1256 read as ISO-8859-6 gives replacement
 * characters for its letters above 0xDA; ISO-8859-6 read as Windows-1256 gives Latin accented letters (à, ç, é…)
 * in place of ل, ه, و, ي: about a third of the letters in either case, where the right reading has none.
 */
const MAX_ODD = 0.05;

/** Share of characters that have no place in Arabic or English article text. */
function oddness(text: string): number {
  let odd = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) odd++;
    else if (c >= 0xc0 && c <= 0xff) odd++;
    if (c > 0x20) letters++;
  }
  return letters ? odd / letters : 0;
}

/**
 * Arabic bytes read as Latin-1 or Windows-1252 and saved as UTF-8 (`ÇáÓæÑíÉ` for السورية): no Arabic letter, and
 * most letters Latin accented ones, where a French or Spanish text has a few in ten.
 */
function looksMisdecoded(text: string): boolean {
  let accented = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0600 && c <= 0x06ff) return false;
    if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) accented++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return letters >= 20 && accented / letters > 0.3;
}

/** Signatures of the binary files most often dropped into a corpus folder by mistake. */
const MAGIC: Array<[what: string, bytes: number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Why the bytes are binary, or undefined: a known signature, or a NUL byte (text files never hold one). */
function binaryKind(bytes: Uint8Array): { what: string; at: number } | undefined {
  for (const [what, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return { what, at: 0 };
  const nul = bytes.indexOf(0);
  return nul >= 0 ? { what: 'holds a NUL byte', at: nul } : undefined;
}

function strict(label: string, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DalilError(`cannot decode the text as ${label.toUpperCase()} although it starts with its byte-order mark`, { file }, 'save the file as UTF-8');
  }
}

/**
 * Unifies line endings (CRLF and CR become LF), removes NUL and other C0 controls, and removes zero-width and
 * bidi control characters (the Arabic normaliser's `stripInvisible`): inside a name they would split it for
 * matching, and in a headline an override would reorder what readers see. The article text, its offsets and
 * its title all come from this one cleaned text.
 */
export function cleanText(text: string): string {
  return stripInvisible(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t\u00A0]+\n/g, '\n');
}
