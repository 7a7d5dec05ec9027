import { describe, expect, it } from 'vitest';
import { ConversationSchema, type ConversationInput } from '../../lib/conversation';
import { checkDraft, readConversation } from '../../lib/engine';
import { RULE_IDS } from '../../lib/findings';
import { RULES } from '../../lib/rules';

const conv = (c: ConversationInput) => ConversationSchema.parse(c);

// The seed's cold, partial, unexplained referral: several rules must speak.
const seedCase = conv({
  language: 'zh',
  patient: { intake: '最近情绪低落，睡不好，很焦虑', medications: '舍曲林 50mg 每日一次' },
  messages: [{ role: 'patient', text: '那我下次什么时候面诊您合适呢，本次能给我开药吗' }],
  draft: '一个月后面诊',
});

describe('readConversation', () => {
  it('takes the patient messages after the last doctor message as the latest turn', () => {
    const c = conv({
      patient: { intake: '头痛三天' },
      messages: [
        { role: 'patient', text: 'A' },
        { role: 'doctor', text: 'B' },
        { role: 'patient', text: 'C' },
        { role: 'patient', text: 'D' },
      ],
      draft: '',
    });
    const { latestTurn, patientSources } = readConversation(c);
    expect(latestTurn.map((s) => [s.text, s.index])).toEqual([
      ['C', 2],
      ['D', 3],
    ]);
    expect(patientSources.map((s) => s.source)).toEqual(['intake', 'message', 'message', 'message']);
  });

  it('falls back to the intake when the thread is empty', () => {
    const { latestTurn } = readConversation(conv({ patient: { intake: '能开药吗？' }, messages: [], draft: '' }));
    expect(latestTurn.map((s) => s.source)).toEqual(['intake']);
  });
});

describe('checkDraft', () => {
  it('registers every rule id exactly once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('finds several problems in the seed example, each with bilingual messages and valid evidence', () => {
    const findings = checkDraft(seedCase);
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules.has('unanswered-question')).toBe(true);
    expect(rules.has('missing-closing')).toBe(true);
    for (const f of findings) {
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      if (f.evidence) expect(f.evidence.end).toBeGreaterThan(f.evidence.start);
    }
  });

  it('turns a rule off and overrides its severity from options', () => {
    const off = checkDraft(seedCase, { rules: { 'unanswered-question': 'off' } });
    expect(off.some((f) => f.rule === 'unanswered-question')).toBe(false);
    const info = checkDraft(seedCase, { rules: { 'missing-closing': 'info' } });
    const closing = info.filter((f) => f.rule === 'missing-closing');
    expect(closing.length).toBeGreaterThan(0);
    expect(closing.every((f) => f.severity === 'info')).toBe(true);
  });

  it('accepts a closing phrase added by settings (a hospital\'s own wording)', () => {
    const c = conv({ ...seedCase, draft: '一个月后面诊，本次可以开药，舍曲林继续每日一次。本院愿为您持续服务' });
    expect(checkDraft(c).some((f) => f.rule === 'missing-closing')).toBe(true);
    const withPhrase = checkDraft(c, { extraPhrases: { 'missing-closing/closings': ['本院愿为您持续服务'] } });
    expect(withPhrase.some((f) => f.rule === 'missing-closing')).toBe(false);
  });

  it('detects the language when the case does not say it', () => {
    const en = conv({
      messages: [{ role: 'patient', text: 'Can I stop sertraline now, and when should I come back?' }],
      draft: 'Please keep taking it.',
    });
    const findings = checkDraft(en);
    const f = findings.find((x) => x.rule === 'unanswered-question');
    expect(f?.evidence?.text).toMatch(/when should I come back/);
  });
});

describe('invisible characters in what was sent', () => {
  // Text copied from apps and web pages carries zero-width spaces and the like inside words.
  const zw = '\u200b';

  it('reads what the patient sent without them, so a word split by one is still read', () => {
    const c = conv({
      language: 'zh',
      patient: { intake: `焦虑两年，在吃舍${zw}曲林50mg`, medications: `舍\u00ad曲林` },
      attachments: [{ kind: 'image', name: `处${zw}方.jpg`, text: `舍\ufeff曲林` }],
      messages: [{ role: 'patient', text: `最近真的不想${zw}活了` }],
      draft: '多休息。',
    });
    expect(c.messages[0]?.text).toBe('最近真的不想活了');
    expect(c.patient?.intake).toBe('焦虑两年，在吃舍曲林50mg');
    expect([c.patient?.medications, c.attachments[0]?.name, c.attachments[0]?.text]).toEqual(['舍曲林', '处方.jpg', '舍曲林']);
    const risk = checkDraft(c).find((f) => f.rule === 'risk-not-addressed');
    expect(risk?.evidence).toMatchObject({ source: 'message', index: 0, text: '不想活', start: 4, end: 7 });
    const en = conv({ messages: [{ role: 'patient', text: `I feel sui${zw}cidal` }], draft: 'Rest.' });
    expect(checkDraft(en).some((f) => f.rule === 'risk-not-addressed')).toBe(true);
  });

  it('leaves the draft as typed: fixes are placed by offsets into the editor\'s text', () => {
    const c = conv({ messages: [{ role: 'patient', text: '我在吃舍曲林50mg' }], draft: `你好，${zw}你现在吃什么药？` });
    expect(c.draft).toBe(`你好，${zw}你现在吃什么药？`);
    const ask = checkDraft(c).find((f) => f.rule === 'repeat-medication-ask');
    expect(ask?.fixes[0]?.at).toEqual({ offset: 3 });
  });
});
