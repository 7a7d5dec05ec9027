import { describe, expect, it } from 'vitest';
import { loadDevSet } from '../../lib/cli/dataset';
import { ConversationSchema, type Conversation, type ConversationInput } from '../../lib/conversation';
import { checkDraft, readConversation } from '../../lib/engine';
import type { RuleId } from '../../lib/findings';
import { splitSentences } from '../../lib/text/segment';

// Doctors send a reply in several bubbles: "别担心，先吃点奥美拉唑。" goes out, then "另外睡前别吃
// 东西。" is typed. The console shows the first as a doctor message; the draft is the second.
// The reply is what the patient reads — the bubbles since their message and the draft — so a
// follow-up is not held for warmth, a closing line or a reason the reply already gave, and a
// risk the bubbles left alone is still held.

const conv = (input: ConversationInput): Conversation => ConversationSchema.parse(input);
const flagged = (c: Conversation): Set<RuleId> =>
  new Set(checkDraft(c).filter((f) => f.severity !== 'info').map((f) => f.rule));

const PATIENT = '医生您好，我最近胃疼得厉害，很担心，要不要做胃镜？';
/** The patient's message, the bubble the doctor already sent, and the draft of the next one. */
const followUp = (sent: string, draft: string, patient = PATIENT): Conversation =>
  conv({
    language: 'zh',
    now: '2026-01-03T00:05:00Z',
    messages: [
      { role: 'patient', text: patient, at: '2026-01-01T00:00:00Z' },
      { role: 'doctor', text: sent, at: '2026-01-03T00:00:00Z' },
    ],
    draft,
  });

describe('reading a reply sent in bubbles', () => {
  it('keeps the patient’s latest turn as the one before the bubbles, and the bubbles as the reply so far', () => {
    const c = followUp('别担心，先吃点奥美拉唑。', '睡前别吃东西。');
    const { latestTurn, doctorTurn } = readConversation(c);
    expect(latestTurn.map((s) => s.text)).toEqual([PATIENT]);
    expect(doctorTurn.map((s) => [s.source, s.index, s.text])).toEqual([['message', 1, '别担心，先吃点奥美拉唑。']]);
    // Without bubbles, nothing changes: the doctor's earlier replies belong to earlier turns.
    const plain = conv({ messages: [{ role: 'patient', text: '你好' }, { role: 'doctor', text: '你好' }, { role: 'patient', text: PATIENT }], draft: '' });
    expect(readConversation(plain).doctorTurn).toEqual([]);
    expect(readConversation(plain).latestTurn.map((s) => s.index)).toEqual([2]);
  });

  it('takes warmth and a closing line from an earlier bubble; flags them when no bubble has them', () => {
    expect(flagged(followUp('别担心，先吃点奥美拉唑。', '睡前别吃东西。有问题随时联系。')).has('missing-empathy')).toBe(false);
    expect(flagged(followUp('先吃点奥美拉唑，有问题随时联系我。', '别担心，另外睡前别吃东西。')).has('missing-closing')).toBe(false);
    const bare = flagged(followUp('先吃点奥美拉唑。', '另外睡前别吃东西。'));
    expect(bare.has('missing-empathy')).toBe(true);
    expect(bare.has('missing-closing')).toBe(true);
  });

  it('takes the reason for a referral from the bubble before it', () => {
    const explained = followUp('需要做个胃镜看看有没有溃疡。', '别担心，去医院消化内科挂号看看吧，有问题随时联系。');
    expect(flagged(explained).has('referral-without-reason')).toBe(false);
    const unexplained = followUp('先吃点奥美拉唑。', '别担心，去医院看看吧，有问题随时联系。');
    const referral = (c: Conversation) => checkDraft(c).find((f) => f.rule === 'referral-without-reason');
    const finding = referral(unexplained);
    expect(finding?.evidence).toMatchObject({ source: 'draft', start: 0 });
    // The evidence and the fix point into the draft as they do when the draft is the whole reply.
    const alone = conv({ ...unexplained, messages: unexplained.messages.slice(0, 1) });
    expect(finding?.evidence).toEqual(referral(alone)?.evidence);
    expect(finding?.fixes).toEqual(referral(alone)?.fixes);
    // How to book, said in the bubble before, is not asked for again.
    expect(referral(unexplained)?.message.zh).toContain('也没说怎么挂号');
    expect(referral(followUp('可以通过医院公众号挂号。', '别担心，去医院看看吧，有问题随时联系。'))?.message.zh).not.toContain('也没说怎么挂号');
  });

  it('does not call a follow-up stock when the bubble before it was specific', () => {
    const after = followUp('奥美拉唑每天一次，饭前吃，吃两周。', '别担心，多休息，多喝水，有问题随时联系。');
    expect(flagged(after).has('generic-reply')).toBe(false);
    const stockTwice = followUp('多休息。', '别担心，多喝水，有问题随时联系。');
    expect(flagged(stockTwice).has('generic-reply')).toBe(true);
  });

  it('holds a risk that neither the bubbles nor the draft take up, and not one a bubble took up', () => {
    const risk = '我胸口剧痛，喘不上气';
    expect(flagged(followUp('多喝水。', '注意休息。', risk)).has('risk-not-addressed')).toBe(true);
    expect(flagged(followUp('请马上拨打120或去急诊。', '路上注意安全。', risk)).has('risk-not-addressed')).toBe(false);
  });

  it('judges the patient’s questions against the whole reply', () => {
    const questions = '需要做胃镜吗？奥美拉唑吃多久？';
    const answeredInBubble = followUp('奥美拉唑吃两周。', '别担心，需要做胃镜，看看有没有溃疡，有问题随时联系。', questions);
    expect(checkDraft(answeredInBubble).filter((f) => f.rule === 'unanswered-question')).toEqual([]);
    const leftOpen = followUp('需要做胃镜，看看有没有溃疡。', '别担心，有问题随时联系。', questions);
    expect(checkDraft(leftOpen).find((f) => f.rule === 'unanswered-question')?.evidence?.text).toBe('奥美拉唑吃多久？');
  });

  it('does not take the patient\'s words quoted back in a bubble (an answer lead-in sent empty) as the answer', () => {
    const seed = '医生好，那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const c = followUp('一个月后面诊。\n关于“本次能给我开药吗”：', '另外注意休息。', seed);
    expect(checkDraft(c).find((f) => f.rule === 'unanswered-question')).toMatchObject({ severity: 'warning', evidence: { text: '本次能给我开药吗' } });
  });

  it('does not ask for an apology for the wait in a follow-up: the first bubble ended the wait', () => {
    const late = followUp('先吃点奥美拉唑。', '另外睡前别吃东西。');
    expect(flagged(late).has('late-reply-unacknowledged')).toBe(false);
    const firstBubble = conv({ ...late, messages: late.messages.slice(0, 1), draft: '先吃点奥美拉唑。' });
    expect(flagged(firstBubble).has('late-reply-unacknowledged')).toBe(true);
  });
});

describe('a real reply sent in two bubbles', () => {
  // Each real draft of two or more sentences, its last sentence held back as the draft and the
  // rest sent as a bubble before it.
  const split = loadDevSet().cases.flatMap((c) => {
    const last = splitSentences(c.draft).at(-1);
    if (!last || last.start === 0) return [];
    const [sent, draft] = [c.draft.slice(0, last.start).trim(), c.draft.slice(last.start).trim()];
    if (!sent || !draft) return [];
    return [{ whole: c, split: conv({ ...c, messages: [...c.messages, { role: 'doctor', text: sent }], draft }) }];
  });

  it('holds warmth, open questions, risks and medication asks as the whole reply does', () => {
    expect(split.length).toBeGreaterThan(250);
    const RULES: RuleId[] = ['missing-empathy', 'unanswered-question', 'risk-not-addressed', 'repeat-medication-ask'];
    const changed = split.flatMap(({ whole, split: s }) => {
      const [a, b] = [flagged(whole), flagged(s)];
      return RULES.filter((r) => a.has(r) !== b.has(r)).map((r) => `${whole.id} ${r}`);
    });
    expect(changed).toEqual([]);
  });

  it('never holds a follow-up for something the whole reply was not held for', () => {
    // A follow-up may be held for less (what an earlier bubble said, the bubble was checked for
    // when it was sent), never for more.
    const gained = split.flatMap(({ whole, split: s }) => {
      const a = flagged(whole);
      return [...flagged(s)].filter((r) => !a.has(r)).map((r) => `${whole.id} ${r}`);
    });
    expect(gained).toEqual([]);
  });
});

describe('a holding message ("收到，我看一下报告")', () => {
  const patient = '医生您好，报告发您了，舍曲林要加量吗？晚上睡不着怎么办？';
  const rules = (draft: string, extra: Partial<ConversationInput> = {}) =>
    checkDraft(conv({ language: 'zh', messages: [{ role: 'patient', text: patient, at: '2026-01-01T00:00:00Z' }], draft, ...extra })).map((f) => f.rule);

  it.each(['收到，我看一下。', '好的，我先看下报告，稍后回复。', '稍等', '您好，收到，马上回复您', '请稍候', '收到，我仔细看一下报告', '我研究一下您的片子', '等我下',
    '我看完报告再回复你', '收到，我看一下你的情况，稍等。', '好的，我先看看你之前的记录，马上回复你。', '等我下门诊再详细回复你。', '我现在在门诊，晚一点回复你。',
    '收到，我看一下你的病历再回复你。', '好的，稍等，我在门诊，下午回复你。', '我先看看你上次的化验单。'])(
    'is not held for warmth, a closing line, a stock reply or the questions its next bubble will answer: %s',
    (draft) => {
      expect(rules(draft)).toEqual([]);
    },
  );

  it('leaves alone a reply given another way the text cannot see ("已经通过语音回答了您的问题")', () => {
    // A real reply in the dev threads (covid-zh-638), to "怎么报告又说我肺结核什么的？".
    expect(rules('医生已经通过语音回答了您的问题，请及时收听。')).toEqual([]);
    expect(rules('我用语音回复您了')).toEqual([]);
    expect(checkDraft(conv({ language: 'en', messages: [{ role: 'patient', text: 'I sent my results. Should I increase the sertraline?' }], draft: "I've answered your question by voice, please listen to it." }))).toEqual([]);
    // Said beside an answer, it is a reply like any other.
    expect(rules('已经通过语音回答了，舍曲林先不加量。')).toEqual(expect.arrayContaining(['missing-empathy', 'missing-closing']));
  });

  it('is still held for a risk and for a long wait: those are the holding message’s to meet', () => {
    expect(checkDraft(conv({ messages: [{ role: 'patient', text: '我不想活了，报告发您了' }], draft: '收到，我看一下。' })).map((f) => f.rule)).toEqual(['risk-not-addressed']);
    expect(rules('收到，我看一下。', { now: '2026-01-04T00:00:00Z' })).toEqual(['late-reply-unacknowledged']);
  });

  it('is only a line that says the answer is coming: "收到，建议做个检查" is a reply, a bare "收到" promises nothing', () => {
    expect(rules('收到，建议做个检查。')).toEqual(expect.arrayContaining(['missing-empathy', 'missing-closing']));
    // A reply that ends with "有问题再回复你" is still a reply.
    expect(rules('舍曲林先不用加量，睡前可以吃半片曲唑酮，有问题再回复你。')).toEqual(expect.arrayContaining(['missing-empathy']));
    expect(rules('收到。')).toEqual(expect.arrayContaining(['unanswered-question', 'missing-empathy', 'missing-closing']));
    for (const draft of ['One moment, let me check your results.', 'Bear with me a moment.', "Hang on, I'm checking.", 'Let me go through your results.', 'Let me look into it.',
      "Got it, let me have a look at your notes and I'll get back to you shortly.", "I'm in clinic now, will reply properly this evening.",
      'Got it, let me check your notes and get back to you this afternoon.', 'Give me a moment to review your history.']) {
      expect(checkDraft(conv({ language: 'en', messages: [{ role: 'patient', text: 'I sent my results. Should I increase the sertraline?' }], draft }))).toEqual([]);
    }
    // A line with anything more is a reply: "马上看急诊" sends the patient to the emergency room.
    expect(rules('马上看急诊。')).toEqual(expect.arrayContaining(['missing-empathy', 'missing-closing']));
    expect(rules('等我下门诊再详细回复你，先加到75mg。')).toEqual(expect.arrayContaining(['missing-empathy', 'missing-closing']));
    expect(checkDraft(conv({ language: 'en', messages: [{ role: 'patient', text: 'I sent my results. Should I increase the sertraline?' }],
      draft: "I'll look at your results, but for now stay on 50 mg." })).length).toBeGreaterThan(0);
  });

  it('leaves the answer to the next bubble, read with it', () => {
    const next = conv({
      language: 'zh',
      messages: [
        { role: 'patient', text: patient },
        { role: 'doctor', text: '收到，我看一下。' },
      ],
      draft: '报告没问题，舍曲林加到100mg。',
    });
    const found = checkDraft(next);
    expect(found.map((f) => f.rule)).toEqual(expect.arrayContaining(['missing-empathy', 'missing-closing']));
    // The holding bubble before it changes nothing: the answer is judged as if sent alone.
    expect(found).toEqual(checkDraft(conv({ ...next, messages: next.messages.slice(0, 1) })));
  });
});
