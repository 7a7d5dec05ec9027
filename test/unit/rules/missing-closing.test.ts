import { describe, expect, it } from 'vitest';
import { contentEnd } from '../../../lib/rules/missing-closing';
import { findingsOf, turn } from './helpers';

const RULE = 'missing-closing';
const patientZh = '舍曲林吃了两周，还是睡不好，要加量吗？';
const patientEn = 'Should I keep taking the antibiotics?';

describe('missing-closing (zh)', () => {
  it.each(['可能是阴道炎，去查个白带常规，有结果发我看看。', '拍个胸片，结果出来发给我。', '每天早晚各量一次，一周后把记录发我，我帮您看看。',
    '焦虑症要当面评估，有其他疑问可以再来问我。', '请今天就告诉家人，我一直在这里，看到你的消息会第一时间回复。'])(
    'takes asking for the results back as a closing invitation (probed wordings): %s',
    (draft) => {
      expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toEqual([]);
    },
  );

  it('flags a draft that just stops, quoting its last sentence and offering the seed closing at the end', () => {
    const draft = '可以加到100mg。两周后复诊。';
    const [f, ...rest] = findingsOf(RULE, turn(patientZh, draft, 'zh'));
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toMatchObject({ source: 'draft', text: '两周后复诊' });
    expect(draft.slice(f?.evidence?.start, f?.evidence?.end)).toBe('两周后复诊');
    expect(f?.fixes[0]).toMatchObject({ at: 'end', category: 'closing' });
    expect(f?.fixes[0]?.text).toContain('若后续还有什么疑问，还可继续线上联系我');
  });

  it.each([
    ['可以加到100mg。若后续还有什么疑问，还可继续线上联系我。'],
    ['可以加到100mg，祝早日康复！'],
    ['可以加到100mg，有问题随时联系。'],
    ['可以来做哀伤辅导。我一直都在。'],
    ['方便说说持续多久了吗？等你回复。'],
    ['可以加到100mg。有需要再来。'],
    ['可以先加到75mg，两周后看看效果。有什么情况随时跟我说。'],
    ['可以先加到75mg。有变化随时沟通。'],
    ['可以先加到75mg。后续有变化再沟通。'],
    ['可以先加到75mg。期待你的好消息。'],
    ['可以先加到75mg。希望你早点睡个好觉。'],
    ['可以先加到75mg，下次复诊我们再评估。'],
    ['可以先加到75mg。晚安。'],
    ['可以先加到75mg。愿你一切安好。'],
    ['可以加到100mg。有不舒服随时说。'],
    ['可以加到100mg。早日好起来！'],
    ['可以加到100mg。希望我的建议对您有帮助！祝您早日康复！'],
    ['可以加到100mg。期望上述的答案可以协助到您，谢谢。'],
    ['客气啦，以后可以再咨询我。'],
    ['可以加到100mg。请问，您还有什么需要咨询的吗'],
    ['可以加到100mg，祝：你早康复。以上意见仅供参考。'],
    ['可以加到100mg。若後續還有什麼疑問，還可繼續線上聯繫我。'],
    ['可以加到100mg，有变化及时告诉我。'],
    ['可以加到100mg。多保重！'],
    ['可以加到100mg。如果还有不舒服记得复诊。'],
    ['可以加到100mg。希望你早点好起来。'],
    ['可以加到100mg，有啥情况再说。'],
    ['可以加到100mg，两周后复诊时告诉我效果。'],
    ['可以加到100mg，吃一段时间看看效果，再来反馈。'],
    ['可以加到100mg。愿你早日走出来。'],
    ['可以加到100mg。有什么情况随时告诉我'],
    ['可以加到100mg。有变化及时留言'],
    ['可以加到100mg，有不舒服再留言。'],
    ['可以先加到75mg。有啥不明白的再问'],
    ['可以先加到75mg。按时吃药，我们下周见'],
    ['可以先加到75mg。我们两周后再看看'],
    ['可以先加到75mg。记得按时复诊哦'],
    ['可以先加到75mg。等你的好消息'],
    ['可以先加到75mg。药吃完前再来开'],
  ])('accepts a draft that ends with a closing: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toEqual([]);
  });

  it.each([
    ['祝早日康复。对于严重患者来说，建议尽快就诊，根据医生的意见来尽快治疗，不要随意换药，否则疗效适得其反。'],
    ['希望我的建议可以帮到你。胃病的治疗方法有许多，但是由于患者症状不同所以采用的医治方法也就不一样，因此需要尽快诊断。'],
    ['可以加到100mg。以上意见仅供参考。'],
    ['可以加到100mg，谢谢。'],
    // A clinic's own experience, not a meeting: "门诊见的太多了".
    ['好多中药成分不清楚，容易吃出肝肾损害，我们门诊见的太多了'],
  ])('flags a closing that is not at the end, or filler alone: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toHaveLength(1);
  });

  it('says nothing about an empty or punctuation-only draft', () => {
    expect(findingsOf(RULE, turn(patientZh, '', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patientZh, '。。', 'zh'))).toEqual([]);
  });

  it('takes extra closing phrases from options', () => {
    const c = turn(patientZh, '可以加到100mg。下回见。', 'zh');
    expect(findingsOf(RULE, c)).toHaveLength(1);
    expect(findingsOf(RULE, c, { extraPhrases: { 'missing-closing/closings': ['下回见'] } })).toEqual([]);
  });
});

describe('missing-closing (en)', () => {
  it.each(['Take ibuprofen with food. Looking forward to your reply.', 'Try a heat pad. Hope your back feels better.', 'Keep it clean and dry. Hope it heals quickly!',
    'Rest and fluids. Feel better!', 'Please reply so we can talk more.', 'Most people improve. Wishing him a quick recovery.',
    "Use the inhaler twice a day. Hope she's breathing easier soon. Regards, Dr Okafor", 'Take a letter from your midwife. Have a safe trip!', 'Stay healthy!',
    "Call an ambulance now, and please let me know you're safe.", 'Please revert back with the reports for further information. Regards, Dr. Anjali Sharma'])(
    'takes a closing line as doctors write it (probed wordings): %s',
    (draft) => {
      expect(findingsOf(RULE, turn(patientEn, draft, 'en'))).toEqual([]);
    },
  );

  it('flags a draft with no closing', () => {
    const [f] = findingsOf(RULE, turn(patientEn, 'Yes, finish the 7-day course.', 'en'));
    expect(f?.severity).toBe('warning');
    expect(f?.fixes[0]?.text).toMatch(/further questions/);
  });

  it('reads "Thanks for your query" that opens a reply as content\'s start, not as sign-off: quotes the last line and adds the closing after it', () => {
    const draft = 'Hi, Thanks for your query. Get a covid test and a chest X-ray. Take paracetamol for fever. Regards.';
    const [f] = findingsOf(RULE, turn(patientEn, draft, 'en'));
    expect(f?.evidence?.text).toBe('Take paracetamol for fever');
    expect(f?.fixes[0]?.at).toEqual({ offset: draft.indexOf('fever.') + 'fever.'.length });
    // Thanks that close the reply are still sign-off after its closing line.
    const closed = 'Hope this clears your query. Thanks for using Health care magic & keeping trust in our medical services Regards';
    expect(findingsOf(RULE, turn(patientEn, closed, 'en'))).toEqual([]);
  });

  it.each([
    ['Yes, finish the course. Hope this helps, take care.'],
    ['Yes, finish the course. Hope I have answered your query. Let me know if I can assist you further.Regards, Dr. Kaushal Bhavsar'],
    ['Yes, finish the course. Wish you good health. Thanks.'],
    ['Yes, finish the course.  Would you like to video or text chat with me?'],
    ['Yes, finish the course. Feel free to ask again (3/25/20)'],
    ['Yes, finish the course. Keep me posted.'],
    ["Yes, finish the course. Don't hesitate to write if it gets worse."],
    ['Yes, finish the course. Let me know how it goes.'],
    ['Yes, finish the course. Keep in touch.'],
    ['Yes, finish the course. Any questions, just ask me.'],
    ['Yes, finish the course. Get in touch if you need anything.'],
    ['Yes, finish the course. Come back to me in two weeks.'],
    ['Yes, finish the course. Speak soon.'],
    ['Go up to 75 mg. Check in with me in two weeks.'],
    ['Go up to 75 mg. Hope you sleep better soon.'],
    ['Go up to 75 mg. I’m here if you need anything.'],
    ['Go up to 75 mg. Drop me a message if you have questions.'],
    ['Go up to 75 mg. We will review at your next appointment.'],
    ['Go up to 75 mg. Be well.'],
    ['Yes, finish the course. Look after yourself.'],
    ['Go up to 75 mg. Let us know how it goes.'],
    ['Go up to 75 mg. See you in two weeks.'],
    ['Go up to 75 mg. Book a follow-up in 4 weeks.'],
    ['Go up to 75 mg. Come back if things get worse.'],
    ['Go up to 75 mg. Any problems, just message.'],
    ['Go up to 75 mg. Hope things settle soon.'],
    ['Go up to 75 mg. Speak to you at your next review.'],
    ['Go up to 75 mg. Shout if you need anything.'],
    ['Go up to 75 mg. We will review in 4 weeks.'],
    ['Give paracetamol and fluids. Hope she feels better soon.'],
    ['Melatonin 2 mg is a gentle start. Hope he gets some rest soon.'],
    ["Let's talk about how long this has been going on. Please reply when you can."],
  ])('accepts: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientEn, draft, 'en'))).toEqual([]);
  });

  it('does not take "Regards." alone for a closing, nor "just ask the doctor" (advice, not an invitation)', () => {
    expect(findingsOf(RULE, turn(patientEn, 'Consult your doctor.\n Regards.', 'en'))).toHaveLength(1);
    expect(findingsOf(RULE, turn(patientEn, 'Some medications are refillable by video. Just ask the doctor.', 'en'))).toHaveLength(1);
  });
});

describe('contentEnd', () => {
  it('drops sign-off filler and trailing punctuation, keeping offsets into the draft', () => {
    const zh = '可以加量。以上意见仅供参考。';
    expect(zh.slice(0, contentEnd(zh, 'zh'))).toBe('可以加量');
    const en = 'take care. thanks. regards, dr. kaushal bhavsar';
    expect(en.slice(0, contentEnd(en, 'en'))).toBe('take care');
  });
});
