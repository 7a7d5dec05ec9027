import { describe, expect, it } from 'vitest';
import { ConversationSchema } from '../../lib/conversation';
import { checkDraft } from '../../lib/engine';
import { questionBreakdown, questionTable, questionVerdicts, type QuestionCase } from '../../lib/eval/questions';
import { LabelSchema } from '../../lib/eval/score';
import { turn } from './rules/helpers';

function labelled(patient: string, draft: string, questions: { q: string; answered: boolean }[]): QuestionCase {
  const conversation = ConversationSchema.parse(turn(patient, draft, 'zh'));
  const label = LabelSchema.parse({
    id: 'x', unanswered: questions.some((q) => !q.answered), repeat_med_ask: false, referral: false,
    referral_no_reason: false, empathy: false, closing: false, generic: false, questions,
  });
  return { conversation, language: 'zh', findings: checkDraft(conversation), label };
}

describe('unanswered-question, question by question', () => {
  it('sorts each labelled question into flagged, advice, taken as answered or not found', () => {
    const rows = questionBreakdown([
      // 加量 answered, 失眠 left open and flagged; the third quote is not in the message at all.
      labelled('舍曲林可以加量吗？晚上失眠严重有没有办法改善？', '舍曲林可以加到100mg。', [
        { q: '舍曲林可以加量吗？', answered: true },
        // The reviewer quotes without "晚上": the question is still recognised by its ending.
        { q: '失眠严重有没有办法改善？', answered: false },
        { q: '需要复查肝功能吗？', answered: false },
      ]),
      // A single question the draft stays off: advice only.
      labelled('晚上失眠严重有没有办法改善？', '建议先观察两周。', [{ q: '晚上失眠严重有没有办法改善？', answered: false }]),
    ]);
    expect(rows).toEqual([
      { language: 'zh', answered: false, counts: { flagged: 1, advised: 1, passed: 0, 'not-found': 1 } },
      { language: 'zh', answered: true, counts: { flagged: 0, advised: 0, passed: 1, 'not-found': 0 } },
    ]);
    expect(questionTable(rows).split('\n')[2]).toBe('| zh | left open | 3 | 2 | 1 | 1 | 0 |');
  });

  it('lists each labelled question with its verdict, for `npm run quality -- --questions open-passed`', () => {
    const c = labelled('舍曲林可以加量吗？晚上失眠严重有没有办法改善？', '舍曲林可以加到100mg。', [
      { q: '舍曲林可以加量吗？', answered: true },
      { q: '失眠严重有没有办法改善？', answered: false },
    ]);
    expect(questionVerdicts([{ ...c, conversation: { ...c.conversation, id: 'case-1' } }])).toEqual([
      { id: 'case-1', language: 'zh', quote: '舍曲林可以加量吗？', answered: true, verdict: 'passed' },
      { id: 'case-1', language: 'zh', quote: '失眠严重有没有办法改善？', answered: false, verdict: 'flagged' },
    ]);
  });

  it('skips a case whose label lists no questions in the protocol’s shape', () => {
    const c = labelled('能开药吗？', '可以。', []);
    expect(questionBreakdown([{ ...c, label: { ...c.label, questions: 'n/a' } }])).toEqual([]);
  });
});
