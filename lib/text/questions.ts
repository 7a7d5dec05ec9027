// Finding the patient's distinct questions in a turn, with offsets. Chinese patients put
// several questions into one run-on sentence joined by commas ("那我下次什么时候面诊您合适呢，
// 本次能给我开药吗"), so a question is a clause that asks, together with the statement clauses
// just before it that give it its topic. Works on normalised text (see normalize()).

import type { Language } from '../conversation';
import { scriptCounts } from './normalize';
import { splitClauses, splitSentences, type Span } from './segment';

/** What a question asks for, which decides what counts as an answer. */
export type QuestionKind = 'when' | 'how-long' | 'how-much' | 'yes-no' | 'which' | 'why' | 'how' | 'what' | 'other';

export interface Question {
  /** The asking clause (what the evidence quotes). */
  start: number;
  end: number;
  /** Where its topic begins: the statement clauses before it in the same sentence. */
  topicStart: number;
  kind: QuestionKind;
}

// Interrogatives per LABELING.md: a clause asks when it ends in ？/?, ends in 吗/呢/么, or holds
// one of these. Ordered so the more specific kind wins.
const ZH_KINDS: readonly [QuestionKind, RegExp][] = [
  // "这几天要忌口吗" asks about these days, not how many.
  ['how-long', /多久|多长时间|多少天|(?<![这前过好近头每来十了])几(?:天|周|个月)|多少时间/u],
  ['when', /什么时候|何时|哪天|几号|几点/u],
  ['how-much', /多少|几片|几粒|几次|几毫克|剂量多大|多大剂量/u],
  ['why', /为什么|为啥|怎么会|什么原因|啥原因|原因是/u],
  ['which', /哪些|哪个|哪种|哪家|哪里|哪儿|什么科|挂什么|哪/u],
  // "…吧？" asks to confirm, "有危险不？" is A-not-A cut short: yes or no as well.
  ['yes-no', /是否|能否|可否|能不能|可不可以|可以不|要不要|需不需要|用不用|有没有|有没(?=\p{Script=Han})|是不是|会不会|算不算|对不对|行不行|准不准|好还是(?:坏|不好)|是好是坏|好事还是坏事|有无|[吗嘛么](?:医生|大夫|主任|老师)?[^\p{Script=Han}a-z0-9]*$|[吧不][？?]+\s*$|了没(?:有)?[？?]+\s*$/u],
  ['how', /怎么|怎样|如何|咋/u],
  ['what', /什么|啥/u],
];
// "几天", "几次" ask how many only when something asks with them: in a patient's story they count
// ("头疼几天流鼻涕几天", "夜尿几次，睡觉出虚汗", "直到几天前才外出"), so a clause asking by them alone
// needs a word of need or plan (see asksZh). "没怎么休息好" says "not much", not how.
const ZH_ASKS_BY_COUNT = /(?<![前这过好近头每来十了])几[天周个次片粒号点](?![就都也前])/u;
const ZH_ASKS_BESIDES_COUNT = /[？?]|[吗嘛么][^\p{Script=Han}a-z0-9]*$|(?<!没|不|没有)什么(?![都也]|的(?:[，,。；;\s]|$))|(?<!没|不|没有)啥(?:好|比较好|呢|呀|啊|嘛)?[^\p{Script=Han}a-z0-9]*$|(?<![没不])怎么|怎样|如何|为什么|为啥|多久|多少|哪|是否|能否|可否|能不能|可不可以|要不要|需不需要|用不用|有没有|有没(?=\p{Script=Han})|是不是|会不会|算不算|准不准|好还是(?:坏|不好)|是好是坏|好事还是坏事/u;
/** What makes a count a question: a need, a plan, a usual amount ("一般打几天点滴", "一天吃几次",
 *  "要吃几天"), or a course asked by its verb ("这个药吃几天，饭前吃吗"; a story says "吃了几天"). */
const COUNT_ASKED = /要|需|该|得|能|可以|会|用|一般|大概|大约|通常|最好|一天|每天|每次|一次|一周|每周|打算|准备|问|还|(?:吃|服|喝|打|涂|擦|做|查|住|输|挂)几/u;
/** A clause this short ending its sentence asks by a count alone ("舍曲林吃几天"): a story goes on. */
const SHORT_COUNT_QUESTION = 8;

const EN_KINDS: readonly [QuestionKind, RegExp][] = [
  ['how-long', /\bhow long\b/u],
  ['when', /\bwhen\b|\bwhat time\b/u],
  ['how-much', /\bhow (?:much|many|often|far apart)\b/u],
  ['why', /\bwhy\b/u],
  ['which', /\b(?:which|where)\b/u],
  ['how', /\bhow\b/u],
  ['what', /\bwhat\b/u],
  ['yes-no', /^(?:\W*(?:and|so|but|also|then|ok|okay|doctor|dr|sir|madam|please|\w+,)\s+)*(?:can|could|should|shall|is|are|am|do|does|did|will|would|may|might|must|have|has|was|were)\b|\b(?:know|wondering|wonder) (?:if|whether)\b/u],
];
// English asks with a question mark, or open with an interrogative or an inverted auxiliary, or
// asks indirectly ("I wanna know if my immune system is weakened", "I would like to know where …").
const EN_INDIRECT = /\b(?:i (?:wanna|want to|would like to|'d like to|need to) know|i(?:'m| am)?(?: just)? wondering|i wonder) (?:if|whether|why|how|what|when|where|which|who)\b/u;
const EN_ASKS = new RegExp(`\\?|^(?:\\W*(?:and|so|but|also|then|ok|okay|please)\\s+)*(?:what|how|why|when|where|which|who|can|could|should|shall|is|are|do|does|did|will|would|may|must)\\b|${EN_INDIRECT.source}`, 'u');

// Clauses that look like questions but ask for nothing the draft must answer.
const ZH_NOT_ASKING = /^(?:医生|大夫|主任)?(?:您好|你好)?[，,]?(?:在吗|在不在|您好吗|好吗|可以吗|行吗|谢谢|是吗|对吗|对吧|是吧)[？?。！!\s]*$/u;
const EN_NOT_ASKING = /^(?:hi|hello|hey|dear)\b|^(?:thank|thanks)\b|^(?:are you there|ok\??|right\??)\W*$/u;
// A request to answer the other questions ("能麻烦您一次回答我这几个问题吗", "please answer all my
// questions") asks for nothing of its own (LABELING.md: the meta "answer all" request is not one).
const META_REQUEST = /(?:回答|回复|解答)(?:我|一下)?[^？?。]{0,8}(?:问题|疑问)|\banswer (?:all )?(?:my|these|the) (?:questions|queries)\b/u;

// Intake forms label their fields ("希望获得的帮助：", "病情描述："): the label is not the question.
const FIELD_LABEL = /^[^：:\n]{1,10}[：:]\s*/u;

/** An English question asks in the last part of its clause, after the statement it follows:
 *  "I feel dizzy when I stand up, is that my pills?" asks yes or no, not when. */
const EN_LAST_PART = /[^,;:]*$/u;

function earliestKind(text: string, kinds: readonly [QuestionKind, RegExp][]): QuestionKind | undefined {
  let best: { kind: QuestionKind; at: number } | undefined;
  for (const [kind, re] of kinds) {
    const at = re.exec(text)?.index;
    if (at !== undefined && (best === undefined || at < best.at)) best = { kind, at };
  }
  return best?.kind;
}

function kindOf(clause: string, language: Language): QuestionKind {
  const kinds = language === 'zh' ? ZH_KINDS : EN_KINDS;
  const whole = language === 'en' ? clause.replace(/[\s?!.]+$/u, '') : clause;
  const asking = language === 'en' ? (EN_LAST_PART.exec(whole)?.[0] ?? whole) : whole;
  const firstInOrder = (text: string): QuestionKind | undefined => kinds.find(([, re]) => re.test(text))?.[0];
  // English opens a question with what it asks: "What could be causing it when I'm anxious?" asks
  // what, "Can I take it when I'm pregnant?" yes or no. The interrogative that comes first wins
  // (at the same place, the more specific kind: "how long" over "how").
  const asked = language === 'en' ? earliestKind(asking.trimStart(), kinds) : firstInOrder(asking.trimStart());
  // A last part too short to say ("…, right?") leaves it to the whole clause; a clause of one
  // part has been read already.
  return asked ?? (asking.length < whole.length ? firstInOrder(clause) : undefined) ?? 'other';
}

// Without a "?", "when I stand up it's worse" opens with a conjunction, not a question.
const EN_SUBORDINATE = /^(?:\W*(?:and|so|but|also|then)\s+)*(?:when|where|how|what|why)\s+(?:i|you|he|she|we|they|it|my|your|his|her|our|their)\b/u;

/** Whether a Chinese clause asks: by an interrogative or a particle, or by a count made a question
 *  by a need or plan, or short and ending its sentence ("舍曲林吃几天"). */
function asksZh(clause: string, endsSentence: boolean): boolean {
  if (ZH_NOT_ASKING.test(clause)) return false;
  if (ZH_ASKS_BESIDES_COUNT.test(clause)) return true;
  return ZH_ASKS_BY_COUNT.test(clause) && (COUNT_ASKED.test(clause) || (endsSentence && clause.length <= SHORT_COUNT_QUESTION));
}

function asks(clause: string, language: Language, endsSentence: boolean): boolean {
  if (language === 'zh') return asksZh(clause, endsSentence);
  if (!clause.includes('?') && EN_SUBORDINATE.test(clause)) return false;
  return EN_ASKS.test(clause) && !EN_NOT_ASKING.test(clause);
}

/** The patient's distinct questions in `norm`, in order. English questions are whole
 *  sentences; Chinese ones are asking clauses, since one sentence often holds several. */
export function findQuestions(norm: string, language: Language): Question[] {
  const out: Question[] = [];
  for (const sentence of splitSentences(norm)) {
    const ask = language === 'zh' && !/[a-z]{3}/u.test(sentence.text) ? 'zh' : detectScript(sentence.text);
    const parts: Span[] = ask === 'zh' ? askingParts(sentence.text) : englishParts(sentence.text);
    let topicStart = sentence.start;
    for (const p of parts) {
      let text = p.text;
      let start = sentence.start + p.start;
      const label = FIELD_LABEL.exec(text);
      if (label && ask === 'zh') {
        text = text.slice(label[0].length);
        start += label[0].length;
      }
      // A clause keeps its closing mark; a question keeps ？ but not the comma joining it on.
      const end = sentence.start + p.end - (/[，,、：:]+$/u.exec(p.text)?.[0].length ?? 0);
      // A clause that asks, or the end of a sentence closed by ？ whose asking word came earlier.
      const closedByMark = ask === 'zh' && p.end === sentence.text.length && /[？?]\s*$/u.test(sentence.text);
      // A piece opening with a closing bracket is the tail of a parenthesis cut at its "?".
      const fragment = /^[)）\]】]/u.test(text);
      const lastOfSentence = p.end === sentence.text.length || /^[\s，,、]*$/u.test(sentence.text.slice(p.end));
      if (text.length > 0 && !fragment && (asks(text, ask, lastOfSentence) || closedByMark)) {
        // A clause closed by ？ is kept even when asks() says no, so both are checked here.
        if (!(ask === 'zh' && ZH_NOT_ASKING.test(text)) && !META_REQUEST.test(text)) {
          out.push({ start, end, topicStart: Math.min(topicStart, start), kind: kindOf(text, ask) });
        }
        topicStart = end;
      }
    }
  }
  return mergeAdjacentSameKind(out, norm);
}

// Phones type a space for a comma: after a question particle, a space before more Chinese starts
// the next question ("影响抽血吗 现在发热会不会直接隔离了"). Only there: elsewhere a space may part
// words of one clause ("我 没有 想死的念头").
const SPACE_AFTER_ASKING = /(?<=[吗呢么嘛吧])[ \t\u3000]+(?=\p{Script=Han})/gu;
const HAS_SPACE_AFTER_ASKING = /[吗呢么嘛吧][ \t\u3000]+\p{Script=Han}/u;

/** A Chinese sentence's clauses, parted also at a space that follows a question particle. */
function askingParts(text: string): Span[] {
  const clauses = splitClauses(text);
  // Nearly every sentence has none: one scan settles that.
  if (!HAS_SPACE_AFTER_ASKING.test(text)) return clauses;
  return clauses.flatMap((clause) => {
    const parts: Span[] = [];
    let from = 0;
    SPACE_AFTER_ASKING.lastIndex = 0;
    for (let m = SPACE_AFTER_ASKING.exec(clause.text); m; m = SPACE_AFTER_ASKING.exec(clause.text)) {
      parts.push({ text: clause.text.slice(from, m.index), start: clause.start + from, end: clause.start + m.index });
      from = m.index + m[0].length;
    }
    parts.push({ text: clause.text.slice(from), start: clause.start + from, end: clause.end });
    return parts;
  });
}

// "I wanna know if my immune system is weakened and how likely am I to die": a second question joined on
// by "and" and an interrogative is a question of its own, when what comes before it asks too.
const EN_JOINED_QUESTION = /,?\s+and\s+(?=(?:how|what|why|when|where|which|whether|who)\b)/gu;

/** An English sentence, parted where "and" joins on a second question (EN_JOINED_QUESTION). */
function englishParts(text: string): Span[] {
  const parts: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(EN_JOINED_QUESTION)) {
    const before = text.slice(from, m.index);
    if (!asks(before, 'en', false)) continue;
    parts.push({ text: before, start: from, end: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ text: text.slice(from), start: from, end: text.length });
  return parts;
}

function detectScript(text: string): Language {
  const { han, latin } = scriptCounts(text);
  return han >= latin ? 'zh' : 'en';
}

// "怎么办啊" right after a question on the same topic is filler, not a second question: a
// short asking clause with no topic of its own is folded into the question before it. Right
// before one, it opens it ("用了95的酒精，怎么办呀，再用75的还能杀死么" asks one thing).
function mergeAdjacentSameKind(qs: Question[], norm: string): Question[] {
  const out: Question[] = [];
  let opener: Question | undefined;
  for (const q of qs) {
    if (opener) {
      if (q.start - opener.end <= 2) {
        q.start = opener.start;
        q.topicStart = Math.min(q.topicStart, opener.topicStart);
      } else out.push(opener);
      opener = undefined;
    }
    const prev = out.at(-1);
    const text = norm.slice(q.start, q.end);
    // "…吗？还是能自愈呢？" / "…? Or is it …?": the alternative belongs to the question before.
    if (prev && q.start - prev.end <= 2 && /^(?:还是|或者|或是|or\b)/u.test(text)) {
      prev.end = q.end;
      continue;
    }
    const own = text.replace(/怎么办|咋办|怎么弄|怎么回事|呢|吗|啊|呀|吧|[？?！!。，,\s]/gu, '');
    if (prev && own.length === 0 && q.start - prev.end <= 2) {
      prev.end = q.end;
      continue;
    }
    if (own.length === 0 && !/[？?]/u.test(text)) {
      opener = q;
      continue;
    }
    out.push(q);
  }
  if (opener) out.push(opener);
  return out;
}
