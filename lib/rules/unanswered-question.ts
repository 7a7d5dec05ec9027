import type { Language } from '../conversation';
import type { Finding } from '../findings';
import { DRUGS, DRUG_CLASSES, NAMED_BY_FORM, findDrugs } from '../text/lexicon';
import { normalize } from '../text/normalize';
import { findQuestions, type Question } from '../text/questions';
import { splitClauses, splitSentences } from '../text/segment';
import { greetingEnd } from './fix-place';
import { blank, framingPhrasesOf, withoutClosings, withoutFraming } from './framing';
import { closingLineStart } from './missing-closing';
import { ADVICE_GIVEN, BARE_YES_NO, ZH_YES_NO_WORDS, REPLY_PREAMBLE, ASKS_FOR_DRUG, DONE_ASKED, CAN_IT_ASKED, CAN_IT_RESULTS, LEFT_TO_A_DOCTOR, DONE_ASKED_LEAD, ASKS_FOR_VALUE, ASKS_WHAT_TO_DO, HOW_LIKELY, HOW_VERB, ASKS_WHETHER_TO, INSTEAD, NAMED_TREATMENTS, TAKES, TELLS_A_TEST, WHETHER_TO_ON_CONDITION, WHETHER_TO_TOLD, EN_FUNCTION_WORDS, EN_YES_NO_ANSWERS, KIND_ANSWERS, REPLY_ACKNOWLEDGEMENT, SAME_MEANING, TOPIC_ANSWERS, YES_NO_ANSWERS, ZH_FUNCTION_WORDS, type TopicAnswer } from './unanswered-question.phrases';
import { LOOK_IT_UP } from './generic-reply.phrases';
import { namesSelfHarm } from './risk-not-addressed';
import { PhraseMatcher, compilePhrases, firstHit } from './phrase-matcher';
import { evidenceOf, type Rule, type TextSource } from './types';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ZH_FUNCTION_RE = new RegExp(
  [...ZH_FUNCTION_WORDS].sort((a, b) => b.length - a.length).map(escapeRe).join('|'),
  'gu',
);
const EN_FUNCTION = new Set(EN_FUNCTION_WORDS);
// A bare answer opening a sentence: "In brief: No", "Not necessarily", "Unlikely covid."; "是的，…",
// "不是。", "没有，…" (a Chinese one stands alone: "可以吃布洛芬" opens with advice, "可以，…" with a yes).
const OPENING_YES_NO: Record<Language, RegExp> = {
  // "You can, don't delay it.": a modal standing alone is a yes or a no too.
  en: /(?:^|[.:!?\n])\s*(?:yes|no|nope|not yet|not really|not at all|absolutely|definitely|not necessarily|probably not|very unlikely|unlikely|probably|likely|possibly|maybe|you (?:can|can't|cannot|may|should|shouldn't|should not)(?=\s*[,.;!]))\b/gu,
  zh: new RegExp(`(?:^|[。！？!?\\n])\\s*(?:${ZH_YES_NO_WORDS.join('|')})(?=[，,。！!\\s])`, 'gu'),
};
// "Yes and yes.", "Yes to both": one opening, two answers (the second yes is not at a sentence's start).
const EN_BOTH_ANSWERED = /\b(?:yes|no),? and (?:yes|no)\b|\b(?:yes|no) to both\b/gu;
const NO_TERMS: ReadonlySet<string> = new Set();
const HAS_WORDS = /[\p{Script=Han}a-z0-9]/u;
const ASKS_BACK = /[？?]|[吗呢](?=[\s。！!，,]|$)|(\p{Script=Han})[不没]\1|有没(?=\p{Script=Han})|请告知|请告诉|请问|请说|请提供|请发|说一下|发一下|告诉我/u;
const EITHER_OR = /\w \bor\b (?!not\b)\w/u;
const DRUGS_BY_ID = new Map(DRUGS.map((d) => [d.id, d]));
const lookItUp = new PhraseMatcher(LOOK_IT_UP);
/** Each word of SAME_MEANING, as a topic term reads it (an English word by its stem), with the others. */
const MEANS_THE_SAME = new Map(
  [...SAME_MEANING.zh, ...SAME_MEANING.en.map((group) => group.map(stem))].flatMap((group) =>
    group.map((word) => [word, group.filter((other) => other !== word)] as const),
  ),
);
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z][a-z0-9-]*|\d+/gu;

/** A crude English stem, enough to meet "vaccinated" with "vaccine", "coughing" with "cough". */
function stem(w: string): string {
  return w.length <= 4 ? w : w.replace(/(?:ations?|ings?|ed|es|s|ly|ion|ive|e)$/u, '').slice(0, 6);
}

/** A question's topic terms: Han bigrams left once function words are cut out (kept when asked), Latin words
 *  (CT, covid, drug names in English), and drug ids from the lexicon. */
export function topicTerms(text: string, keepFunctionWords = false): Set<string> {
  const terms = new Set<string>();
  const cut = keepFunctionWords ? text : text.replace(ZH_FUNCTION_RE, '|');
  for (const m of cut.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  for (const m of text.matchAll(LATIN_WORD)) {
    const w = m[0];
    if (w.length < 2 || EN_FUNCTION.has(w) || /^\d+$/u.test(w)) continue;
    terms.add(stem(w));
  }
  for (const d of findDrugs(text)) terms.add('drug:' + d.drug.id);
  return terms;
}

/** Whether the draft holds a topic term, or a word that means the same to the patient
 *  (SAME_MEANING). Checked per term with includes() rather than by indexing the whole draft: a
 *  question has a few dozen terms, the draft thousands of characters. */
function draftHas(norm: string, term: string): boolean {
  return termIn(norm, term) || (MEANS_THE_SAME.get(term)?.some((other) => termIn(norm, other)) ?? false);
}

function termIn(norm: string, term: string): boolean {
  if (term.startsWith('drug:')) {
    const drug = DRUGS_BY_ID.get(term.slice(5));
    return drug !== undefined && [...drug.zh, ...drug.en].some((n) => norm.includes(n));
  }
  // Short Latin terms (CT, MRI) must stand as words, not inside longer ones ("effect"); a word's
  // own endings are the same word ("fly" → "flying").
  if (/^[a-z0-9]{1,3}$/u.test(term)) return new RegExp(`\\b${term}(?:s|es|ed|ing|er)?\\b`, 'u').test(norm);
  return norm.includes(term);
}

interface Judged {
  src: TextSource;
  q: Question;
  answered: boolean;
  /** Taken up by a question back to the patient ("您有什么症状吗？"), not answered: it does not make
   *  the reply one that answered some questions and left others. */
  askedInstead: boolean;
  /** Judged by the shape of its answer alone (a time, an amount, a cause, a test named). */
  shaped: boolean;
  /** The shaped families it asks in (Shape.families). */
  families: readonly TopicAnswer[];
  terms: Set<string>;
  /** The asking clause, whose own terms (its context aside) mark a clause of the reply as this
   *  question's ("舍曲林在孕期相对安全" names the drug both questions share, not "要不要停药"). */
  asked: string;
  /** Share of the topic's characters found anywhere in the draft: near 0 means the draft
   *  never comes near the topic, even in other words built from the same characters. */
  charShare: number;
  /** How many topic terms the question has; a question with none cannot be judged. */
  topic: number;
  /** The stances of how likely that alone answer it (no topic term, no other answer, no other
   *  stance): see shareStances. */
  stancesOnly?: readonly RegExp[];
  /** English: the one stance that alone answers it for sure ("safe", "can't"): it answers only where
   *  it is not said of another question's words (see shareStances). */
  sureOnly?: RegExp;
}

const sameFamilies = (a: readonly TopicAnswer[], b: readonly TopicAnswer[]): boolean => a.length === b.length && a.every((f) => b.includes(f));

/** Patients repeat a question (a title line, then the same ask in the body): a question
 *  sharing most of its topic with an answered one was answered with it. */
function sameTopic(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared > 0 && shared * 2 >= Math.min(a.size, b.size);
}

/** A yes/no question answered in its own words: "是否可以" → "可以", "要不要加药" → "不用". The
 *  stances that answer it (none when it is not answered so): the first that answers it for sure,
 *  or every one of how likely (HOW_LIKELY), which share the reply's clauses (shareStances). */
function yesNoStances(question: string, draft: string, language: Language): RegExp[] {
  const likely: RegExp[] = [];
  for (const [asks, answers] of language === 'zh' ? YES_NO_ANSWERS : EN_YES_NO_ANSWERS) {
    if (!asks.test(question) || !answers.test(draft)) continue;
    if (!HOW_LIKELY.has(answers)) return [answers];
    likely.push(answers);
  }
  return likely;
}

/** Kinds whose answer has a shape we can see: a time, an amount, a cause. For those, talking
 *  about the topic is not answering it ("要吃多久" is not answered by "饮食清淡"). */
const SHAPED_KINDS: ReadonlySet<Question['kind']> = new Set(['when', 'how-long', 'how-much', 'why']);
/** Kinds a bare acknowledgement cannot answer: all that ask for more than a yes. */
const CONTENT_KINDS: ReadonlySet<Question['kind']> = new Set([...SHAPED_KINDS, 'which', 'how', 'what']);

const ALTERNATIVE: Record<Language, RegExp> = { zh: /还是/u, en: /\bor\b/u };
const LATIN_WORDS = /[a-z0-9'-]+/gu;

/** The end of the side before an alternative, as long as the side after it: "舍曲林早上吃还是晚上吃"
 *  weighs "早上吃" against "晚上吃", not the drug both sides share. */
function sideBefore(before: string, after: string, language: Language): string {
  if (language === 'zh') return before.slice(-Math.max(2, after.length));
  const words = before.match(LATIN_WORDS) ?? [];
  return words.slice(-Math.max(2, (after.match(LATIN_WORDS) ?? []).length)).join(' ');
}

/** A side's words: in Chinese every Han bigram, function words kept (the cut would drop the very
 *  words that tell "早上吃" from "晚上吃"). */
const sideTerms = (side: string, language: Language): Set<string> => topicTerms(side, language === 'zh');

/** An alternative question ("早上吃还是晚上吃？", "morning or night?", "布洛芬还是对乙酰氨基酚？")
 *  is answered by naming one side in words the other side does not have. */
function answeredAlternative(question: string, draft: string, language: Language): boolean {
  const at = ALTERNATIVE[language].exec(question);
  // "A还是B" takes no 吗: "现在还是不能确定吗" is "still", not an alternative.
  if (!at || (language === 'zh' && /[吗么][？?。\s]*$/u.test(question))) return false;
  const after = question.slice(at.index + at[0].length).replace(TRAILING_MARKS, '');
  const sides = [sideTerms(sideBefore(question.slice(0, at.index), after, language), language), sideTerms(after, language)];
  return sides.some((terms, i) => [...terms].some((t) => !(sides[1 - i] as Set<string>).has(t) && draftHas(draft, t)));
}

/** How a question's answer is read. `shaped`: only the shape of its answer answers it — a time,
 *  an amount, a cause, or what a shaped TOPIC_ANSWERS entry names (a test, a department, a
 *  reading). `mootable`: "no need (for it now)" makes it stand no longer. */
interface Shape {
  shaped: boolean;
  mootable: boolean;
  /** "It depends" answers it (not a question of how serious it is). */
  deferrable: boolean;
  /** A question back ("您有什么症状吗？") answers it: the doctor finds out before saying. */
  askedBack: boolean;
  /** A bare yes said of something else (YES_NO_ANSWERS) does not answer it. */
  ownStances: boolean;
  /** The shaped TOPIC_ANSWERS entries it asks in: "多吃什么" and "少吃什么" share a topic, not a question. */
  families: readonly TopicAnswer[];
  /** Those of them only whose own answers take it up (TopicAnswer.exclusive). */
  exclusive: readonly TopicAnswer[];
  /** Its own words opening the reply answer it (TopicAnswer.saidBackFirst). */
  saidBackFirst: boolean;
}

/** Whether a question names nothing but what it asks: its topic's terms are the asking words' own
 *  and it points at nothing ("这个", "上面"). */
function asksBare(asks: RegExp, question: string, topic: string, terms: ReadonlySet<string>): boolean {
  const own = topicTerms(asks.exec(question)?.[0] ?? '');
  return !/这|那|上面|报告|单子|结果/u.test(topic) && [...terms].every((t) => own.has(t));
}

function shapeOf(q: Question, question: string, topic: string, terms: ReadonlySet<string>, language: Language, unnamed = false): Shape {
  const entries = TOPIC_ANSWERS[language].filter(
    (t) => t.shaped === true && t.asks.test(question) && !(t.aboutNamed === true && asksBare(t.asks, question, topic, terms)),
  );
  return {
    shaped: SHAPED_KINDS.has(q.kind) || entries.length > 0 || unnamed,
    mootable: !entries.some((t) => t.notMoot === true),
    deferrable: !entries.some((t) => t.notDeferred === true),
    askedBack: unnamed || entries.some((t) => t.askedBack === true),
    ownStances: entries.some((t) => t.ownStances === true),
    families: entries,
    exclusive: entries.filter((t) => t.exclusive === true),
    saidBackFirst: entries.some((t) => t.saidBackFirst === true),
  };
}

/** Whether a word of the asking clause stands in the reply's opening clause, greeting aside. */
function saidBackFirst(asked: string, draft: string, language: Language): boolean {
  const from = greetingEnd(draft, language);
  const opening = splitClauses(draft.slice(from)).find((c) => HAS_WORDS.test(c.text))?.text ?? '';
  for (const t of topicTerms(asked)) if (termIn(opening, t)) return true;
  return false;
}

/** Whether the draft says the thing asked about can be done, or not, in the question's own verb. */
function answeredCanIt(question: string, draft: string): boolean {
  const verb = CAN_IT_ASKED.exec(question)?.[1];
  return verb !== undefined && new RegExp(`${verb}(?:得|不)${CAN_IT_RESULTS}`, 'u').test(draft);
}

/** Whether the draft says the thing asked about was done, or not, in the question's own verb. */
function answeredDone(question: string, draft: string): boolean {
  const m = DONE_ASKED.exec(question);
  if (!m) return false;
  const [, first = '', second = ''] = m;
  const verb = DONE_ASKED_LEAD.test(first) ? second : first + second;
  return new RegExp(`(?:^|[\\p{P}\\s]|已经|已|都|早就|刚)${verb}(?:了|过)|没(?:有)?${verb}|还没`, 'u').test(draft);
}

/** The terms of the turn's other questions (their topic terms, or those of `othersOf`) that question
 *  `i`'s topic does not share. */
function othersOnly(termsOf: readonly Set<string>[], i: number, othersOf: readonly Set<string>[] = termsOf): Set<string> {
  const own = termsOf[i] as Set<string>;
  const others = new Set<string>();
  othersOf.forEach((terms, k) => {
    if (k !== i) for (const t of terms) if (!own.has(t)) others.add(t);
  });
  return others;
}

/** The reply's "no need" clauses ("不用空腹", "no need to fast"), and the topic terms of the turn's
 *  other questions, of which a "no need" may be said instead. */
interface NoNeed {
  clauses: readonly string[];
  others: ReadonlySet<string>;
}

/** Whether some "no need" clause of the reply is not said of another question's topic. */
function noNeedHere({ clauses, others }: NoNeed): boolean {
  const onOtherTopic = (clause: string): boolean => {
    for (const t of others) if (draftHas(clause, t)) return true;
    return false;
  };
  return clauses.some((c) => !onOtherTopic(c));
}

/** Whether the draft answers the question by its kind, a stance on a yes/no question aside. */
function answeredByKind(q: Question, question: string, draft: string, language: Language, shape: Shape, noNeed: NoNeed): boolean {
  const { shaped, mootable, deferrable } = shape;
  // Only a question with no other interrogative: in "吃了药还是睡不好怎么办" 还是 means "still". Not a
  // shaped one: "Is it safe to take steroid tablets or nasal spray?" asks how safe either is, and
  // naming one side ("nasal saline helps") says nothing of that.
  if (!shaped && (q.kind === 'other' || q.kind === 'yes-no' || q.kind === 'which') && answeredAlternative(question, draft, language)) return true;
  const cues = KIND_ANSWERS[language];
  if (q.kind === 'what' && ASKS_FOR_VALUE[language].test(question) && cues.amount.test(draft)) return true;
  // Its own answers, "it depends" or "no need" (TopicAnswer.exclusive).
  // A question in two such families ("吃药期间能同房吗，会影响怀孕吗") is taken up by either's answers.
  const { exclusive } = shape;
  if (exclusive.length > 0) return exclusive.some((f) => f.answers.test(draft)) || (deferrable && cues.deferral.test(draft)) || (mootable && noNeedHere(noNeed));
  if (!SHAPED_KINDS.has(q.kind) && ASKS_FOR_DRUG[language].test(question) && (findDrugs(draft).length > 0 || (language === 'zh' && NAMED_BY_FORM.test(draft)) || LEFT_TO_A_DOCTOR[language].test(draft))) return true;
  if (q.kind === 'yes-no' && language === 'zh' && (answeredDone(question, draft) || answeredCanIt(question, draft))) return true;
  if (q.kind === 'how' && language === 'zh') {
    const verb = HOW_VERB.exec(question)?.[1];
    if (verb && draft.includes(verb)) return true;
  }
  if (!SHAPED_KINDS.has(q.kind) && TOPIC_ANSWERS[language].some((t) => t.asks.test(question) && (t.byClause ? splitClauses(draft).some((c) => t.answers.test(c.text)) : t.answers.test(draft)))) return true;
  // An honest "it depends" answers a shaped question, and so does "no need for it now".
  if (deferrable && cues.deferral.test(draft)) return shaped;
  // "How many tablets?" answered by "no need for it now": the question no longer stands.
  // Not a "no need" said of another question's topic ("要吃多久？要空腹吗？" → "不用空腹").
  if (q.kind !== 'why' && noNeedHere(noNeed)) return shaped && mootable;
  // "When should I see a doctor?" is answered by the condition: "if the fever passes 38.5".
  if (q.kind === 'when') {
    if (cues.asksDoseTime.test(question) && cues.doseTime.test(draft)) return true;
    return cues.time.test(draft) || cues.condition.test(draft) || cues.until.test(draft);
  }
  // "要吃多久" is answered by "until" ("等情绪稳定以后再说"), not by any "if".
  if (q.kind === 'how-long') return cues.time.test(draft) || cues.until.test(draft) || cues.duration.test(draft);
  if (q.kind === 'how-much') return cues.amount.test(draft);
  if (q.kind === 'why') return cues.cause.test(draft);
  return false;
}

/** A question of the patient's latest turn: where its asking clause stands in its message
 *  (offsets in `src`), and its words read across the turn. */
export interface TurnQuestion {
  src: TextSource;
  q: Question;
  /** The asking clause with the clauses before it that give its topic. */
  topic: string;
  asked: string;
}

/** The questions of the patient's latest turn, read as one text in which each message is a line:
 *  "需要复查吗？" sent and then "还是可以停药？" is one question, as it is typed on two lines. */
export function findTurnQuestions(turn: readonly TextSource[], language: Language): TurnQuestion[] {
  let joined = '';
  const starts: number[] = [];
  turn.forEach((src, i) => {
    if (i > 0) joined += '\n';
    starts.push(joined.length);
    joined += src.norm;
  });
  return findQuestions(joined, language).map((q) => {
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > q.start) k--;
    const src = turn[k] as TextSource;
    const base = starts[k] as number;
    // An alternative sent as the next message ("还是…？") joins its question, whose evidence
    // stays in the message where the question starts.
    const local: Question = {
      ...q,
      start: q.start - base,
      end: Math.min(q.end - base, src.norm.length),
      topicStart: Math.max(0, q.topicStart - base),
    };
    return { src, q: local, topic: joined.slice(q.topicStart, q.end), asked: joined.slice(q.start, q.end) };
  });
}

/** Something to take or do, by every name that names it: a medicine's names, a class's names and
 *  its members' (a reply naming 阿莫西林 names the 消炎药 asked about), or a treatment's phrases. */
interface Named {
  names: readonly string[];
  matcher: RegExp;
  /** Its names and the words that take it up without naming it (NamedTreatment.takenUpBy). */
  inReply: RegExp;
}
function namedBy(names: readonly string[], takenUpBy: readonly string[] = []): Named {
  const matcher = compilePhrases(names);
  return { names, matcher, inReply: takenUpBy.length > 0 ? compilePhrases([...names, ...takenUpBy]) : matcher };
}
/** The classes of medicine (by their members' names too) and the treatments, built once. */
const CLASSES_AND_TREATMENTS: readonly Named[] = [
  ...DRUG_CLASSES.map((c) => namedBy([...c.zh, ...c.en, ...DRUGS.filter((d) => c.members.has(d.id)).flatMap((d) => [...d.zh, ...d.en])])),
  ...NAMED_TREATMENTS.map((t) => namedBy(t.names, t.takenUpBy)),
];
const DRUG_NAMED = new Map(DRUGS.map((d) => [d.id, namedBy([...d.zh, ...d.en])] as const));

interface NamedAt {
  named: Named;
  start: number;
  end: number;
  /** Named by its form ("麻仁润肠丸" is found as "润肠丸"): its name may start up to NAME_BEFORE_FORM
   *  characters earlier. */
  byForm?: true;
}

/** What `text` names to take or do, each where it first stands. */
function treatmentsIn(text: string): NamedAt[] {
  const found: NamedAt[] = [];
  for (const { drug, start, end } of findDrugs(text)) {
    const named = DRUG_NAMED.get(drug.id);
    if (named) found.push({ named, start, end });
  }
  for (const named of CLASSES_AND_TREATMENTS) {
    const hit = firstHit(named.matcher, text);
    if (hit) found.push({ named, ...hit });
  }
  // A patent medicine the lexicon does not know, by its form ("复方甲氧那明胶囊"; not "连花清瘟胶囊",
  // which the lexicon knows).
  const byForm = NAMED_BY_FORM.exec(text);
  if (byForm) {
    const start = byForm.index;
    const end = start + byForm[0].length;
    if (!found.some((t) => t.start < end && t.end > start)) found.push({ named: namedBy([byForm[0]]), start, end, byForm: true });
  }
  return found;
}

const sameThing = (a: Named, b: Named): boolean => a === b || a.names.some((n) => b.names.includes(n));

/** A patent medicine's name before its form, as NAMED_BY_FORM does not read it: "麻仁|润肠丸". */
const NAME_BEFORE_FORM = 4;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Whether `before` ends in the words asking whether to take or do what follows (ASKS_WHETHER_TO);
 *  for a thing named by its form, the first characters of its name may come between. */
function asksWhetherTo(before: string, byForm: boolean): boolean {
  if (ASKS_WHETHER_TO.test(before)) return true;
  if (!byForm) return false;
  for (let k = 1; k <= NAME_BEFORE_FORM && k < before.length; k++) {
    if (HAN_ONLY.test(before.slice(-k)) && ASKS_WHETHER_TO.test(before.slice(0, -k))) return true;
  }
  return false;
}

/** A thing asked whether to take or do and never named in the reply (see unnamedAsk). */
interface UnnamedAsk {
  thing: Named;
  /** Asked whether to take it ("能喝点中药吗", "要吃消炎药吗"), not to have it done: a clause telling a test
   *  ("要查查乙肝") is another thing to do, and says nothing of taking it. */
  takes: boolean;
}

/** "要不要吃阿奇霉素？", "需要雾化吗？": a Chinese question whether to take or do the one thing it
 *  names right after its asking words, beside other questions (a reply to a lone question is about
 *  it, in whatever words), which the reply never names. Its answer is then a yes or
 *  no said in a clause naming nothing else to take or do ("可以吃", "暂时不用"), "no need", "it
 *  depends", or another thing said to suffice ("自己测抗原就行"): the patient's story said back
 *  ("可能合并支原体，建议去医院查个支原体抗体") does not answer it. Undefined otherwise. */
function unnamedAsk(q: Question, asked: string, draft: string, language: Language, alone: boolean): UnnamedAsk | undefined {
  if (language !== 'zh' || q.kind !== 'yes-no' || alone) return undefined;
  const things = treatmentsIn(asked).sort((a, b) => a.start - b.start);
  const [first] = things;
  if (!first || things.some((t) => !sameThing(t.named, first.named))) return undefined;
  const asking = asked.slice(0, first.start);
  if (!asksWhetherTo(asking, first.byForm === true) || firstHit(first.named.inReply, draft)) return undefined;
  return { thing: first.named, takes: TAKES.test(asking) };
}

/** Where a yes or no to `thing` may stand in `draft`: the clauses (or sentences) naming
 *  nothing else to take or do, and those putting another thing in its place ("测抗原就行"), but not
 *  those on a word only another question's asking clause has ("糖尿病能喝中药吗？血糖控制在多少合适？"
 *  → "不宜控制过严" is the target's). */
function onlyOf({ thing, takes }: UnnamedAsk, draft: string, unit: 'clause' | 'sentence', others: ReadonlySet<string>): string {
  const ownClause = (clause: string): boolean => {
    if (takes && TELLS_A_TEST.test(clause) && !INSTEAD.test(clause)) return false;
    for (const t of others) if (draftHas(clause, t)) return false;
    return true;
  };
  // A sentence holds a condition with what it conditions: it is this thing's when some clause of it is
  // ("先查个支原体抗体，阳性再吃。").
  const own = unit === 'clause' ? ownClause : (sentence: string) => splitClauses(sentence).some((c) => ownClause(c.text));
  return (unit === 'clause' ? splitClauses : splitSentences)(draft)
    .map((c) => c.text)
    .filter((c) => (INSTEAD.test(c) || treatmentsIn(c).every((t) => sameThing(t.named, thing))) && own(c))
    .join('。');
}

/** Whether the reply takes up whether to take or do `thing` without naming it (see unnamedAsk). */
function takenUpUnnamed(ask: UnnamedAsk, clauses: string, draft: string, others: ReadonlySet<string>): boolean {
  return WHETHER_TO_TOLD.test(clauses) || INSTEAD.test(clauses) || WHETHER_TO_ON_CONDITION.test(onlyOf(ask, draft, 'sentence', others));
}

/** What judging one question needs from the rest of the turn and the reply. */
interface AmongOthers {
  noNeed: NoNeed;
  /** Whether the reply asks the patient something back. */
  asksBack: () => boolean;
  /** The turn's only question. */
  alone: boolean;
  /** The words only the other questions' asking clauses have (see onlyOf), read when needed. */
  othersAsked: () => ReadonlySet<string>;
}

function judge({ src, q, asked, topic }: TurnQuestion, terms: Set<string>, draft: TextSource, language: Language, { noNeed, asksBack, alone, othersAsked }: AmongOthers): Judged {
  let shared = 0;
  const chars = new Set<string>();
  for (const t of terms) {
    if (draftHas(draft.norm, t)) shared++;
    if (/^\p{Script=Han}{2}$/u.test(t)) for (const ch of t) chars.add(ch);
  }
  let charsIn = 0;
  for (const ch of chars) if (draft.norm.includes(ch)) charsIn++;
  // A shaped question is answered in its shape only, not by its topic said back ("复查要查什么？" →
  // "一个月后复查", "要吃多久？" → "舍曲林要坚持吃").
  const unnamed = unnamedAsk(q, asked, draft.norm, language, alone);
  const shape = shapeOf(q, asked, topic, terms, language, unnamed !== undefined);
  const others = unnamed ? othersAsked() : NO_TERMS;
  const stanceText = unnamed ? onlyOf(unnamed, draft.norm, 'clause', others) : draft.norm;
  const stances = q.kind === 'yes-no' && !shape.ownStances ? yesNoStances(asked, stanceText, language) : [];
  // A stance that answers for sure settles it; one of how likely leaves the other answers to read.
  const first = stances[0];
  const sure = first !== undefined && !HOW_LIKELY.has(first);
  const { shaped } = shape;
  const exclusive = shape.exclusive.length > 0;
  // An English sure stance may turn out another question's (sureOnly, read in shareStances): the other
  // answers are read too ("is it bad for a baby?" → "doesn't cause lasting sinus problems. For babies a
  // fan is fine").
  const byOther =
    (!sure || (language === 'en' && shared === 0)) &&
    // A family of its own answers is read in the whole reply: its answer may share a clause with another
    // question's words ("结石自己排出的机会挺大" answers "要手术吗？多喝水能排出来吗" twice).
    (answeredByKind(q, asked, unnamed && !exclusive ? stanceText : draft.norm, language, shape, noNeed) ||
      (shape.saidBackFirst && saidBackFirst(asked, draft.norm, language)) ||
      // A family of its own answers only (TopicAnswer.exclusive) is not taken up by "先别吃" or "就行".
      (unnamed !== undefined && !exclusive && takenUpUnnamed(unnamed, stanceText, draft.norm, others)));
  const byKind = stances.length > 0 || byOther;
  const takenUp = shaped ? byKind : shared > 0 || byKind;
  // "严重吗？" → "您有什么症状吗？": not answered yet, and not left either.
  const askedInstead = !takenUp && shape.askedBack && asksBack();
  const answered = takenUp || askedInstead;
  const stancesOnly = shared === 0 && !byOther && stances.length > 0 && !sure ? stances : undefined;
  // English only: a Chinese stance ("可以", "不用") is a word or two any clause may hold, and it answered
  // covid-zh-1163's "尿检没问题是不是可以不用管？" in a clause on another question's drug.
  const sureOnly = language === 'en' && shared === 0 && !byOther && sure ? first : undefined;
  return {
    src, q, answered, askedInstead, shaped, families: shape.families, terms, asked,
    charShare: chars.size === 0 ? 0 : charsIn / chars.size, topic: terms.size, ...(stancesOnly ? { stancesOnly } : {}), ...(sureOnly ? { sureOnly } : {}),
  };
}

/** What the patient wrote before a question in its message, the other questions blanked out: the
 *  story it asks about ("I keep forgetting my sertraline dose."), not another ask. */
function statedBefore(j: Judged, judged: readonly Judged[]): string {
  const before = j.src.norm.slice(0, j.q.start);
  return blank(before, judged.filter((k) => k !== j && k.src === j.src && k.q.start < j.q.start).map((k) => ({ start: k.q.start, end: Math.min(k.q.end, before.length) })));
}

/** One clause of how likely answers one question: "少数人体重会增加几斤" takes up "会发胖吗？" and leaves
 *  "会影响性功能吗？", "A few kilos in some people" "Does it cause weight gain?" and not "Does it
 *  affect libido?". The questions only such a stance answers take the reply's clauses holding one
 *  of theirs, in the order asked; a clause on another question's topic is that question's. An English
 *  question answered only by a sure stance keeps it where the stance is not said of another
 *  question's words. */
function shareStances(judged: readonly Judged[], reply: string): void {
  let clauses: { text: string; used: boolean }[] | undefined;
  const ownWords = new Map<Judged, Set<string>>();
  const askedWords = new Map<Judged, Set<string>>();
  const onOtherTopic = (text: string, j: Judged): boolean => {
    // Words the question's own topic, or what the patient wrote before it, holds too are no other
    // question's ("I keep forgetting my sertraline dose. Is that bad? Should I take a double dose?":
    // "Missing doses can cause dizziness" answers the first).
    const own = ownWords.get(j) ?? new Set([...j.terms, ...topicTerms(statedBefore(j, judged))]);
    ownWords.set(j, own);
    for (const k of judged) {
      if (k === j) continue;
      // Read only when a stance is shared out, which few checks reach.
      const askedTerms = askedWords.get(k) ?? topicTerms(k.asked);
      askedWords.set(k, askedTerms);
      for (const t of askedTerms) if (!own.has(t) && draftHas(text, t)) return true;
    }
    return false;
  };
  for (const j of judged) {
    // "Is it safe to fly? Also can I get the flu vaccine?" → "Flying is generally safe…": the "safe"
    // said of the flight (named before it, as its subject) is no yes to the vaccine; "Keep taking them
    // and stand up slowly" still answers "Should I stop the pills?" beside "…when I stand up?".
    const sureOnly = j.sureOnly;
    if (sureOnly && j.answered && judged.length > 1) {
      clauses ??= splitClauses(reply).map((c) => ({ text: c.text, used: false }));
      const saidOfIt = (text: string): boolean => {
        const at = sureOnly.exec(text)?.index;
        return at !== undefined && !onOtherTopic(text.slice(0, at), j);
      };
      if (!clauses.some((c) => saidOfIt(c.text))) j.answered = false;
      continue;
    }
    const stances = j.stancesOnly;
    if (!stances || !j.answered) continue;
    clauses ??= splitClauses(reply).map((c) => ({ text: c.text, used: false }));
    const free = clauses.find((c) => !c.used && stances.some((st) => st.test(c.text)) && !onOtherTopic(c.text, j));
    if (free) free.used = true;
    else j.answered = false;
  }
}

/** "In brief: No …", "Yes, you can …": each bare yes or no opening a sentence answers one
 *  yes/no question, after those the draft already took up by topic. */
/** "Is it A or B?", "是湿疹还是皮炎？": a choice, not a yes/no question. In Chinese "还是" before a closing 吗 means
 *  "still" ("吃了药还是睡不好吗？"). */
function eitherOr(question: string, language: Language): boolean {
  return language === 'zh' ? ALTERNATIVE.zh.test(question) && !/[吗么][？?。.\s]*$/u.test(question) : EITHER_OR.test(question);
}

function creditBareYesNo(judged: Judged[], draft: string, language: Language): void {
  // A Chinese "对。" among several yes/no questions may be any one's ("…都能知道的吧？我也要去照心电图
  // 了？" → "你指什么情况。对。"): read only where one is left to answer.
  // "我也要去照心电图了？" asks yes or no with no word of asking: counted among them.
  if (language === 'zh' && judged.filter((j) => (j.q.kind === 'yes-no' || j.q.kind === 'other') && !j.answered).length !== 1) return;
  let available = (draft.match(OPENING_YES_NO[language])?.length ?? 0) + (language === 'en' ? (draft.match(EN_BOTH_ANSWERED)?.length ?? 0) : 0);
  available -= judged.filter((j) => j.q.kind === 'yes-no' && j.answered).length;
  for (const j of judged) {
    if (available <= 0) return;
    // "Is it A or B?" takes a side, not a yes ("… or not?" is still a yes/no question).
    const yesOrNo = j.q.kind === 'yes-no' || (language === 'zh' && j.q.kind === 'other');
    if (yesOrNo && !j.answered && !eitherOr(j.src.norm.slice(j.q.start, j.q.end), language)) {
      j.answered = true;
      available--;
    }
  }
}

/** Which of two findings on one question asked twice is kept: the surer. */
const RANK: Record<Finding['severity'], number> = { error: 2, warning: 1, info: 0 };

/** A question with at most this many topic terms is too thin to call unanswered alone. */
const MIN_TOPIC = 2;
/** At most this share of the topic's characters in the draft: the draft stays off the topic. */
const FAR_FROM_TOPIC = 0.2;
/** English questions carry more words, so a thin English topic is weaker evidence. */
const MIN_CONFIDENT_TOPIC: Record<Language, number> = { zh: 2, en: 2 };
/** A reply this short (characters) that answers one question and stays off another left it. */
const BRIEF_DRAFT: Record<Language, number> = { zh: 30, en: 80 };
/** A reply this long (characters) or shorter that sends the patient to look it up has said nothing else. */
const LOOK_IT_UP_REPLY: Record<Language, number> = { zh: 80, en: 250 };
/** A yes or no takes a word ("不用", "可以"): a reply half as long again as a brief one that has
 *  none for a yes/no question and never comes near its topic left it too. Chinese only: how near a
 *  reply comes to a topic is read in Han characters (charShare), so English stays at the brief length. */
const BRIEF_FOR_YES_NO: Record<Language, number> = { zh: 45, en: 80 };

/** The open questions that ask in words (not a "?" after a symptom: "睡不好，心慌？"), one per
 *  topic (a question asked twice counts once), when there are at least two of them. */
function distinctUntouched(open: readonly Judged[]): ReadonlySet<Judged> {
  const distinct: Judged[] = [];
  for (const j of open) {
    if (j.q.kind === 'other' || j.topic < MIN_TOPIC) continue;
    if (!distinct.some((d) => sameTopic(d.terms, j.terms))) distinct.push(j);
  }
  return new Set(distinct.length >= 2 ? distinct : []);
}

/** Whether the reply (greeting, comfort and closing aside) asks the patient something and says
 *  nothing else but a platform's preamble ("病情资料我已详细阅读。根据您现有的资料，建议："). */
const COMMA_CLAUSE = /[^，,；;]+/gu;

function asksOnly(body: string, language: Language): boolean {
  let asks = false;
  for (const sentence of splitSentences(body.replace(REPLY_PREAMBLE[language], ' '))) {
    // A sentence asks in its questions ("请问是否有胸痛、下肢肿痛、痰血等情况？"); any clause between or
    // around them is said ("可以吃布洛芬，现在还烧吗？" answers something; "要不要打升白针主要看中性粒细胞，
    // 低于1.0一般需要打": the asking words were the topic; "软化几个小时，然后用温水洗": a few hours).
    const found = findQuestions(sentence.text, language);
    // Clauses at commas: a list joined by 、 ("胸痛、下肢肿痛、痰血") stays in its question.
    for (const c of sentence.text.matchAll(COMMA_CLAUSE)) {
      const start = c.index;
      const end = start + c[0].length;
      if (HAS_WORDS.test(c[0]) && !found.some((q) => q.start < end && start < q.end)) return false;
    }
    if (found.length > 0) asks = true;
  }
  return asks;
}

/** Whether the reply's words (greeting, comfort and closing aside) are a bare yes or no. */
function bareYesOrNo(body: string, language: Language): boolean {
  return BARE_YES_NO[language]?.test(body.replace(/[\s\p{P}\p{S}]+/gu, '')) ?? false;
}

/** The reply's words, greeting, comfort and closing aside: an acknowledgement or nothing. */
function acknowledgementOnly(body: string, language: Language): boolean {
  const words = body.replace(/[\s\p{P}\p{S}]+/gu, '');
  return words === '' || REPLY_ACKNOWLEDGEMENT[language].test(words);
}

/** How the one-click fix opens an answer: the question quoted, then the doctor's words. */
const LEAD_IN: Record<Language, { open: string; close: string; text: (quote: string) => string; next: string }> = {
  zh: { open: '“', close: '”', text: (quote) => `\n关于“${quote}”：`, next: '\n关于“' },
  // `next` is read in normalised (lower-case) text.
  en: { open: '"', close: '"', text: (quote) => `\nRegarding "${quote}": `, next: '\nregarding "' },
};
// Quoted patient text of four characters or more: a quoted word (“焦虑”) is a term, not the question.
const QUOTED = /“([^“”\n]{4,200})”|"([^"\n]{4,200})"|「([^「」\n]{4,200})」/gu;
/** The end marks a quoted question is shown without. */
export const TRAILING_MARKS = /[？?。，,！!\s]+$/u;

/** The question as the finding and the lead-in quote it: its asking clause without end marks. */
const quoteOf = (j: Judged): string => evidenceOf(j.src, j.q.start, j.q.end).text.replace(TRAILING_MARKS, '');

/** The draft with the patient's own words masked where the doctor quotes them ("关于“能开药吗”："):
 *  quoting a question is not answering it. Same length, offset for offset. */
function withoutQuotedPatient(draft: string, turn: readonly TextSource[]): string {
  return draft.replace(QUOTED, (whole, ...groups: unknown[]) => {
    const inner = groups.slice(0, 3).find((g): g is string => typeof g === 'string') ?? '';
    const words = inner.replace(TRAILING_MARKS, '');
    return words && turn.some((src) => src.norm.includes(words)) ? ' '.repeat(whole.length) : whole;
  });
}

/** A question the reply copies word for word is said back, not answered: at least this many characters. */
const ECHO_MIN = 10;
const ECHO_END = /[？?。，,！!.\s]+$/u;

/** The draft with the patient's questions masked where the doctor copies one unquoted ("…是不是两种药
 *  发生反应将胃吃坏了。一般来说…": a stock reply that opens on the patient's words, toyhom-6606). Same
 *  length, offset for offset. */
function withoutEchoedQuestions(draft: string, asked: readonly TurnQuestion[]): string {
  let masked = draft;
  for (const { asked: words } of asked) {
    // A half-width stop ends it as 。 does ("…吃坏了." typed in half-width mode).
    const echo = words.replace(ECHO_END, '');
    // Masked as a sentence of its own, so the stop after it ends nothing else ("。" and "." alike).
    if (echo.length >= ECHO_MIN && masked.includes(echo)) masked = masked.split(echo).join(`。${' '.repeat(echo.length - 1)}`);
  }
  return masked;
}

/** After the doctor took the fix, the lead-in for this question: whether words follow it before
 *  the next lead-in, other than a closing line (the doctor answered, in whatever words, on the
 *  same line or the next), or nothing yet. Undefined without a lead-in. */
function leadInAnswer(j: Judged, draft: string, language: Language, closings: readonly string[]): 'written' | 'empty' | undefined {
  const { open, close, next } = LEAD_IN[language];
  // Nearly every draft quotes nothing: no quotation mark, no lead-in to read.
  if (!draft.includes(open)) return undefined;
  const quoted = open + normalize(quoteOf(j)) + close;
  const at = draft.indexOf(quoted);
  if (at < 0) return undefined;
  const from = at + quoted.length;
  const nextLeadIn = draft.indexOf(next, from);
  const after = draft.slice(from, nextLeadIn < 0 ? draft.length : nextLeadIn);
  // The fix put the lead-in before the closing line, which now follows it: that is not an answer.
  const answer = after.slice(0, closingLineStart(after, language, closings));
  return /[\p{Script=Han}a-z0-9]/u.test(answer) ? 'written' : 'empty';
}

/** A lead-in the doctor added with the fix decides its question: answered once words follow it.
 *  Returns the questions whose lead-in is still empty. */
function settleLeadIns(judged: readonly Judged[], draft: string, language: Language, closings: readonly string[]): Set<Judged> {
  const empty = new Set<Judged>();
  for (const j of judged) {
    const leadIn = leadInAnswer(j, draft, language, closings);
    if (leadIn) j.answered = leadIn === 'written';
    if (leadIn === 'empty') empty.add(j);
  }
  return empty;
}

export const unansweredQuestion: Rule = {
  id: 'unanswered-question',
  meta: {
    title: { zh: '问题未全部回答', en: 'Question left unanswered' },
    docs: {
      zh: '患者在一条消息里问了几个问题，回复只回答了其中一部分。患者会觉得医生不认真，还得浪费条数再问一次。',
      en: 'The patient asked several things in one message and the reply answers only some of them. Patients feel unheard and must spend another message asking again.',
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft, language } = ctx;
    if (draft.norm.trim() === '') return [];
    // "不知道为什么还要活着", "活着有什么意思？" ask nothing to answer: they are a risk, met by risk-not-addressed.
    const asked = findTurnQuestions(ctx.latestTurn, language).filter((t) => !namesSelfHarm(t.asked, language));
    if (asked.length === 0) return [];
    const framing = framingPhrasesOf(ctx);
    // "收到，我看一下报告": the doctor said the answer is coming; it is read with the next bubble.
    if (ctx.holding) return [];
    // The reply so far answers: bubbles the doctor already sent in this turn, then the draft
    // (the patient's words quoted back, or a question copied, answer nothing in either).
    const answerNorm = [...ctx.doctorTurn.map((sent) => sent.norm), draft.norm]
      .map((text) => withoutClosings(withoutEchoedQuestions(withoutQuotedPatient(text, ctx.latestTurn), asked), language, framing))
      .join('\n');
    const answerText: TextSource = { ...draft, norm: answerNorm };
    // The reply's "no need" clauses, read once, and for each question the words only the other
    // questions of the turn have: what such a clause may be said of instead.
    const termsOf = asked.map((t) => topicTerms(t.topic));
    const moot = KIND_ANSWERS[language].moot;
    const noNeedClauses = moot.test(answerNorm) ? splitClauses(answerNorm).map((c) => c.text).filter((c) => moot.test(c)) : [];
    // Whether the reply asks the patient something (closing lines aside): a question mark or a
    // closing 吗/呢, not an interrogative inside a statement ("诊断一下是哪种类型的癫痫").
    const asksBack = (): boolean => ASKS_BACK.test(answerNorm);
    // For a thing asked about and never named: the words of the other questions' asking clauses (their
    // story is every question's), read only when needed.
    let askedTermsOf: Set<string>[] | undefined;
    const judged = asked.map((t, i) =>
      judge(t, termsOf[i] as Set<string>, answerText, language, {
        noNeed: { clauses: noNeedClauses, others: noNeedClauses.length > 0 ? othersOnly(termsOf, i) : NO_TERMS },
        asksBack,
        alone: asked.length === 1,
        othersAsked: () => othersOnly(termsOf, i, (askedTermsOf ??= asked.map((a) => topicTerms(a.asked)))),
      }),
    );
    shareStances(judged, answerText.norm);
    // "Hello, Yes …", "您好，是的…": a bare yes after the greeting opens the reply all the same.
    const greeting = greetingEnd(answerText.norm, language);
    creditBareYesNo(judged, blank(answerText.norm, [{ start: 0, end: greeting }]), language);
    const emptyLeadIns = settleLeadIns(judged, draft.norm, language, framing.closings);
    const replyNorm = [...ctx.doctorTurn.map((sent) => sent.norm), draft.norm].join('\n');
    // The reply without its greeting, comfort and closing, read once and only if needed.
    let replyBody: string | undefined;
    const bodyOfReply = (): string => (replyBody ??= withoutFraming(replyNorm, language, framing));
    // Framing is a few short clauses: a reply far longer than a brief one is not "好的" or "嗯".
    const short = replyNorm.length <= 3 * BRIEF_DRAFT[language];
    // A reply that says nothing but "好的" (greeting, comfort and closing aside) answers no
    // question that asks for more than a yes, however thin its topic: those are open for sure.
    let nothing: boolean | undefined;
    const saysNothing = (): boolean => (nothing ??= short && acknowledgementOnly(bodyOfReply(), language));
    // A short reply that sends the patient to look it up themselves ("你可能百度搜索一下") and names
    // no medicine answers none of the questions it leaves. Asking for more, or sending them to a
    // doctor, is an answer of its own ("Difficult to advise without more information, so seek …").
    let deflecting: boolean | undefined;
    const deflects = (): boolean =>
      (deflecting ??= replyNorm.length <= LOOK_IT_UP_REPLY[language] && firstHit(lookItUp.for(language), replyNorm) !== undefined && findDrugs(replyNorm).length === 0);
    // "这个病好看吗？" → "嗯": the one question, a yes/no, has its yes or no ("好的", "收到" acknowledge
    // and say neither). Beside another question it may be either's, so that is left to the judgement below.
    const only = judged.length === 1 ? judged[0] : undefined;
    if (only && only.q.kind === 'yes-no' && !only.answered && !emptyLeadIns.has(only) && short && bareYesOrNo(bodyOfReply(), language)) {
      only.answered = true;
    }
    const answered = judged.filter((j) => j.answered);
    const open = judged.filter(
      (j) =>
        emptyLeadIns.has(j) ||
        (!j.answered &&
          // A shaped question ("要多久？") is judged by its kind, so it needs no topic of its own.
          (j.shaped || j.topic >= MIN_TOPIC || (CONTENT_KINDS.has(j.q.kind) && saysNothing()) || deflects()) &&
          // Asked twice (a title line, then the body), a question is answered once. A shaped
          // question is not asked again by one of another kind on its topic: "舍曲林和阿普唑仑能一起
          // 吃吗？阿普唑仑吃多久可以停？" → "可以一起吃" leaves how long.
          // Nor by one of another family: "多吃什么？少吃什么？" → "少吃辛辣" leaves what to eat more of.
          !answered.some((a) => sameTopic(j.terms, a.terms) && (!j.shaped || (a.q.kind === j.q.kind && sameFamilies(a.families, j.families))))),
    );
    if (open.length === 0) return [];
    // The seed's pattern: the draft takes up some questions and leaves another. When it takes
    // up none, the draft may answer one question in words we cannot match.
    // A shaped question answered in its shape ("一天吃几次？" → "一天两次") is taken up, topic or not.
    const someAnswered = judged.some((j) => j.answered && !j.askedInstead && (j.topic > 0 || j.shaped));
    const untouched = distinctUntouched(open);
    // How much the doctor wrote, greeting, comfort and closing line aside: adding those does not
    // make a brief reply less brief. Framing is a few short clauses, so a draft far over the
    // brief length is not read for it.
    let length: number | undefined;
    const bodyLength = (): number => (length ??= short ? bodyOfReply().replace(/\s+/gu, ' ').trim().length : replyNorm.length);
    let asking: boolean | undefined;
    const onlyAsks = (): boolean => (asking ??= asksOnly(bodyOfReply(), language));
    const closing = closingLineStart(draft.norm, language, framing.closings);
    const answerAt = closing === undefined ? ('end' as const) : { offset: closing };
    const findings = open.map((j): Finding => {
      // A question whose answer has a visible shape (a time, an amount, a cause) and no such
      // shape in the draft is open for sure. Otherwise only the seed's pattern is sure enough to
      // hold a send: a brief reply that took up one question and never came near this one.
      // Longer replies answer in words we cannot match, so there it is advice only, unless the
      // reply stays off two distinct questions: one reply rarely answers two asks in other words.
      const shapedOpen = j.shaped;
      // "…怎么办？" asks what to do, and a brief reply's advice may be the answer in other words
      // ("孩子不愿意吃药怎么办？" → "可以碾碎混在酸奶里"): advice, not a hold.
      const adviceForWhatToDo = ASKS_WHAT_TO_DO[language].test(j.src.norm.slice(j.q.start, j.q.end)) && ADVICE_GIVEN[language].test(replyNorm);
      const briefOffTopic =
        !adviceForWhatToDo &&
        someAnswered &&
        bodyLength() <= (j.q.kind === 'yes-no' ? BRIEF_FOR_YES_NO : BRIEF_DRAFT)[language] &&
        j.charShare <= FAR_FROM_TOPIC &&
        j.topic >= MIN_CONFIDENT_TOPIC[language];
      const evidence = evidenceOf(j.src, j.q.start, j.q.end);
      const quote = evidence.text.replace(TRAILING_MARKS, '');
      if (emptyLeadIns.has(j)) {
        return {
          rule: 'unanswered-question',
          severity: ctx.severity,
          message: {
            zh: `关于“${quote}”的回答还空着，请写上回答再发送。`,
            en: `The answer to "${quote}" is still empty. Write it before sending.`,
          },
          evidence,
          fixes: [],
        };
      }
      // A reply that only asks back ("有没有发热？", "体温多少？做核酸了吗？") is finding out before it
      // answers: the questions are still to come, so it is advice at most.
      const confident = !onlyAsks() && (shapedOpen || briefOffTopic || untouched.has(j) || (CONTENT_KINDS.has(j.q.kind) && saysNothing()) || deflects());
      const severity = confident ? ctx.severity : 'info';
      return {
        rule: 'unanswered-question',
        severity,
        // Advice says what it is: the rule is not sure, so it asks the doctor to look.
        message: confident
          ? {
              zh: `患者问了“${quote}”，回复中没有回答这一点。请补充回答，免得患者再花条数追问。`,
              en: `The patient asked "${quote}" and the reply does not answer it. Add an answer so they need not ask again.`,
            }
          : {
              zh: `患者问了“${quote}”，回复可能没有直接回答这一点，请确认。`,
              en: `The patient asked "${quote}"; the reply may not answer it directly. Worth a check.`,
            },
        evidence,
        fixes: [
          {
            label: { zh: '在结尾补充回答', en: 'Answer it at the end' },
            text: LEAD_IN[language].text(quote),
            completeInDraft: true,
            // No category: the lead-in quotes this question, no template can stand in for it.
            // The answer goes before the closing line, which stays last.
            at: answerAt,
          },
        ],
      };
    });
    // Asked twice (a title line, then the body) and left both times: one finding, the surer one.
    return findings.filter((f, i) => {
      const j = open[i] as Judged;
      return !open.some((k, m) => {
        if (m === i || k.q.kind !== j.q.kind || !sameFamilies(k.families, j.families) || !sameTopic(k.terms, j.terms)) return false;
        const other = RANK[(findings[m] as Finding).severity] - RANK[f.severity];
        return other > 0 || (other === 0 && m < i);
      });
    });
  },
};
