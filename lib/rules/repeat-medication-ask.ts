import type { Language } from '../conversation';
import type { Evidence } from '../findings';
import { findDoses, findDrugClasses, findDrugs, findFrequencies, type DrugClass, type DrugMention } from '../text/lexicon';
import { splitClauses, splitSentences } from '../text/segment';
import {
  ASK_MARKERS, DOSE_ASKS, MEDICINES_PICTURED, DOSE_WORDS, FREQUENCY_ASKS, FREQUENCY_GIVEN, FREQUENCY_WORDS, MEDICATION_ASKS, NAME_WORDS, NOT_SENT, NOTHING_TAKEN,
  OTHER_MEDICINES, PAST_ASKS, PRESCRIPTION_ASKS, PRESCRIPTION_SENT, PRESCRIPTION_WORDS, STOPPED,
} from './repeat-medication-ask.phrases';
import { PhraseMatcher, allHits, compilePhrases, firstHit } from './phrase-matcher';
import { evidenceOf, type Rule, type RuleContext, type TextSource } from './types';

const asks = new PhraseMatcher(MEDICATION_ASKS);
const prescriptionAsks = new PhraseMatcher(PRESCRIPTION_ASKS);
const askMarkers = new PhraseMatcher(ASK_MARKERS);
const prescriptionWords = new PhraseMatcher(PRESCRIPTION_WORDS);
const prescriptionSent = new PhraseMatcher(PRESCRIPTION_SENT);
const medicinesPictured = new PhraseMatcher(MEDICINES_PICTURED);
const notSent = new PhraseMatcher(NOT_SENT);
const stopped = new PhraseMatcher(STOPPED);
const pastAsks = new PhraseMatcher(PAST_ASKS);
const doseAsks = new PhraseMatcher(DOSE_ASKS);
const otherMedicines = new PhraseMatcher(OTHER_MEDICINES);
const doseWords = new PhraseMatcher(DOSE_WORDS);
const frequencyWords = new PhraseMatcher(FREQUENCY_WORDS);
const frequencyGiven = new PhraseMatcher(FREQUENCY_GIVEN);
const frequencyAsks = new PhraseMatcher(FREQUENCY_ASKS);
const nameWords = new PhraseMatcher(NAME_WORDS);
const nothingTaken = {
  zh: new RegExp(`^\\s*(?:${compilePhrases(NOTHING_TAKEN.zh).source})\\s*[。.]?\\s*$`, 'u'),
  en: new RegExp(`^\\s*(?:${compilePhrases(NOTHING_TAKEN.en).source})\\s*[.]?\\s*$`, 'u'),
};

interface Given {
  evidence: Evidence;
  /** What the patient said, for the acknowledging fix ("舍曲林 50mg"). */
  summary: string;
  drugIds: ReadonlySet<string>;
  /** Whether a dose was given with it ("舍曲林 50mg", a prescription naming one). */
  doseGiven: boolean;
  /** Whether how often was given where it was ("每天", "twice a day", a prescription). */
  frequencyGiven: boolean;
  /** A picture the patient sent, of a prescription or of their medicines (a photo asked for
   *  again is a second ask). */
  picture?: 'prescription' | 'medicines';
}

/** What the draft's ask is about: the drug classes it names ("什么降压药"), and whether it asks
 *  about the past ("以前吃过什么药") and so about medicines stopped too. */
interface AskScope {
  classes: readonly DrugClass[];
  past: boolean;
}

const ANY: AskScope = { classes: [], past: false };

/** Whether a source naming `drugIds` (and reading `norm`) gives a medicine the ask is about. */
function fitsScope(scope: AskScope, drugIds: ReadonlySet<string>, norm: string): boolean {
  if (scope.classes.length === 0) return true;
  const named = findDrugClasses(norm);
  return scope.classes.some((c) => named.includes(c) || [...drugIds].some((id) => c.members.has(id)));
}

/** The drug mentions of `norm` the patient still takes, as far as the scope asks. */
function currentDrugs(norm: string, language: Language, scope: AskScope): DrugMention[] {
  const drugs = findDrugs(norm);
  if (drugs.length === 0) return drugs;
  const clauses = splitClauses(norm);
  const saysStopped = (i: number): boolean => {
    const clause = clauses[i];
    return clause !== undefined && firstHit(stopped.for(language), clause.text) !== undefined;
  };
  const namesDrug = (i: number): boolean => drugs.some((d) => d.start >= (clauses[i]?.start ?? 0) && d.start < (clauses[i]?.end ?? 0));
  // Stopped in its own clause ("已停用奥氮平") or in the next one when that names no drug of its
  // own ("舍曲林吃了两年，上个月停了").
  const stoppedIn = (d: DrugMention): boolean => {
    const i = clauses.findIndex((c) => d.start >= c.start && d.start < c.end);
    return i >= 0 && (saysStopped(i) || (saysStopped(i + 1) && !namesDrug(i + 1)));
  };
  return drugs.filter((d) => (scope.past || !stoppedIn(d)) && (scope.classes.length === 0 || scope.classes.some((c) => c.members.has(d.drug.id))));
}

/** Whether `norm` says how often ("每天", "早晚各一片", "twice a day"), in either language. */
const saysHowOften = (norm: string): boolean =>
  firstHit(frequencyGiven.for('zh'), norm) !== undefined || firstHit(frequencyGiven.for('en'), norm) !== undefined;

/** Where the patient says they sent their prescription ("这是我的处方") or a picture of their
 *  medicines (`said`), unless they take it back. */
function pictureSentIn(src: TextSource, language: Language, said: PhraseMatcher): { start: number; end: number } | undefined {
  for (const lang of [language, language === 'zh' ? 'en' : 'zh'] as const) {
    const hit = firstHit(said.for(lang), src.norm);
    if (!hit) continue;
    const clause = splitClauses(src.norm).find((c) => hit.start >= c.start && hit.start < c.end);
    if (clause && firstHit(notSent.for(lang), clause.text)) continue;
    return hit;
  }
  return undefined;
}

/** Between a drug's name and its dose: its form, then when ("缓释胶囊了，一次", "钠片 每天"). */
const FORM_THEN_WHEN = /^(?:缓释|控释|肠溶|分散)?(?:钠片|片|胶囊|颗粒|口服液|滴剂|乳膏|软膏|凝胶|注射液)?了?[，,、\s]*(?:一次|每次|每天|一天|每日|一日|每晚|每早|早上|晚上|睡前)?$/u;

/** A drug the patient named in `src`, with the dose that directly follows the name when there is
 *  one and how often right after it ("舍曲林50mg每日一次", "sertraline 50 mg once a day"): what the
 *  ask asks again is quoted. `drugs` are the mentions that count, the first quoted. */
function mentionGiven(src: TextSource, drugs: readonly DrugMention[]): Given | undefined {
  const first = drugs[0];
  if (!first) return undefined;
  // Right after the name, or after its form and when ("布洛芬缓释胶囊了，一次一粒"): not "优思明避孕，这个月
  // 漏服了一片", a pill missed.
  const dose = findDoses(src.norm).find((d) => {
    const gap = src.norm.slice(first.end, d.start);
    return d.start >= first.end && (gap.length <= 6 || FORM_THEN_WHEN.test(gap));
  });
  const howOften = dose && findFrequencies(src.norm).find((f) => f.start >= dose.end && f.start - dose.end <= 2);
  const end = howOften ? howOften.end : dose ? dose.end : first.end;
  const sentence = splitSentences(src.norm).find((x) => first.start >= x.start && first.start < x.end);
  return {
    evidence: evidenceOf(src, first.start, end),
    summary: src.text.slice(first.start, end),
    drugIds: new Set(drugs.map((d) => d.drug.id)),
    doseGiven: dose !== undefined,
    frequencyGiven: sentence !== undefined && saysHowOften(sentence.text),
  };
}

/** Where the patient already said what they take: the 用药情况 field, a prescription
 *  attachment or their words that they sent one, or a drug name (with its dose when one
 *  follows) in their own text — as far as the draft's ask is about it. An ask that names the
 *  patient's drugs (`named`: "劳拉西泮一次吃几片？") is about those, and what was given with them. */
function findGiven(ctx: RuleContext, scope: AskScope, named?: ReadonlySet<string>): Given | undefined {
  const { language } = ctx;
  const bySource = (s: TextSource['source']) => ctx.patientSources.filter((p) => p.source === s);
  const isNamed = (d: DrugMention): boolean => !named || named.has(d.drug.id);
  for (const src of bySource('medications')) {
    if (src.norm.trim() === '' || nothingTaken.zh.test(src.norm) || nothingTaken.en.test(src.norm)) continue;
    if (named) {
      const given = mentionGiven(src, findDrugs(src.norm).filter(isNamed));
      if (given) return given;
      continue;
    }
    const drugIds = new Set(findDrugs(src.norm).map((d) => d.drug.id));
    if (!fitsScope(scope, drugIds, src.norm)) continue;
    const end = Math.min(src.text.length, 60);
    return {
      evidence: evidenceOf(src, 0, end),
      summary: src.text.slice(0, end).trim(),
      drugIds,
      doseGiven: findDoses(src.norm).length > 0,
      frequencyGiven: saysHowOften(src.norm),
    };
  }
  // A picture: the drugs its name, caption or the patient's words about it name. What else it
  // holds is unknown, so it answers an ask about a class only when those words name one.
  const pictureGiven = (src: TextSource, start: number, end: number, picture: NonNullable<Given['picture']>): Given | undefined => {
    const drugs = findDrugs(src.norm);
    const drugIds = new Set(drugs.map((d) => d.drug.id));
    if (!fitsScope(scope, drugIds, src.norm)) return undefined;
    return {
      evidence: evidenceOf(src, start, end),
      summary: drugs.map((d) => src.text.slice(d.start, d.end)).join('、'),
      drugIds,
      // A prescription states the dose and how often, read or not; a box or bottle its strength only.
      doseGiven: true,
      frequencyGiven: picture === 'prescription',
      picture,
    };
  };
  for (const src of bySource('attachment')) {
    const named = firstHit(prescriptionWords.for('zh'), src.norm) ?? firstHit(prescriptionWords.for('en'), src.norm);
    const given = named && pictureGiven(src, 0, src.text.length, 'prescription');
    if (given) return given;
  }
  const texts = ctx.patientSources.filter((s) => s.source === 'intake' || s.source === 'message');
  for (const src of texts) {
    const sent = pictureSentIn(src, language, prescriptionSent);
    const given = sent && pictureGiven(src, sent.start, sent.end, 'prescription');
    if (given) return given;
    const pictured = pictureSentIn(src, language, medicinesPictured);
    const ofMedicines = pictured && pictureGiven(src, pictured.start, pictured.end, 'medicines');
    if (ofMedicines) return ofMedicines;
  }
  for (const src of texts) {
    const given = mentionGiven(src, currentDrugs(src.norm, language, scope).filter(isNamed));
    if (given) return given;
  }
  return undefined;
}

interface Ask {
  start: number;
  end: number;
  sentenceStart: number;
  /** The asking sentence, normalised. */
  sentence: string;
}

const NOT_ASKING_ME = /(?:这|那|多)么|(?:不管|无论|不论)[^，,。]*?(?:什么|怎么)/gu;

/** The first sentence of the draft asking with a hit of `re` (and, when given, `about` it). */
function findAsk(
  draft: TextSource,
  language: Language,
  re: RegExp,
  about?: (sentence: string) => boolean,
  accept: (asked: string) => boolean = () => true,
): Ask | undefined {
  // Most drafts ask nothing about medication: one pass over the whole draft settles that.
  if (!firstHit(re, draft.norm)) return undefined;
  for (const s of splitSentences(draft.norm)) {
    const h = allHits(re, s.text).find((hit) => accept(s.text.slice(hit.start, hit.end)));
    if (!h || (about && !about(s.text))) continue;
    // 么 asks in 什么/怎么, not in 这么/那么/多么; "不管你用的什么吸入剂，…都请漱口" concedes, not asks.
    if (!firstHit(askMarkers.for(language), s.text.replace(NOT_ASKING_ME, '  '))) continue;
    // The fix goes before the asking clause, after any greeting in the same sentence ("你好，").
    const before = s.text.slice(0, h.start);
    const clauseBreak = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('、'));
    const clauseStart = clauseBreak < 0 ? 0 : clauseBreak + 1 + (/^\s*/u.exec(before.slice(clauseBreak + 1))?.[0].length ?? 0);
    return { start: s.start + h.start, end: s.start + h.end, sentenceStart: s.start + clauseStart, sentence: s.text };
  }
  return undefined;
}

export const repeatMedicationAsk: Rule = {
  id: 'repeat-medication-ask',
  meta: {
    title: { zh: '重复询问用药', en: 'Asks again about medication' },
    docs: {
      zh: '回复询问患者在吃什么药、怎么服用，而患者已在病情描述、用药情况、消息或处方图片中写明。患者会觉得医生没看资料、浪费了条数。',
      en: 'The reply asks what or how the patient takes a medicine although the intake, a message or an uploaded prescription already says it. Patients read it as not having been read.',
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft, language } = ctx;
    const asksRe = asks.for(language, ctx.extraPhrases('asks'));
    let ask = findAsk(draft, language, asksRe);
    const mayAsk = ask || firstHit(prescriptionAsks.for(language), draft.norm) || firstHit(doseAsks.for(language), draft.norm);
    if (!mayAsk) return [];
    const scopeOf = (sentence: string): AskScope => ({
      classes: findDrugClasses(sentence),
      past: firstHit(pastAsks.for(language), sentence) !== undefined,
    });
    const firstAsk = ask;
    let given = findGiven(ctx, ask ? scopeOf(ask.sentence) : ANY);
    if (!given) return [];
    // A dose or how often asked when the patient gave none asks for the missing part ("我在吃舍曲林"
    // → "每天吃几片？", "舍曲林50mg" → "一天吃几次？"): only an ask for what medicine it is, or for
    // what they gave, asks again.
    const { doseGiven, frequencyGiven: howOftenGiven } = given;
    const asksMissing = (asked: string): boolean => {
      if (firstHit(nameWords.for(language), asked)) return false;
      const dose = firstHit(doseWords.for(language), asked) !== undefined;
      const howOften = firstHit(frequencyWords.for(language), asked) !== undefined;
      return (dose || howOften) && (!dose || !doseGiven) && (!howOften || !howOftenGiven);
    };
    if (ask && asksMissing(draft.norm.slice(ask.start, ask.end))) {
      ask = findAsk(draft, language, asksRe, undefined, (asked) => !asksMissing(asked));
    }
    if (!ask && given.picture) ask = findAsk(draft, language, prescriptionAsks.for(language));
    // "舍曲林吃多少？", "How much sertraline do you take?": the dose of a drug the patient named
    // (whether they gave its dose is read below), or any dose after a picture that shows them all.
    const namesGiven = (norm: string) => findDrugs(norm).some((d) => given?.drugIds.has(d.drug.id));
    // Asked for one part (how much, how often): asked again only if the patient gave that part.
    const asksPart = !ask;
    if (!ask) ask = findAsk(draft, language, doseAsks.for(language), given.picture ? undefined : namesGiven);
    if (!ask) ask = findAsk(draft, language, frequencyAsks.for(language), given.picture ? undefined : namesGiven);
    if (!ask) return [];
    // A dose or photo ask found after reading what was given has a scope of its own, and an ask
    // naming some of the patient's drugs is about those ("我在吃文拉法辛75mg，还有劳拉西泮" →
    // "劳拉西泮一次吃几片？" asks a dose not given): read again.
    const scope = scopeOf(ask.sentence);
    const givenIds = given.drugIds;
    const named = new Set(findDrugs(ask.sentence).map((d) => d.drug.id).filter((id) => givenIds.has(id)));
    if ((ask !== firstAsk && (scope.classes.length > 0 || scope.past)) || named.size > 0) {
      given = findGiven(ctx, scope, named.size > 0 ? named : undefined);
    }
    if (!given) return [];
    // Asking for other medicines asks for what is missing ("还吃别的药吗", "any other medication").
    if (firstHit(otherMedicines.for(language), ask.sentence)) return [];
    // A draft that names the patient's drug asks about something else ("舍曲林吃了多久"), unless
    // it asks the dose or how often the patient gave with it; saying that back ("还是50mg吗？",
    // "还是一天一次吗？") is a check that it was read, not a second ask.
    const asksGivenAgain =
      (given.doseGiven && firstHit(doseAsks.for(language), ask.sentence) !== undefined && findDoses(ask.sentence).length === 0) ||
      (given.frequencyGiven && firstHit(frequencyAsks.for(language), ask.sentence) !== undefined && findFrequencies(ask.sentence).length === 0);
    if ((asksPart || namesGiven(draft.norm)) && !asksGivenAgain) return [];
    const where = {
      intake: { zh: '病情描述', en: 'the intake' },
      medications: { zh: '用药情况', en: 'the medication field' },
      attachment: { zh: '上传的处方', en: 'the uploaded prescription' },
      message: { zh: '之前的消息', en: 'an earlier message' },
      draft: { zh: '回复', en: 'the reply' },
    }[given.evidence.source];
    const askText = draft.text.slice(ask.start, ask.end);
    const summary = given.summary;
    // An ask about the past may be answered by a medicine since stopped: say it was mentioned,
    // not that it is taken.
    const fixText = {
      zh: !summary ? (given.picture === 'medicines' ? '看到您发的用药照片了，' : '看到您上传的处方了，') : scope.past ? `看到您提到过${summary}，` : `看到您目前在服用${summary}，`,
      en: !summary ? (given.picture === 'medicines' ? 'I have seen the photo of your medicines. ' : 'I have seen the prescription you uploaded. ') : scope.past ? `I can see you mentioned ${summary}. ` : `I can see you are taking ${summary}. `,
    }[language];
    return [
      {
        rule: 'repeat-medication-ask',
        severity: ctx.severity,
        message: {
          zh: `回复在问“${askText}”，但患者已在${where.zh}中写明：“${given.evidence.text}”。请改为确认已看到的用药信息，只追问缺少的部分。`,
          en: `The reply asks "${askText}" but the patient already gave it in ${where.en}: "${given.evidence.text}". Acknowledge what they wrote and ask only for what is missing.`,
        },
        evidence: given.evidence,
        fixes: [
          {
            label: { zh: '改为确认已给出的用药', en: 'Acknowledge the medication given' },
            text: fixText,
            at: { offset: ask.sentenceStart },
            category: 'medication',
          },
        ],
      },
    ];
  },
};
