import type { Language } from '../conversation';
import type { Fix } from '../findings';
import type { TextSource } from './types';

// Where a fix goes when it opens or closes the reply. The doctor's greeting stays first
// ("您好，理解你的担心……" rather than "理解你的担心……您好，"), and a line added at the end starts
// a sentence of its own even when the draft ends without a stop ("……也看呼吸内科。若后续……").

/** A greeting opening the reply, with what follows it up to the next word: "张女士您好，",
 *  "Hello Dr Li, ". The Chinese one must be followed by punctuation or a space, so "你好好休息"
 *  is not read as a greeting. */
const OPENING_GREETING: Record<Language, RegExp> = {
  zh: /^\s*[\p{Script=Han}]{0,6}?(?:你好|您好|早上好|上午好|下午好|晚上好)[呀啊]?[，,！!。：:\s]+/u,
  en: /^\s*(?:hello|hi|hey|dear|good (?:morning|afternoon|evening))\b[^,.!:;\n]{0,60}[,.!:;\n]\s*/u,
};

/** Where the greeting that opens `norm` ends, 0 without one. */
export function greetingEnd(norm: string, language: Language): number {
  return OPENING_GREETING[language].exec(norm)?.[0].length ?? 0;
}

/** The text of a fix as it reads where it goes: a sentence put right after an English greeting
 *  that ends in a comma goes on in lower case ("Hello, sorry for the delay", not "Hello, Sorry");
 *  "I" and anything that is not a capital before a lower-case letter stay as written. The page
 *  fits a doctor's template the same way. */
export function fittedText(draft: string, at: Fix['at'], language: Language, text: string): string {
  if (language !== 'en' || typeof at !== 'object' || !/,\s*$/u.test(draft.slice(0, at.offset))) return text;
  return /^I\b/u.test(text) ? text : text.replace(/^[A-Z](?=[a-z])/u, (c) => c.toLowerCase());
}

/** A fix that opens the reply: right after the greeting, else at the very start, its text
 *  fitted to that place. */
export function openingFix(draft: TextSource, language: Language, text: string): Pick<Fix, 'text' | 'at'> {
  const greeting = greetingEnd(draft.norm, language);
  const at: Fix['at'] = greeting > 0 ? { offset: greeting } : 'start';
  return { text: fittedText(draft.text, at, language, text), at };
}

/** Text ending on a word, a number or a closing bracket or quote (no stop, no comma) needs a stop
 *  before a line is added after it. */
const ENDS_ON_WORD = /[\p{L}\p{N})）\]】"”'’」』]\s*$/u;
const STOP: Record<Language, string> = { zh: '。', en: '.' };

/** The text of a line added after `before` (the draft up to where it goes): `text`, after a
 *  stop when `before` ends without one. */
export function appendedText(before: string, language: Language, text: string): string {
  return ENDS_ON_WORD.test(before) ? STOP[language] + text : text;
}
