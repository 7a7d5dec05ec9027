// Files admins and doctors hand us are not always UTF-8. Excel and Notepad on a Chinese Windows
// save "ANSI", which there is GBK; some tools save UTF-16 with a byte-order mark. Read as UTF-8,
// such a file turns every Chinese character into U+FFFD, and the garbage was then audited or
// imported without a word. These functions read bytes as what they are, or say they are not text.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The encoding the start of a file announces — a byte-order mark, or the zero bytes UTF-16
 *  puts beside ASCII (JSON starts with ASCII) — and how many bytes the mark takes. */
export function sniffEncoding(head: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (a !== undefined && b !== undefined) {
    if (a !== 0 && b === 0) return { encoding: 'utf-16le', bom: 0 };
    if (a === 0 && b !== 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return { encoding: 'utf-8', bom: 0 };
}

// Control characters no text file has (JSON allows none unescaped): their presence means the
// bytes were an image or an archive that happened to decode.
const BINARY_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

/** `bytes` as text in `encoding`, or null when they are not valid there or not text at all. */
// One strict decoder per encoding: the audit decodes every line of a file with the same one.
const strictDecoders = new Map<TextEncoding, TextDecoder>();

export function decodeAs(encoding: TextEncoding, bytes: Uint8Array): string | null {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) strictDecoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
  try {
    const text = decoder.decode(bytes);
    return BINARY_CONTROLS.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** Bytes in an 8-bit encoding (a line, or a file without a UTF-16 mark): UTF-8 when they are
 *  valid UTF-8, else GB18030 (which contains GBK and GB2312) when they are valid there, else
 *  null. Valid UTF-8 is tried first because Chinese text in GBK is almost never valid UTF-8,
 *  while the reverse does not hold. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } | null {
  const utf8 = decodeAs('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = decodeAs('gb18030', bytes);
  return gb === null ? null : { text: gb, encoding: 'gb18030' };
}

export type DecodedFile = { ok: true; text: string; encoding: TextEncoding } | { ok: false };

/** A whole file's bytes as text, the byte-order mark dropped; `ok: false` when it is not text
 *  in UTF-8, UTF-16 or GB18030/GBK. */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  const { encoding, bom } = sniffEncoding(bytes);
  const body = bytes.subarray(bom);
  // A byte-order mark is a promise: a file that carries one is read in that encoding only.
  if (encoding !== 'utf-8' || bom) {
    const text = decodeAs(encoding, body);
    return text === null ? { ok: false } : { ok: true, text, encoding };
  }
  const decoded = decodeBytes(body);
  return decoded === null ? { ok: false } : { ok: true, ...decoded };
}
