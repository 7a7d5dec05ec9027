import type { Finding } from '../findings';
import { DIAGNOSIS_AFTER, EMPATHY, DISTRESS } from './missing-empathy.phrases';
import { openingFix } from './fix-place';
import { PhraseMatcher, firstHit } from './phrase-matcher';
import { evidenceOf, type Rule, type RuleContext, type TextSource } from './types';

const empathy = new PhraseMatcher(EMPATHY);
const distress = new PhraseMatcher(DISTRESS);

/** The one-click sentence: it acknowledges worry only where the patient voiced one; to a calm
 *  message, "理解你的担心" puts a feeling in their mouth. Neither says "别担心": to a patient who asked
 *  "严重吗？" that is a verdict on how serious it is, which the doctor gives, not a click. */
const FIX_TEXT = {
  upset: {
    zh: '理解你现在的担心和难受，别太着急，我们一起来想办法。',
    en: "I understand this is worrying for you, and we'll work through it together. ",
  },
  calm: {
    zh: '别着急，我们一起来想办法。',
    en: "We'll work through it together. ",
  },
} as const;

/** The first sign of distress in what the patient wrote, latest turn first; a diagnosis
 *  ("焦虑症") is not a feeling the patient expressed. */
function findDistress(ctx: RuleContext): { src: TextSource; start: number; end: number } | undefined {
  const re = distress.for(ctx.language, ctx.extraPhrases('distress'));
  const diagnosis = DIAGNOSIS_AFTER[ctx.language];
  for (const group of [ctx.latestTurn, ctx.patientSources]) {
    for (const src of group) {
      let hit = firstHit(re, src.norm);
      while (hit && diagnosis.test(src.norm.slice(hit.end, hit.end + 12))) hit = firstHit(re, src.norm, hit.end);
      if (hit) return { src, ...hit };
    }
  }
  return undefined;
}

export const missingEmpathy: Rule = {
  id: 'missing-empathy',
  meta: {
    title: { zh: '缺少共情', en: 'No empathy' },
    docs: {
      zh: '回复里没有任何体谅、安慰或鼓励的话。精神心理患者本就敏感，冷冰冰的回复是差评的主要原因之一；患者表达焦虑、害怕时尤其需要。',
      en: "The reply has no acknowledgement of the patient's feelings, reassurance or encouragement. Cold replies are a leading cause of bad reviews, most of all when the patient is distressed.",
    },
    defaultSeverity: 'warning',
    languages: ['zh', 'en'],
  },
  check(ctx) {
    const { draft } = ctx;
    // "收到，我看一下": the answer, and its warmth, come in the next bubble.
    if (draft.norm.trim().length === 0 || ctx.holding) return [];
    const warmth = empathy.for(ctx.language, ctx.extraPhrases('empathy'));
    if ([draft, ...ctx.doctorTurn].some((text) => firstHit(warmth, text.norm))) return [];
    const upset = findDistress(ctx);
    const fix = {
      label: { zh: '在开头加一句共情', en: 'Add an empathy sentence at the start' },
      ...openingFix(draft, ctx.language, FIX_TEXT[upset ? 'upset' : 'calm'][ctx.language]),
      category: 'empathy' as const,
    };
    const finding: Finding = upset
      ? {
          rule: 'missing-empathy',
          severity: ctx.severity,
          message: {
            zh: `患者表达了情绪（“${upset.src.text.slice(upset.start, upset.end)}”），回复却没有一句体谅或安慰。建议先回应患者的感受，例如“理解你的担心，别太着急”。`,
            en: `The patient shows distress ("${upset.src.text.slice(upset.start, upset.end)}") but the reply has no word of understanding or reassurance. Acknowledge the feeling first, e.g. "I understand this is worrying".`,
          },
          evidence: evidenceOf(upset.src, upset.start, upset.end),
          fixes: [fix],
        }
      : {
          rule: 'missing-empathy',
          severity: ctx.severity,
          message: {
            zh: '回复里没有任何体谅、安慰或鼓励的话，读起来可能显得冷淡。建议加一句关心的话，例如“别着急，我们一起来想办法”。',
            en: 'The reply has no word of understanding, reassurance or encouragement and may read as cold. Add a caring sentence, e.g. "We\'ll work through it together".',
          },
          fixes: [fix],
        };
    return [finding];
  },
};
