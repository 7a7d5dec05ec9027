import type { Rule } from './types';
import { unansweredQuestion } from './unanswered-question';
import { repeatMedicationAsk } from './repeat-medication-ask';
import { referralWithoutReason } from './referral-without-reason';
import { missingEmpathy } from './missing-empathy';
import { missingClosing } from './missing-closing';
import { genericReply } from './generic-reply';
import { riskNotAddressed } from './risk-not-addressed';
import { lateReplyUnacknowledged } from './late-reply-unacknowledged';

/** Every rule, in the order the review panel lists their findings: most serious first. */
export const RULES: readonly Rule[] = [
  riskNotAddressed,
  unansweredQuestion,
  repeatMedicationAsk,
  referralWithoutReason,
  lateReplyUnacknowledged,
  genericReply,
  missingEmpathy,
  missingClosing,
];
