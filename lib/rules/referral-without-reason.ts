import type { Language } from '../conversation';
import { splitClauses, splitSentences, type Span } from '../text/segment';
import { BOOKING, NOT_A_REFERRAL, REASONS, REFERRALS } from './referral-without-reason.phrases';
import { PhraseMatcher, allHits, firstHit } from './phrase-matcher';
import { evidenceOf, type Rule } from './types';

const referrals = new PhraseMatcher(REFERRALS);
const notReferral = new PhraseMatcher(NOT_A_REFERRAL);
const reasons = new PhraseMatcher(REASONS);
const booking = new PhraseMatcher(BOOKING);

const FIX_TEXT: Record<Language, string> = {
  zh: '门诊可以当面评估并做相关检查（如抽血查肝肾功能、量表评估），再制定更适合你的方案；可通过医院官网或公众号挂号。',
  en: ' An in-person visit lets the doctor examine you and run the tests we cannot do online (for example blood tests or an ECG), so the treatment can be fitted to you; you can book through the hospital website or app.',
};

/** The reason may stand in the referral clause or the clauses beside it ("建议到医院，查个血常规"),
 *  up to NEIGHBOURS clauses away but not beyond the adjacent sentence: a reason given three
 *  sentences earlier about something else does not explain this visit. English replies
 *  explain the referral anywhere in the answer, so there the whole draft counts. */
const NEIGHBOURS = 4;
const NEIGHBOUR_SENTENCES = 1;

/** For each clause (in order), the index of the sentence that holds it. */
function sentenceIndexOf(clauses: readonly Span[], sentences: readonly Span[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const c of clauses) {
    while (s < sentences.length - 1 && c.start >= (sentences[s] as Span).end) s++;
    out.push(s);
  }
  return out;
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
    const referralStarts = allHits(referralRe, draft.norm).map((h) => h.start);
    if (referralStarts.length === 0) return [];
    const notRe = notReferral.for(language);
    const reasonStarts = allHits(reasons.for(language, ctx.extraPhrases('reasons')), draft.norm).map((h) => h.start);
    const explained = (from: number, to: number): boolean => reasonStarts.some((p) => p >= from && p < to);
    const sentences = splitSentences(draft.norm);
    const clauses = splitClauses(draft.norm);
    const sentenceOf = sentenceIndexOf(clauses, sentences);
    let referral: Span | undefined;
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i] as Span;
      const refers = referralStarts.some((p) => p >= clause.start && p < clause.end);
      if (!refers || firstHit(notRe, clause.text)) continue;
      // One explained referral is enough: the doctor has shown the patient why to go.
      if (language === 'en') {
        if (reasonStarts.length > 0) return [];
      } else {
        for (let k = Math.max(0, i - NEIGHBOURS); k <= Math.min(clauses.length - 1, i + NEIGHBOURS); k++) {
          const near = clauses[k] as Span;
          const sameOrNextSentence = Math.abs((sentenceOf[k] ?? 0) - (sentenceOf[i] ?? 0)) <= NEIGHBOUR_SENTENCES;
          if (sameOrNextSentence && explained(near.start, near.end)) return [];
        }
      }
      referral ??= sentences[sentenceOf[i] ?? -1] ?? clause;
    }
    if (!referral) return [];
    const hasBooking = firstHit(booking.for(language), draft.norm) !== undefined;
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
        evidence: evidenceOf(draft, referral.start, referral.end),
        fixes: [
          {
            label: { zh: '补充就诊原因和挂号方式', en: 'Add the reason and how to book' },
            text: FIX_TEXT[language],
            at: { offset: referral.end },
            category: 'referral-reason',
          },
        ],
      },
    ];
  },
};
