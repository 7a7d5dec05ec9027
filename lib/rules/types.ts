import type { Conversation, Language } from '../conversation';
import type { Bilingual, Evidence, Finding, RuleId, Severity } from '../findings';

/** One text the rules can read, with its normalised twin (same offsets, see normalize()). */
export interface TextSource {
  source: Evidence['source'];
  /** Index into messages or attachments for those sources. */
  index?: number;
  text: string;
  norm: string;
}

export interface RuleContext {
  conversation: Conversation;
  language: Language;
  /** The draft about to be sent. */
  draft: TextSource;
  /** `now` from the conversation, else the checking time; undefined only when neither is known. */
  now: Date | undefined;
  /** Everything the patient has given: intake, 用药情况, attachments, every patient message. */
  patientSources: readonly TextSource[];
  /** The patient's latest turn: the patient messages since the doctor last replied (bubbles the
   *  doctor has sent since do not end it: see doctorTurn), or the intake when no patient message
   *  follows a doctor reply. This is what the draft answers. */
  latestTurn: readonly TextSource[];
  /** What the doctor has already sent since the patient's latest message: a reply sent in
   *  several bubbles, the draft being the next. Warmth or a closing line in an earlier bubble is
   *  the reply's all the same. */
  doctorTurn: readonly TextSource[];
  /** The draft only says the answer is coming ("收到，我看一下报告"; see holding.ts): the rules that
   *  weigh the answer leave it to the next bubble. */
  holding: boolean;
  /** Extra phrases a pack or policy added to one of this rule's phrase lists. */
  extraPhrases(list: string): readonly string[];
  /** Extra phrases of another rule's list: rules reading the same words agree (a closing line a
   *  pack taught missing-closing is one for unanswered-question's lead-in too). */
  packPhrases(rule: RuleId, list: string): readonly string[];
  /** The severity configured for this rule (its default unless settings override it). */
  severity: Severity;
}

export interface RuleMeta {
  title: Bilingual;
  /** What the rule catches and why it matters, one or two sentences per language. */
  docs: Bilingual;
  defaultSeverity: Severity;
  languages: readonly Language[];
}

/** A rule, shaped like an ESLint rule: an id, its meta, and a pure check. */
export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

/** Build an evidence record quoting `source` between start and end. */
export function evidenceOf(src: TextSource, start: number, end: number): Evidence {
  return {
    source: src.source,
    ...(src.index === undefined ? {} : { index: src.index }),
    text: src.text.slice(start, end),
    start,
    end,
  };
}
