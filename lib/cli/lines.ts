// The audit's input as lines of text, whatever the file's encoding: UTF-8 (with or without a
// byte-order mark), GBK/GB18030 as Excel and Notepad save it on a Chinese Windows, or UTF-16
// with its mark. 8-bit files are split at LF bytes first (neither UTF-8 nor GBK uses 0x0A inside
// a character) and each line decoded on its own, so one corrupt line is one error, not a
// garbled file; UTF-16 is decoded as a stream, then split.
import { decodeAs, decodeBytes, sniffEncoding, type TextEncoding } from '../text/decode';

export type InputLine =
  | { line: number; text: string; encoding: TextEncoding }
  /** The line's bytes are not text in the file's encoding. */
  | { line: number; text: null };

const LF = 0x0a;
const CR = 0x0d;
const NON_ASCII = /[^\u0000-\u007f]/u;

async function* utf16Lines(first: Buffer, rest: AsyncIterator<Buffer>, encoding: 'utf-16le' | 'utf-16be', bom: number): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let pending = decoder.decode(first.subarray(bom), { stream: true });
  let line = 0;
  for (;;) {
    const next = await rest.next();
    if (!next.done) pending += decoder.decode(next.value, { stream: true });
    else pending += decoder.decode();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    if (next.done && pending) parts.push(pending);
    for (const part of parts) yield { line: ++line, text: part.replace(/\r$/u, ''), encoding };
    if (next.done) return;
  }
}

async function* byteLines(first: Buffer, rest: AsyncIterator<Buffer>, bom: number): AsyncGenerator<InputLine> {
  let pending = first.subarray(bom);
  let line = 0;
  // The file's encoding, once a line shows it: a UTF-8 byte-order mark, or the first line with
  // non-ASCII text. From then on every line is read in it, so a corrupt line in a UTF-8 file is
  // an error rather than a GBK misreading, and a GBK line that happens to be valid UTF-8 (short
  // ones can be) is still read as GBK.
  let fileEncoding: 'utf-8' | 'gb18030' | undefined = bom ? 'utf-8' : undefined;
  const decodeLine = (bytes: Buffer): InputLine => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    const body = bytes.subarray(0, end);
    line++;
    if (fileEncoding) {
      const text = decodeAs(fileEncoding, body);
      return text === null ? { line, text: null } : { line, text, encoding: fileEncoding };
    }
    const decoded = decodeBytes(body);
    if (!decoded) return { line, text: null };
    if (NON_ASCII.test(decoded.text)) fileEncoding = decoded.encoding;
    return { line, ...decoded };
  };
  for (;;) {
    let from = 0;
    for (let lf = pending.indexOf(LF); lf !== -1; lf = pending.indexOf(LF, from)) {
      yield decodeLine(pending.subarray(from, lf));
      from = lf + 1;
    }
    pending = pending.subarray(from);
    const next = await rest.next();
    if (next.done) break;
    pending = pending.length ? Buffer.concat([pending, next.value]) : next.value;
  }
  if (pending.length) yield decodeLine(pending);
}

/** The lines of `input` (a file or stdin stream), numbered from 1; a final line without LF
 *  counts, an empty end does not. */
export async function* inputLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<InputLine> {
  const chunks = (async function* () {
    for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  })();
  // Enough bytes to see a byte-order mark or UTF-16's zero bytes.
  let first = Buffer.alloc(0);
  while (first.length < 4) {
    const next = await chunks.next();
    if (next.done) break;
    first = Buffer.concat([first, next.value]);
  }
  const { encoding, bom } = sniffEncoding(first);
  yield* encoding === 'utf-8' ? byteLines(first, chunks, bom) : utf16Lines(first, chunks, encoding, bom);
}
