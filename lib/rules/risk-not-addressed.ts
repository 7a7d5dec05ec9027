import type { Language } from '../conversation';
import type { Fix } from '../findings';
import { normalize } from '../text/normalize';
import { findQuestions } from '../text/questions';
import { splitClauses } from '../text/segment';
import {
  ACUTE, ASKED_ABOUT_IT, HELP_DECLINED, HISTORY, NAMED_NOT_FELT, NEGATIONS, OVERDOSE_AS_LIMIT, REACTION_PAIRS, RECURRED, RED_FLAGS, SELF_HARM, SELF_HARM_ACK, TAKEN_FOR_YEARS, TRIED_IN_VAIN, URGENT_HELP,
} from './risk-not-addressed.phrases';
import { openingFix } from './fix-place';
import { PhraseMatcher, allHits, compilePhrases, firstHit } from './phrase-matcher';
import { evidenceOf, type Rule, type RuleContext, type TextSource } from './types';

// Read in the patient's text, which may part words with spaces ("不想 活了", "胸口 疼").
const selfHarm = new PhraseMatcher(SELF_HARM, { spaced: true });
const redFlags = new PhraseMatcher(RED_FLAGS, { spaced: true });
const urgentHelp = new PhraseMatcher(URGENT_HELP);
const selfHarmAck = new PhraseMatcher(SELF_HARM_ACK);
const history = new PhraseMatcher(HISTORY);
const namedNotFelt = new PhraseMatcher(NAMED_NOT_FELT);
const recurred = new PhraseMatcher(RECURRED);
const askedAboutIt = new PhraseMatcher(ASKED_ABOUT_IT);
const acute = new PhraseMatcher(ACUTE, { spaced: true });
const overdoseAsLimit = new PhraseMatcher(OVERDOSE_AS_LIMIT);
// Per language, the pairs and every first sign at once: most messages name none, and one scan
// settles that (the risk rule reads the latest turn on every check, while the doctor types).
// Spaced like the other risk lists, and read the same way (PhraseMatcher.forText).
const spacedIn = (language: Language, phrases: readonly string[]): PhraseMatcher =>
  new PhraseMatcher({ zh: language === 'zh' ? phrases : [], en: language === 'en' ? phrases : [] }, { spaced: true });
const reactionPairs = (['zh', 'en'] as const).map((language) => ({
  language,
  anyFirst: spacedIn(language, REACTION_PAIRS[language].flatMap(([a]) => a)),
  pairs: REACTION_PAIRS[language].map(([a, b]) => ({ a: spacedIn(language, a), b: spacedIn(language, b) })),
}));
/** How far apart the two signs of a reaction pair may stand in one message. */
const PAIR_REACH = 60;
/** How far back the quote of a reaction may reach for the start of its clause. */
const QUOTE_LEAD = 8;
/** The rest of a red flag's clause is read up to this many characters on. */
const CLAUSE_AFTER = 30;
const CLAUSE_END = /[，,。；;！？!?\n]|\.(?:\s|$)/u;
const HISTORY_LABEL = /(?:病史|既往史|既往)\s*[：:]\s*$/u;
// "之前胸痛过，最近又开始了": the next clause says, and says only, that it is back.
const COMES_BACK_NEXT = /^[，,]\s*(?:最近|现在|这几天|这两天|今天|昨天)?(?:(?:又|再次)(?:开始|犯|来|出现|发作)了?|复发)/u;
// Negations are read just before the risk phrase, inside its clause; anchored at the end.
const negationBefore: Record<Language, RegExp> = {
  zh: new RegExp(`(?:${compilePhrases(NEGATIONS.zh).source})[^，,。！？!?；;\\n]{0,6}$`, 'u'),
  en: new RegExp(`(?:${compilePhrases(NEGATIONS.en).source})[^,.!?;\\n]{0,14}$`, 'u'),
};

// A declined pointer: the decline right before it, with only a verb or adverb between.
const declinedBefore: Record<Language, RegExp> = {
  zh: new RegExp(`(?:${compilePhrases(HELP_DECLINED.zh).source})(?:去|到|看|上|跑|特意|专门|马上|立即|立刻|急着|着急)*$`, 'u'),
  en: new RegExp(`(?:${compilePhrases(HELP_DECLINED.en).source})(?: [a-z]+){0,3} $`, 'u'),
};

/** A reaction is a pair of signs of a medicine's serious reaction (REACTION_PAIRS). */
type RiskKind = 'self-harm' | 'red-flag' | 'reaction';
interface RiskHit {
  kind: RiskKind;
  src: TextSource;
  start: number;
  end: number;
}

/** Patient text is often mixed (an English drug name in Chinese, a Chinese note in English):
 *  both languages' lists are read, the negation of the phrase's own script applies. */
function findRisk(src: TextSource, kind: RiskKind): RiskHit | undefined {
  const matcher = kind === 'self-harm' ? selfHarm : redFlags;
  for (const language of scriptsIn(src.norm)) {
    for (const h of allHits(matcher.forText(language, src.norm), src.norm)) {
      const clauseStart = clauseStartBefore(src.norm, h.start);
      const before = src.norm.slice(clauseStart, h.start);
      if (negationBefore[language].test(before) || (language === 'zh' && negatedList(src.norm, clauseStart, h.start))) continue;
      if (kind === 'red-flag' && (toldAsHistory(src.norm, clauseStart, h.end, language) || namedOnly(src.norm, clauseStart, h.end, language))) continue;
      if (
        kind === 'self-harm' &&
        (triedInVain(src.norm, h.start, h.end) || TAKEN_FOR_YEARS.test(src.norm.slice(h.start, h.end)) || firstHit(overdoseAsLimit.for(language), clauseOf(src.norm, clauseStart, h.end).clause) !== undefined)
      )
        continue;
      return { kind, src, start: h.start, end: h.end };
    }
  }
  return undefined;
}

/** Whether the patient's latest turn speaks of self-harm or ending their life: emergency help
 *  pointed to then is explained by their safety (referral-without-reason). */
export function latestTurnRaisesSelfHarm(ctx: RuleContext): boolean {
  return ctx.latestTurn.some((src) => findRisk(src, 'self-harm') !== undefined);
}

/** Whether `text` names self-harm in `language`'s words ("为什么还要活着"): a question that does asks
 *  nothing to answer (unanswered-question leaves it to this rule). */
export function namesSelfHarm(text: string, language: Language): boolean {
  return firstHit(selfHarm.forText(language, text), text) !== undefined;
}

/** Two signs of a medicine's serious reaction in one message, close together, neither negated
 *  nor told as history ("吃了拉莫三嗪两周，全身起红疹子，嘴里也溃烂了"; not "以前吃碳酸锂的时候会呕吐"). */
function findReaction(src: TextSource): RiskHit | undefined {
  for (const { language, anyFirst, pairs } of reactionPairs) {
    if (!firstHit(anyFirst.forText(language, src.norm), src.norm)) continue;
    for (const { a, b } of pairs) {
      const hit = pairIn(src, language, a.forText(language, src.norm), b.forText(language, src.norm));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** A sign of `a` and one of `b` standing in `src` within PAIR_REACH: quoted from the first to the
 *  last. */
function pairIn(src: TextSource, language: Language, a: RegExp, b: RegExp): RiskHit | undefined {
  const stands = (h: { start: number; end: number }): boolean => {
    const clauseStart = clauseStartBefore(src.norm, h.start);
    return !negationBefore[language].test(src.norm.slice(clauseStart, h.start)) && !toldAsHistory(src.norm, clauseStart, h.end, language);
  };
  const firsts = allHits(a, src.norm).filter(stands);
  if (firsts.length === 0) return undefined;
  for (const second of allHits(b, src.norm)) {
    const first = stands(second) ? firsts.find((f) => Math.abs(f.start - second.start) <= PAIR_REACH) : undefined;
    if (!first) continue;
    // A Chinese sign is a character or two ("疹"): the quote starts with its clause ("全身起红疹子").
    const start = Math.min(first.start, second.start);
    const clauseStart = clauseStartBefore(src.norm, start);
    return { kind: 'reaction', src, start: start - clauseStart <= QUOTE_LEAD ? clauseStart : start, end: Math.max(first.end, second.end) };
  }
  return undefined;
}

/** "吃了很多药都没用": many medicines tried, none of them working, is no overdose. */
function triedInVain(norm: string, start: number, end: number): boolean {
  if (!TRIED_IN_VAIN.many.test(norm.slice(start, end))) return false;
  const after = norm.slice(end, end + 16);
  return TRIED_IN_VAIN.after.test(after);
}

/** Whether the red flag is told as history: a history word in its own clause, or a field
 *  label ending right before that clause ("既往病史：脑梗"), unless the clause says it is back. */
function toldAsHistory(norm: string, clauseStart: number, end: number, language: Language): boolean {
  const { clause, stop: clauseStop } = clauseOf(norm, clauseStart, end);
  if (firstHit(recurred.for(language), clause) !== undefined || COMES_BACK_NEXT.test(norm.slice(clauseStop, clauseStop + 12))) return false;
  return firstHit(history.for(language), clause) !== undefined || HISTORY_LABEL.test(norm.slice(Math.max(0, clauseStart - 12), clauseStart));
}

/** The red flag's clause: from its start to the next clause mark (or CLAUSE_AFTER on). */
function clauseOf(norm: string, clauseStart: number, end: number): { clause: string; stop: number } {
  const clauseEnd = CLAUSE_END.exec(norm.slice(end, end + CLAUSE_AFTER));
  const stop = clauseEnd ? end + clauseEnd.index : end + CLAUSE_AFTER;
  return { clause: norm.slice(clauseStart, stop), stop };
}

/** Whether the red flag is named, not felt (NAMED_NOT_FELT in its clause). */
function namedOnly(norm: string, clauseStart: number, end: number, language: Language): boolean {
  return firstHit(namedNotFelt.for(language), clauseOf(norm, clauseStart, end).clause) !== undefined;
}

// "没有咳嗽，流鼻涕，胸闷和呼吸急促", "我没有出现干咳和胸闷，呼吸困难等症状": a negation heading a
// list of short items covers each item after it. The red flag opens its item, or nearly ("胸闷和呼吸
// 急促"): "但是今天早上突然胸痛" is no item of the list before it.
const LIST_ITEM_MAX = 8;
const LEAD_IN_ITEM_MAX = 4;
const LIST_HEAD = /^(?:我|他|她|孩子|宝宝|患者|病人)?(?:也|都|并|从来)?(?:没有|没|无|否认|未)(?:出现|发生|感到|觉得|感觉|有)?/u;

/** Whether the red flag is an item of a list headed by a negation a few short clauses back. */
function negatedList(norm: string, clauseStart: number, at: number): boolean {
  if (at - clauseStart > LEAD_IN_ITEM_MAX) return false;
  let start = clauseStart;
  for (let k = 0; k < 4 && start > 0; k++) {
    if (!/[，,、]/u.test(norm.charAt(start - 1))) return false;
    const prevStart = clauseStartBefore(norm, start - 2);
    const prev = norm.slice(prevStart, start - 1);
    if (LIST_HEAD.test(prev.trimStart())) return true;
    if (prev.length > LIST_ITEM_MAX) return false;
    start = prevStart;
  }
  return false;
}

function clauseStartBefore(norm: string, at: number): number {
  const clauses = splitClauses(norm.slice(Math.max(0, at - 40), at + 1));
  const last = clauses.at(-1);
  return last ? Math.max(0, at - 40) + last.start : at;
}

/** The languages whose lists can match `norm`: a list is read only where its script stands (an
 *  English phrase list over a Chinese message tries every phrase at every place for nothing). */
function scriptsIn(norm: string): Language[] {
  const out: Language[] = [];
  if (HAN.test(norm)) out.push('zh');
  if (LATIN.test(norm)) out.push('en');
  return out;
}
const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/u;

const anyHit = (m: PhraseMatcher, norm: string): boolean => scriptsIn(norm).some((language) => firstHit(m.forText(language, norm), norm) !== undefined);

/** Whether a reply points to urgent help, in the built-in words or those a pack added, and
 *  does not decline it ("不用去医院" dismisses the chest pain it is about). */
function pointsToHelp(ctx: RuleContext, norm: string): boolean {
  const extra = ctx.extraPhrases('urgent-help');
  const matchers = [...scriptsIn(norm).map((language) => urgentHelp.for(language)), ...(extra.length ? [urgentHelp.for(ctx.language, extra)] : [])];
  for (const re of matchers) {
    for (const h of allHits(re, norm)) {
      const before = norm.slice(clauseStartBefore(norm, h.start), h.start);
      if (!declinedBefore.zh.test(before) && !declinedBefore.en.test(before)) return true;
    }
  }
  return false;
}

/** A self-harm disclosure before the latest turn (the intake, an earlier message) that no doctor
 *  message since has taken up: it stays open until a reply does. Red flags of earlier turns are
 *  left to those turns' replies: a symptom history ("中间出现了胸痛") is not an emergency now. */
function openEarlierSelfHarm(ctx: RuleContext): RiskHit | undefined {
  let replies: { i: number; norm: string }[] | undefined;
  for (const src of ctx.patientSources) {
    if (ctx.latestTurn.includes(src) || (src.source !== 'intake' && src.source !== 'message')) continue;
    const hit = findRisk(src, 'self-harm');
    if (!hit) continue;
    // Read the doctor's replies only once a disclosure is found: most threads have none.
    replies ??= ctx.conversation.messages.flatMap((m, i) => (m.role === 'doctor' ? [{ i, norm: normalize(m.text) }] : []));
    const after = src.source === 'intake' ? -1 : (src.index ?? -1);
    if (!replies.some((d) => d.i > after && (pointsToHelp(ctx, d.norm) || anyHit(selfHarmAck, d.norm)))) return hit;
  }
  return undefined;
}

/** The safety sentence. A red flag is named as the patient put it ("见红", "chest hurts"): a
 *  pregnant patient's bleeding is not answered with chest pain. */
function fixText(kind: RiskKind, language: Language, quote: string): string {
  if (kind === 'self-harm') {
    return language === 'zh'
      ? '你提到有轻生的想法，我很重视。如果现在有伤害自己的冲动，请立即告诉身边的家人，拨打120或前往最近医院急诊，也可拨打心理援助热线（如 400-161-9995 / 010-82951332）。'
      : 'You mentioned thoughts of ending your life, and I take that seriously. If you feel you might act on them, please tell someone near you now and go to the nearest emergency department or call your local emergency number or a crisis line. ';
  }
  if (kind === 'reaction') {
    return language === 'zh'
      ? `你提到的“${quote}”可能是药物的严重不良反应，请立即前往最近医院急诊（或拨打120），并带上正在吃的药。`
      : `What you describe ("${quote}") can be a serious reaction to a medicine: please go to the nearest emergency department now (or call your local emergency number) and take your medicines with you. `;
  }
  return language === 'zh'
    ? `你提到的“${quote}”需要警惕：如果加重，或出现呼吸困难、意识不清，请立即拨打120或前往最近医院急诊。`
    : `What you describe ("${quote}") can be serious: if it gets worse, or you have trouble breathing or feel faint, please call your local emergency number or go to the nearest emergency department now. `;
}

/** Whether the red flag's clause says it is happening now and worse (ACUTE). */
function acuteNow(hit: RiskHit): boolean {
  const clause = splitClauses(hit.src.norm).find((c) => c.start <= hit.start && hit.start < c.end)?.text ?? '';
  return anyHit(acute, clause);
}

/** Whether one of the reply's questions asks about the symptom itself: how long, how often, this feeling. */
function asksAboutIt(norm: string, language: Language): boolean {
  const matcher = askedAboutIt.for(language);
  return findQuestions(norm, language).some((q) => firstHit(matcher, norm.slice(q.topicStart, q.end)) !== undefined);
}

export const riskNotAddressed: Rule = {
  id: 'risk-not-addressed',
  meta: {
    title: { zh: '风险信号未回应', en: 'Risk not addressed' },
    docs: {
      zh: '患者提到自伤/轻生念头，胸痛、呼吸困难等急症信号，或药物严重不良反应的征象（皮疹伴口腔溃烂、高烧伴肌肉僵硬、服锂盐后呕吐或意识模糊），回复却既没有回应，也没有指向紧急求助（急诊、120、心理援助热线）。这是首要的安全责任。此前提到的轻生念头，在有回复回应之前一直算作未回应。',
      en: 'The patient mentions self-harm or suicidal thoughts, an emergency red flag such as chest pain or trouble breathing, or the signs of a serious reaction to a medicine (a rash with mouth sores, a high fever with rigid muscles, vomiting or confusion on lithium), and the reply neither acknowledges it nor points to urgent help. Suicidal thoughts mentioned in an earlier turn stay open until a reply takes them up.',
    },
    defaultSeverity: 'error',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft, language } = ctx;
    // The reply so far: bubbles the doctor already sent in this turn, and the draft.
    const reply = [draft, ...ctx.doctorTurn].map((text) => text.norm);
    let hit: RiskHit | undefined;
    // A medicine's reaction before a red flag: "吃了碳酸锂，一直吐，说话含糊" is lithium toxicity, which
    // only care takes up, not slurred speech alone.
    for (const kind of ['self-harm', 'reaction', 'red-flag'] as const) {
      for (const src of ctx.latestTurn) {
        hit = kind === 'reaction' ? findReaction(src) : findRisk(src, kind);
        if (hit) break;
      }
      if (hit) break;
    }
    const earlier = hit ? undefined : openEarlierSelfHarm(ctx);
    hit ??= earlier;
    // Nearly every check finds no risk: the draft (up to thousands of characters, read on every
    // pause in typing) is searched for urgent help only when there is one.
    if (!hit || reply.some((norm) => pointsToHelp(ctx, norm))) return [];
    // Talking about the risk itself counts as acknowledging it.
    // A reaction is taken up only by sending the patient for care: "皮疹是常见副作用" talks
    // about it and misses the danger.
    if (hit.kind !== 'reaction' && reply.some((norm) => anyHit(hit.kind === 'self-harm' ? selfHarmAck : redFlags, norm))) return [];
    const quote = evidenceOf(hit.src, hit.start, hit.end);
    // A red flag the doctor asks about ("有多久了？", "孕前有这种感觉吗？") is taken up, not yet met
    // with where to go: advice. Self-harm and a reaction need their answer now.
    const triaged = hit.kind === 'red-flag' && !earlier && !acuteNow(hit) && reply.some((norm) => asksAboutIt(norm, language));
    const fix: Fix = {
      label: { zh: '插入安全提示', en: 'Insert a safety sentence' },
      ...openingFix(draft, language, fixText(hit.kind, language, quote.text)),
      // No category: the safety wording (emergency numbers, crisis line) is never swapped for
      // whatever template the doctor uses most.
    };
    const message = earlier
      ? {
          zh: `患者此前提到“${quote.text}”，之后的回复都没有回应安全问题。请在这次回复里回应这一点，并告知紧急求助方式（身边家人、120/急诊、心理援助热线）。`,
          en: `Earlier the patient mentioned "${quote.text}" and no reply since has addressed their safety. Address it in this reply and say where to get urgent help (someone nearby, emergency services, a crisis line).`,
        }
      : hit.kind === 'self-harm'
        ? {
            zh: `患者提到“${quote.text}”，回复没有回应安全问题。请先回应这一点，并告知紧急求助方式（身边家人、120/急诊、心理援助热线）。`,
            en: `The patient mentions "${quote.text}" and the reply does not address their safety. Acknowledge it first and say where to get urgent help (someone nearby, emergency services, a crisis line).`,
          }
        : hit.kind === 'reaction'
          ? {
              zh: `患者提到“${quote.text}”，可能是药物的严重不良反应（如重症药疹、恶性综合征、锂中毒），回复没有让患者就医。请告知立即就医（急诊/120）。`,
              en: `The patient mentions "${quote.text}", which can be a serious reaction to a medicine (a severe drug rash, neuroleptic malignant syndrome, lithium toxicity), and the reply does not send them for care. Tell them to seek urgent care now.`,
            }
          : triaged
            ? {
                zh: `患者提到“${quote.text}”，这是需要警惕的急症信号。你在追问情况；如果它可能正在发生，请同时说明何时需要立即就医（120/急诊）。`,
                en: `The patient mentions "${quote.text}", an emergency red flag. You are asking about it; if it may be happening now, also say when to seek urgent care (emergency department / emergency number).`,
              }
            : {
                zh: `患者提到“${quote.text}”，这是需要警惕的急症信号，回复没有回应。请说明何时需要立即就医（120/急诊）。`,
                en: `The patient mentions "${quote.text}", an emergency red flag, and the reply does not address it. Say when to seek urgent care (emergency department / emergency number).`,
              };
    return [{ rule: 'risk-not-addressed', severity: triaged ? 'info' : ctx.severity, message, evidence: quote, fixes: [fix] }];
  },
};
