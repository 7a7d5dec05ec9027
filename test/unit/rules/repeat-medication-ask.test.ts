import { describe, expect, it } from 'vitest';
import type { ConversationInput } from '../../../lib/conversation';
import { findingsOf, turn } from './helpers';

const RULE = 'repeat-medication-ask';

describe('repeat-medication-ask (zh)', () => {
  it.each([
    ['医生我怀孕了，但一直在吃舍曲林50mg，会影响宝宝吗？', '你现在吃的舍曲林剂量是多少？', '舍曲林50mg'],
    ['我已经在吃布洛芬缓释胶囊了，一次一粒，一天两次，头疼还是不好', '布洛芬一次吃几粒？一天几次？', '布洛芬缓释胶囊了，一次一粒，一天两次'],
    ['我在吃左甲状腺素钠片50μg 每天一片，最近心慌', '优甲乐现在每天吃几片？', '左甲状腺素钠片50μg 每天一片'],
    ['我在吃优思明避孕，这个月漏服了一片，会怀孕吗？', '你吃的是什么避孕药？', '优思明'],
    ['脸上长痘痘好几年了，用过阿达帕林效果不好。', '你之前用过什么药？', '阿达帕林'],
    ['哮喘发作，用了两次沙丁胺醇还是喘', '你平时用的什么吸入剂？', '沙丁胺醇'],
    ["I take ramipril 5mg and atorvastatin 20mg. I've developed a dry tickly cough. Is it one of my medicines?", 'Could you list the medicines you are taking with doses?', 'ramipril 5mg', 'en'],
    ['My grandfather takes metformin, amlodipine and donepezil. He is more confused lately.', 'What medications is he currently on?', 'metformin', 'en'],
    ["I've got IBS and take mebeverine 135mg three times a day.", 'What medication do you take for it?', 'mebeverine 135mg three times a day', 'en'],
  ] as const)('holds an ask the probe found unread: %s → %s', (patient, draft, quote, lang: 'zh' | 'en' = 'zh') => {
    expect(findingsOf(RULE, turn(patient, draft, lang)).map((f) => f.evidence?.text)).toEqual([quote]);
  });

  it('does not take "不管你用的什么吸入剂，…都请漱口" for an ask, nor other inhalers asked about (covid-zh-631)', () => {
    const patient = '我在用噻托溴铵吸入粉雾剂，每天一次，声音变哑了';
    expect(findingsOf(RULE, turn(patient, '是否还用过其他吸入剂？不管你用的什么吸入剂，吸入后都请漱口。', 'zh'))).toEqual([]);
  });

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
    expect(f?.evidence).toMatchObject({ source: 'intake', text: '舍曲林50mg每日一次' });
    expect(f?.fixes[0]).toMatchObject({ category: 'medication', at: { offset: 3 } });
    expect(f?.fixes[0]?.text).toBe('看到您目前在服用舍曲林50mg每日一次，');
  });

  it('quotes how often as the patient says it ("每天早上一次", "每晚一片"), whole', () => {
    const quote = (patient: string) => findingsOf(RULE, turn(patient, '舍曲林现在每天吃多少？', 'zh'))[0]?.evidence?.text;
    expect(quote('我在吃舍曲林50mg，每天早上一次，最近睡不好')).toBe('舍曲林50mg，每天早上一次');
    expect(quote('我在吃舍曲林50mg每晚一片，最近睡不好')).toBe('舍曲林50mg每晚一片');
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
    expect(findingsOf(RULE, turn(named, '别担心，药名发一下。', 'zh'))[0]?.evidence?.text).toBe('舍曲林50mg每天一次');
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

  it('takes a dose or how often asked when the patient gave none for the missing part; the name asked beside it is asked again', () => {
    for (const draft of ['剂量是多少？', '每天吃几片？']) expect(findingsOf(RULE, turn('我在吃舍曲林', draft, 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('我在吃舍曲林', '每天吃几片？吃的什么药？', 'zh'))[0]?.evidence?.text).toBe('舍曲林');
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg', '每天吃几片？', 'zh'))[0]?.evidence?.text).toBe('舍曲林50mg');
    expect(findingsOf(RULE, turn('I take sertraline', 'What dose do you take?', 'en'))).toEqual([]);
    // How often, likewise: given or not, beside the dose.
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg', '一天吃几次？', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('我在吃舍曲林50mg，每天早上一次', '一天吃几次？', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('I take sertraline 50mg', 'How often do you take it?', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('I take sertraline 50mg once a day', 'How often do you take it?', 'en'))).toHaveLength(1);
    // A prescription states its dose, read or not.
    const rx: ConversationInput = {
      language: 'zh', attachments: [{ kind: 'image', name: '处方.jpg' }], messages: [{ role: 'patient', text: '最近睡不好' }], draft: '剂量是多少？',
    };
    expect(findingsOf(RULE, rx)).toHaveLength(1);
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

  it('a medicine the patient stopped is not what they take now; an ask about the past asks for it again', () => {
    for (const patient of ['以前吃过奥氮平，已停药半年，最近又睡不好', '舍曲林吃了两年，上个月停了，最近又失眠']) {
      expect(findingsOf(RULE, turn(patient, '你现在在吃什么药？', 'zh'))).toEqual([]);
    }
    // The drug still taken beside the stopped one is given.
    expect(findingsOf(RULE, turn('以前吃过奥氮平，现在吃阿立哌唑10mg', '你现在吃什么药？', 'zh'))[0]?.evidence?.text).toBe('阿立哌唑10mg');
    const [past] = findingsOf(RULE, turn('以前吃过奥氮平，已停药半年', '你以前吃过什么药？', 'zh'));
    expect(past?.evidence?.text).toBe('奥氮平');
    expect(past?.fixes[0]?.text).toBe('看到您提到过奥氮平，');
  });

  it('a class asked by name ("什么降压药") is asked again only when the patient named a drug of that class', () => {
    expect(findingsOf(RULE, turn('我在吃二甲双胍', '你吃的什么降压药？', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('我在吃氨氯地平5mg', '降压药是哪种？', 'zh'))[0]?.evidence?.text).toBe('氨氯地平5mg');
    expect(findingsOf(RULE, turn('孩子发烧38.5，吃了布洛芬混悬液5ml', '孩子吃了什么退烧药？', 'zh'))[0]?.evidence?.text).toBe('布洛芬混悬液5ml');
    // The 用药情况 field counts for the class it names or holds; a later message naming one counts too.
    const field = (medications: string, patient = '又睡不着'): ConversationInput => ({
      language: 'zh', patient: { medications }, messages: [{ role: 'patient', text: patient }], draft: '你吃的是什么安眠药？',
    });
    expect(findingsOf(RULE, field('舍曲林 50mg'))).toEqual([]);
    expect(findingsOf(RULE, field('安眠药 每晚一片'))[0]?.evidence?.source).toBe('medications');
    expect(findingsOf(RULE, field('舍曲林 50mg', '最近睡前加了唑吡坦'))[0]?.evidence?.text).toBe('唑吡坦');
  });

  it('a dose asked for one of several drugs named reads what was given with that drug', () => {
    const ask = (patient: string, draft: string, lang: 'zh' | 'en') => findingsOf(RULE, turn(patient, draft, lang));
    // Given with its dose: asked again, quoting that drug, not the first one named.
    const [f] = ask('我在吃文拉法辛75mg每天一粒，还有劳拉西泮0.5mg睡前', '劳拉西泮一次吃几片？', 'zh');
    expect(f?.evidence?.text).toBe('劳拉西泮0.5mg睡前');
    expect(f?.fixes[0]?.text).toBe('看到您目前在服用劳拉西泮0.5mg睡前，');
    expect(ask('我在吃文拉法辛，还有劳拉西泮0.5mg睡前', '劳拉西泮一次吃几片？', 'zh')[0]?.evidence?.text).toBe('劳拉西泮0.5mg睡前');
    expect(ask('I take sertraline and lorazepam 1 mg at night', 'How much lorazepam do you take?', 'en')[0]?.evidence?.text).toBe('lorazepam 1 mg');
    // Given without one (another drug's dose is not its dose): the ask is for what is missing.
    expect(ask('我在吃文拉法辛75mg，还有劳拉西泮', '劳拉西泮一次吃几片？', 'zh')).toEqual([]);
    expect(ask('I take sertraline 50 mg and some lorazepam', 'How much lorazepam do you take?', 'en')).toEqual([]);
  });

  it('how often asked of a drug named is asked again when the patient said how often; saying it back is a check', () => {
    const ask = (patient: string, draft: string, lang: 'zh' | 'en') => findingsOf(RULE, turn(patient, draft, lang));
    expect(ask('医生我在吃百忧解20mg一天一次', '氟西汀每天吃几次？', 'zh')[0]?.evidence?.text).toBe('百忧解20mg一天一次');
    expect(ask('I take sertraline 50 mg once a day', 'How often do you take the sertraline?', 'en')).toHaveLength(1);
    // Not said: the missing part. Said back, or another count asked: no second ask.
    expect(ask('我在吃舍曲林50mg', '舍曲林一天吃几次？', 'zh')).toEqual([]);
    expect(ask('I take sertraline 50 mg', 'How often do you take the sertraline?', 'en')).toEqual([]);
    expect(ask('医生我在吃百忧解20mg一天一次', '氟西汀还是一天一次吗？', 'zh')).toEqual([]);
    expect(ask('医生我在吃百忧解20mg一天一次', '氟西汀漏吃过几次？', 'zh')).toEqual([]);
  });

  it('seed 000 §4: a picture the patient calls their prescription is one, whatever its file name', () => {
    const c = (text: string, draft = '你好，你现在吃的什么药？'): ConversationInput => ({
      language: 'zh', attachments: [{ kind: 'image', name: 'IMG_2031.jpg' }], messages: [{ role: 'patient', text }], draft,
    });
    const [f] = findingsOf(RULE, c('这是我的处方，帮我看看'));
    expect(f?.evidence).toMatchObject({ source: 'message', text: '这是我的处方' });
    expect(f?.fixes[0]?.text).toBe('看到您上传的处方了，');
    expect(findingsOf(RULE, c('图片是我的用药清单'))).toHaveLength(1);
    expect(findingsOf(RULE, c('处方图片发您了', '把处方拍给我看看。'))).toHaveLength(1);
    expect(findingsOf(RULE, c('我刚发了处方照片'))).toHaveLength(1);
    // Taken back, not sent, or the doctor's prescription asked about.
    for (const text of ['处方忘了拍，最近还是睡不好', '我没有处方', '能给我开个处方吗', '这是我的化验单，帮我看看', '您发了处方吗？']) {
      expect(findingsOf(RULE, c(text))).toEqual([]);
    }
    // What the prescription holds is unknown: it does not answer an ask about a class.
    expect(findingsOf(RULE, c('这是我的处方', '你吃的什么降压药？'))).toEqual([]);
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
    expect(findingsOf(RULE, turn(patient, 'How much sertraline do you take?', 'en'))[0]?.evidence?.text).toBe('sertraline 50mg every morning');
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

  it('flags "what\'s the dose" typed with a phone\'s apostrophes', () => {
    for (const draft of ['What’s the dose you’re on?', "What is your dosage?"]) {
      expect(findingsOf(RULE, turn('I take Zoloft 50mg every morning', draft, 'en'))[0]?.evidence?.text).toBe('Zoloft 50mg every morning');
    }
  });

  it('a medicine stopped is not taken now; a class asked is asked again only for a drug of that class', () => {
    expect(findingsOf(RULE, turn('I stopped sertraline last month and feel worse', 'What medication are you taking now?', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('I take metformin 500mg', 'Which antidepressant are you on?', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('I take sertraline 50mg', 'Which antidepressant are you on?', 'en'))).toHaveLength(1);
  });

  it('takes the patient at their word that the prescription is attached, unless they say it is not', () => {
    const c = (text: string): ConversationInput => ({
      language: 'en', attachments: [{ kind: 'image', name: 'photo.png' }], messages: [{ role: 'patient', text }], draft: 'What medications are you on?',
    });
    expect(findingsOf(RULE, c('I attached my prescription above'))[0]?.evidence?.text).toBe('attached my prescription');
    expect(findingsOf(RULE, c("I haven't uploaded my prescription yet"))).toEqual([]);
    expect(findingsOf(RULE, c('Have you sent my prescription?'))).toEqual([]);
    expect(findingsOf(RULE, c("I've sent my prescription"))).toHaveLength(1);
  });

  it('takes a picture of the medicines as given, acknowledged as a photo; how often is still missing from a box', () => {
    const c = (text: string, draft: string, language: 'zh' | 'en'): ConversationInput => ({
      language, attachments: [{ kind: 'image', name: 'IMG_0231.jpg' }], messages: [{ role: 'patient', text }], draft,
    });
    const [zh] = findingsOf(RULE, c('我的药都在这张图里', '请问您目前在服用哪些药物？', 'zh'));
    expect(zh?.evidence?.text).toBe('药都在这张图');
    expect(zh?.fixes[0]?.text).toBe('看到您发的用药照片了，');
    expect(findingsOf(RULE, c('吃的药拍给您看看', '你现在吃的什么药？', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, c('药瓶拍了照片发您了', '你现在吃的什么药？', 'zh'))).toHaveLength(1);
    const [en] = findingsOf(RULE, c("Here's a photo of my meds", 'What medications are you on?', 'en'));
    expect(en?.fixes[0]?.text).toBe('I have seen the photo of your medicines. ');
    expect(findingsOf(RULE, c('My pills are in the picture', 'What medications are you on?', 'en'))).toHaveLength(1);
    // A box shows the strength, not how often it is taken.
    expect(findingsOf(RULE, c('吃的药拍给您看看', '每天吃几次？', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, c('吃的药拍给您看看', '每次吃多少毫克？', 'zh'))).toHaveLength(1);
    // A prescription shows every dose: one asked without a drug's name is asked again too.
    expect(findingsOf(RULE, c('这是我的处方', '每次吃多少毫克？', 'zh'))).toHaveLength(1);
    // Not a medicine near a photo, nor one taken back.
    for (const text of ['吃完药去拍了CT，还是胸闷', '我的药忘了拍照']) {
      expect(findingsOf(RULE, c(text, '你现在吃的什么药？', 'zh'))).toEqual([]);
    }
    expect(findingsOf(RULE, c('I forgot to take a photo of my meds', 'What medications are you on?', 'en'))).toEqual([]);
  });

  it.each(['Keep taking it and increase to 100 mg.', 'Are you sleeping better?'])('says nothing without an ask: %s', (draft) => {
    expect(findingsOf(RULE, turn('I take sertraline 50 mg daily.', draft, 'en'))).toEqual([]);
  });
});
