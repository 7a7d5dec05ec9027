import type { Language } from '../conversation';
import { blank, withoutFraming, type FramingPhrases } from './framing';
import { HOLDING, HOLDING_FILLER } from './holding.phrases';
import { PhraseMatcher, allHits } from './phrase-matcher';

// A holding message ("收到，我看一下报告", "One moment, let me check your results") tells the
// patient the answer is coming; the answer follows in the next bubble, and is read with it (see
// RuleContext.doctorTurn). Held for warmth, a closing line or the patient's questions, it would
// be held for what the next bubble will say. A risk or a long wait is still its own to meet.
// (Not a stock reply either: one stock phrase and it is no longer a holding message.)

const holding = new PhraseMatcher(HOLDING);
const filler = new PhraseMatcher(HOLDING_FILLER);
/** A holding message is a line, not a paragraph (characters; English words take more). */
const MAX_LENGTH: Record<Language, number> = { zh: 40, en: 100 };

/** Whether the draft only says the answer is coming: a holding phrase, and besides greeting,
 *  comfort and closing nothing but acknowledgement and what is being looked at. */
export function isHoldingReply(norm: string, language: Language, framing?: FramingPhrases): boolean {
  if (norm.trim().length > MAX_LENGTH[language]) return false;
  const core = allHits(holding.for(language), norm);
  if (core.length === 0) return false;
  const body = withoutFraming(norm, language, framing);
  const rest = blank(body, [...core, ...allHits(filler.for(language), body)]);
  return rest.replace(/[\s\p{P}\p{S}]+/gu, '') === '';
}
