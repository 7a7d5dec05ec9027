import type { Language } from '../conversation';
import { WAIT_ACKNOWLEDGED } from './late-reply-unacknowledged.phrases';
import { openingFix } from './fix-place';
import { PhraseMatcher, firstHit } from './phrase-matcher';
import { evidenceOf, type Rule } from './types';

const acknowledged = new PhraseMatcher(WAIT_ACKNOWLEDGED);
/** The platform asks for a reply within 24 h (seed 000 §6). */
const LATE_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

// An apology with no reason made up for the doctor: a clinic day the doctor did not have, or "两天"
// when the wait was five, would be the reply's first untrue words. Their own template can say why.
const FIX: Record<Language, string> = {
  zh: '抱歉让您久等了，现在才回复您。',
  en: 'Sorry for the delay in getting back to you. ',
};

export const lateReplyUnacknowledged: Rule = {
  id: 'late-reply-unacknowledged',
  meta: {
    title: { zh: '回复延迟未致歉', en: 'Late reply not acknowledged' },
    docs: {
      zh: '患者的消息已等待超过24小时，回复却没有一句致歉或说明。患者常因“提问几天没人回”给差评，一句“抱歉久等”就能缓和。',
      en: 'The patient has waited more than 24 hours and the reply does not acknowledge the wait. A short apology defuses one of the most common complaints.',
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { now, draft, language } = ctx;
    // Once the doctor has sent part of the reply, the wait is over: that bubble was the one to
    // acknowledge it (and was checked for it).
    if (!now || ctx.doctorTurn.length > 0) return [];
    // The oldest unanswered patient message is how long the patient has waited.
    const waiting = ctx.latestTurn.find((s) => s.source === 'message');
    if (!waiting || waiting.index === undefined) return [];
    const at = ctx.conversation.messages[waiting.index]?.at;
    if (!at) return [];
    const waitedMs = now.getTime() - Date.parse(at);
    if (!(waitedMs > LATE_MS)) return [];
    const re = acknowledged.for(language, ctx.extraPhrases('acknowledgements'));
    if (firstHit(re, draft.norm) || firstHit(acknowledged.for(language === 'zh' ? 'en' : 'zh'), draft.norm)) return [];
    const hours = Math.floor(waitedMs / HOUR_MS);
    const waited = hours >= 48 ? { zh: `${Math.floor(hours / 24)}天`, en: `${Math.floor(hours / 24)} days` } : { zh: `${hours}小时`, en: `${hours} hours` };
    const quoteEnd = Math.min(waiting.text.length, 40);
    return [
      {
        rule: 'late-reply-unacknowledged',
        severity: ctx.severity,
        message: {
          zh: `患者已等待约${waited.zh}，回复中没有致歉或说明。建议开头加一句“抱歉让您久等了”。`,
          en: `The patient has waited about ${waited.en} and the reply does not acknowledge it. Start with a short apology such as "Sorry for the delay".`,
        },
        evidence: evidenceOf(waiting, 0, quoteEnd),
        fixes: [{ label: { zh: '开头插入致歉', en: 'Insert an apology at the start' }, ...openingFix(ctx.draft, language, FIX[language]), category: 'delay-notice' }],
      },
    ];
  },
};
