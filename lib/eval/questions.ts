import { z } from 'zod';
import type { Conversation, Language } from '../conversation';
import { readConversation } from '../engine';
import type { Finding } from '../findings';
import { findTurnQuestions, TRAILING_MARKS } from '../rules/unanswered-question';
import { normalize } from '../text/normalize';
import type { Label } from './score';

// Where `unanswered-question` wins and loses recall, question by question: the reviewer lists
// each question of the patient's latest turn with `answered` (LABELING.md). For each we ask
// whether the question finder found it, and if so what the rule made of it.

const LabelQuestionsSchema = z.array(z.object({ q: z.string(), answered: z.boolean() }));

/** What the rule did with one labelled question. */
export type QuestionVerdict = 'flagged' | 'advised' | 'passed' | 'not-found';

export interface QuestionBreakdownRow {
  language: Language;
  /** The reviewer's call: the draft answers the question, or leaves it open. */
  answered: boolean;
  counts: Record<QuestionVerdict, number>;
}

export interface QuestionCase {
  conversation: Conversation;
  language: Language;
  findings: readonly Finding[];
  label: Label;
}

/** Enough of a question's end to find it again: the reviewer's quote and the finder's clause
 *  may start at different points ("请问…" kept or not), but they end the same way. */
const TAIL = 8;

/** Which found question (by source and offsets) is the reviewer's `quote`. */
function sameQuestion(quote: string, found: string): boolean {
  const q = normalize(quote).replace(TRAILING_MARKS, '');
  const f = found.replace(TRAILING_MARKS, '');
  if (q === '' || f === '') return false;
  return f.includes(q.slice(-TAIL)) || (f.length > 3 && q.includes(f));
}

/** One labelled question and what the rule made of it. */
export interface QuestionVerdictRow {
  /** The case's id. */
  id: string;
  language: Language;
  /** The reviewer's quote of the question. */
  quote: string;
  answered: boolean;
  verdict: QuestionVerdict;
}

/** Every labelled question of the latest turn with what the rule made of it, in case order. */
export function questionVerdicts(cases: readonly QuestionCase[]): QuestionVerdictRow[] {
  const rows: QuestionVerdictRow[] = [];
  for (const k of cases) {
    const labelled = LabelQuestionsSchema.safeParse(k.label['questions']);
    if (!labelled.success) continue;
    const found = findTurnQuestions(readConversation(k.conversation).latestTurn, k.language).map(({ src, q }) => ({
      src,
      q,
      text: src.norm.slice(q.start, q.end),
    }));
    const ruleFindings = k.findings.filter((f) => f.rule === 'unanswered-question');
    for (const { q: quote, answered } of labelled.data) {
      const hit = found.find((f) => sameQuestion(quote, f.text));
      const finding = hit
        ? ruleFindings.find((f) => f.evidence?.source === hit.src.source && f.evidence.index === hit.src.index && f.evidence.start === hit.q.start)
        : undefined;
      const verdict: QuestionVerdict = !hit ? 'not-found' : !finding ? 'passed' : finding.severity === 'info' ? 'advised' : 'flagged';
      rows.push({ id: k.conversation.id ?? '', language: k.language, quote, answered, verdict });
    }
  }
  return rows;
}

export function questionBreakdown(cases: readonly QuestionCase[]): QuestionBreakdownRow[] {
  const rows = new Map<string, QuestionBreakdownRow>();
  for (const { language, answered, verdict } of questionVerdicts(cases)) {
    const key = `${language}/${answered}`;
    const row = rows.get(key) ?? { language, answered, counts: { flagged: 0, advised: 0, passed: 0, 'not-found': 0 } };
    rows.set(key, row);
    row.counts[verdict]++;
  }
  const order = (r: QuestionBreakdownRow): number => (r.language === 'zh' ? 0 : 2) + (r.answered ? 1 : 0);
  return [...rows.values()].sort((a, b) => order(a) - order(b));
}

/** A Markdown table of the breakdown. */
export function questionTable(rows: readonly QuestionBreakdownRow[]): string {
  return [
    '| lang | reviewer says | questions | found | flagged | advice (info) | taken as answered |',
    '| --- | --- | --: | --: | --: | --: | --: |',
    ...rows.map((r) => {
      const c = r.counts;
      const total = c.flagged + c.advised + c.passed + c['not-found'];
      return `| ${r.language} | ${r.answered ? 'answered' : 'left open'} | ${total} | ${total - c['not-found']} | ${c.flagged} | ${c.advised} | ${c.passed} |`;
    }),
  ].join('\n');
}
