import { describe, expect, it } from 'vitest';
import { loadDevSet } from '../../lib/cli/dataset';
import type { Conversation } from '../../lib/conversation';
import { checkDraft } from '../../lib/engine';
import { splitSentences } from '../../lib/text/segment';
import { casesChangedBy } from '../tools/rewrite';

// The same reply typed another way must draw the same findings at the same offsets: Chinese
// typed with the input method in half-width mode ("." and "," for 。 and ，), text in full-width
// letters and digits, English from a rich-text editor that writes no-break spaces, and a
// message sent sentence by sentence.

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

  it('draws the same findings when the patient sends each sentence of the latest message on its own', () => {
    // Evidence moves to the message that now holds it; what is found and how sure must not change.
    const flagsOf = (c: Conversation) => checkDraft(c).map((f) => `${f.rule}/${f.severity}`).sort();
    let split = 0;
    const changed = cases.filter((c) => {
      const last = c.messages.map((m) => m.role).lastIndexOf('patient');
      const message = c.messages[last];
      const sentences = message ? splitSentences(message.text) : [];
      if (!message || sentences.length < 2) return false;
      split++;
      const sent: Conversation = {
        ...c,
        messages: [...c.messages.slice(0, last), ...sentences.map((s) => ({ ...message, text: s.text })), ...c.messages.slice(last + 1)],
      };
      return JSON.stringify(flagsOf(c)) !== JSON.stringify(flagsOf(sent));
    });
    expect(split).toBeGreaterThan(250);
    expect(changed.map((c) => c.id)).toEqual([]);
  });

  it('draws the same findings when the draft has blank lines and spaces around it', () => {
    const read = (c: Conversation) => checkDraft(c).map((f) => `${f.rule}/${f.severity}`);
    const padded = cases.filter((c) => JSON.stringify(read(c)) !== JSON.stringify(read({ ...c, draft: `\n  ${c.draft}  \n\n` })));
    expect(padded.map((c) => c.id)).toEqual([]);
  });

  it('ends a sentence at a half-width stop before a Han character or a word, but not inside a number or a list number', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('吃药了.还是睡不着...怎么办')).toEqual(['吃药了.', '还是睡不着...', '怎么办']);
    expect(texts('每次0.5mg.一天两次')).toEqual(['每次0.5mg.', '一天两次']);
    expect(texts('建议及时就诊1.在家观察')).toEqual(['建议及时就诊1.在家观察']);
    expect(texts('Take it easy. See you.')).toEqual(['Take it easy.', 'See you.']);
    // A stop typed without its space between two words still ends the sentence.
    expect(texts('attach your reports.hope this helps')).toEqual(['attach your reports.', 'hope this helps']);
  });
});
