// Normalisation that keeps offsets: every output character stands for exactly one input
// character, so a match found in normalised text quotes the original at the same offsets.

import { T2S_TABLE } from './t2s-table';

// Traditional → simplified, character by character: OpenCC's table (Taiwan and Hong Kong forms
// included, generated into t2s-table.ts), plus the pairs of medical text it leaves alone
// (醯 in Taiwanese drug names: 乙醯胺酚 → 乙酰氨基酚's 酰; 祇 for 只).
const DOMAIN_PAIRS = '祇只醯酰';

/** Traditional spellings that depend on the word, not the character (覆 stays 覆 in 覆盖):
 *  after the character pass, same length each. 反覆 is Taiwan's 反复, 覆診 Hong Kong's 复诊. */
const WORD_T2S: readonly (readonly [string, string])[] = [
  ['反覆', '反复'],
  ['覆诊', '复诊'],
];

const T2S = new Map<string, string>();
for (const table of [T2S_TABLE, DOMAIN_PAIRS]) {
  for (let i = 0; i + 1 < table.length; i += 2) T2S.set(table[i] as string, table[i + 1] as string);
}

/** What normalize() makes of each UTF-16 code unit (itself for nearly all): one typed-array read
 *  per character. A regex over the changed characters with a replacer called per match spent
 *  three times as long, Chinese text being full of full-width commas. The table holds no
 *  astral characters, so code units suffice. */
const NORMAL_UNIT = buildNormalUnits();

function buildNormalUnits(): Uint16Array {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  for (let c = 65; c <= 90; c++) units[c] = c + 32;
  // Full-width ASCII to half-width, lower-cased.
  for (let c = 0xff01; c <= 0xff5e; c++) units[c] = units[c - 0xfee0] as number;
  // Ideographic, no-break and typographic spaces: a rich-text editor writes "take&nbsp;care".
  for (const c of [0x3000, 0xa0, 0x202f, 0x205f]) units[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) units[c] = 0x20;
  // Phones type a typographic apostrophe ("don’t", "I’m"): the phrase lists spell it "'".
  for (const c of [0x2018, 0x2019, 0x2bc]) units[c] = 0x27;
  for (const [t, s] of T2S) units[t.charCodeAt(0)] = s.charCodeAt(0);
  return units;
}

/** Lower-case ASCII, full-width ASCII and Unicode spaces (ideographic, no-break) to half-width,
 *  typographic apostrophes to "'", traditional Han to simplified. Same length as the input,
 *  offset for offset. */
export function normalize(text: string): string {
  const known = NORMALIZED.get(text);
  if (known !== undefined) return known;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const normal = NORMAL_UNIT[unit] as number;
    if (normal === unit) continue;
    out += text.slice(copied, i) + String.fromCharCode(normal);
    copied = i + 1;
  }
  out = copied === 0 ? text : out + text.slice(copied);
  for (const [t, s] of WORD_T2S) if (out.includes(t)) out = out.replaceAll(t, s);
  if (text.length > NORMALIZED_LONGEST) return out;
  if (NORMALIZED.size >= NORMALIZED_KEPT) NORMALIZED.clear();
  NORMALIZED.set(text, out);
  return out;
}

/** The thread is read again on every pause in typing, and only the draft has changed: the
 *  messages' normal forms are kept (a Map lookup hashes the text once, far cheaper than the
 *  pass above). Bounded, and emptied whole when full: a long audit must not grow it. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_KEPT = 512;
/** Texts longer than this are not kept: a pasted report in an audit file must not hold megabytes. */
const NORMALIZED_LONGEST = 20_000;

const HAN = /\p{Script=Han}/u;
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Han characters and Latin letters in `text`, counted by code point range (a regex test per
 *  character was the costliest part of reading a long thread). Han: the unified ideographs, their
 *  extension A and the compatibility block, as Chinese text uses them. */
export function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  return { han, latin };
}

/** Share of Han characters among letters (Han + Latin), 0 when there are none. */
export function hanShare(text: string): number {
  const { han, latin } = scriptCounts(text);
  return han + latin === 0 ? 0 : han / (han + latin);
}
