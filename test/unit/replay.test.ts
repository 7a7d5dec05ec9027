import { describe, expect, it } from 'vitest';
import { ConversationSchema } from '../../lib/conversation';
import { replayedReplies, replayRows, replayTable } from '../../lib/eval/replay';
import type { Finding } from '../../lib/findings';

const thread = ConversationSchema.parse({
  id: 'c1',
  language: 'zh',
  now: '2026-11-30T12:00:00Z',
  patient: { intake: '胸闷一周' },
  messages: [
    { role: 'patient', text: '胸闷一周，严重吗？' },
    { role: 'doctor', text: '您有什么其他症状吗？', at: '2026-11-30T09:00:00Z' },
    { role: 'doctor', text: '比如心慌？' },
    { role: 'patient', text: '有时心慌。' },
    { role: 'doctor', text: '建议做个心电图。' },
  ],
  draft: '心电图结果出来后发我看看。',
});

describe('replayedReplies', () => {
  it('turns each doctor reply to a patient message into the draft of the thread before it', () => {
    const replies = replayedReplies(thread);
    expect(replies.map((r) => r.id)).toEqual(['c1#1', 'c1#4']);
    expect(replies.map((r) => r.draft)).toEqual(['您有什么其他症状吗？', '建议做个心电图。']);
    expect(replies.map((r) => r.messages.length)).toEqual([1, 4]);
    // The reply's own time is the check's "now"; without one, the thread's "now" is not kept.
    expect(replies.map((r) => r.now)).toEqual(['2026-11-30T09:00:00Z', undefined]);
    expect(replies[0]?.patient?.intake).toBe('胸闷一周');
    // A second doctor bubble in a row answers no patient message of its own.
    expect(replies.some((r) => r.draft === '比如心慌？')).toBe(false);
  });
});

describe('replayRows / replayTable', () => {
  it('counts the replies each rule holds (warnings and errors, not advice) by language', () => {
    const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({
      rule,
      severity,
      message: { zh: '', en: '' },
      fixes: [],
    });
    const checked = [
      { language: 'zh' as const, findings: [finding('missing-closing', 'warning')] },
      { language: 'zh' as const, findings: [finding('missing-closing', 'info'), finding('risk-not-addressed', 'error')] },
      { language: 'en' as const, findings: [] },
    ];
    const rows = replayRows(checked, ['missing-closing', 'risk-not-addressed']);
    expect(rows).toEqual([
      { rule: 'missing-closing', language: 'zh', replies: 2, held: 1 },
      { rule: 'missing-closing', language: 'en', replies: 1, held: 0 },
      { rule: 'risk-not-addressed', language: 'zh', replies: 2, held: 1 },
      { rule: 'risk-not-addressed', language: 'en', replies: 1, held: 0 },
    ]);
    expect(replayTable(rows).split('\n')[2]).toBe('| missing-closing | zh | 2 | 1 | 0.500 |');
  });
});
