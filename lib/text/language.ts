import { expressions } from 'franc-min/expressions.js';
import type { Conversation, Language } from '../conversation';
import { hanShare } from './normalize';

/** Detect zh or en. Chinese consultations are full of Latin drug names and units ("50mg", "CT",
 *  "舍曲林 50mg qd"), which make franc call them English, so a fifth of Han among the letters is
 *  Chinese; text with neither script ("？？", "38.5") is the console's Chinese; below a twentieth
 *  it is English; between the two, franc's call between cmn and eng breaks the tie. Only the tie
 *  asks franc: every English check would otherwise scan its text once per script franc knows. */
export function detectLanguage(text: string): Language {
  const share = hanShare(text);
  if (share >= 0.2) return 'zh';
  if (share === 0 && !/[A-Za-z]/.test(text)) return 'zh';
  return share > 0.05 ? francChineseOrEnglish(text) : 'en';
}

/** The language a conversation is checked in: its own, else detected from the draft and the
 *  messages. The engine checks in it, the audit reports it and the page words fixes in it. */
export function conversationLanguage(conversation: Conversation): Language {
  return conversation.language ?? detectLanguage(conversation.draft + '\n' + conversation.messages.map((m) => m.text).join('\n'));
}

/** franc-min's minimum sample and the length of text it reads. */
const FRANC_MIN_LENGTH = 3;
const FRANC_MAX_LENGTH = 2048;

/** `franc(text, { only: ['cmn', 'eng'], minLength: 3 })`, read as zh or en, computed with franc's
 *  own script expressions but without its trigram tables. franc first finds the script most of
 *  the text is written in: Han has one language (cmn), which is its answer; Latin leads to a
 *  trigram race among Latin languages that, with only eng allowed, eng always wins; any other
 *  script has no allowed language (und). So with these two languages its answer is the script
 *  count alone, and the 100 KB of trigram data (56 KB gzip, over a quarter of the content
 *  script) need not ship. test/unit/language.test.ts checks this against franc
 *  itself on every real text and on mixed random ones. */
export function francChineseOrEnglish(text: string): Language {
  if (text.length < FRANC_MIN_LENGTH) return 'en';
  const sample = text.slice(0, FRANC_MAX_LENGTH);
  let top = '';
  let topShare = -1;
  // franc's order and comparison: the first script with the highest share wins a tie.
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (sample.match(expression)?.length ?? 0) / sample.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return top === 'cmn' && topShare > 0 ? 'zh' : 'en';
}
