import type { Language } from '../conversation';
import { splitSentences } from '../text/segment';
import { CLOSINGS, SIGNATURE, SIGN_OFF_FILLER } from './missing-closing.phrases';
import { appendedText } from './fix-place';
import { PhraseMatcher, allHits, compilePhrases } from './phrase-matcher';
import { evidenceOf, type Rule } from './types';

const closings = new PhraseMatcher(CLOSINGS);
// Filler only counts when it is what the draft ends with: anchored at the end.
const fillerAtEnd: Record<Language, RegExp> = {
  zh: new RegExp(`(?:${compilePhrases(SIGN_OFF_FILLER.zh).source})[^。！？!?\\n]{0,8}$`, 'u'),
  // "Regards, Dr. Kaushal Bhavsar", "Regards,\nDr. Jnikolla, Pulmonologist": a signature runs on
  // with a name and titles. "Thanks." ends within its sentence: "Thanks for your query. Get a
  // covid test …" opens the reply, and what follows it is content.
  en: new RegExp(`(?:${compilePhrases(SIGNATURE.en).source})[^!?]{0,90}$|(?:${compilePhrases(SIGN_OFF_FILLER.en).source})[^.!?]{0,90}$`, 'u'),
};
// The stop that ends the content ("。", "!", "…"), which the closing line follows.
const CONTENT_STOP = /^[.。!！?？~～…]+/u;
// Trailing punctuation, whitespace, and dates such as "(3/25/20)".
const TRAILING_NOISE = /(?:[\s.。!！?？,，;；:：~～…、)）\]】"”'’]|\(\d{1,2}\/\d{1,2}\/\d{2,4}\))+$/u;

/** How far from the end of the content a closing phrase may stand and still be the closing
 *  line ("期望上述的答案可以协助到您" before a final "谢谢" clause; English sentences are longer). */
const TAIL_CHARS: Record<Language, number> = { zh: 24, en: 80 };

/** How much of the end of a draft is read: a closing line and its sign-off filler fit in it,
 *  and reading only the tail keeps a 3,000-character draft cheap. */
const WINDOW = 600;
const FILLER_WINDOW = 200;

/** Where the draft's content ends once sign-off filler and trailing punctuation are removed. */
export function contentEnd(norm: string, language: Language): number {
  let end = norm.length;
  for (let guard = 0; guard < 4; guard++) {
    const before = end;
    const from = Math.max(0, end - FILLER_WINDOW);
    const noise = TRAILING_NOISE.exec(norm.slice(from, end));
    if (noise) end = from + noise.index;
    const from2 = Math.max(0, end - FILLER_WINDOW);
    const filler = fillerAtEnd[language].exec(norm.slice(from2, end));
    if (filler) end = from2 + filler.index;
    if (end === before) break;
  }
  return end;
}

interface Ending {
  /** Where the content ends, before trailing punctuation and sign-off filler. */
  contentEnd: number;
  /** The draft's last sentence of content (before sign-off filler). */
  lastStart: number;
  lastEnd: number;
  /** Where the closing line starts, when the draft ends with one. */
  closingStart: number | undefined;
}

/** How the draft ends: its last sentence of content and, if it closes, where the closing line
 *  starts. Undefined for a draft with no content. */
function readEnding(norm: string, language: Language, extra: readonly string[]): Ending | undefined {
  const end = contentEnd(norm, language);
  if (end === 0) return undefined;
  const windowStart = Math.max(0, end - WINDOW);
  const sentences = splitSentences(norm.slice(windowStart, end));
  const last = sentences.at(-1);
  const lastStart = windowStart + (last?.start ?? 0);
  const lastEnd = windowStart + (last?.end ?? end - windowStart);
  // Read closings from a little before the last sentence or the tail, whichever is earlier.
  const from = Math.max(0, Math.min(lastStart, end - TAIL_CHARS[language]) - 16);
  const hit = allHits(closings.for(language, extra), norm.slice(from)).find(
    (h) => from + h.start >= lastStart || end - (from + h.end) <= TAIL_CHARS[language],
  );
  if (!hit) return { contentEnd: end, lastStart, lastEnd, closingStart: undefined };
  // The closing line is the sentence the closing phrase stands in, or the last one.
  const inSentence = sentences.find((s) => windowStart + s.end > from + hit.start);
  const closingStart = Math.min(lastStart, inSentence ? windowStart + inSentence.start : lastStart);
  return { contentEnd: end, lastStart, lastEnd, closingStart };
}

/** Where the draft's closing line starts ("祝早日康复！", "Hope this helps. Regards, Dr …"), or
 *  undefined when it ends without one: what is added "at the end" belongs before it. `extra`:
 *  the closings a pack added. */
export function closingLineStart(norm: string, language: Language, extra: readonly string[] = []): number | undefined {
  return readEnding(norm, language, extra)?.closingStart;
}

const FIX_TEXT = {
  zh: '若后续还有什么疑问，还可继续线上联系我。祝早日康复！',
  en: ' If you have any further questions, feel free to message me again. Take care.',
} as const;

export const missingClosing: Rule = {
  id: 'missing-closing',
  meta: {
    title: { zh: '缺少结束语', en: 'No closing line' },
    docs: {
      zh: '回复结尾没有结束语（邀请继续咨询或祝福）。加一句“若后续还有什么疑问，还可继续线上联系我”，患者会觉得被重视、可以继续沟通。',
      en: 'The reply does not end with a closing line (an invitation to follow up, or a wish). One line such as "feel free to message me again" tells the patient the door stays open.',
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft, language } = ctx;
    const extra = ctx.extraPhrases('closings');
    const ending = readEnding(draft.norm, language, extra);
    if (!ending || ending.closingStart !== undefined) return [];
    // "收到，我看一下": the closing line ends the answer, in the next bubble.
    if (ctx.holding) return [];
    // An earlier bubble of this reply ended with a closing line: a follow-up ("另外…") after it
    // needs none of its own.
    if (ctx.doctorTurn.some((sent) => readEnding(sent.norm, language, extra)?.closingStart !== undefined)) return [];
    const { lastStart, lastEnd } = ending;
    // An English closing line goes before the signature ("…for some days. If you have …
    // Regards, Dr Li"), after the content's own stop. Chinese sign-off filler ("以上意见仅供参考",
    // "谢谢") reads well before a closing wish: there the line goes at the end.
    const closeAt =
      language === 'en'
        ? ending.contentEnd + (CONTENT_STOP.exec(draft.norm.slice(ending.contentEnd))?.[0].length ?? 0)
        : draft.norm.length;
    const quoteStart = lastStart;
    const quoteEnd = Math.max(lastEnd, quoteStart + 1);
    return [
      {
        rule: 'missing-closing',
        severity: ctx.severity,
        message: {
          zh: '回复结尾没有结束语。建议在最后加一句，例如“若后续还有什么疑问，还可继续线上联系我”，让患者知道可以继续咨询。',
          en: 'The reply does not end with a closing line. Add one at the end, e.g. "If you have any further questions, feel free to message me again", so the patient knows they can follow up.',
        },
        evidence: evidenceOf(draft, quoteStart, Math.min(quoteEnd, draft.text.length)),
        fixes: [
          {
            label: { zh: '在结尾加结束语', en: 'Add a closing line at the end' },
            text: appendedText(draft.norm.slice(0, closeAt), language, FIX_TEXT[language]),
            at: closeAt >= draft.norm.trimEnd().length ? 'end' : { offset: closeAt },
            category: 'closing',
          },
        ],
      },
    ];
  },
};
