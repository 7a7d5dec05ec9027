import { describe, expect, it } from 'vitest';
import { fittedText } from '../../../lib/rules/fix-place';
import { findingsOf, turn, withFix } from './helpers';

// Fixes that open or close the reply: the greeting stays first, an added closing line starts a
// sentence of its own.
describe('where opening and closing fixes go', () => {
  const fixed = (rule: Parameters<typeof findingsOf>[0], patient: string, draft: string, language: 'zh' | 'en') => {
    const [f] = findingsOf(rule, turn(patient, draft, language));
    expect(f?.fixes[0], `${rule} offers a fix`).toBeDefined();
    return withFix(draft, f!.fixes[0]!);
  };

  it.each([
    ['您好，建议饮食清淡，多喝水。', '您好，理解你现在的担心和难受，别太着急，我们一起来想办法。建议饮食清淡，多喝水。'],
    ['张女士您好：建议饮食清淡。', '张女士您好：理解你现在的担心和难受，别太着急，我们一起来想办法。建议饮食清淡。'],
    ['建议饮食清淡。', '理解你现在的担心和难受，别太着急，我们一起来想办法。建议饮食清淡。'],
    // Not a greeting: "你好好休息" is "you rest well".
    ['你好好休息。', '理解你现在的担心和难受，别太着急，我们一起来想办法。你好好休息。'],
  ])('puts the empathy sentence after the greeting: %s', (draft, expected) => {
    expect(fixed('missing-empathy', '我很担心，晚上睡不着。', draft, 'zh')).toBe(expected);
  });

  it('puts the English safety sentence after "Hello," and keeps a space after it', () => {
    const out = fixed('risk-not-addressed', 'I have chest pain when I climb stairs.', 'Hello, try to rest more.', 'en');
    expect(out).toMatch(/^Hello, what you describe \("chest pain"\) can be serious: .* now\. try to rest more\.$/);
  });

  it('goes on in lower case after an English greeting ending in a comma, and leaves "I", a full stop and Chinese alone', () => {
    const after = (draft: string, text: string, language: 'zh' | 'en' = 'en') => fittedText(draft, { offset: draft.length }, language, text);
    expect(after('Hello, ', 'Sorry for the delay. ')).toBe('sorry for the delay. ');
    expect(after('Hi Anna,\n', "Don't worry, we'll work through it together. ")).toBe("don't worry, we'll work through it together. ");
    expect(after('Hello, ', 'I understand this is worrying. ')).toBe('I understand this is worrying. ');
    expect(after('Hello. ', 'Sorry for the delay. ')).toBe('Sorry for the delay. ');
    expect(after('Hello, ', 'ECG first. ')).toBe('ECG first. ');
    expect(after('您好，', '抱歉让您久等了。', 'zh')).toBe('抱歉让您久等了。');
    expect(fittedText('Hello, ', 'start', 'en', 'Sorry. ')).toBe('Sorry. ');
    // The engine's own opening fixes come fitted.
    expect(fixed('missing-empathy', 'Should I stop?', 'Hello, keep taking it.', 'en')).toBe("Hello, we'll work through it together. keep taking it.");
  });

  it('puts the delay apology after the greeting', () => {
    const c = {
      language: 'zh' as const,
      now: '2026-11-20T09:00:00+08:00',
      messages: [{ role: 'patient' as const, text: '医生，我这个药要吃多久？', at: '2026-11-17T09:00:00+08:00' }],
      draft: '你好，再吃两周。',
    };
    const [f] = findingsOf('late-reply-unacknowledged', c);
    expect(withFix(c.draft, f!.fixes[0]!)).toBe('你好，抱歉让您久等了，现在才回复您。再吃两周。');
  });

  it.each([
    ['zh', '也可以去看呼吸内科', '也可以去看呼吸内科。若后续还有什么疑问，还可继续线上联系我。祝早日康复！'],
    ['zh', '也可以去看呼吸内科。', '也可以去看呼吸内科。若后续还有什么疑问，还可继续线上联系我。祝早日康复！'],
    ['zh', '舍曲林每天一次（饭后）', '舍曲林每天一次（饭后）。若后续还有什么疑问，还可继续线上联系我。祝早日康复！'],
    ['en', 'Keep taking the inhaler twice a day', 'Keep taking the inhaler twice a day. If you have any further questions, feel free to message me again. Take care.'],
    // An English signature stays last; Chinese sign-off filler may come before the wish.
    ['en', 'Take the antibiotic twice a day for five days. Regards Dr. Li', 'Take the antibiotic twice a day for five days. If you have any further questions, feel free to message me again. Take care. Regards Dr. Li'],
    ['zh', '先吃药观察。以上意见仅供参考。', '先吃药观察。以上意见仅供参考。若后续还有什么疑问，还可继续线上联系我。祝早日康复！'],
  ] as const)('starts the closing line as a sentence of its own (%s): %s', (language, draft, expected) => {
    const patient = language === 'zh' ? '咳嗽两周了，怎么办？' : 'I have had a cough for two weeks, what should I do?';
    expect(fixed('missing-closing', patient, draft, language)).toBe(expected);
  });
});
