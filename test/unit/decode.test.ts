import { describe, expect, it } from 'vitest';
import { inputLines, type InputLine } from '../../lib/cli/lines';
import { decodeTextFile } from '../../lib/text/decode';
import { encodeGbk } from '../tools/gbk';

// Files come from Windows tools as often as from ours: GBK ("ANSI" on a Chinese Windows), UTF-16
// with a mark, UTF-8 with or without one. Each must read as the same text; bytes that are not
// text must be refused, never imported or audited as "�".

const TEXT = '{"title":"抱歉久等","body":"您好，刚下门诊，回复晚了。舍曲林 50mg 每日一次，两周后复诊。"}\n';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Buffer => {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
};
const gbk = (text: string): Buffer => {
  const bytes = encodeGbk(text);
  if (!bytes) throw new Error('fixture not encodable in GBK');
  return bytes;
};
// The first bytes of a PNG image, then its header chunk.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.from('\uFEFF' + TEXT), 'utf-8'],
    ['GBK', gbk(TEXT), 'gb18030'],
    ['UTF-16LE with a mark', utf16(TEXT, 'le', true), 'utf-16le'],
    ['UTF-16BE with a mark', utf16(TEXT, 'be', true), 'utf-16be'],
    ['UTF-16LE without a mark', utf16(TEXT, 'le', false), 'utf-16le'],
  ])('reads %s as the same text', (_name, bytes, encoding) => {
    expect(decodeTextFile(new Uint8Array(bytes))).toEqual({ ok: true, text: TEXT, encoding });
  });

  it('refuses bytes that are not text: an image, a GBK file behind a UTF-8 mark, a cut UTF-16 file', () => {
    expect(decodeTextFile(new Uint8Array(PNG))).toEqual({ ok: false });
    expect(decodeTextFile(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gbk(TEXT)])))).toEqual({ ok: false });
    const cut = utf16(TEXT, 'le', true);
    expect(decodeTextFile(new Uint8Array(cut.subarray(0, cut.length - 1)))).toEqual({ ok: false });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});

/** Feed `bytes` in chunks of `size` (cutting characters and CRLF pairs in two) and collect. */
async function linesOf(bytes: Buffer, size: number): Promise<InputLine[]> {
  const chunks = (async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })();
  const out: InputLine[] = [];
  for await (const line of inputLines(chunks)) out.push(line);
  return out;
}

describe('inputLines (the audit reading a file or stdin)', () => {
  const LINES = ['{"id":"a","draft":"您好，舍曲林继续吃。"}', '', '{"id":"b","draft":"好的"}', '{"id":"c","draft":"祝早日康复！"}'];
  const texts = (lines: InputLine[]) => lines.map((l) => l.text);

  it.each([1, 2, 3, 7, 64 * 1024])('reads UTF-8, GBK and UTF-16 files with CRLF the same, in chunks of %i bytes', async (size) => {
    const crlf = LINES.join('\r\n') + '\r\n';
    for (const bytes of [Buffer.from(crlf), Buffer.from('\uFEFF' + crlf), gbk(crlf), utf16(crlf, 'le', true), utf16(crlf, 'be', true)]) {
      const lines = await linesOf(bytes, size);
      expect(texts(lines)).toEqual(LINES);
      expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    }
  });

  it('counts a last line without a line end, and nothing after a final one', async () => {
    expect(texts(await linesOf(Buffer.from('x\ny'), 4))).toEqual(['x', 'y']);
    expect(texts(await linesOf(Buffer.from('x\ny\n'), 4))).toEqual(['x', 'y']);
    expect(await linesOf(Buffer.alloc(0), 4)).toEqual([]);
  });

  it('says which lines were GBK', async () => {
    const lines = await linesOf(gbk(LINES.join('\n')), 5);
    expect(lines.map((l) => (l.text === null ? null : l.encoding))).toEqual(['gb18030', 'gb18030', 'gb18030', 'gb18030']);
  });

  it('makes a corrupt line one error and reads the lines around it', async () => {
    const bytes = Buffer.concat([Buffer.from(LINES[0] + '\n'), PNG.subarray(0, 4), Buffer.from('\n' + LINES[2] + '\n')]);
    expect(texts(await linesOf(bytes, 3))).toEqual([LINES[0], null, LINES[2]]);
  });

  it('keeps to the encoding the file has shown: in a UTF-8 file a broken line is an error, not GBK', async () => {
    // "舍曲林" in UTF-8 cut after four of its bytes: what is left happens to be valid GBK.
    const broken = Buffer.from('{"draft":"舍曲林"}').subarray(0, 14);
    const bytes = Buffer.concat([Buffer.from(LINES[0] + '\n'), broken, Buffer.from('\n' + LINES[2])]);
    expect(texts(await linesOf(bytes, 64))).toEqual([LINES[0], null, LINES[2]]);
    // The same bytes as the file's first line read as GBK: nothing before says otherwise.
    expect((await linesOf(broken, 64))[0]?.text).not.toBeNull();
  });
});
