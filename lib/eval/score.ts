import { z } from 'zod';
import type { Language } from '../conversation';
import type { Finding, RuleId } from '../findings';

// Scoring the rules against a reviewer's labels (protocol: shared/data/LABELING.md).

export const LabelSchema = z
  .object({
    id: z.string(),
    unanswered: z.boolean(),
    repeat_med_ask: z.boolean(),
    referral: z.boolean(),
    referral_no_reason: z.boolean(),
    empathy: z.boolean(),
    closing: z.boolean(),
    generic: z.boolean(),
  })
  .loose();
export type Label = z.infer<typeof LabelSchema>;

/** Which label says the rule should fire, per LABELING.md. */
export const LABEL_FOR_RULE: Partial<Record<RuleId, (l: Label) => boolean>> = {
  'unanswered-question': (l) => l.unanswered,
  'repeat-medication-ask': (l) => l.repeat_med_ask,
  'referral-without-reason': (l) => l.referral_no_reason,
  'missing-empathy': (l) => !l.empathy,
  'missing-closing': (l) => !l.closing,
  'generic-reply': (l) => l.generic,
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export interface Score extends Counts {
  rule: RuleId;
  language: Language;
  precision: number;
  recall: number;
  f1: number;
  /** Share of label-negative cases left unflagged. */
  specificity: number;
}

export interface ScoredCase {
  id: string;
  language: Language;
  findings: readonly Finding[];
  label: Label;
}

const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);

export function score(cases: readonly ScoredCase[]): Score[] {
  const out: Score[] = [];
  for (const [rule, expected] of Object.entries(LABEL_FOR_RULE) as [RuleId, (l: Label) => boolean][]) {
    for (const language of ['zh', 'en'] as const) {
      const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
      for (const k of cases) {
        if (k.language !== language) continue;
        const flagged = k.findings.some((f) => f.rule === rule && f.severity !== 'info');
        const want = expected(k.label);
        if (flagged && want) c.tp++;
        else if (flagged) c.fp++;
        else if (want) c.fn++;
        else c.tn++;
      }
      const precision = ratio(c.tp, c.tp + c.fp);
      const recall = ratio(c.tp, c.tp + c.fn);
      out.push({
        rule,
        language,
        ...c,
        precision,
        recall,
        f1: (2 * precision * recall) / (precision + recall),
        specificity: ratio(c.tn, c.tn + c.fp),
      });
    }
  }
  return out;
}

const fmt = (n: number): string => (Number.isNaN(n) ? '  –  ' : n.toFixed(3));

/** A Markdown table of the scores (README and test output share it). */
export function scoreTable(scores: readonly Score[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.rule} | ${s.language} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${fmt(s.specificity)} |`,
  );
  return [
    '| rule | lang | TP | FP | FN | TN | precision | recall | F1 | specificity |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows,
  ].join('\n');
}
