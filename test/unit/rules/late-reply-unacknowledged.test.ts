import { describe, expect, it } from 'vitest';
import type { ConversationInput } from '../../../lib/conversation';
import { findingsOf } from './helpers';

const RULE = 'late-reply-unacknowledged';

function waited(draft: string, opts: { language?: 'zh' | 'en'; at?: string; now?: string } = {}): ConversationInput {
  return {
    language: opts.language ?? 'zh',
    ...(opts.now === undefined ? { now: '2026-11-20T12:00:00+08:00' } : opts.now ? { now: opts.now } : {}),
    messages: [
      { role: 'patient', text: '医生，我都提问三天了，舍曲林能加量吗？', ...(opts.at === '' ? {} : { at: opts.at ?? '2026-11-17T09:00:00+08:00' }) },
      { role: 'patient', text: '还在吗', at: '2026-11-20T08:00:00+08:00' },
    ],
    draft,
  };
}

describe('late-reply-unacknowledged', () => {
  it('seed 000 §6: flags a reply three days late that does not mention the wait, timed from the oldest unanswered message', () => {
    const [f, ...rest] = findingsOf(RULE, waited('可以加到100mg。'));
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('warning');
    expect(f?.message.zh).toContain('3天');
    expect(f?.evidence).toMatchObject({ source: 'message', index: 0, start: 0 });
    expect(f?.fixes[0]).toMatchObject({ at: 'start', category: 'delay-notice' });
    expect(f?.fixes[0]?.text).toContain('抱歉');
  });

  it.each([
    '抱歉久等了，可以加到100mg。',
    '不好意思今天才回复，可以加到100mg。',
    '回复晚了，可以加到100mg。',
    '这几天出门诊，可以加到100mg。',
    '抱歉讓您久等',
    '我今天出门诊，比较忙，有空时会进行回复。可以加到100mg。',
    // Why the doctor was away says the wait was seen.
    '这两天出差没看手机，可以加到100mg。',
    '刚下手术，可以加到100mg。',
    '这两天没顾上，可以加到100mg。',
    '感谢您的耐心等待，可以加到100mg。',
    '等急了吧？可以加到100mg。',
    '回得晚了，可以加到100mg。',
    '我这两天休假，可以加到100mg。',
    '这几天在外地开会，可以加到100mg。',
    '让你等了这么久，可以加到100mg。',
    '刚休完假回来，可以加到100mg。',
    '出差刚回来，可以加到100mg。',
  ])(
    'accepts a draft that acknowledges the wait: %s',
    (draft) => {
      expect(findingsOf(RULE, waited(draft))).toEqual([]);
    },
  );

  it('does not take advice about the patient\'s own leave or trips for an excuse', () => {
    expect(findingsOf(RULE, waited('建议休假一周，出差时也按时吃药，可以加到100mg。'))).toHaveLength(1);
    expect(findingsOf(RULE, waited('这两天休息好，可以加到100mg。'))).toHaveLength(1);
    expect(findingsOf(RULE, waited('这几天出差记得带药，可以加到100mg。'))).toHaveLength(1);
    expect(findingsOf(RULE, waited('休假回来后记得复查，可以加到100mg。'))).toHaveLength(1);
  });

  it('says nothing within 24 hours', () => {
    expect(findingsOf(RULE, waited('可以加到100mg。', { at: '2026-11-19T13:00:00+08:00' }))).toEqual([]);
  });

  it('fires just past 24 hours, and reports hours under two days', () => {
    const [f] = findingsOf(RULE, waited('可以加到100mg。', { at: '2026-11-19T11:00:00+08:00' }));
    expect(f?.message.zh).toContain('25小时');
  });

  it('says nothing without a timestamp on the waiting message', () => {
    expect(findingsOf(RULE, waited('可以加到100mg。', { at: '' }))).toEqual([]);
  });

  it('uses the checking time when the conversation has no now, and says nothing without either', () => {
    const noNow = waited('可以加到100mg。', { now: '' });
    expect(findingsOf(RULE, noNow, { now: new Date('2026-11-20T04:00:00Z') })).toHaveLength(1);
    expect(findingsOf(RULE, noNow, { now: new Date('2026-11-17T04:00:00Z') })).toEqual([]);
  });

  it('times the wait from the patient messages after the last doctor reply', () => {
    const c: ConversationInput = {
      language: 'zh',
      now: '2026-11-20T12:00:00+08:00',
      messages: [
        { role: 'patient', text: '舍曲林能加量吗？', at: '2026-11-10T09:00:00+08:00' },
        { role: 'doctor', text: '可以。', at: '2026-11-10T10:00:00+08:00' },
        { role: 'patient', text: '好的谢谢', at: '2026-11-20T09:00:00+08:00' },
      ],
      draft: '不客气。',
    };
    expect(findingsOf(RULE, c)).toEqual([]);
  });

  it('en: flags a late reply and accepts "sorry for the delay"', () => {
    const base = waited('You can increase it to 100 mg.', { language: 'en' });
    const [f] = findingsOf(RULE, base);
    expect(f?.message.en).toContain('3 days');
    expect(f?.fixes[0]?.text).toContain('Sorry for the delay');
    expect(findingsOf(RULE, { ...base, draft: 'Sorry for the delay. You can increase it to 100 mg.' })).toEqual([]);
    expect(findingsOf(RULE, { ...base, draft: 'Thank you for your patience. You can increase it to 100 mg.' })).toEqual([]);
    for (const draft of [
      'Sorry I missed your message. You can increase it to 100 mg.',
      'Sorry it took me a while to get back to you. You can increase it to 100 mg.',
      'Thanks for bearing with me. You can increase it to 100 mg.',
      'Sorry for the slow reply. You can increase it to 100 mg.',
      'Sorry it took so long. You can increase it to 100 mg.',
      'I was off for a couple of days. You can increase it to 100 mg.',
      "Sorry I'm only getting to this now. You can increase it to 100 mg.",
      'Apologies, it has been a busy few days. You can increase it to 100 mg.',
      'Sorry this took so long. You can increase it to 100 mg.',
      'Sorry I missed this earlier. You can increase it to 100 mg.',
      "I've only just seen this. You can increase it to 100 mg.",
      'Sorry for not replying sooner. You can increase it to 100 mg.',
    ])
      expect(findingsOf(RULE, { ...base, draft })).toEqual([]);
  });
});
