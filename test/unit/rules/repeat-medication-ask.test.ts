import { describe, expect, it } from 'vitest';
import type { ConversationInput } from '../../../lib/conversation';
import { findingsOf, turn } from './helpers';

const RULE = 'repeat-medication-ask';

describe('repeat-medication-ask (zh)', () => {
  it('seed 000 §4: the intake gives the medication and the draft asks how they take it; evidence quotes the intake', () => {
    const c: ConversationInput = {
      language: 'zh',
      patient: { intake: '焦虑抑郁两年，目前服用舍曲林50mg每日一次，最近睡眠差。' },
      messages: [{ role: 'patient', text: '医生您好，最近又睡不好了' }],
      draft: '你好，你现在吃什么药？怎么服用的？',
    };
    const [f, ...rest] = findingsOf(RULE, c);
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toMatchObject({ source: 'intake', text: '舍曲林50mg' });
    expect(f?.fixes[0]).toMatchObject({ category: 'medication', at: { offset: 3 } });
    expect(f?.fixes[0]?.text).toBe('看到您目前在服用舍曲林50mg，');
  });

  it('seed 000 §4: an uploaded prescription picture counts as already given', () => {
    const c: ConversationInput = {
      language: 'zh',
      attachments: [{ kind: 'image', name: '处方.jpg' }],
      messages: [{ role: 'patient', text: '我已经详细描述了目前的服药情况，也附上了处方图片' }],
      draft: '请说一下你目前的用药情况。',
    };
    const [f] = findingsOf(RULE, c);
    expect(f?.evidence).toMatchObject({ source: 'attachment', index: 0 });
    expect(f?.message.zh).toContain('上传的处方');
  });

  it.each(['把处方发我看看。', '药盒拍一下。', '麻烦上传一下处方。', '吃的药是什么剂量？'])(
    'seed 000 §4: asking for the prescription photo or the dose again, after one was uploaded, is asking again: %s',
    (draft) => {
      const c: ConversationInput = {
        language: 'zh',
        attachments: [{ kind: 'image', name: '处方.jpg' }],
        messages: [{ role: 'patient', text: '处方图片在上面，最近还是睡不好' }],
        draft,
      };
      expect(findingsOf(RULE, c)[0]?.evidence).toMatchObject({ source: 'attachment', index: 0 });
    },
  );

  it('asks for the name again ("药名发一下"); a photo asked after a drug named in words is a check, not a second ask', () => {
    const named = '医生，我在吃舍曲林50mg每天一次，最近还是睡不好。';
    expect(findingsOf(RULE, turn(named, '别担心，药名发一下。', 'zh'))[0]?.evidence?.text).toBe('舍曲林50mg');
    expect(findingsOf(RULE, turn(named, '别担心，把药盒拍给我看看。', 'zh'))).toEqual([]);
  });

  it('seed 000 advice 3: a follow-up on how the medicine is going ("最近服药感觉怎么样呢？") is not asking again what they take', () => {
    const c: ConversationInput = {
      language: 'zh',
      patient: { intake: '抑郁症，目前服用舍曲林50mg每日一次。', medications: '舍曲林 50mg 每日一次' },
      messages: [{ role: 'patient', text: '医生，最近又睡不好了' }],
      draft: '最近服药感觉怎么样呢？你上次提到的问题有改善吗？',
    };
    expect(findingsOf(RULE, c)).toEqual([]);
  });

  it('a filled 用药情况 field counts as given and is quoted', () => {
    const c: ConversationInput = {
      language: 'zh',
      patient: { medications: '艾司西酞普兰 10mg qd，阿普唑仑 0.4mg 睡前' },
      messages: [{ role: 'patient', text: '最近焦虑加重了' }],
      draft: '目前每天吃几片？',
    };
    expect(findingsOf(RULE, c)[0]?.evidence?.source).toBe('medications');
  });

  it('an empty-meaning 用药情况 ("无") is not given', () => {
    const c: ConversationInput = {
      language: 'zh',
      patient: { medications: '无' },
      messages: [{ role: 'patient', text: '最近焦虑加重了' }],
      draft: '你现在吃什么药吗？',
    };
    expect(findingsOf(RULE, c)).toEqual([]);
  });

  it('says nothing when the patient never named a drug or dose', () => {
    expect(findingsOf(RULE, turn('最近情绪低落，睡不好', '你现在吃什么药？', 'zh'))).toEqual([]);
  });

  it.each([
    '舍曲林可以加到100mg。',
    '根据你的用药情况，建议继续观察。',
    '除了舍曲林，还在吃别的什么药吗？',
    '吃药后有什么不舒服吗？',
  ])('says nothing when the draft does not clearly ask again: %s', (draft) => {
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg，一天一次', draft, 'zh'))).toEqual([]);
  });

  it('asks the dose again when the draft names the drug the patient gave with its dose; without a dose given it is the missing part', () => {
    const withDose = '我在吃舍曲林，每天50mg，能喝酒吗？';
    expect(findingsOf(RULE, turn(withDose, '舍曲林每天吃几片？', 'zh'))[0]?.evidence?.text).toBe('舍曲林，每天50mg');
    expect(findingsOf(RULE, turn('我在吃舍曲林，能喝酒吗？', '舍曲林每天吃几片？', 'zh'))).toEqual([]);
    // How long, a dose proposed: not an ask for the dose.
    expect(findingsOf(RULE, turn(withDose, '舍曲林吃了多少天了？', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(withDose, '舍曲林的剂量可以加到100mg，你觉得呢？', 'zh'))).toEqual([]);
    // Saying the dose back is a check that it was read.
    expect(findingsOf(RULE, turn(withDose, '舍曲林每天吃多少，还是50mg吗？', 'zh'))).toEqual([]);
  });

  it.each(['你现在还吃别的药吗？', '除此之外还在吃其他药吗？'])('asking for other medicines is asking what is missing: %s', (draft) => {
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg，一天一次', draft, 'zh'))).toEqual([]);
  });

  it('takes 另外 for "also", not for other medicines: "另外，你现在吃什么药？" asks again', () => {
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg，一天一次', '另外，你现在吃的什么药？', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('I take sertraline 50 mg daily.', 'In addition, what medication are you taking?', 'en'))).toHaveLength(1);
  });

  it('asks which antidepressant again after the patient named one', () => {
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg，一天一次', '你吃的什么抗抑郁药？', 'zh'))).toHaveLength(1);
  });

  it('reads the patient message in traditional script', () => {
    const [f] = findingsOf(RULE, turn('我在吃帕羅西汀20mg', '目前用藥情況怎樣？', 'zh'));
    expect(f?.evidence?.text).toBe('帕羅西汀20mg');
  });
});

describe('repeat-medication-ask (en)', () => {
  it('flags "what medication are you taking" after the patient named it, quoting the message', () => {
    const patient = 'I have been on sertraline 50 mg for two months and still feel anxious.';
    const [f] = findingsOf(RULE, turn(patient, 'What medication are you taking at the moment?', 'en'));
    expect(f?.evidence).toMatchObject({ source: 'message', index: 0, text: 'sertraline 50 mg' });
    expect(f?.fixes[0]?.text).toBe('I can see you are taking sertraline 50 mg. ');
  });

  /** The patient uploaded a prescription and names no drug in words. */
  const uploaded = (draft: string): ConversationInput => ({
    language: 'en',
    attachments: [{ kind: 'prescription', name: 'rx.jpg' }],
    messages: [{ role: 'patient', text: 'My prescription is attached. I still cannot sleep.' }],
    draft,
  });

  it('flags "what dose" and accepts a prescription attachment', () => {
    expect(findingsOf(RULE, uploaded('What dose do you take?'))[0]?.evidence?.source).toBe('attachment');
  });

  it('flags asking for the prescription the patient uploaded, not a photo after a drug named in words', () => {
    expect(findingsOf(RULE, uploaded('Please upload your prescription.'))[0]?.evidence?.source).toBe('attachment');
    expect(findingsOf(RULE, uploaded('Can you send a photo of your prescription?'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('I take sertraline 50 mg daily.', 'Can you send a photo of your prescription?', 'en'))).toEqual([]);
  });

  it('flags the dose asked again with the drug named ("How much sertraline do you take?"), not how long or how well', () => {
    const patient = 'I take sertraline 50mg every morning. Can I drink alcohol?';
    expect(findingsOf(RULE, turn(patient, 'How much sertraline do you take?', 'en'))[0]?.evidence?.text).toBe('sertraline 50mg');
    expect(findingsOf(RULE, turn('I take sertraline every morning.', 'How much sertraline do you take?', 'en'))).toEqual([]);
    for (const draft of ['How much has sertraline helped so far?', 'How many weeks have you been on sertraline?', 'What dose of sertraline are you on now, still 50 mg?']) {
      expect(findingsOf(RULE, turn(patient, draft, 'en'))).toEqual([]);
    }
  });

  it('flags asking the name of the antidepressant the patient named; asking for other medicines is not asking again', () => {
    const patient = "I'm on Lexapro 10 mg. Is it ok with ibuprofen?";
    expect(findingsOf(RULE, turn(patient, "What's the name of the antidepressant you take?", 'en'))).toHaveLength(1);
    expect(findingsOf(RULE, turn(patient, 'What is the name of the medications you take?', 'en'))).toHaveLength(1);
    expect(findingsOf(RULE, turn(patient, 'Are you taking any other medication?', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('Can I take ibuprofen for my back?', 'Are you taking any other medicines?', 'en'))).toEqual([]);
  });

  it.each(['Keep taking it and increase to 100 mg.', 'Are you sleeping better?'])('says nothing without an ask: %s', (draft) => {
    expect(findingsOf(RULE, turn('I take sertraline 50 mg daily.', draft, 'en'))).toEqual([]);
  });
});
