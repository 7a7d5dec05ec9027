import { describe, expect, it } from 'vitest';
import { findingsOf, turn } from './helpers';

const RULE = 'referral-without-reason';
const patientZh = '我最近情绪很差，吃舍曲林两个月了，还是睡不好，要不要换药？';
const patientEn = 'I have had chest pain on and off for a week. Should I be worried?';

describe('referral-without-reason (zh)', () => {
  it('flags the seed 000 §1 example "你这种情况建议去门诊", quoting it, with a reason-and-booking fix', () => {
    const draft = '你这种情况建议去门诊';
    const [f, ...rest] = findingsOf(RULE, turn(patientZh, draft, 'zh'));
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toMatchObject({ source: 'draft', text: '你这种情况建议去门诊', start: 0, end: draft.length });
    expect(f?.message.zh).toContain('挂号');
    expect(f?.message.en.length).toBeGreaterThan(0);
    expect(f?.fixes[0]).toMatchObject({ category: 'referral-reason', at: { offset: draft.length } });
    expect(f?.fixes[0]?.text).toContain('抽血查肝肾功能');
    expect(f?.fixes[0]?.text).toContain('公众号');
    // The sentence had no full stop: the fix starts a new sentence rather than running on.
    expect(f?.fixes[0]?.text.startsWith('。门诊')).toBe(true);
  });

  it('inserts the fix straight after a referral sentence that already ends', () => {
    const [f] = findingsOf(RULE, turn(patientZh, '建议去门诊。平时多休息。', 'zh'));
    expect(f?.evidence?.text).toBe('建议去门诊。');
    expect(f?.fixes[0]).toMatchObject({ at: { offset: '建议去门诊。'.length } });
    expect(f?.fixes[0]?.text.startsWith('门诊')).toBe(true);
  });

  it.each([
    ['先不要着急停药，可以到门诊来，抽血检测一下肝肾功后，再制定更加适合你的治疗方案'],
    ['你的情况比较复杂，线上不好评估，需要到门诊测评专业量表，并进行大脑神经递质检查，或者进行心电的监测，更准确地判断你的病情'],
    ['我知道你可能觉得去门诊不方便，但你的情况的确需要门诊才能全面评估，可以通过医院的官网/公众号进行挂号'],
  ])('does not flag the seed 000 advice-1 good example %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toEqual([]);
  });

  it.each([
    ['建议及时医院就诊。'],
    ['如有不适，及时医院就诊就好了。'],
    ['这种情况尽早到医院检查一下，看看比较好。'],
    ['如果有加重，随时就诊。'],
    ['去呼吸科看看吧。'],
  ])('flags a referral whose only trigger is vague or absent: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toHaveLength(1);
  });

  it.each([
    ['建议去医院做个胸部CT。'],
    ['建议到医院查个血常规，排除感染。'],
    ['口服药物治疗无效可以再去医院复查。'],
    ['建议到医院就诊，明确诊断后再用药。'],
    ['先吃三天药，如果仍然发热，来门诊复诊一下。'],
  ])('accepts a referral with a named exam, a purpose or a treatment-failure trigger: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toEqual([]);
  });

  it('ignores drafts that advise against going or mention a visit as a noun', () => {
    expect(findingsOf(RULE, turn(patientZh, '不建议去医院就诊，以免交叉感染。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patientZh, '如果您对本次就诊满意，请给个好评。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patientZh, '舍曲林可以加到100mg，两周后看看效果。', 'zh'))).toEqual([]);
  });

  it('reads traditional Chinese through the normaliser', () => {
    expect(findingsOf(RULE, turn('我最近很焦慮，怎麼辦？', '建議去醫院門診看看。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('我最近很焦慮，怎麼辦？', '建議去醫院門診，做量表評估。', 'zh'))).toEqual([]);
  });

  it('does not mention booking in the message when the draft already says how to book', () => {
    const [f] = findingsOf(RULE, turn(patientZh, '建议来门诊看看，可以在公众号挂号。', 'zh'));
    expect(f?.message.zh).not.toContain('挂号方式');
  });

  it('takes extra reason phrases from options', () => {
    const c = turn(patientZh, '建议去门诊做个经颅磁刺激。', 'zh');
    expect(findingsOf(RULE, c)).toHaveLength(1);
    expect(findingsOf(RULE, c, { extraPhrases: { 'referral-without-reason/reasons': ['经颅磁'] } })).toEqual([]);
  });
});

describe('referral-without-reason (en)', () => {
  it.each([['You should see a doctor.'], ['Go to the ER.'], ['Please consult your doctor as soon as you can.']])(
    'flags a bare referral: %s',
    (draft) => {
      const [f] = findingsOf(RULE, turn(patientEn, draft, 'en'));
      expect(f?.severity).toBe('warning');
      expect(f?.evidence?.text.length).toBeGreaterThan(0);
      expect(f?.fixes[0]?.category).toBe('referral-reason');
    },
  );

  it.each([
    ['You should see a doctor and get an ECG to rule out a heart problem.'],
    ['Go to the ER if the pain gets worse or you are short of breath.'],
    ['Consult a pulmonologist. A chest x-ray is needed.'],
  ])('accepts a referral with a reason anywhere in the answer: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientEn, draft, 'en'))).toEqual([]);
  });

  it('ignores "no need to see a doctor"', () => {
    expect(findingsOf(RULE, turn(patientEn, 'There is no need to see a doctor for this.', 'en'))).toEqual([]);
  });
});
