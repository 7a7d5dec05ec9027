import { describe, expect, it } from 'vitest';
import { loadDevSet } from '../../lib/cli/dataset';
import { splitSentences } from '../../lib/text/segment';
import { casesChangedBy } from '../tools/rewrite';

// The same reply typed another way must draw the same findings at the same offsets: Chinese
// typed with the input method in half-width mode ("." and "," for 。 and ，), text in full-width
// letters and digits, and English from a rich-text editor that writes no-break spaces.

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/gu;
const toHalfWidth = (s: string): string =>
  s
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replaceAll('。', '.')
    .replaceAll('、', ',');
const toFullWidth = (s: string): string => s.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const toNoBreakSpaces = (s: string): string => s.replaceAll(' ', '\u00a0');

describe('the same reply typed another way', () => {
  const { cases } = loadDevSet();
  const zh = cases.filter((c) => c.language === 'zh');
  const en = cases.filter((c) => c.language === 'en');

  it('draws the same findings on the real zh set typed in half-width punctuation', () => {
    expect(zh.length).toBe(300);
    expect(casesChangedBy(zh, toHalfWidth)).toEqual([]);
  });

  it('draws the same findings on the real zh set with full-width letters, digits and punctuation', () => {
    expect(casesChangedBy(zh, toFullWidth)).toEqual([]);
  });

  it('draws the same findings on the real en set written with no-break spaces', () => {
    expect(en.length).toBe(100);
    expect(casesChangedBy(en, toNoBreakSpaces)).toEqual([]);
  });

  it('ends a Chinese sentence at a half-width stop, but not inside a number or a list number', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('吃药了.还是睡不着...怎么办')).toEqual(['吃药了.', '还是睡不着...', '怎么办']);
    expect(texts('每次0.5mg.一天两次')).toEqual(['每次0.5mg.', '一天两次']);
    expect(texts('建议及时就诊1.在家观察')).toEqual(['建议及时就诊1.在家观察']);
    expect(texts('Take it easy. See you.')).toEqual(['Take it easy.', 'See you.']);
  });
});
