// GBK bytes for test fixtures: the files Excel and Notepad save on a Chinese Windows. Node
// encodes only UTF-8, so the table is built by decoding every two-byte GBK code once.
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // an unassigned code
      }
    }
  return table;
}

/** `text` in GBK, or null when a character of it has no GBK code (emoji, rare characters). */
export function encodeGbk(text: string): Buffer | null {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      bytes.push(cp);
      continue;
    }
    const pair = codes.get(ch);
    if (!pair) return null;
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}
