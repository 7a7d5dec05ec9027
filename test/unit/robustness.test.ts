import { describe, expect, it } from 'vitest';
import { seededRandom } from '../tools/random';
import { ConversationSchema, type Conversation, type ConversationInput } from '../../lib/conversation';
import { checkDraft } from '../../lib/engine';
import type { Finding } from '../../lib/findings';

// Whatever a console page hands the engine, it answers: no throw, and every quote it shows
// stands at its offsets in the text it names (the panel selects it there), every fix lands
// inside the draft. Pages carry emoji, zero-width and direction marks, lone surrogates from a
// bad paste, CRLF, runs of punctuation; patients and doctors write fragments of everything.

const PIECES = [
  // Words the rules look for, so findings happen rather than nothing at all.
  '医生', '你好', '舍曲林', '50mg', '每日一次', '吗', '？', '?', '怎么办', '要吃多久', '能不能', '还是', '建议去医院', '门诊',
  '别担心', '祝早日康复', '有问题随时联系', '不想活了', '胸痛', '呼吸困难', '多休息', '放松心情', '你现在吃什么药', '处方',
  '抱歉回复晚了', '收到，我看一下', '“能开药吗”', 'Hi doctor', 'sertraline', 'Can I', 'should I', 'or', 'why', 'how long',
  'Take care.', 'See a doctor.', 'chest pain', "I don't want to live", 'Sorry for the delay', 'What medication are you taking',
  '起红疹子', '嘴里溃烂', '碳酸锂', '呕吐', '这是我的处方', '以前吃过', '已停药', '什么降压药', '氨氯地平', 'rash', 'lamotrigine',
  'don’t', 'sounds exhausting', '看哪个医生', '什么意思',
  // The rest of what pages hold.
  '，', '。', '！', '、', '；', '：', ' ', '  ', '\n', '\r\n', '\t', '...', '……', '!!!', '???', '？？？', '1.', '2、', '(', '）',
  '😀', '👍🏻', '\u200b', '\u200d', '\u202e', '\ufeff', '\ud83d', '\udc00', 'ｆｕｌｌ', '醫生', '藥', '̈', 'é', 'Привет', 'こんにちは',
];

function text(next: () => number, maxPieces: number): string {
  let out = '';
  const n = Math.floor(next() * maxPieces);
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

function randomConversation(next: () => number): ConversationInput {
  const messages = Array.from({ length: Math.floor(next() * 6) }, () => ({
    role: next() < 0.65 ? ('patient' as const) : ('doctor' as const),
    text: text(next, 30),
    ...(next() < 0.3 ? { at: '2026-01-01T00:00:00Z' } : {}),
  }));
  return {
    ...(next() < 0.5 ? { language: next() < 0.5 ? ('zh' as const) : ('en' as const) } : {}),
    ...(next() < 0.3 ? { patient: { intake: text(next, 20), medications: text(next, 4) } } : {}),
    ...(next() < 0.2 ? { attachments: [{ kind: 'image', name: next() < 0.5 ? '处方.jpg' : 'x.png' }] } : {}),
    ...(next() < 0.3 ? { now: '2026-01-03T00:00:00Z' } : {}),
    messages,
    draft: text(next, 40),
  };
}

/** The text a finding's evidence points into. */
function sourceText(c: Conversation, f: Finding): string | undefined {
  const e = f.evidence;
  if (!e) return undefined;
  if (e.source === 'draft') return c.draft;
  if (e.source === 'message') return c.messages[e.index ?? -1]?.text;
  if (e.source === 'intake') return c.patient?.intake;
  if (e.source === 'medications') return c.patient?.medications;
  return undefined;
}

describe('the engine on whatever a page hands it', () => {
  it('never throws on 3,000 random conversations; every quote stands at its offsets and every fix lands in the draft', () => {
    const next = seededRandom(20261130);
    let findings = 0;
    let quotesChecked = 0;
    for (let i = 0; i < 3000; i++) {
      const c = ConversationSchema.parse(randomConversation(next));
      const found = checkDraft(c);
      findings += found.length;
      for (const f of found) {
        const e = f.evidence;
        if (e) {
          expect(e.start, JSON.stringify(c)).toBeLessThanOrEqual(e.end);
          const src = sourceText(c, f);
          if (src !== undefined) {
            expect(src.slice(e.start, e.end), JSON.stringify(c)).toBe(e.text);
            quotesChecked++;
          }
        }
        for (const fix of f.fixes) {
          if (typeof fix.at === 'object') expect(fix.at.offset, JSON.stringify(c)).toBeLessThanOrEqual(c.draft.length);
          expect(fix.text.length).toBeGreaterThan(0);
        }
      }
    }
    // The generator makes the rules fire, so the checks above are not vacuous.
    expect(findings).toBeGreaterThan(3000);
    expect(quotesChecked).toBeGreaterThan(1000);
  });
});
