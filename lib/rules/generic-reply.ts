import type { Language } from '../conversation';
import type { Finding, Severity } from '../findings';
import { findDrugs } from '../text/lexicon';
import { findQuestions } from '../text/questions';
import { splitClauses } from '../text/segment';
import { ACKNOWLEDGEMENT_ONLY, ANSWER_QUALIFIERS, DEFLECTIONS, DIRECT_ANSWERS, DOSING_ADVICE, FILLER, LOGISTICS, STOCK_ADVICE } from './generic-reply.phrases';
import { PhraseMatcher, allHits, firstHit, type PhraseHit } from './phrase-matcher';
import { blank, framingPhrasesOf, withoutFraming } from './framing';
import { findTurnQuestions, topicTerms } from './unanswered-question';
import { ASKS_NEED, KIND_ANSWERS } from './unanswered-question.phrases';
import { evidenceOf, type Rule, type RuleContext, type TextSource } from './types';

const stock = new PhraseMatcher(STOCK_ADVICE);
const filler = new PhraseMatcher(FILLER);
const deflections = new PhraseMatcher(DEFLECTIONS);
const logistics = new PhraseMatcher(LOGISTICS);
const dosingAdvice = new PhraseMatcher(DOSING_ADVICE);
const directAnswers: Record<Language, ReadonlySet<string>> = {
  zh: new Set(DIRECT_ANSWERS.zh),
  en: new Set(DIRECT_ANSWERS.en),
};

const HAN = /\p{Script=Han}/u;
const WORD = /[a-z]+/g;
const LEADING_INTERJECTION = /^(?:嗯|恩|哦|噢|好的?)[，,\s]*/u;
const TRAILING_PARTICLES = /[的啊呀呢吧哈]+$/u;
const LEADING_QUALIFIER = new RegExp(`^(?:${[...ANSWER_QUALIFIERS.zh].sort((a, b) => b.length - a.length).join('|')})`, 'u');

/** A deflecting reply ("百度一下") is perfunctory only when it is short: a long answer that also
 *  points to further reading has said something. Counted in Han characters / English words. */
const DEFLECTION_MAX: Record<Language, number> = { zh: 80, en: 150 };
/** What may remain of a stock reply once stock advice and filler words are taken out.
 *  At or under SURE: nothing specific at all (warning). Under MAYBE with two or more stock
 *  phrases: probably generic (info, not counted as a flag). */
const SURE: Record<Language, number> = { zh: 4, en: 3 };
const MAYBE: Record<Language, number> = { zh: 12, en: 8 };
/** Beyond this length a draft cannot be stock phrases with at most MAYBE units left over in
 *  practice, so the (costlier) stock reading is skipped for long drafts. */
const STOCK_READ_MAX: Record<Language, number> = { zh: 300, en: 1000 };

/** Han characters (zh) or words (en) of `norm` outside the masked spans. */
function contentUnits(norm: string, language: Language, masked: readonly PhraseHit[]): number {
  const mask = new Uint8Array(norm.length);
  for (const h of masked) mask.fill(1, h.start, h.end);
  if (language === 'zh') {
    let n = 0;
    for (let i = 0; i < norm.length; i++) if (!mask[i] && HAN.test(norm[i] as string)) n++;
    return n;
  }
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) if (!mask[m.index]) n++;
  return n;
}

/** Does the reply open with a yes/no answer ("是的", "可以", "No, …")? Then it responds to the
 *  patient's own question, however briefly. */
function opensWithAnswer(norm: string, language: Language): boolean {
  const first = splitClauses(norm)[0]?.text ?? '';
  const head = first.replace(LEADING_INTERJECTION, '').replace(/[\s。！？!?.，,]+$/u, '');
  if (language === 'zh') {
    const bare = head.replace(TRAILING_PARTICLES, '');
    return [head, bare, bare.replace(LEADING_QUALIFIER, '')].some((h) => directAnswers.zh.has(h));
  }
  const firstWords = head.split(/\s+/).slice(0, 3);
  for (let k = firstWords.length; k > 0; k--) if (directAnswers.en.has(firstWords.slice(0, k).join(' '))) return true;
  return false;
}

/** Whether `rest` (the reply without its stock phrases and filler) holds a word of a yes/no
 *  question the patient asked in their latest turn, or `unstocked` (without its stock phrases
 *  only: "不需要" keeps its 要) says "no need" to a question whether something is needed
 *  ("要吃药吗？" → "多休息，不用吃药"). */
function takesUpYesNoQuestion(ctx: RuleContext, rest: string, unstocked: string): boolean {
  const { language } = ctx;
  return findTurnQuestions(ctx.latestTurn, language).some(
    ({ q, asked }) =>
      q.kind === 'yes-no' &&
      ([...topicTerms(asked)].some((t) => !t.startsWith('drug:') && rest.includes(t)) ||
        (ASKS_NEED[language].test(asked) && KIND_ANSWERS[language].moot.test(unstocked))),
  );
}

function finding(draft: TextSource, hit: PhraseHit, severity: Severity, deflecting: boolean): Finding {
  const quoted = draft.text.slice(hit.start, hit.end);
  return {
    rule: 'generic-reply',
    severity,
    message: deflecting
      ? {
          zh: `回复（“${quoted}”）没有针对患者的具体问题给出意见，患者会觉得被敷衍。请结合患者描述的症状、用药和提问给出具体建议。`,
          en: `The reply ("${quoted}") gives no opinion on the patient's own problem and will read as a brush-off. Answer from the symptoms, medicines and questions the patient described.`,
        }
      : {
          zh: `回复只有通用建议（如“${quoted}”），没有结合患者的具体情况，患者会觉得“这些我自己也知道”。请针对患者的症状、用药或提问给出具体意见（如调药方案、情绪调节方法）。`,
          en: `The reply is stock advice only (e.g. "${quoted}") with nothing about this patient. Address their symptoms, medicines or questions specifically (a medication plan, a concrete coping step).`,
        },
    evidence: { ...evidenceOfDraft(draft, hit) },
    fixes: [],
  };
}

function evidenceOfDraft(draft: TextSource, hit: PhraseHit): ReturnType<typeof evidenceOf> {
  return evidenceOf(draft, hit.start, hit.end);
}

/** Whether `norm` is a stock reply: its first stock phrase (or deflection), and `info` when it
 *  only probably is (the rule's own severity otherwise). */
function stockVerdict(norm: string, ctx: RuleContext): { hit: PhraseHit; severity?: Severity; deflecting: boolean } | undefined {
  const { language } = ctx;
  const deflection = firstHit(deflections.for(language, ctx.extraPhrases('deflections')), norm);
  if (deflection && contentUnits(norm, language, []) <= DEFLECTION_MAX[language]) {
    // Beside a medicine named for this patient it is an answer that also points elsewhere
    // ("…你可以上网查一下紧张性头痛的介绍…可以先吃布洛芬", "Difficult to advise without more
    // information, but … take paracetamol"); beside stock paragraphs it is still a brush-off.
    // Looking up where or how to go ("挂号方式可以上网查一下") is no brush-off either.
    const clause = splitClauses(norm).find((c) => deflection.start >= c.start && deflection.start < c.end)?.text ?? '';
    if (findDrugs(norm).length === 0 && !firstHit(logistics.for(language), clause)) return { hit: deflection, deflecting: true };
  }

  // Read without the greeting, comfort and closing line: adding those (a one-click fix) makes
  // a stock reply no less stock. Framing is a few lines: a draft far longer is not stock.
  if (norm.length > 2 * STOCK_READ_MAX[language]) return undefined;
  const stockPhrases = stock.for(language, ctx.extraPhrases('stock'));
  // Framing is blanked clause by clause, its delimiters kept: a reply with no stock phrase has
  // none without its framing either, and most replies have none (the framing is not read then).
  if (!firstHit(stockPhrases, norm)) return undefined;
  const body = withoutFraming(norm, language, framingPhrasesOf(ctx));
  if (body.trim().length > STOCK_READ_MAX[language]) return undefined;
  let stockHits = allHits(stockPhrases, body);
  if (stockHits.length === 0 || opensWithAnswer(body.trimStart(), language)) return undefined;
  // A named medicine, or how to take one, is advice for this patient ("多休息，布洛芬按需吃",
  // "take paracetamol", "饭后吃，多喝水").
  if (findDrugs(body).length > 0 || firstHit(dosingAdvice.for(language), body)) return undefined;
  const fillerHits = allHits(filler.for(language), body);
  // Too much left even with every stock phrase taken out: the reply says more than stock advice,
  // and the doctor's own questions need not be read (that would only leave more).
  if (contentUnits(body, language, [...stockHits, ...fillerHits]) > MAYBE[language]) return undefined;
  // Asked about, a habit is no advice ("是不是不经常锻炼？", "熬夜吗"): stock words inside the
  // doctor's own questions do not count.
  const asked = findQuestions(body, language);
  stockHits = stockHits.filter((h) => !asked.some((q) => h.start >= q.start && h.end <= q.end));
  const first = stockHits[0];
  if (!first) return undefined;
  const masked = [...stockHits, ...fillerHits];
  const rest = contentUnits(body, language, masked);
  if (rest > MAYBE[language]) return undefined;
  // What little is left takes up the patient's yes/no question in its own words ("是焦虑症吗？"
  // → "是焦虑引起的，多运动"): an answer for this patient, however stock the rest.
  if (takesUpYesNoQuestion(ctx, blank(body, masked), blank(body, stockHits))) return undefined;
  if (rest <= SURE[language]) return { hit: first, deflecting: false };
  if (stockHits.length >= 2) return { hit: first, severity: 'info', deflecting: false };
  return undefined;
}

export const genericReply: Rule = {
  id: 'generic-reply',
  meta: {
    title: { zh: '回复敷衍、缺乏针对性', en: 'Generic reply' },
    docs: {
      zh: '回复只有“多放松”“别想太多”“注意休息”之类的通用话术，或让患者自己去查，没有结合患者的具体病情和诉求，是差评的常见原因。',
      en: 'The reply is only stock advice ("relax", "don\'t overthink", "get rest") or sends the patient to look it up, with nothing specific to their condition or request.',
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft, language } = ctx;
    const norm = draft.norm;
    if (norm.trim().length === 0) return [];
    const turn = ctx.latestTurn.map((s) => s.norm).join('').replace(/[\s\p{P}\p{S}]+/gu, '');
    if (turn !== '' && ACKNOWLEDGEMENT_ONLY[language].test(turn)) return [];

    const verdict = stockVerdict(norm, ctx);
    if (!verdict) return [];
    // A follow-up bubble ("多休息，多喝水" after a first one with the dose): the reply is stock
    // only if what the doctor already sent of it is stock too.
    const whole = ctx.doctorTurn.length > 0 ? stockVerdict([...ctx.doctorTurn.map((sent) => sent.norm), norm].join('\n'), ctx) : verdict;
    if (!whole) return [];
    return [finding(draft, verdict.hit, whole.severity ?? ctx.severity, verdict.deflecting)];
  },
};
