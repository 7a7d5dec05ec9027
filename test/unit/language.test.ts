import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../tools/random';
import { loadDevSet } from '../../lib/cli/dataset';
import { ConversationSchema } from '../../lib/conversation';
import { conversationLanguage, detectLanguage, francChineseOrEnglish } from '../../lib/text/language';

/** franc itself, asked the question the engine asks it. */
const francSays = (text: string): 'zh' | 'en' => (franc(text, { only: ['cmn', 'eng'], minLength: 3 }) === 'cmn' ? 'zh' : 'en');

// Pieces of every kind a console shows: Chinese, English, drug names and units, digits and
// punctuation, and scripts franc weighs but the engine never answers in.
const PIECES = ['舍曲林', '睡不好', '医生您好', '吗？', 'sertraline', '50mg', ' qd ', 'CT', 'the', ' ', '，', '。', '123', '!!',
  'Привет', 'こんにちは', '안녕', 'مرحبا', 'γειά', '😀', '\n'];

describe('detectLanguage', () => {
  it('reads Chinese with Latin drug names as zh and plain English as en', () => {
    expect(detectLanguage('舍曲林 50mg qd 吃了两周')).toBe('zh');
    expect(detectLanguage('I have been taking sertraline 50 mg for two weeks')).toBe('en');
    expect(detectLanguage('好的')).toBe('zh');
  });

  it('reads a fifth of Han among the letters as zh, less as franc does: English with a Chinese name in it', () => {
    expect(detectLanguage('吃了 sertraline 50mg 100mg 也没用')).toBe('zh');
    expect(detectLanguage('Should I keep taking 舍曲林 every morning?')).toBe('en');
    expect(detectLanguage('38.5')).toBe('zh');
  });
});

describe('conversationLanguage', () => {
  it("takes the conversation's own language, else the one its draft and messages are written in", () => {
    const english = { messages: [{ role: 'patient', text: 'I have chest pain, should I worry?' }], draft: 'Hello, an ECG will tell us.' };
    expect(conversationLanguage(ConversationSchema.parse(english))).toBe('en');
    expect(conversationLanguage(ConversationSchema.parse({ ...english, language: 'zh' }))).toBe('zh');
    expect(conversationLanguage(ConversationSchema.parse({ messages: [{ role: 'patient', text: '胸口疼，要紧吗？' }], draft: '' }))).toBe('zh');
  });
});

describe('francChineseOrEnglish gives franc-min\'s own answer without its trigram tables', () => {
  it('on every text of the real consultations: patient messages, intakes and drafts, whole and in their first 40 characters', () => {
    const texts = loadDevSet().cases.flatMap((c) => [c.draft, c.patient?.intake ?? '', ...c.messages.map((m) => m.text)]);
    let compared = 0;
    for (const whole of texts) {
      for (const text of [whole, whole.slice(0, 40)]) {
        expect(francChineseOrEnglish(text), text).toBe(francSays(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('on 5,000 random mixes of Chinese, English, digits, punctuation and other scripts, 1 to 3,000 characters', () => {
    const next = seededRandom(20261130);
    let zh = 0;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const target = 1 + Math.floor(next() ** 3 * 3000);
      while (text.length < target) text += PIECES[Math.floor(next() * PIECES.length)];
      const answer = francChineseOrEnglish(text);
      expect(answer, text).toBe(francSays(text));
      if (answer === 'zh') zh++;
    }
    // Both answers are exercised, not one.
    expect(zh).toBeGreaterThan(100);
    expect(zh).toBeLessThan(4900);
  });
});
