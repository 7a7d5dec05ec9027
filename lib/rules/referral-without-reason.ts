import type { Language } from '../conversation';
import { splitClauses, splitSentences, type Span } from '../text/segment';
import {
  ASKED_WHERE_TO_GO,
  BOOKING,
  CONDITIONS,
  EMERGENCY_HELP,
  EXAM_RESULT_WORDS,
  EXAMS_TO_DO,
  NOT_A_REFERRAL,
  REASONS,
  REFERRALS,
  SENDS,
  SENT_TO,
  URGENT_VISIT,
  VAGUE_CONDITIONS,
  VISIT_CHECKS,
} from './referral-without-reason.phrases';
import { PhraseMatcher, allHits, firstHit } from './phrase-matcher';
import { appendedText } from './fix-place';
import { latestTurnRaisesSelfHarm } from './risk-not-addressed';
import { evidenceOf, type Rule } from './types';

const referrals = new PhraseMatcher(REFERRALS);
const notReferral = new PhraseMatcher(NOT_A_REFERRAL);
const reasons = new PhraseMatcher(REASONS);
const examsToDo = new PhraseMatcher(EXAMS_TO_DO);
const examResults = new PhraseMatcher(EXAM_RESULT_WORDS);
const booking = new PhraseMatcher(BOOKING);
const sentTo = new PhraseMatcher(SENT_TO);
const sends = new PhraseMatcher(SENDS);
const conditions = new PhraseMatcher(CONDITIONS);
const vagueConditions = new PhraseMatcher(VAGUE_CONDITIONS);
const emergencyHelp = new PhraseMatcher(EMERGENCY_HELP);
const urgentVisit = new PhraseMatcher(URGENT_VISIT);
const askedWhereToGo = new PhraseMatcher(ASKED_WHERE_TO_GO);

/** How far after an exam a result word makes it a result reported ("检查的结果"). */
const RESULT_REACH = 3;

/** The draft has the patient do a named exam somewhere: that says what a visit is for, even
 *  sentences away from the referral ("大三阳如何治主要看肝功能和B超的检查情况…你最好去医院检查一下"). */
function namesExamToDo(language: Language, text: string): boolean {
  const resultRe = examResults.for(language);
  return allHits(examsToDo.for(language), text).some((h) => {
    // Room for the result word itself (没有问题) after the reach.
    const after = text.slice(h.end, h.end + RESULT_REACH + 4);
    const result = firstHit(resultRe, after);
    return !result || result.start > RESULT_REACH;
  });
}

/** The longest sending phrase of SENDS ("book an appointment with your nearest ") fits here. */
const SEND_REACH = 48;

/** Where a place or carer follows a verb that sends the patient there ("go to the clinic",
 *  "be seen by a dermatologist"): the starts of those places. */
function composedReferrals(language: Language, text: string): number[] {
  const sendRe = sends.for(language);
  return allHits(sentTo.for(language), text)
    .filter((place) => {
      const before = text.slice(Math.max(0, place.start - SEND_REACH), place.start);
      return allHits(sendRe, before).some((h) => h.end === before.length);
    })
    .map((place) => place.start);
}

/** The sentence makes its referral conditional on something about the patient ("go to the
 *  ER if you have trouble breathing"), which tells them when and why to go. "If needed" and
 *  the like say neither: a vague condition starts where its condition word does. */
function hasTrigger(language: Language, sentence: string): boolean {
  const vague = new Set(allHits(vagueConditions.for(language), sentence).map((h) => h.start));
  return allHits(conditions.for(language), sentence).some((h) => !vague.has(h.start));
}

/** The one-click reason: checks that fit what the patient complains of, then how to book when
 *  the reply does not say it yet. */
function fixText(language: Language, patientText: string, withBooking: boolean): string {
  // The last family has no words and fits anything.
  const checks = VISIT_CHECKS[language].find((f) => f.words.test(patientText))?.checks ?? '';
  if (language === 'zh') return `门诊可以当面评估并做${checks}，再制定更适合你的方案${withBooking ? '；可通过医院官网或公众号挂号。' : '。'}`;
  return ` An in-person visit allows ${checks}, so the treatment can be fitted to you${withBooking ? '; you can book through the hospital website or app.' : '.'}`;
}

// The fix goes right after the referral sentence. When that sentence ends the draft, a Chinese
// one often runs on to the closing wish ("…及时就诊，…，期望早日康复"), which must stay last: there
// the fix goes right after the referral's clause. A place left without a stop gets one first
// (appendedText).

/** The reason may stand in the referral clause or the clauses beside it ("建议到医院，查个血常规"),
 *  up to NEIGHBOURS clauses away but not beyond the adjacent sentence: a purpose or trigger
 *  given three sentences earlier about something else does not explain this visit (a named
 *  exam to do does, wherever it stands: see namesExamToDo). English replies
 *  explain the referral anywhere in the answer, so there the whole draft counts. */
const NEIGHBOURS = 4;
const NEIGHBOUR_SENTENCES = 1;

/** The texts of runs of neighbouring clauses parted only by an enumeration comma or a colon
 *  ("出现乏力、气促"), as one text each: an alarm sign may stand second in a list. */
function acrossLists(clauses: readonly { clause: Span }[], text: string): string[] {
  const runs: string[] = [];
  let from: Span | undefined;
  let to: Span | undefined;
  const flush = () => {
    if (from && to && to !== from) runs.push(text.slice(from.start, to.end));
  };
  for (const { clause } of clauses) {
    if (from && to && /^[、：:\s]*$/u.test(text.slice(to.end, clause.start))) to = clause;
    else {
      flush();
      from = to = clause;
    }
  }
  flush();
  return runs;
}

export const referralWithoutReason: Rule = {
  id: 'referral-without-reason',
  meta: {
    title: { zh: '建议就诊未说明原因', en: 'Referral without a reason' },
    docs: {
      zh: '只说“建议去门诊”而不解释为什么要去、门诊能做什么（如抽血查肝肾功、量表评估、心电监测），患者会觉得被敷衍；最好同时说明怎么挂号。',
      en: 'Telling the patient to go in person without saying why (what the visit offers that online cannot: blood tests, rating scales, ECG) reads as a brush-off; also say how to book.',
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft, language } = ctx;
    if (draft.norm.trim().length === 0) return [];
    const referralRe = referrals.for(language, ctx.extraPhrases('referrals'));
    // Most drafts refer nowhere: one scan of the whole draft settles them.
    const draftReferrals = [...allHits(referralRe, draft.norm).map((h) => h.start), ...composedReferrals(language, draft.norm)];
    if (draftReferrals.length === 0) return [];
    // The reply is read whole: bubbles the doctor already sent in this turn, each on its own
    // line, then the draft ("需要做个胃镜看看有没有溃疡" sent, then "去消化内科挂号吧"). A
    // referral explained in a bubble explains the reply's referrals; only the draft's can be
    // flagged (the bubbles were checked when they were sent).
    const sent = ctx.doctorTurn.map((m) => m.norm + '\n').join('');
    const reply = sent + draft.norm;
    const referralStarts = [
      ...(sent ? [...allHits(referralRe, sent).map((h) => h.start), ...composedReferrals(language, sent)] : []),
      ...draftReferrals.map((p) => p + sent.length),
    ];
    const notRe = notReferral.for(language);
    const reasonRe = reasons.for(language, ctx.extraPhrases('reasons'));
    // English replies explain a referral anywhere in the answer.
    if (language === 'en' && firstHit(reasonRe, reply)) return [];
    if (namesExamToDo(language, reply)) return [];
    // Asked which department or where to go, the patient has their reason for the visit; whether
    // the reply names the place is unanswered-question's to say ("挂什么科？" is a shaped question).
    if (ctx.latestTurn.some((src) => firstHit(askedWhereToGo.for(language), src.norm) !== undefined)) return [];
    const sentences = splitSentences(reply);
    let referral: { sentence: Span; clause: Span } | undefined;
    let risky: boolean | undefined;
    for (let si = 0; si < sentences.length; si++) {
      const sentence = sentences[si] as Span;
      if (!referralStarts.some((p) => p >= sentence.start && p < sentence.end)) continue;
      // The clauses of this sentence and of its neighbours, in order: a reason may stand there.
      const local: { clause: Span; own: boolean; opensNext: boolean }[] = [];
      const lastNeighbour = Math.min(sentences.length - 1, si + NEIGHBOUR_SENTENCES);
      for (let k = Math.max(0, si - NEIGHBOUR_SENTENCES); k <= lastNeighbour; k++) {
        const s = sentences[k] as Span;
        splitClauses(s.text).forEach((c, ci) => {
          local.push({
            clause: { text: c.text, start: s.start + c.start, end: s.start + c.end },
            own: k === si,
            opensNext: k === si + 1 && ci < NEIGHBOURS,
          });
        });
      }
      for (let i = 0; i < local.length; i++) {
        const { clause, own } = local[i] as (typeof local)[number];
        if (!own || !referralStarts.some((p) => p >= clause.start && p < clause.end)) continue;
        if (firstHit(notRe, clause.text)) continue;
        // A trigger explains this referral only: a safety net ("ER if you faint") does not
        // explain a plain "see your doctor" elsewhere in the draft.
        if (hasTrigger(language, sentence.text)) continue;
        // Emergency help for a patient who speaks of ending their life is explained by their
        // safety; a "门诊可以当面评估" sentence would be the wrong fix there. A physical red flag
        // keeps its flag: saying why (an ECG for the chest pain) still helps.
        // So is a visit soon for one ("今明两天尽快带孩子来门诊，期间保证有人陪着").
        if ((firstHit(emergencyHelp.for(language), clause.text) || firstHit(urgentVisit.for(language), clause.text)) && (risky ??= latestTurnRaisesSelfHarm(ctx))) continue;
        if (language === 'zh') {
          // The sentence right after the referral is where a reason follows it, however long
          // the referral's own sentence runs on (and where the fix puts one).
          const near = local.filter((n, k) => Math.abs(k - i) <= NEIGHBOURS || n.opensNext);
          // One explained referral is enough: the doctor has shown the patient why to go. Read
          // across a list's 、 ("要是出现喘憋、嘴唇发紫"): the phrases' gaps stop at commas anyway.
          if (near.some((n) => firstHit(reasonRe, n.clause.text)) || acrossLists(near, reply).some((t) => firstHit(reasonRe, t))) return [];
        }
        if (clause.start >= sent.length) referral ??= { sentence, clause };
      }
    }
    if (!referral) return [];
    // Back to offsets in the draft: a line break ends a sentence, so the referral's sentence and
    // clause lie within the draft.
    const inDraft = (span: Span): Span => ({ ...span, start: span.start - sent.length, end: span.end - sent.length });
    const sentence = inDraft(referral.sentence);
    const inLastSentence = language === 'zh' && draft.norm.slice(sentence.end).trim() === '';
    const fixAfter = inLastSentence ? inDraft(referral.clause) : sentence;
    const hasBooking = firstHit(booking.for(language), reply) !== undefined;
    const patientText = ctx.patientSources.map((src) => src.norm).join('\n');
    return [
      {
        rule: 'referral-without-reason',
        severity: ctx.severity,
        message: hasBooking
          ? {
              zh: '建议患者就诊，但没有说明为什么需要去、去了能做什么。请补一句原因，例如需要做哪些检查（抽血查肝肾功、量表评估、心电监测）或为了明确诊断。',
              en: 'The reply sends the patient in person without saying why. Add the reason: which tests the visit allows (blood tests, rating scales, ECG) or that it is needed to confirm the diagnosis.',
            }
          : {
              zh: '建议患者就诊，但没有说明为什么需要去、去了能做什么，也没说怎么挂号。请补一句原因（如抽血查肝肾功、量表评估、心电监测，或为了明确诊断）和挂号方式（医院官网/公众号）。',
              en: 'The reply sends the patient in person without saying why or how to book. Add the reason (blood tests, rating scales, ECG, or confirming the diagnosis) and the way to book (hospital website or app).',
            },
        evidence: evidenceOf(draft, sentence.start, sentence.end),
        fixes: [
          {
            label: { zh: '补充就诊原因和挂号方式', en: 'Add the reason and how to book' },
            text: appendedText(draft.norm.slice(0, fixAfter.end), language, fixText(language, patientText, !hasBooking)),
            at: { offset: fixAfter.end },
            category: 'referral-reason',
          },
        ],
      },
    ];
  },
};
