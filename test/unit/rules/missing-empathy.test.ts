import { describe, expect, it } from 'vitest';
import { findingsOf, turn, withFix } from './helpers';

const RULE = 'missing-empathy';

describe('missing-empathy (zh)', () => {
  it.each(['长痘确实挺影响心情的，先用阿达帕林凝胶。', '疼得睡不着确实很受罪，尽早去看看。', '反反复复确实烦人，先规律用药。',
    '你能主动说出来已经很好了，我们一起看看怎么调整。', '你愿意帮他，这很难得，先陪他去精神科。', '可以跟我说说，最近发生了什么事？我在听。',
    '摔到头难免会担心，没有头痛呕吐一般不用拍CT。', '发现肿块心里害怕是很正常的，先做个B超。', '心里发慌是人之常情，4mm的磨玻璃结节定期复查就行。',
    '当时一定把您吓坏了，好在已经咳出来了。', '头皮屑多又痒确实挺烦的，用酮康唑洗剂。', '恭喜怀孕！感冒可以先多喝水休息。', '听到舅舅恢复得不错真为他高兴，继续吃药。',
    '体重一下涨这么多，换谁都会烦恼，可以换成阿立哌唑。'])(
    'takes warmth as doctors write it (probed wordings): %s',
    (draft) => {
      expect(findingsOf(RULE, turn('最近心情很差，睡不着，很烦', draft, 'zh'))).toEqual([]);
    },
  );

  it('does not take a prognosis after a plan for comfort ("按时服药会好的", covid-zh-309), nor care asked of the family ("细心观察")', () => {
    expect(findingsOf(RULE, turn('鼻子一直不通气，很难受', '鼻炎注意不要受凉，不吃辣椒，按时服药会好的。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('孩子发烧两天了，很担心', '家长要细心观察体温变化。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn("I'm worried, my blood pressure is high every morning.", 'It is natural for blood pressure to rise in the morning.', 'en'))).toHaveLength(1);
  });

  it('flags a cold reply to a distressed patient, quoting the patient and offering an empathy opener', () => {
    const patient = '医生，我最近特别焦虑，晚上睡不着，很害怕';
    const [f, ...rest] = findingsOf(RULE, turn(patient, '舍曲林加到100mg，两周后复诊。', 'zh'));
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toMatchObject({ source: 'message', index: 0, text: '焦虑' });
    expect(patient.slice(f?.evidence?.start, f?.evidence?.end)).toBe('焦虑');
    expect(f?.fixes[0]).toMatchObject({ at: 'start', category: 'empathy' });
    expect(f?.message.zh).toContain('焦虑');
    expect(f?.message.en.length).toBeGreaterThan(0);
  });

  it('does not quote a diagnosis ("焦虑抑郁状态", "抑郁症") as a feeling the patient expressed, but a feeling after it', () => {
    const diagnosisOnly = findingsOf(RULE, { language: 'zh', patient: { intake: '焦虑抑郁状态，服用文拉法辛两个月。' }, messages: [{ role: 'patient', text: '药快吃完了，能开药吗' }], draft: '可以开。' });
    expect(diagnosisOnly[0]?.severity).toBe('warning');
    expect(diagnosisOnly[0]?.evidence).toBeUndefined();
    const [f] = findingsOf(RULE, turn('确诊抑郁症一年，最近又很害怕出门', '舍曲林加到100mg。', 'zh'));
    expect(f?.evidence?.text).toBe('害怕');
  });

  it('still flags, without patient evidence, when the patient shows no distress; the fix then names no worry they never voiced', () => {
    const [f] = findingsOf(RULE, turn('舍曲林早上吃还是晚上吃？', '早上吃。', 'zh'));
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toBeUndefined();
    expect(f?.fixes[0]?.text).not.toContain('担心和难受');
    expect(findingsOf(RULE, turn('舍曲林早上吃还是晚上吃？', withFix('早上吃。', f!.fixes[0]!), 'zh'))).toEqual([]);
    const [distressed] = findingsOf(RULE, turn('我很担心，舍曲林早上吃还是晚上吃？', '早上吃。', 'zh'));
    expect(distressed?.fixes[0]?.text).toContain('担心');
  });

  it('never puts "别担心" / "Don\'t worry" in with one click: to "严重吗？" that is a verdict only the doctor gives', () => {
    for (const [patient, draft, lang, verdict] of [
      ['胸口偶尔刺痛，严重吗？', '饭后别躺下。', 'zh', /担心|放心|没事/u],
      ['我很害怕，胸口偶尔刺痛，严重吗？', '饭后别躺下。', 'zh', /别担心|不用担心|放心|没事/u],
      ['Is it serious?', 'Keep warm and rest.', 'en', /worry|fine|nothing/iu],
      ["I'm scared. Is it serious?", 'Keep warm and rest.', 'en', /don't worry|no need to worry|fine|nothing/iu],
    ] as const) {
      const [f] = findingsOf(RULE, turn(patient, draft, lang));
      expect(f?.fixes[0]?.text).not.toMatch(verdict);
      // The fix still comforts: it settles this rule.
      expect(findingsOf(RULE, turn(patient, withFix(draft, f!.fixes[0]!), lang))).toEqual([]);
    }
  });

  it.each([
    ['别担心，舍曲林加到100mg，两周后复诊。'],
    ['不用太紧张，目前考虑是陈旧病灶。'],
    ['理解你的担心，这个药副作用不大。'],
    ['其实这个病并不可怕，规律治疗就能控制。'],
    ['不好意思，让您久等了。可以继续吃。'],
    ['我看到你一直在努力调整自己，这非常棒。'],
    ['这种情况确实让人烦恼，舍曲林继续吃。'],
    ['你做得对，及时来咨询。'],
    ['听到这些我很难过，您的安全最重要。请立即拨打110。'],
    ['听起来很让人担心。建议尽快带妈妈到精神科门诊面诊。'],
    ['家里人一定很着急。建议尽快来门诊。'],
    ['这种感觉确实很吓人。多半是焦虑引起的。'],
    ['非常遗憾听到这个消息，节哀。半年内常常哭是正常的哀伤反应。'],
    ['作为家长看到孩子这样肯定很揪心。青春期孩子有时会这样。'],
    ['听起来你最近承受了很多。突然爱哭可能和抑郁有关。'],
    ['很多人都有类似情况，你不是一个人。'],
    ['这段时间不容易，舍曲林继续吃。'],
    ['谢谢你的信任，舍曲林继续吃。'],
    ['虽然现在过程可能有点艰难，但只要我们一起努力，情况一定会慢慢好转的。'],
    ['我知道你可能觉得去门诊不方便，但你的情况的确需要门诊才能全面评估。'],
    ['用不着忧心，化验结果没有大问题。'],
    ['放宽心，这个剂量是安全的。'],
    ['不要有太大压力，慢慢会好的。'],
    ['别灰心，换药后两周再看效果。'],
    ['你的感受我感同身受，先把睡眠调好。'],
    ['睡不着确实很折磨人，先加点助眠药。'],
    ['抱抱你，这段时间辛苦。'],
    ['能理解，先把睡眠调好。'],
    ['换做是谁都会担心，先按时吃药。'],
    ['睡不好确实很痛苦，先加点助眠药。'],
    ['慢慢来，两周后再看效果。'],
    ['你已经很棒了，继续坚持。'],
    ['有我在，先按时吃药。'],
    ['你的难受我都看到了，可以先加到75mg。'],
    ['这种感觉一定很糟糕，可以先加到75mg。'],
    ['你并不孤单，很多人都经历过。'],
    ['我能想象你有多难熬，可以先加到75mg。'],
    ['睡不着真的很折磨，可以先加到75mg。'],
    ['先深呼吸，我们一步一步来。'],
    ['你愿意说出来就是很好的开始。'],
    ['给你一个拥抱，先减回50mg。'],
    ['先减回50mg，拥抱你。'],
    ['先别自己吓自己，更像焦虑引起的。'],
    ['能感觉到你很紧张。更像焦虑引起的。'],
    ['这种担心很正常。更像焦虑引起的。'],
    ['换了谁都会害怕的。更像焦虑引起的。'],
    ['你这么早就来咨询，做得很对。更像焦虑引起的。'],
  ])('accepts a draft with empathy: %s', (draft) => {
    expect(findingsOf(RULE, turn('我很害怕，是不是很严重？', draft, 'zh'))).toEqual([]);
  });

  // A plain "问题不大" is a finding, not comfort: the reviewers do not count it (two real drafts).
  it.each([['你好。吃药吧。'], ['祝早日康复。'], ['平时要防止精神紧张和担忧，戒烟酒。'], ['不要给肝脏太大压力，少喝酒。'], ['问题不大，吃药吧。'], ['这个指标有点让人担心，两周后复查。'],
    ['焦虑量表评分正常，吃药吧。']])(
    'does not take a greeting, a wish or advice about stress for empathy: %s',
    (draft) => {
      expect(findingsOf(RULE, turn('我睡不好', draft, 'zh'))).toHaveLength(1);
    },
  );

  it('reads traditional Chinese', () => {
    expect(findingsOf(RULE, turn('我很擔心', '別擔心，問題不大。', 'zh'))).toEqual([]);
  });

  it('says nothing about an empty draft', () => {
    expect(findingsOf(RULE, turn('我很害怕', '', 'zh'))).toEqual([]);
  });

  it('takes extra empathy phrases from options', () => {
    const c = turn('我很害怕', '抱抱你，先按时吃药。'.replace('抱抱你，', '摸摸头，'), 'zh');
    expect(findingsOf(RULE, c)).toHaveLength(1);
    expect(findingsOf(RULE, c, { extraPhrases: { 'missing-empathy/empathy': ['摸摸头'] } })).toEqual([]);
  });
});

describe('missing-empathy (en)', () => {
  it.each(["Sorry you're unwell. Take paracetamol every 6 hours.", "I know it's distressing to see. The rash is viral and will fade.", 'I can see why this worries you; the lump is a lymph node.',
    "Poor little one, that's hard to watch. Give ibuprofen for the pain.", 'The result is normal, which is reassuring.', "Please don't be hard on yourselves; toddlers do this.",
    'Sorry — those are sore! Use a warm compress.', "Heartburn is very common in pregnancy, so you're definitely not alone.", "That's miserable, especially at night. Try a saline spray.",
    "It's natural for your wife to worry. The dose is right.", 'It isn\'t a cause for alarm; the cough will settle.', "It's good that you're keeping an eye on it. Recheck in a week.",
    "Yes, completely normal after a booster.", 'Good question, and sensible to check. Yes, you can take it with food.'])(
    'takes warmth as doctors write it (probed wordings): %s',
    (draft) => {
      expect(findingsOf(RULE, turn("I'm so worried about my son, he's been crying all night.", draft, 'en'))).toEqual([]);
    },
  );

  it('flags a cold reply to a scared patient', () => {
    const [f] = findingsOf(RULE, turn('I am so scared this is cancer.', 'Get a CT scan.', 'en'));
    expect(f?.severity).toBe('warning');
    expect(f?.evidence?.text.toLowerCase()).toBe('scared');
    expect(f?.fixes[0]?.text).toMatch(/understand/i);
  });

  it.each([
    ['Sleep problems with anxiety are very treatable, so there is hope. Try a wind-down routine.'],
    ['Please be kind to yourself. Try a wind-down routine.'],
    ["Don't worry, you will be alright with these medicines."],
    ['I can understand your concern. Get a CT scan.'],
    ["I'm sorry to hear about your mother."],
    ['Your children are going to be fine.'],
    ['That sounds hard. Keep them home for now.'],
    ["You're not alone in this; many parents feel the same."],
    ['That must be really tough. Keep them home for now.'],
    ["I'm here to help. Keep them home for now."],
    ['You did the right thing asking. Keep them home for now.'],
    ["You're doing great. Keep them home for now."],
    ['Sleepless nights are really frustrating. Keep them home for now.'],
    ['That sounds really tough. Keep them home for now.'],
    ['That must have been frightening. Keep them home for now.'],
    ["I'm really sorry you're going through this. Let's go up to 75 mg."],
    ['That sounds exhausting. Go up to 75 mg and review in two weeks.'],
    ['I know sleepless nights are awful. Go up to 75 mg.'],
    ['Thanks for reaching out. Go up to 75 mg.'],
    ['I appreciate how difficult this is. Go up to 75 mg.'],
    ['Sleepless nights sound really draining. Go up to 75 mg.'],
    ["You're doing the right thing by asking. Keep them home for now."],
    ["Please don't blame yourself. Keep them home for now."],
    ["That's a lot to deal with. Keep them home for now."],
    ['Thank you for trusting me with this. Keep them home for now.'],
    ['It will get better. Keep them home for now.'],
    ['Sending you a hug. Keep them home for now.'],
    ['Try not to be too hard on yourself. Keep them home for now.'],
    ["It's natural to feel scared. Keep them home for now."],
    ['You did well to ask. Keep them home for now.'],
  ])('accepts: %s', (draft) => {
    expect(findingsOf(RULE, turn('I am worried about my kids.', draft, 'en'))).toEqual([]);
  });

  it('does not count a bare greeting', () => {
    expect(findingsOf(RULE, turn('I am worried.', 'Hello. Take paracetamol.', 'en'))).toHaveLength(1);
  });
});
