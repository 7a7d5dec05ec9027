import type { Language } from '../conversation';
import { findDrugs } from '../text/lexicon';
import { splitClauses, type Span } from '../text/segment';
import { CLOSINGS } from './missing-closing.phrases';
import { EMPATHY } from './missing-empathy.phrases';
import { greetingEnd } from './fix-place';
import { PhraseMatcher, allHits } from './phrase-matcher';
import type { RuleContext } from './types';

// The framing of a reply: the greeting, and clauses that only comfort or close
// ("理解你现在的担心和难受，别太着急，我们一起来想办法。"). Adding framing, by hand or with a
// one-click fix, must not make a reply look longer or more specific to the rules that weigh its
// content (a brief reply that left a question, a stock reply): those read the reply without it.

const comfort = new PhraseMatcher({ zh: [...EMPATHY.zh, ...CLOSINGS.zh], en: [...EMPATHY.en, ...CLOSINGS.en] });
const closings = new PhraseMatcher(CLOSINGS);

/** Phrases a pack added to missing-empathy's and missing-closing's lists: framing too. */
export interface FramingPhrases {
  empathy: readonly string[];
  closings: readonly string[];
}
const NO_EXTRA: FramingPhrases = { empathy: [], closings: [] };

/** The pack phrases of a rule context, for the functions below. */
export function framingPhrasesOf(ctx: Pick<RuleContext, 'packPhrases'>): FramingPhrases {
  return { empathy: ctx.packPhrases('missing-empathy', 'empathy'), closings: ctx.packPhrases('missing-closing', 'closings') };
}
const HAN = /\p{Script=Han}/gu;
const WORD = /[a-z]+/gu;
/** Longer than this, a comforting clause carries content of its own (Han characters / words). */
const FRAMING_MAX: Record<Language, number> = { zh: 15, en: 12 };
/** Characters read each side of a phrase to find its clause: longer clauses are not framing. */
const CLAUSE_WINDOW = 120;

function units(text: string, language: Language): number {
  return (text.match(language === 'zh' ? HAN : WORD) ?? []).length;
}

/** A count of time in words ("in four weeks", "两周后再看看"): like a number, it says when, so a
 *  clause holding one is content, however much it also reads as a closing line. */
const TIME_COUNT =
  /[一二两三四五六七八九十半几]+\s*(?:个)?(?:天|周|星期|个月|月|年)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)\s+(?:days?|weeks?|months?|years?)\b/u;

/** Short clauses of `norm` holding a phrase of `matcher` and no drug, number or count of time. The
 *  phrases are found in one pass first: most clauses hold none, and a long draft is split only
 *  around hits. */
function shortClausesWith(norm: string, language: Language, re: RegExp, after: number): Span[] {
  const hits = allHits(re, norm).filter((h) => h.end > after);
  if (hits.length === 0) return [];
  const spans: Span[] = [];
  for (const h of hits) {
    if (spans.some((s) => h.start >= s.start && h.end <= s.end)) continue;
    const clause = clauseAround(norm, h.start, h.end);
    if (clause.end <= after || /\d/u.test(clause.text) || TIME_COUNT.test(clause.text) || findDrugs(clause.text).length > 0) continue;
    if (units(clause.text, language) <= FRAMING_MAX[language]) spans.push(clause);
  }
  return spans;
}

/** The clause holding `start`..`end`, read from a window around it. */
function clauseAround(norm: string, start: number, end: number): Span {
  const from = Math.max(0, start - CLAUSE_WINDOW);
  const to = Math.min(norm.length, end + CLAUSE_WINDOW);
  const clause = splitClauses(norm.slice(from, to)).find((c) => from + c.end > start) ?? {
    text: norm.slice(start, end),
    start: start - from,
    end: end - from,
  };
  return { text: clause.text, start: from + clause.start, end: from + clause.end };
}

/** Spans of `norm` that frame the reply rather than say something: the greeting, and short
 *  clauses holding a comfort or closing phrase and no drug or number (the closing line is made
 *  of those; a run-on "…with lysol wipes Would you like to chat?" keeps its content). */
export function framingSpans(norm: string, language: Language, extra: FramingPhrases = NO_EXTRA): Span[] {
  const greeting = greetingEnd(norm, language);
  const spans = shortClausesWith(norm, language, comfort.for(language, [...extra.empathy, ...extra.closings]), greeting);
  return greeting > 0 ? [{ text: norm.slice(0, greeting), start: 0, end: greeting }, ...spans] : spans;
}

/** `norm` with its closing clauses blanked ("若后续还有什么疑问", "祝早日康复", "If you have any further
 *  questions"): a wish or an invitation answers no question, though it shares words with some
 *  ("彻底康复", "if"). Same length. */
export function withoutClosings(norm: string, language: Language, extra: FramingPhrases = NO_EXTRA): string {
  return blank(norm, shortClausesWith(norm, language, closings.for(language, extra.closings), 0));
}

/** `norm` with the spans replaced by spaces: same length, offset for offset. */
export function blank(norm: string, spans: readonly Pick<Span, 'start' | 'end'>[]): string {
  let text = norm;
  for (const s of spans) text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  return text;
}

/** The last reply read without its framing: the holding check, generic-reply and
 *  unanswered-question each ask for the same draft's in one check. */
let lastFraming: { key: string; body: string } | undefined;

/** The reply without its framing, same length (framing blanked). */
export function withoutFraming(norm: string, language: Language, extra: FramingPhrases = NO_EXTRA): string {
  const key = `${language}\u0000${extra.empathy.join('\u0001')}\u0000${extra.closings.join('\u0001')}\u0000${norm}`;
  if (lastFraming?.key === key) return lastFraming.body;
  const body = blank(norm, framingSpans(norm, language, extra));
  lastFraming = { key, body };
  return body;
}
