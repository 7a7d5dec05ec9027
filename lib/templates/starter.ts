import type { RuleId, TemplateCategory } from '../findings';
import type { TemplateContentInput } from './schema';

// The starter set, seeded on first run as the doctor's own (editable) templates. Written by us
// from seed 000's advice, in Chinese and English, so every rule's fix has wording to start
// from: referrals that say why and how to book, empathy, closing lines, delay notices and
// follow-up questions. Doctors are expected to reword them: the review panel prefers the
// templates they actually use.

/** Which template category words the fix of a rule, for the rules whose fix a template may
 *  word. The others keep their own words: risk-not-addressed's safety sentence and
 *  unanswered-question's lead-in quoting the question; generic-reply offers no fix. */
export const FIX_CATEGORY_OF_RULE: Readonly<Partial<Record<RuleId, TemplateCategory>>> = {
  'repeat-medication-ask': 'medication',
  'referral-without-reason': 'referral-reason',
  'missing-empathy': 'empathy',
  'missing-closing': 'closing',
  'late-reply-unacknowledged': 'delay-notice',
};

export const STARTER_TAG = { zh: '入门模板', en: 'starter' } as const;

const zh = (t: Omit<TemplateContentInput, 'language' | 'tags'> & { tags?: string[] }): TemplateContentInput => ({
  ...t,
  language: 'zh',
  tags: [STARTER_TAG.zh, ...(t.tags ?? [])],
});
const en = (t: Omit<TemplateContentInput, 'language' | 'tags'> & { tags?: string[] }): TemplateContentInput => ({
  ...t,
  language: 'en',
  tags: [STARTER_TAG.en, ...(t.tags ?? [])],
});

export const STARTER_TEMPLATES: readonly TemplateContentInput[] = [
  // — 转诊：为什么要去门诊，门诊能做什么，怎么挂号 —
  zh({
    title: '门诊抽血查肝肾功能',
    category: 'referral-reason',
    shortcut: 'mzcx',
    tags: ['门诊', '转诊'],
    body: '先不要着急停药。建议您到门诊来，抽血检查一下肝肾功能，医生根据结果再为您制定更适合的治疗方案，这是线上咨询没办法做到的。可以通过医院官网或公众号预约挂号。',
  }),
  zh({
    title: '门诊量表评估',
    category: 'referral-reason',
    shortcut: 'mzlb',
    tags: ['门诊', '转诊'],
    body: '您的情况比较复杂，线上不好准确评估，需要到门诊做专业的量表测评，必要时做心电监测，才能更准确地判断病情、调整用药。可以通过医院官网或公众号挂号，挂{{科室}}的号即可。',
  }),
  zh({
    title: '理解去门诊不方便',
    category: 'referral-reason',
    shortcut: 'mzbf',
    tags: ['门诊', '共情'],
    body: '我知道您可能觉得去门诊不方便，但您的情况确实需要到门诊面诊才能全面评估。可以通过医院官网或公众号挂号，来的时候带上之前的病历和用药记录。',
  }),
  // — 共情 —
  zh({
    title: '理解您的难受',
    category: 'empathy',
    shortcut: 'gq',
    body: '能感受到您这段时间很不容易，谢谢您愿意把这些告诉我。',
  }),
  zh({
    title: '肯定努力',
    category: 'empathy',
    shortcut: 'gl',
    body: '我看到您一直在努力调整自己，这非常棒。虽然现在过程可能有点艰难，但只要我们一起努力，情况会慢慢好转的。',
  }),
  // — 结束语 —
  zh({
    title: '结束语：继续线上联系',
    category: 'closing',
    shortcut: 'js',
    body: '若后续还有什么疑问，还可继续线上联系我。祝您早日康复！',
  }),
  // — 用药 —
  zh({
    title: '已看到用药情况',
    category: 'medication',
    shortcut: 'yy',
    body: '我看到您目前在服用{{用药情况}}，已经了解了。',
  }),
  zh({
    title: '服药注意事项',
    category: 'medication',
    shortcut: 'yyzy',
    body: '{{药名}}请按时按量服用，不要自行停药或加量；如果出现明显不适，请及时告诉我。',
  }),
  // — 随访：具体地问，而不是“多放松” —
  zh({
    title: '询问服药感受',
    category: 'follow-up',
    shortcut: 'sf',
    body: '最近服药感觉怎么样？睡眠、情绪和食欲有没有变化？',
  }),
  zh({
    title: '上次的问题有改善吗',
    category: 'follow-up',
    shortcut: 'sfgs',
    body: '您上次提到的问题有改善吗？{{复诊时间}}可以再来复诊，我们一起看看效果。',
  }),
  // — 延迟回复 —
  zh({
    title: '今天出门诊，晚些回复',
    category: 'delay-notice',
    shortcut: 'cmz',
    tags: ['门诊'],
    body: '您好，我今天出门诊，比较忙，晚些时候会仔细回复您，请稍等。',
  }),
  zh({
    title: '抱歉久等',
    category: 'delay-notice',
    shortcut: 'bq',
    body: '抱歉让您久等了，这两天出诊比较忙，现在回复您。',
  }),
  // — 其他：逐条回答、安全 —
  zh({
    title: '逐条回答',
    category: 'other',
    shortcut: 'zt',
    body: '您问的几个问题我分别回复：\n1. \n2. ',
  }),
  zh({
    title: '安全提醒',
    category: 'other',
    shortcut: 'aq',
    tags: ['安全'],
    body: '您提到的想法让我很担心您的安全。如果有伤害自己的念头，请马上告诉身边的家人，并拨打心理援助热线或到最近医院的急诊就诊，您不是一个人。',
  }),
  // — English —
  en({
    title: 'Clinic visit for blood tests',
    category: 'referral-reason',
    shortcut: 'blood',
    body: "Please don't stop the medication yet. I'd like you to come to the clinic for a blood test of your liver and kidney function, so we can adjust the treatment to suit you; that is something we cannot do online. You can book through the hospital website or its official account.",
  }),
  en({
    title: 'Clinic visit for an assessment',
    category: 'referral-reason',
    shortcut: 'assess',
    body: 'Your situation is hard to assess fully online. At the clinic we can do a proper rating-scale assessment and, if needed, heart monitoring, to judge it accurately and adjust your medication. You can book through the hospital website or its official account.',
  }),
  en({
    title: 'I hear you',
    category: 'empathy',
    shortcut: 'hear',
    body: 'It sounds like this has been a really hard time for you, and thank you for telling me about it.',
  }),
  en({
    title: 'Closing: stay in touch',
    category: 'closing',
    shortcut: 'close',
    body: 'If you have any more questions, feel free to message me here again.',
  }),
  en({
    title: 'Medication noted',
    category: 'medication',
    shortcut: 'meds',
    body: "I can see you're currently taking {{用药情况}}; thank you, that's noted.",
  }),
  en({
    title: 'How is the medication going',
    category: 'follow-up',
    shortcut: 'howgoing',
    body: 'How have you been feeling on the medication lately? Any change in your sleep, mood or appetite?',
  }),
  en({
    title: 'In clinic today, reply later',
    category: 'delay-notice',
    shortcut: 'clinic',
    body: "Hello, I'm seeing patients in clinic today, so I'll reply properly a little later. Thank you for your patience.",
  }),
  en({
    title: 'Sorry for the wait',
    category: 'delay-notice',
    shortcut: 'sorry',
    body: "I'm sorry to have kept you waiting; it has been a busy couple of days in clinic.",
  }),
  en({
    title: 'Answering each question',
    category: 'other',
    shortcut: 'each',
    body: 'Let me answer your questions one by one:\n1. \n2. ',
  }),
  en({
    title: 'Safety first',
    category: 'other',
    shortcut: 'safety',
    body: "What you've told me makes me worried for your safety. If you have thoughts of harming yourself, please tell someone close to you now and call a crisis line or go to the nearest emergency department. You are not alone.",
  }),
];
