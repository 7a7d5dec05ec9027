import { describe, expect, it } from 'vitest';
import { findTurnQuestions } from '../../../lib/rules/unanswered-question';
import { normalize } from '../../../lib/text/normalize';
import { findingsOf, flags, turn, withFix } from './helpers';

const RULE = 'unanswered-question';
/** This rule's findings for one patient message and a draft. */
const answerFindings = (patient: string, draft: string, lang: 'zh' | 'en' = 'zh') => findingsOf(RULE, turn(patient, draft, lang));
/** The questions this rule holds (warnings and errors), by their quotes. */
const heldQuotes = (patient: string, draft: string, lang: 'zh' | 'en' = 'zh') => flags(answerFindings(patient, draft, lang)).map((f) => f.evidence?.text);
/** Each [patient, draft, language]: the draft takes every question up (nothing held). */
function expectTakenUp(pairs: readonly (readonly [string, string, 'zh' | 'en'])[]): void {
  for (const [patient, draft, lang] of pairs) expect(heldQuotes(patient, draft, lang), `${patient} → ${draft}`).toEqual([]);
}

describe('unanswered-question (zh)', () => {
  it('seed 000 §3: "一个月后面诊" leaves "本次能给我开药吗" open, quoting it with offsets into the message', () => {
    const patient = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const fs = flags(findingsOf(RULE, turn(patient, '一个月后面诊', 'zh')));
    expect(fs).toHaveLength(1);
    const f = fs[0];
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toMatchObject({ source: 'message', index: 0, text: '本次能给我开药吗' });
    expect(patient.slice(f?.evidence?.start, f?.evidence?.end)).toBe('本次能给我开药吗');
    expect(f?.message.zh).toContain('本次能给我开药吗');
    expect(f?.fixes[0]).toMatchObject({ at: 'end', text: '\n关于“本次能给我开药吗”：' });
  });

  it('seed 000 §3 answered: a prescription written or declined takes up "本次能给我开药吗"', () => {
    const patient = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    for (const draft of ['一个月后面诊，这次先给你开一个月的药。', '一个月后面诊，处方已开好。', '一个月后面诊，这次不能开，需要先面诊。']) {
      expect(findingsOf(RULE, turn(patient, draft, 'zh'))).toEqual([]);
    }
  });

  it('reads a turn sent as several messages like one message: seed 000 §3 in two sends', () => {
    const c = {
      language: 'zh' as const,
      messages: [
        { role: 'patient' as const, text: '那我下次什么时候面诊您合适呢' },
        { role: 'patient' as const, text: '本次能给我开药吗' },
      ],
      draft: '一个月后面诊',
    };
    const fs = flags(findingsOf(RULE, c));
    expect(fs.map((f) => [f.evidence?.index, f.evidence?.text])).toEqual([[1, '本次能给我开药吗']]);
    expect(fs[0]?.evidence).toMatchObject({ start: 0, end: 8 });
  });

  it('keeps an alternative sent as the next message with its question, quoted where it starts', () => {
    const src = (index: number, text: string) => ({ source: 'message' as const, index, text, norm: normalize(text) });
    const found = findTurnQuestions([src(3, '这个药需要一直吃吗？'), src(4, '还是好了就可以停？')], 'zh');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ src: { index: 3 }, q: { start: 0, end: 10 }, asked: '这个药需要一直吃吗?\n还是好了就可以停?' });
  });

  it('puts the answer lead-in before a closing line, which stays last', () => {
    const patient = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const draft = '一个月后面诊。有问题随时联系我，祝早日康复！';
    const [f] = flags(findingsOf(RULE, turn(patient, draft, 'zh')));
    expect(f?.fixes[0]).toMatchObject({ at: { offset: draft.indexOf('有问题') }, text: '\n关于“本次能给我开药吗”：' });
    const answered = withFix(draft, { ...f!.fixes[0]!, text: f!.fixes[0]!.text + '可以，先开两周的药。' });
    expect(answered).toBe('一个月后面诊。\n关于“本次能给我开药吗”：可以，先开两周的药。有问题随时联系我，祝早日康复！');
    expect(findingsOf('missing-closing', turn(patient, answered, 'zh'))).toEqual([]);
  });

  it('keeps the question open while the lead-in the fix added has no answer after it, and settles once words follow', () => {
    const patient = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const [f] = flags(findingsOf(RULE, turn(patient, '一个月后面诊。', 'zh')));
    const withLeadIn = withFix('一个月后面诊。', f!.fixes[0]!);
    const [empty, ...rest] = findingsOf(RULE, turn(patient, withLeadIn, 'zh'));
    expect(rest).toEqual([]);
    expect(empty).toMatchObject({ severity: 'warning', evidence: { text: '本次能给我开药吗' }, fixes: [] });
    expect(empty?.message.zh).toBe('关于“本次能给我开药吗”的回答还空着，请写上回答再发送。');
    // Any words after the lead-in are the doctor's answer, even ones no rule could match.
    expect(findingsOf(RULE, turn(patient, withLeadIn + '先开两周的量。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patient, withLeadIn + '\n先开两周的量。\n祝早日康复！', 'zh'))).toEqual([]);
    // A closing line after an empty lead-in is not an answer.
    expect(flags(findingsOf(RULE, turn(patient, withLeadIn + '\n祝早日康复！', 'zh')))).toHaveLength(1);
  });

  it('does not take the patient\'s own words, quoted back, as the answer', () => {
    const patient = '舍曲林可以加量吗？晚上失眠严重有没有办法改善？';
    const fs = flags(findingsOf(RULE, turn(patient, '舍曲林可以加到100mg。你说的“晚上失眠严重”我记下了。', 'zh')));
    expect(fs.map((f) => f.evidence?.text)).toEqual(['晚上失眠严重有没有办法改善？']);
  });

  it('keeps the seed 000 §3 flag when the reply is framed with comfort and a closing line', () => {
    const patient = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const framed = '您好，理解你现在的担心和难受，别太着急，我们一起来想办法。一个月后面诊。若后续还有什么疑问，还可继续线上联系我。祝早日康复！';
    expect(flags(findingsOf(RULE, turn(patient, framed, 'zh'))).map((f) => f.evidence?.text)).toEqual(['本次能给我开药吗']);
  });

  it('does not take a closing wish as an answer that shares its words ("祝早日康复" for "能彻底康复吗")', () => {
    const patient = '这个病要吃多久的药？能彻底康复吗？';
    const fs = findingsOf(RULE, turn(patient, '至少吃半年。祝早日康复！', 'zh'));
    expect(fs.map((f) => f.evidence?.text)).toEqual(['能彻底康复吗？']);
  });

  it('puts the lead-in before a closing line a pack taught missing-closing, and reads that line as framing', () => {
    const patient = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const draft = '一个月后面诊。本院互联网医院竭诚为您服务！';
    const withPack = { extraPhrases: { 'missing-closing/closings': ['竭诚为您服务'] } };
    expect(findingsOf('missing-closing', turn(patient, draft, 'zh'), withPack)).toEqual([]);
    const [f] = flags(findingsOf(RULE, turn(patient, draft, 'zh'), withPack));
    expect(f?.fixes[0]?.at).toEqual({ offset: draft.indexOf('本院') });
    // Without the pack the line is content ("本院" even shares a character with the question):
    // the rule is less sure (advice) and the lead-in goes at the very end.
    const [advice] = findingsOf(RULE, turn(patient, draft, 'zh'));
    expect(advice).toMatchObject({ severity: 'info', fixes: [{ at: 'end' }] });
  });

  it.each([
    ['为什么吃了药还是睡不着？', '舍曲林起效需要2-4周，现在还没到时间，先坚持吃。'],
    ['为什么会手抖？', '这是药物的副作用，一般会慢慢减轻。'],
    ['为什么老是心慌？', '焦虑的时候交感神经兴奋，就会心跳快。'],
    ['这个药要吃多久？', '要等情绪稳定以后再说，先吃着。'],
    ['什么时候能停药？', '等症状完全消失后再巩固治疗一段时间才能停。'],
    ['能喝咖啡吗？晚上几点睡比较好？', '咖啡上午喝一杯没问题，晚上11点前睡。'],
    ['怀孕了还能继续吃药吗？会影响孩子吗？', '建议换成对胎儿更安全的舍曲林，风险很低。'],
    ['孕妇能吃舍曲林吗？会影响胎儿吗？', '孕期不建议服用，风险需要评估。'],
    ['这个药有什么副作用？晚上几点吃？', '常见的是恶心、头晕，一般会慢慢减轻，晚上9点吃。'],
    ['会传染给家人吗？孩子要隔离几天？', '主要通过飞沫传播，家里注意戴口罩，隔离7天。'],
    ['可以和安眠药一起吃吗？', '两种药一起吃要慎用。'],
  ])('takes an explanation, an "until", a clock time, a switch, a stance or a risk level as the answer: %s', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, 'zh'))).toEqual([]);
  });

  it('does not take any "if" for how long: "如果口服药不能控制…" leaves "大概要多少天" open', () => {
    expect(flags(findingsOf(RULE, turn('大概要多少天？', '如果口服药不能控制，必要时要输液治疗。', 'zh')))).toHaveLength(1);
  });

  it('is quiet when the draft answers both seed questions', () => {
    expect(findingsOf(RULE, turn('那我下次什么时候面诊您合适呢，本次能给我开药吗', '一个月后面诊，本次可以先给您开药，舍曲林继续吃。', 'zh'))).toEqual([]);
  });

  it('accepts a time expression as the answer to a when/how-long question', () => {
    const fs = findingsOf(RULE, turn('这个药要吃多久？需要复查肝功能吗？', '至少吃半年，三个月后复查肝功能。', 'zh'));
    expect(fs).toEqual([]);
  });

  it('takes a time of day for when to take a medicine, and only for that ("什么时候能好" is not answered by "晚上早点睡")', () => {
    for (const draft of ['睡前吃。', '早饭后吃。']) expect(findingsOf(RULE, turn('什么时候吃比较好？', draft, 'zh'))).toEqual([]);
    expect(flags(findingsOf(RULE, turn('什么时候能好？', '晚上早点睡，多喝水。', 'zh')))).toHaveLength(1);
  });

  it('takes one side named for an alternative question (早上吃还是晚上吃 → 早上吃); "还是 … 吗" is "still"', () => {
    expect(findingsOf(RULE, turn('舍曲林早上吃还是晚上吃？', '早上吃。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('是吃布洛芬还是对乙酰氨基酚？', '对乙酰氨基酚更合适。', 'zh'))).toEqual([]);
    // "不能" is in the words after 还是, but this 还是 offers no choice.
    expect(findingsOf(RULE, turn('现在还是不能确定是哪方面的疾病吗？', '不能吃辣。', 'zh'))).toHaveLength(1);
  });

  it('flags the question about a different topic when the other is answered', () => {
    const fs = flags(findingsOf(RULE, turn('舍曲林可以加量吗？晚上失眠严重有没有办法改善？', '舍曲林可以加到100mg。', 'zh')));
    expect(fs.map((f) => f.evidence?.text)).toEqual(['晚上失眠严重有没有办法改善？']);
  });

  it('only advises (info) on a single question the draft does not take up: it may answer in other words', () => {
    const fs = findingsOf(RULE, turn('晚上失眠严重有没有办法改善？', '建议先观察两周。', 'zh'));
    expect(flags(fs)).toEqual([]);
    expect(fs.map((f) => f.severity)).toEqual(['info']);
    // Advice words itself as a question to the doctor, not as a verdict.
    expect(fs.every((f) => f.message.zh.includes('可能没有直接回答') && f.message.en.includes('may not answer'))).toBe(true);
  });

  it('holds a reply that stays off two distinct questions: one reply rarely answers two in other words', () => {
    const fs = findingsOf(RULE, turn('舍曲林可以加量吗？晚上失眠严重有没有办法改善？', '建议先观察两周。', 'zh'));
    expect(flags(fs).map((f) => f.evidence?.text)).toEqual(['舍曲林可以加量吗？', '晚上失眠严重有没有办法改善？']);
    expect(fs.every((f) => f.message.zh.includes('没有回答这一点'))).toBe(true);
  });

  it.each(['好的。', '嗯嗯，收到', '可以', '好的，别担心，有问题随时联系。', '祝早日康复！'])(
    'holds a how/why/what question when the reply says only "%s": an acknowledgement may be a yes, never a way or a cause',
    (draft) => {
      const fs = findingsOf(RULE, turn('医生您好，舍曲林要加量吗？晚上睡不着怎么办？', draft, 'zh'));
      // However thin its topic ("晚上睡不着"), the how question is open for sure; the yes/no one
      // may have had its yes, so it stays advice.
      expect(flags(fs).map((f) => f.evidence?.text)).toEqual(['晚上睡不着怎么办？']);
      expect(fs.find((f) => f.evidence?.text === '舍曲林要加量吗？')?.severity).toBe('info');
    },
  );

  it('leaves an acknowledgement with anything more to the usual judgement ("收到，我看一下" promises an answer)', () => {
    for (const draft of ['收到，我看一下。', '好的，加量到100mg，睡前别看手机。'])
      expect(flags(findingsOf(RULE, turn('医生您好，舍曲林要加量吗？晚上睡不着怎么办？', draft, 'zh')))).toEqual([]);
  });

  it('counts a question asked twice once, and a "?" after a symptom not at all, when judging two left open', () => {
    // The same question twice (title line, then the body) is one question left open: advice only.
    const twice = findingsOf(RULE, turn('轻微脂肪肝怎么治疗？\n轻微的脂肪肝怎么治疗与调理？', '建议低脂饮食，戒烟酒，多运动。', 'zh'));
    expect(flags(twice)).toEqual([]);
    // "睡不好，心慌？" lists a symptom with a question mark; only the real question is left.
    const symptom = findingsOf(RULE, turn('晚上心烦气躁，睡不好，心慌？医生用什么药物能缓解？', '建议去医院做心脏彩超。', 'zh'));
    expect(flags(symptom)).toEqual([]);
  });

  it('reads the latest turn only: a question the doctor already answered earlier is not re-checked', () => {
    const fs = findingsOf(RULE, {
      language: 'zh',
      messages: [
        { role: 'patient', text: '碳酸锂要查血药浓度吗？' },
        { role: 'doctor', text: '需要，每月查一次。' },
        { role: 'patient', text: '好的，那喹硫平晚上几点吃合适？' },
      ],
      draft: '喹硫平睡前半小时吃。',
    });
    expect(fs).toEqual([]);
  });

  it('takes a stance for "是…吗" ("是药的副作用吗？" → "有可能"), not any 是 in the reply', () => {
    expect(findingsOf(RULE, turn('头晕是药的副作用吗？', '有可能，一般一两周会适应。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('头晕是药的副作用吗？', '这是一类药，多喝水。', 'zh'))).toHaveLength(1);
  });

  it('accepts a bare yes/no answer in the question\'s own verb (是否可以 → 可以)', () => {
    const patient = '点托百士或左氧氟沙星这两个药是否可以？还要做什么检查？';
    expect(flags(findingsOf(RULE, turn(patient, '这两个药可以。需要去眼科做裂隙灯检查。', 'zh')))).toEqual([]);
    expect(flags(findingsOf(RULE, turn(patient, '需要去眼科做裂隙灯检查。', 'zh'))).map((f) => f.evidence?.text)).toEqual([
      '点托百士或左氧氟沙星这两个药是否可以？',
    ]);
  });

  it('holds a when/how-long/how-much/why question whose answer shape is missing, even in a long reply on the topic', () => {
    const patient = '舍曲林吃了一个月，情绪好些了。这个药要连续吃多久？';
    const draft = '舍曲林对焦虑和抑郁效果比较好，您现在情绪好转说明药物起效了，请继续按时服用，不要自行停药，平时规律作息，适当运动，保持心情舒畅。';
    const fs = flags(findingsOf(RULE, turn(patient, draft, 'zh')));
    expect(fs.map((f) => f.evidence?.text)).toEqual(['这个药要连续吃多久？']);
    expect(flags(findingsOf(RULE, turn(patient, draft + '一般至少服用6到9个月。', 'zh')))).toEqual([]);
  });

  it('takes a cause as the answer to a why question, and "needs an exam to say" as an honest answer', () => {
    const patient = '最近老是心慌，是什么原因引起的？';
    expect(flags(findingsOf(RULE, turn(patient, '多注意休息，少喝咖啡浓茶，保持心情放松，规律作息。', 'zh')))).toHaveLength(1);
    expect(flags(findingsOf(RULE, turn(patient, '可能是焦虑引起的，少喝咖啡浓茶。', 'zh')))).toEqual([]);
    expect(flags(findingsOf(RULE, turn(patient, '需要做心电图检查后才能判断，少喝咖啡浓茶。', 'zh')))).toEqual([]);
  });

  it('takes a condition as the answer to "when should I come in", and "no need" for "how much"', () => {
    expect(flags(findingsOf(RULE, turn('什么时候需要去医院？', '如果发热超过38.5度或者气促，就要去医院。', 'zh')))).toEqual([]);
    expect(flags(findingsOf(RULE, turn('布洛芬一次吃多少片？', '现在不发热，不需要吃布洛芬。', 'zh')))).toEqual([]);
  });

  it('does not read "吃了几天感冒灵" (took it for a few days) as a question', () => {
    expect(findingsOf(RULE, turn('吃了几天感冒灵还是37.2', '体温37.2不算发热，继续观察。', 'zh'))).toEqual([]);
  });

  it('says nothing when the patient asked nothing', () => {
    expect(findingsOf(RULE, turn('最近睡得好多了，谢谢医生。', '很高兴听到你好转。', 'zh'))).toEqual([]);
  });

  it('counts a repeated question (title line, then the body) as one topic', () => {
    const patient = '慢性胃炎要如何治疗？\n最近半月胃隐隐痛，慢性胃炎要怎么治疗呢？';
    expect(flags(findingsOf(RULE, turn(patient, '慢性胃炎可以先用奥美拉唑治疗两周。', 'zh')))).toEqual([]);
  });
});

describe('unanswered-question (en)', () => {
  it('holds the first of two questions joined by "and" when the reply answers only the second (covid-en-3)', () => {
    const patient = 'I have anxiety and depression. First, I wanna know if my immune system is weakened and how likely am I to die of Coronavirus.';
    expect(heldQuotes(patient, 'Please do not believe the hype about covid. It has a low mortality rate, of 2-3 percent, mostly in people above 60-70 years.', 'en')).toEqual([
      'First, I wanna know if my immune system is weakened',
    ]);
    expectTakenUp([[patient, 'Anxiety does not weaken your immune system in any meaningful way. The mortality rate at 23 is very low.', 'en']]);
  });

  it('holds whether to have a vaccine when the reply speaks of vaccines but says neither yes, no nor when', () => {
    // covid-en-229: "if your decision is to be vaccinated, …" leaves the decision with the patient.
    const patient = 'Should someone with a compromised immune system due to rheumatoid arthritis get the flu vaccine, especially during the COVID-19 crisis? Also, does the flu vaccine in South Africa use live or dead viruses?';
    const draft = 'In brief: Flu vaccine. Any flu vaccine will cause your immune system to respond. I advise, if your decision is to be vaccinated, to do it over a period of 6 weeks. That way you get the full killed vaccine, and your body develops an immune response.';
    expect(heldQuotes(patient, draft, 'en')).toEqual([
      'Should someone with a compromised immune system due to rheumatoid arthritis get the flu vaccine, especially during the COVID-19 crisis?',
    ]);
    expectTakenUp([
      [patient, 'The flu shot is an inactivated vaccine, so it is safe with rheumatoid arthritis drugs; get it before the season. South Africa uses inactivated (dead) vaccines.', 'en'],
      ['Do I need the tetanus shot after this cut? Last one was 10 years ago.', 'For a dirty wound you need a tetanus booster if your last one was over 5 years ago.', 'en'],
      ['I have epilepsy. Should I avoid the covid booster?', 'Epilepsy is not a reason to avoid COVID vaccination.', 'en'],
      ['Can I have the flu shot while breastfeeding?', "It's safe while breastfeeding and protects your baby too.", 'en'],
    ]);
    // What a vaccine does is another question.
    expectTakenUp([['Can vaccines trigger seizures?', 'Studies have not shown an increase in seizures after vaccination.', 'en']]);
  });

  it('holds whether to keep on, stop or change a medicine when the reply speaks only of the illness', () => {
    // covid-en-23: the illness's risk said back leaves the inhaler question.
    const patient = "Is mild intermittent asthma an elevated risk group for Covid 19 complications? If so, should I continue to use my inhalers when it's occasionally necessary or will the steroids in them put me at more risk? Thank you.";
    expect(heldQuotes(patient, 'In brief: Maybe\nBeing over 50 with a medical condition like intermittent asthma makes you at higher risk for any respiratory illness including COVID19.\nIt appears to be less an issue for children and youth.', 'en')).toEqual([
      "If so, should I continue to use my inhalers when it's occasionally necessary or will the steroids in them put me at more risk?",
    ]);
    expectTakenUp([
      [patient, 'Asthma is a risk factor. Keep using your inhalers as prescribed; inhaled steroids at these doses are safe.', 'en'],
      ['Can I stop my sertraline now? I feel better.', 'Stay on it for at least six more months, then we taper slowly.', 'en'],
      ['Should I switch to something else? The nausea is awful.', 'Nausea usually settles in two weeks; if not, escitalopram is often easier.', 'en'],
      // Stopping a nosebleed is no question of stopping a medicine (held-out English set).
      ['My son gets nosebleeds every week. How do I stop them quick? Do we need to see ENT?', 'Have him sit up and lean forward, then pinch the soft part of the nose for 10 minutes. ENT is worth it if they keep coming weekly.', 'en'],
    ]);
  });

  it('holds whether it harms for good or weakens immunity when the reply says nothing of it', () => {
    // covid-en-40: a visit advised, nothing on the lungs; covid-en-543: why the antibiotic is not needed.
    expect(heldQuotes('My son had pneumonia 5 months ago and still coughs. Are there any long term repercussions for his lungs if he continues without treatment.', 'I strongly recommend you to send him to the doctor for a re-evaluation of the situation.', 'en')).toEqual(['Are there any long term repercussions for his lungs if he continues without treatment.']);
    expect(heldQuotes("She gave me Klacid to take if I feel worse. I'm worried it will make my immune system bad?", "I don't recommend antibiotics for a simple viral infection. They are not effective for viruses.", 'en')).toEqual(["I'm worried it will make my immune system bad?"]);
    expectTakenUp([
      ["Having type 1 diabetes doesn't mean you have low immunity, does it?", 'If well controlled, your immunity and ability to handle infections should be ok.', 'en'],
      ['Are there any long term effects on his lungs?', 'Most children recover fully; lasting scarring is unlikely.', 'en'],
      ['Is this hereditary? Should my kids be tested?', 'It can run in families through a genetic change, so yes, test them.', 'en'],
      // In other words: how likely, how the body copes, an opening "Partly."
      ['Is migraine hereditary?', 'Often, yes. If one parent has migraines, a child has roughly a 50% chance of getting them too.', 'en'],
      ['Will the steroid injection in my knee weaken my immune system?', 'A single injection puts only a little steroid into the rest of your body, so your resistance to infections stays unchanged.', 'en'],
      ['Is psoriasis hereditary?', 'Partly. Many children of parents with it never get it.', 'en'],
      // A stance that is the other question's leaves this one to its other answers ("fine").
      ['Will sleeping with a fan cause permanent sinus problems? and is it bad for a baby?', "No, a fan can dry your nose but doesn't cause lasting sinus problems. For babies a fan is fine.", 'en'],
      // A stage taken to answers until when; the emergency department answers how dangerous.
      ['乙肝妈妈吃替诺福韦怀孕，药对宝宝有影响吗？要吃到什么时候', '大量数据显示不增加畸形。一般吃到产后，别自己停。', 'zh'],
      ['孩子喝了一口84消毒液 会有危险吗', '84消毒液有腐蚀性，一口的量要马上去急诊。', 'zh'],
      // A held-out probe's good replies: "Not yet" opening, a count a day, what sets it off.
      ['Is it safe to give my 5 month old water? How much?', 'Not yet; breast milk covers her needs. After 6 months, a few sips with meals.', 'en'],
      ['Is it ok to eat eggs every day with high cholesterol? how many', 'For most people, yes; dietary cholesterol has a small effect. One a day is reasonable.', 'en'],
      ['My wife gets migraines around her period. Why? What can she take?', 'The drop in estrogen just before menstruation sets them off. Naproxen started 2 days before can prevent many.', 'en'],
      ['My father has hepatitis C. Can it be cured now? Is the treatment hard?', 'Modern antivirals clear the virus in over 95% of people. Treatment is 8-12 weeks of pills with mild side effects.', 'en'],
      ["Does long covid go away? I'm 5 months out. Can exercise help?", 'For most people symptoms gradually improve over months. Gentle exercise helps if you increase it in small steps.', 'en'],
    ]);
  });

  it('holds whether it passes on when the reply says only how long the illness lasts or what it is', () => {
    // covid-en-591's reviewer: "the infection can last up to two weeks" leaves "still contagious until symptom free?".
    const patient = 'How long is the contagious period? Are you still contagious until symptom free?';
    expect(heldQuotes(patient, 'For most people the infection can last up to two weeks.', 'en')).toEqual(['Are you still contagious until symptom free?']);
    expect(heldQuotes('What is this rash on her cheeks? Is it contagious?', "This sounds like fifth disease, a mild viral illness in kids.", 'en')).toEqual(['Is it contagious?']);
    expectTakenUp([
      [patient, 'Usually about 10 days; once you have been fever-free for a day you can stop isolating.', 'en'],
      ['Can animal byproducts spread coronavirus?', 'In brief: No. We have no evidence of any concern with such spread.', 'en'],
      // Passing it on, said so: a fresh probe's good replies.
      ['I got a positive TB skin test. Am I contagious? Do I need treatment?', "A positive skin test alone usually means latent infection, which can't be passed to anyone. You'll need a chest X-ray.", 'en'],
      ['Is it ok to exercise with a cold? Can I spread it at the gym?', 'Light exercise is fine without fever. You can pass it on, so wipe the equipment.', 'en'],
      ['I have psoriasis. Is it contagious? Will my kids get it?', "It can't be passed by touch. Children of a parent with it have a higher chance.", 'en'],
      ['Should we use his nebulizer or will it spread the virus? Should he take his rescue pack?', 'He can, but in a separate room with the door closed, away from others. Start the rescue pack if his sputum changes colour.', 'en'],
    ]);
  });

  it('takes the answers good English replies give in their own words (probed: 220 replies written to answer every question)', () => {
    expectTakenUp([
      // A modal standing alone; how much, for "will it make it less effective".
      ["I'm on prednisone 20 mg for a lupus flare. Can I get my covid booster now? Will the steroid make it less effective?",
        "You can, don't delay it. At 20 mg the response may be a little weaker but still protective.", 'en'],
      // "should continue" for how safe; another way for "is it ok"; "is enough" for a need.
      ['My wife has covid and we have a 3 week old baby. Should she wear a mask while breastfeeding? Is it safe to continue breastfeeding at all?',
        'Yes, a well fitted mask during feeds. Breastfeeding should continue; milk does not transmit the virus.', 'en'],
      ['I finished breast cancer treatment last year. Do I need an extra dose of the vaccine? Is it ok to get it in the arm on the side of my surgery?',
        'Now that you are off chemotherapy, the standard schedule is enough. Use the other arm, since lymph nodes were removed on that side.', 'en'],
      // A count of anything a day is an amount.
      ['Should I give my kids vitamin C gummies? How much is too much?', 'A normal diet gives them enough. If you do use them, keep to one gummy a day.', 'en'],
      // "Can it be given at home?" asks what may be done, not what an illness is.
      ['My grandmother is bedbound. Should she still get the booster? Can it be given at home?', 'Yes, she benefits most. Many services offer home visits for housebound patients.', 'en'],
      ["I'm 16 weeks pregnant with a cough. Can I take Robitussin DM? Is it bad for the baby if I keep coughing?",
        "Dextromethorphan is considered safe in pregnancy at standard doses. The coughing itself doesn't harm the baby.", 'en'],
      // Why, answered by what it is and what it does.
      ['After covid my hair is falling out a lot. Why? Will it grow back?', 'This is telogen effluvium: the stress of the fever pushes many hairs into the resting phase. Yes, it grows back.', 'en'],
      ['Why does covid cause loss of smell? How long does it last?', 'The virus damages the support cells around the smell nerves, so the nerves stop working for a while, usually a few weeks.', 'en'],
      // A second probe of 100 (written afresh): "is recommended" and "a good first choice" for should,
      // an effect denied, "ruled out", "can be", "safer", "encouraged".
      ['I had a tick bite 2 days ago. Should I take doxycycline as prevention? What signs should I look for?',
        'A single 200 mg dose within 72 hours is recommended if the tick was attached 36 hours or more. Watch for an expanding red rash or fever.', 'en'],
      ["I'm anxious all the time. Should I start the sertraline my doctor suggested? Will it make me feel like a zombie?",
        "SSRIs are a good, non-addictive first choice for ongoing anxiety, and at the right dose they don't blunt you.", 'en'],
      ['My daughter has heavy periods and is always tired. Should she take iron tablets? Could it be something else?',
        "She should have a blood count checked first; if she's low, daily iron will help. Usually hormonal, but a thyroid problem should be ruled out.", 'en'],
      ['I get sweaty and shaky if I skip lunch. Is it low sugar? Should I check my glucose?',
        'Those symptoms can be reactive hypoglycemia. A fingerstick reading during an episode is useful.', 'en'],
      ["I'm 72 and my knees ache. Can I take Aleve every day? Would a cortisone shot help?",
        'Daily anti-inflammatories at your age raise risks for stomach bleeding; acetaminophen is safer. A steroid injection can give weeks of relief.', 'en'],
      ['My husband had a stent last month. Can he stop his Plavix now? Is it safe for him to exercise?',
        'Clopidogrel is usually needed for 6-12 months, so only his cardiologist should decide. Walking and cardiac rehab are strongly encouraged.', 'en'],
    ]);
    // Still held: a reply silent on the booster.
    expect(heldQuotes("I'm on prednisone 20 mg for a lupus flare. Can I get my covid booster now? Will the steroid make it less effective?",
      'At 20 mg the response may be a little weaker but still protective.', 'en')).toEqual(['Can I get my covid booster now?']);
  });

  it.each([
    ['Why do my hands shake?', 'That is a side effect of the medication and usually settles.'],
    ['When can I stop the medication?', 'Once your mood has been stable for a while, we can taper it together.'],
    ['How long should I take it?', 'Until you have been well for a good while; we will decide together.'],
    ['How often should I check my blood pressure? What is a normal reading?', 'Twice a day for a week; under 130/80 is the goal.'],
    ['Is it safe during breastfeeding? Will it affect the baby?', 'It is considered safe; very little passes into milk.'],
    ['Should I take it in the morning or at night? How many tablets?', 'Take one tablet in the morning.'],
    ['What are the side effects? How long until it works?', 'Nausea and headache are common; it takes two to four weeks to work.'],
    ['Can my kids catch it? Should they stay home from school?', 'It spreads by droplets, so keep them home until the fever is gone for a day.'],
    ['My son has a cold. Should my kids stay home? Do they need antibiotics?', 'It is not contagious, so they can go to school. No antibiotics needed.'],
    ['Can my child go to school? Does she need a test?', 'Keep her home for two days. No test needed.'],
    ['Why am I always tired? Could it be my thyroid?', 'Fatigue has many causes; a TSH blood test will check the thyroid.'],
  ])('takes an explanation, an "until", a value, a count in words, how common side effects are, how it spreads, staying home or a stance as the answer: %s', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, 'en'))).toEqual([]);
  });

  it('holds an empty "Regarding …:" lead-in and settles once the answer is written', () => {
    const patient = 'How long should I take it? Can I drink alcohol with sertraline?';
    const [f] = flags(findingsOf(RULE, turn(patient, 'Take it for 6 months.', 'en')));
    expect(f?.evidence?.text).toBe('Can I drink alcohol with sertraline?');
    const withLeadIn = withFix('Take it for 6 months.', f!.fixes[0]!);
    const [empty] = findingsOf(RULE, turn(patient, withLeadIn, 'en'));
    expect(empty?.message.en).toBe('The answer to "Can I drink alcohol with sertraline" is still empty. Write it before sending.');
    expect(findingsOf(RULE, turn(patient, withLeadIn + 'Better not, it adds to drowsiness.', 'en'))).toEqual([]);
  });

  it('flags the question the draft skips', () => {
    const patient = 'Can I increase the sertraline dose? Also, is it safe to drink alcohol with lorazepam?';
    const fs = flags(findingsOf(RULE, turn(patient, 'Yes, you can increase sertraline to 100 mg.', 'en')));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.evidence?.text).toBe('Also, is it safe to drink alcohol with lorazepam?');
    expect(fs[0]?.message.en).toContain('alcohol with lorazepam');
  });

  it('is quiet when every question is taken up', () => {
    const patient = 'Can I increase the sertraline dose? Also, is it safe to drink alcohol with lorazepam?';
    const draft = 'Yes, you can increase sertraline to 100 mg. Please avoid alcohol while taking lorazepam.';
    expect(findingsOf(RULE, turn(patient, draft, 'en'))).toEqual([]);
  });

  it('lets a bare "No" answer one yes/no question, not every one', () => {
    const patient = 'Is the rash contagious? Do I need to stop the lamotrigine?';
    expect(flags(findingsOf(RULE, turn(patient, 'In brief: No. Keep it clean and dry.', 'en'))).map((f) => f.evidence?.text)).toEqual([
      'Do I need to stop the lamotrigine?',
    ]);
    expect(flags(findingsOf(RULE, turn(patient, 'No. Yes, stop lamotrigine today and see me tomorrow.', 'en')))).toEqual([]);
    // "Not necessarily", "Unlikely" open a reply as a bare answer does.
    const knee = 'Is my knee torn? How long will recovery take?';
    expect(flags(findingsOf(RULE, turn(knee, 'Not necessarily. Recovery takes about 6 weeks.', 'en')))).toEqual([]);
    expect(flags(findingsOf(RULE, turn(knee, 'Unlikely. Recovery takes about 6 weeks.', 'en')))).toEqual([]);
    expect(flags(findingsOf(RULE, turn(knee, 'Recovery takes about 6 weeks.', 'en'))).map((f) => f.evidence?.text)).toEqual(['Is my knee torn?']);
    // "A or B?" takes a side, not a yes; "… or not?" takes a yes or a no.
    expect(flags(findingsOf(RULE, turn('Is it a cold or the flu? How long will it last?', 'Yes. It lasts about a week.', 'en'))).map((f) => f.evidence?.text)).toEqual(['Is it a cold or the flu?']);
    expect(flags(findingsOf(RULE, turn('Is it contagious or not? How long will it last?', 'No. It lasts about a week.', 'en')))).toEqual([]);
  });

  it('takes "stay home" or "call your GP" for "Should we see a doctor?"', () => {
    const patient = 'My son has a fever and a cough. Should we see a doctor to be assessed? How long will it last?';
    expect(flags(findingsOf(RULE, turn(patient, 'Stay home for 7 days; it usually lasts 5-7 days.', 'en')))).toEqual([]);
    expect(flags(findingsOf(RULE, turn(patient, 'It usually lasts 5-7 days.', 'en')))).toHaveLength(1);
  });

  it('accepts a duration as the answer to "how long"', () => {
    const patient = 'How long should I take the antibiotics? Should I get a chest x-ray?';
    expect(flags(findingsOf(RULE, turn(patient, 'Take them for 7 days, and yes, a chest x-ray is reasonable.', 'en')))).toEqual([]);
    // In words, and a range: "six to nine months", "several weeks".
    for (const draft of ['Usually at least six to nine months after you feel better.', 'For several weeks.', 'Around eleven days.']) {
      expect(flags(findingsOf(RULE, turn('How long will I need to take this medication?', draft, 'en')))).toEqual([]);
    }
  });
  it('takes a count in words for how many and how much, and a time of day for when to take it', () => {
    for (const draft of ['About twelve hours apart.', 'Every eight hours.']) {
      expect(findingsOf(RULE, turn('How many hours apart should I take the doses?', draft, 'en'))).toEqual([]);
    }
    expect(findingsOf(RULE, turn('How much water should I drink?', 'About two litres a day.', 'en'))).toEqual([]);
    for (const draft of ['At bedtime.', 'With breakfast.']) expect(findingsOf(RULE, turn('When should I take it?', draft, 'en'))).toEqual([]);
    expect(flags(findingsOf(RULE, turn('When will I feel better?', 'Rest in the evenings and drink water.', 'en')))).toHaveLength(1);
  });

  it('takes a stance for "could it be", "is it safe" and "should I be worried", and a word\'s own ending ("fly" → "flying")', () => {
    const two = (patient: string, draft: string) => flags(findingsOf(RULE, turn(patient, draft, 'en')));
    expect(two('Is it safe to fly next week? And should I keep wearing the compression socks?', 'Flying is fine after 6 weeks; yes, keep the socks on during the flight.')).toEqual([]);
    expect(two('Should I be worried about the rash? Could it be the new antibiotic?', 'It is probably an allergic reaction to amoxicillin, so stop it and take an antihistamine.')).toEqual([]);
    expect(two('Should I be worried about the rash? Could it be the new antibiotic?', 'Stop it and take an antihistamine.')).toHaveLength(2);
    expect(two('Is it dangerous? Could it be the new antibiotic?', 'Nothing to worry about; it is unlikely to be the antibiotic.')).toEqual([]);
    // Worry voiced beside another question is not that question: comfort does not answer it.
    expect(findingsOf(RULE, turn("I'm worried, can I take ibuprofen with sertraline?", "Don't worry, take care.", 'en'))).not.toEqual([]);
  });

  it('takes English answers that do not echo the question (probed pairs)', () => {
    expectTakenUp([
      ["I'm on Symbicort for asthma. Is it ok to use it as my rescue inhaler too or do I need a separate ventolin?",
        'Yes, Symbicort can be used as both maintenance and reliever (SMART regimen), so a separate Ventolin is not needed.', 'en'],
      ["I've had a hoarse voice for 3 weeks. I want to know if this can be cancer. Also which test can confirm it.",
        'Hoarseness after a cold is very common and not a sign of cancer when swallowing is normal. If it persists beyond 6 weeks an ENT can do a simple laryngoscopy to confirm.', 'en'],
      ['Is it safe to give my 18 month old melatonin gummies to help her sleep?', "I wouldn't. Melatonin isn't recommended for toddlers; a consistent bedtime routine works better.", 'en'],
      ["Can I put Vaseline on my son's eczema? And is it ok to bathe him daily?", 'Yes and yes. Short lukewarm baths, then Vaseline within 3 minutes.', 'en'],
      ['My legs swell by evening and go down overnight. Should I be worried?', 'Not worrying if it goes down overnight. Elevate your legs.', 'en'],
      ['I take ibuprofen for my knee. Is there something safer?', 'Try paracetamol regularly instead.', 'en'],
    ]);
    expect(heldQuotes("Can I put Vaseline on my son's eczema? And is it ok to bathe him daily?", 'Yes, put Vaseline on twice a day.', 'en')).toEqual(['And is it ok to bathe him daily?']);
  });

  it('takes a cause put without "because" as the answer to a why, and a judgement as the answer to "is that ok?" (COVID-time probes)', () => {
    expectTakenUp([
      ['After covid my hair is falling out a lot. Why?', 'This is telogen effluvium, hair shedding that occurs 2 to 3 months after a fever or severe illness.', 'en'],
      ['Why do some young people get very sick from covid?', 'Several factors play a role: obesity, diabetes and differences in the immune response.', 'en'],
      ['Why does covid cause loss of smell?', 'The virus infects the support cells around the smell nerves; as they regrow smell returns, which is why most people recover.', 'en'],
      ['Why do some young people get very sick from covid?', 'The main reasons are obesity, diabetes and a very high viral dose.', 'en'],
      ['My employer wants me back on day 7. Is that ok?', 'Returning on day 7 is reasonable if you have no fever and a negative rapid test.', 'en'],
      ['My employer wants me back on day 7. Is that ok?', 'Most people can spread it until about day 10, so day 7 is too early unless you test negative.', 'en'],
      ['Is it safe to take azithromycin and ivermectin for covid? Also should I wear a mask at home?',
        'They are no longer recommended for covid; please discuss with your doctor about stopping them. Yes, wear a mask when others are around.', 'en'],
    ]);
    // Advice beside the question is still no answer to it.
    expect(heldQuotes('Why do some young people get very sick from covid?', 'Most young healthy people have mild illness. Stay home and rest.', 'en')).toEqual(['Why do some young people get very sick from covid?']);
    expect(heldQuotes('My employer wants me back on day 7. Is that ok?', 'Wear a mask at work and wash your hands.', 'en')).toEqual(['Is that ok?']);
  });

  it('reads a stance in the clause of the question it is said of: "safe" of the flight is no yes to the vaccine', () => {
    const trip = "I'm 30 weeks, is it safe to fly to Spain next week? Also can I get the flu vaccine now?";
    expect(answerFindings(trip, 'Flying up to 36 weeks is generally safe in an uncomplicated pregnancy; take a letter from your midwife. Have a lovely trip!', 'en')
      .map((f) => f.evidence?.text)).toEqual(['Also can I get the flu vaccine now?']);
    expectTakenUp([
      [trip, 'Both are fine. Flying up to 36 weeks is generally safe; the flu vaccine is recommended at any stage of pregnancy.', 'en'],
      // A word of the story before the question is the question's own, not the other question's.
      ['I keep forgetting my sertraline dose sometimes 2 days in a row. Is that bad? Should I take a double dose to catch up?',
        'Missing doses can cause dizziness and irritability, so try a daily alarm. Never double up; just take the next dose as usual.', 'en'],
    ]);
  });

  it('does not hold "不知道为什么还要活着" as a question: it is a risk, met by risk-not-addressed (a probed crisis reply)', () => {
    const patient = '最近每天都很痛苦，不知道为什么还要活着。';
    expect(answerFindings(patient, '你说的这些让我很担心。如果有伤害自己的想法，请马上告诉家人，拨打心理援助热线或去急诊。')).toEqual([]);
    expect(answerFindings('活着有什么意思？吃舍曲林要多久才起效？', '多和家人聊聊，拨打心理援助热线。').map((f) => f.evidence?.text)).toEqual(['吃舍曲林要多久才起效？']);
  });

  it('takes answers that do not echo the question, as busy doctors write them (probed pairs)', () => {
    expectTakenUp([
      ['我老公高血压160/100，吃了氨氯地平一周还是150多，要换药吗？', '再观察一周，如果还高可以加一个缬沙坦。', 'zh'],
      ['月经推迟了10天，验孕是阴性，是怎么回事？需要吃黄体酮吗', '可能和压力、作息有关，先不急着吃药，再等一周，不来的话查个B超和性激素。', 'zh'],
      ['之前吃帕罗西汀有效，这次还能吃同样的药吗？吃多少', '可以继续用帕罗西汀，从之前有效的剂量开始。', 'zh'],
      ['孩子发烧反反复复三天了，是病毒还是细菌感染？需要吃抗生素吗', '查个血常规和CRP就能大概判断，先别自己吃抗生素。', 'zh'],
      ['喹硫平是治精神分裂的药吧？为啥给我开这个，我只是失眠', '小剂量喹硫平主要是镇静助眠，和治精神分裂的剂量差很多。', 'zh'],
      ['腿上起了一圈一圈的红斑，会扩大，痒，是不是癣？用什么药膏', '像体癣，可以涂联苯苄唑乳膏，一天一次，涂四周。', 'zh'],
      ['腿上一圈圈红斑，是不是癣？用什么药', '是癣，涂联苯苄唑乳膏。', 'zh'],
      // Round two: a season for when, no interval for how long, what suffices for whether it is needed.
      ['包皮过长，需要做手术吗？什么时候做好？', '反复发炎就建议做，秋冬季节做恢复更舒服。', 'zh'],
      ['打了新冠疫苗以后，多久可以打流感疫苗？可以一起打吗', '可以同时打，也可以间隔任意时间打，没有必须间隔的要求。', 'zh'],
      ['孩子6岁，新牙从里面长出来了，旧牙还没掉，需要拔吗', '这种叫双排牙，很常见，去口腔科把乳牙拔掉就行。', 'zh'],
      // COVID-time probe: the measures answer how to protect the others, "最好分房住" whether to part.
      ['家里一个人阳了，其他人怎么防护，需要分开住吗', '最好分房住，阳性的人单独用餐具和卫生间，同处一室时都戴N95口罩，多开窗通风。', 'zh'],
      // The condition named answers why ("这是…"), a reading answers whether it is normal ("偏低但还可以"),
      // a medicine's long name still makes a "能…吗", "…以上再用退烧药" says whether to take one.
      ['阳了以后一直咳嗽，为什么还不好，要不要拍片', '这是感染后气道高反应，一般持续3到8周。不需要拍片，除非有发烧、胸痛、咳脓痰。', 'zh'],
      ['最近半夜总是憋醒，坐起来就好了，是什么原因，要做什么检查', '要警惕心衰，尽快去心内科查个心脏彩超和BNP。', 'zh'],
      ['血氧94正常吗，什么时候需要去医院', '94偏低一点但还可以。如果低于93，或者出现喘、胸闷、意识不清，就要马上去医院。', 'zh'],
      ['宝宝阳了能吃小儿豉翘清热颗粒吗，吃多久', '可以吃，按年龄剂量来，1到3岁每次2克，一天3次，一般吃3到5天。', 'zh'],
      // The drug both questions share does not make the clause on safety the other question's.
      ['我怀孕8周了，之前一直在吃舍曲林50mg，现在要不要停药？对胎儿有影响吗', '舍曲林在孕期相对安全，不建议自行突然停药，具体剂量孕期复诊时再调。', 'zh'],
    ]);
    expect(heldQuotes('吃了氨氯地平一周还是150多，要换药吗？平时饮食要注意什么', '少吃盐，清淡饮食。')).toEqual(['要换药吗？']);
    expect(heldQuotes('之前吃帕罗西汀有效，这次还能吃同样的药吗？吃多少', '可以继续用帕罗西汀。')).toEqual(['吃多少']);
    expect(heldQuotes('腿上起了红斑，是不是癣？多久能好？', '两周左右能好。')).toEqual(['是不是癣？']);
    expect(heldQuotes('家里一个人阳了，其他人怎么防护，需要分开住吗', '多喝水，注意休息，最好多吃水果。')).toEqual(['其他人怎么防护', '需要分开住吗']);
    expect(heldQuotes('阳了以后一直咳嗽，为什么还不好，要不要拍片', '多喝水，注意休息，不需要拍片。')).toEqual(['为什么还不好']);
    // Not even a tip: "38.5以上再用退烧药" says when to take one.
    expect(answerFindings('我两岁宝宝打完疫苗发烧了，38度，要吃药吗，是疫苗反应吗', '是常见的疫苗反应，38度先物理降温，多喝水，38.5以上再用退烧药。')).toEqual([]);
    // "主要是注意休息" is advice, "像这种情况" no stance: read so, they answer nothing.
    expect(heldQuotes('为什么总是头疼？要吃药吗', '主要是注意休息，不用吃药。')).toEqual(['为什么总是头疼？']);
    expect(heldQuotes('是不是抑郁症？', '像这种情况要多运动，规律作息。')).toEqual(['是不是抑郁症？']);
  });

  it('holds "要不要去医院" beside an answered question when the reply says neither where to go nor to stay home', () => {
    const patient = '孩子3岁发烧38.8，能用美林吗，要不要去医院';
    // Its topic is one word (医院): judged by what answers it, not by a topic too thin to weigh.
    expect(heldQuotes(patient, '可以用，美林按体重给，每次5ml左右，两次间隔6小时，一天不超过4次。')).toEqual(['要不要去医院']);
    expectTakenUp([
      [patient, '可以用，美林按体重给，每次5ml左右。精神好的话先在家观察。', 'zh'],
      [patient, '可以用美林。如果烧到39度以上或者精神差，就去发热门诊。', 'zh'],
      [patient, '可以用美林，暂时不用去。', 'zh'],
      // The place not ending the question: it asks about the test.
      ['我有点低烧，需要去医院做CT吗，能吃布洛芬吗', '可以吃布洛芬，暂时不用做CT。', 'zh'],
    ]);
    const son = 'My son has a fever of 39. Can I give him ibuprofen? Should we take him to the hospital?';
    expect(heldQuotes(son, 'Yes, ibuprofen 10 mg/kg every 8 hours is fine.', 'en')).toEqual(['Should we take him to the hospital?']);
    expectTakenUp([[son, 'Yes, ibuprofen 10 mg/kg every 8 hours is fine. You can manage this at home unless he becomes drowsy.', 'en']]);
  });

  it('holds a question whether to take or do a thing it names when the reply never names it nor says yes or no of it alone', () => {
    // The story said back ("支原体", "咳嗽") is no answer to "要不要吃阿奇霉素".
    expect(heldQuotes('孩子阳了以后咳嗽一个多月了，是不是支原体，要不要吃阿奇霉素', '可能是感染后咳嗽，也可能合并支原体，建议去医院查个支原体抗体或核酸确认。')).toEqual(['要不要吃阿奇霉素']);
    expect(heldQuotes('阳了嗓子哑了，能用金嗓子喉片吗，多久能好，需要雾化吗', '可以含，能缓解一点不适。一般1到2周声音会慢慢恢复，这段时间少说话。')).toEqual(['需要雾化吗']);
    // A yes said of another medicine is not a yes to this one.
    expect(heldQuotes('阳了后尿酸高痛风发作，能吃秋水仙碱吗，布洛芬还能吃吗', '布洛芬可以吃，一次一粒，多喝水。')).toEqual(['能吃秋水仙碱吗']);
    expect(heldQuotes('妈妈80岁，阳了咳得厉害，吃什么止咳药好，晚上需要吸氧吗', '老人咳得厉害可以用复方甲氧那明胶囊或者右美沙芬，注意别和她平时的药冲突。')).toEqual(['晚上需要吸氧吗']);
    // A condition put on another thing in its sentence is not one on this: "如果…，可以去输点液" is the drip's.
    expect(heldQuotes('老人阳了不想吃饭，要不要输液，需要吸氧吗', '如果吃不下饭、喝水少，可以去医院输点营养液补充一下。')).toEqual(['需要吸氧吗']);
    expectTakenUp([
      // Named, in a class it asks about, or with a gap in the words.
      ['咳嗽两周了，有黄痰，要吃消炎药吗', '黄痰提示有细菌感染，可以吃阿莫西林或者头孢，一周不好再拍个胸片。', 'zh'],
      ['老人阳了不想吃饭，要不要输液，需要住院吗', '吃不下、喝水少可以去输点液补充。如果没有喘、血氧正常，不需要住院。', 'zh'],
      // Going in takes up a stay, though it does not name one.
      ['72岁奶奶阳了，血氧掉到90了，要住院吗', '90已经偏低了，尽快去医院评估，路上可以先吸着氧。', 'zh'],
      // A yes or no in a clause of its own, "no need", or another thing said to suffice.
      ['我有胃溃疡，能吃阿司匹林吗，胃疼怎么办', '有胃溃疡最好先别吃，容易引起出血。胃疼可以吃点奥美拉唑。', 'zh'],
      ['阳了第三天，血氧96，正常吗，要不要吸氧', '血氧正常，暂时不需要。', 'zh'],
      ['昨天和阳性的同事一起吃饭，我会被传染吗，需要做核酸吗', '被传染风险比较高，这几天注意有没有发烧，居家期间自己测抗原就行。', 'zh'],
      // On a condition or a threshold, at a time, by waiting: read in a sentence naming nothing else.
      ['孩子咳嗽两周了，是不是支原体，要不要吃阿奇霉素', '先查个支原体抗体，阳性再吃。', 'zh'],
      ['阳了血氧95，正常吗，需要吸氧吗', '95是正常的，低于93再吸。', 'zh'],
      ['咳嗽有痰，吃什么药，要不要雾化', '可以吃氨溴索。咳得厉害的话，可以做。', 'zh'],
      ['阳了，嗓子疼怎么办，能打疫苗吗', '嗓子疼多喝水，含点润喉片。等转阴一个月以后。', 'zh'],
      ['腰疼，是不是腰椎间盘突出，要做CT吗', '像是腰肌劳损，先吃点药看看，不好再说。', 'zh'],
      // Told, forbidden, put another thing in its place, or not needed in other words.
      ['肝硬化代偿期，食管静脉曲张中度，严重吗？要吃普萘洛尔吗？', '中度不算轻，中度曲张要吃，预防出血。', 'zh'],
      ['宝宝两岁，鼻塞，晚上睡不好怎么办，要不要用点滴鼻净', '两岁的别用，含麻黄碱类成分。睡觉把头垫高一点。', 'zh'],
      ['我爸装了心脏支架，吃着氯吡格雷，阳了能吃布洛芬退烧吗，氯吡格雷要停吗', '换对乙酰氨基酚吧，出血风险小一些。氯吡格雷别停。', 'zh'],
      ['孩子抗原还是阳的，能去幼儿园吗，要不要再做核酸', '再在家待几天，等抗原转阴再去。测抗原就够了。', 'zh'],
      ['抗原转阴了但核酸还是阳，CT值32，还传染吗，这种还需要隔离吗', 'CT值32传染性已经很低了，没症状就可以正常出门。', 'zh'],
      ['阳后心率还是快，要不要查个心肌酶，还能喝咖啡吗', '查一下吧，再加个心电图。结果出来前咖啡先停。', 'zh'],
      // Asked back: the doctor finds out first.
      ['孩子先天性心脏病，严重吗，需要做手术吗', '请问是什么先心病？有检查报告吗？发来我看看', 'zh'],
      // "先别开" is a word on how safe driving is.
      ['吃喹硫平晚上睡得好了，但是头晕，开车安全吗？', '这个药会让人头晕、反应变慢。头晕这段时间先别开，等适应一两周再说。', 'zh'],
      // A lone question: the reply is about it, in whatever words.
      ['双相抑郁期，能吃抗抑郁药吗？', '单用容易转躁，确实需要的话要在心境稳定剂基础上小心加。', 'zh'],
      // The thing named is not what the question asks to do: "住院的外婆" is whom to visit.
      ['我阳了，能不能去看望住院的外婆', '现在别去，老人抵抗力差，等转阴一周后再去。', 'zh'],
    ]);
  });

  it('holds a question asking for a Chinese medicine when the reply names none and never speaks of Chinese medicine', () => {
    // toyhom-7517's reviewer: asked for a 中成药, given western medicines only.
    expect(heldQuotes('胃酸多胃怕冷胃胀，要吃什么中成药比较好？', '浅表性胃炎饮食要有规律，多吃碳水化合物和维生素。口服丽珠得乐和奥美拉唑，坚持服用半个月。')).toEqual(['要吃什么中成药比较好？']);
    // A reply on the illness that never says a word of it (toyhom-4413, toyhom-6739), a lone question or not.
    expect(heldQuotes('肝炎好的中药方有吗?', '慢性肝炎的病因以乙型和丙型肝炎病毒为主，目前被确认有效的是抗病毒治疗，保持好心态。')).toEqual(['肝炎好的中药方有吗?']);
    expect(heldQuotes('嗓子痛胃痛，治疗胃病嗓子的中药是什么？', '平时清淡饮食，忌辛辣生冷，多吃蔬菜水果，作息规律。')).toEqual(['治疗胃病嗓子的中药是什么？']);
    expect(heldQuotes('孩子积食口臭，有没有调理脾胃的中药？要不要查微量元素？', '可以查一下微量元素，饭别吃太饱。')).toEqual(['有没有调理脾胃的中药？']);
    // Whether to try it, beside other questions: "it depends" said of another thing is not its answer.
    expect(heldQuotes('用不用多雾化几天？有没有必要同时尝试中药治疗？', '雾化时间要根据孩子症状控制情况而定。')).toEqual(['有没有必要同时尝试中药治疗？']);
    expectTakenUp([
      // One named, by its name, its form or its herbs.
      ['胃酸多胃怕冷胃胀，要吃什么中成药比较好？', '可以吃香砂养胃丸，饭前吃。', 'zh'],
      ['孩子积食口臭，有没有调理脾胃的中药？要不要查微量元素？', '可以用健胃消食片，微量元素不用查。', 'zh'],
      ['嗓子痛，喝什么中药好？', '胖大海、金银花泡水喝。', 'zh'],
      ['失眠有什么中成药？', '可以试试百乐眠胶囊。', 'zh'],
      // Chinese medicine spoken of: declined, left to a visit, or given a stance.
      ['肝炎好的中药方有吗?', '中药需要面诊看舌苔开，建议去中医科。', 'zh'],
      ['胃胀吃什么中药？要做胃镜吗？', '不建议自己抓中药吃，先把胃镜做了。', 'zh'],
      ['糖尿病有没有好的中药？', '中药不能代替降糖药，血糖还是要靠二甲双胍控制。', 'zh'],
      // "It depends" or "no need" in its own words.
      ['用不用多雾化几天？有没有必要同时尝试中药治疗？', '再雾化两三天。中药看孩子情况而定。', 'zh'],
      // Not a question asking for one: how safe it is, or what it does, answered in other words.
      ['吃中药有没有副作用？', '副作用一般不大，注意别长期吃。', 'zh'],
      ['吃什么水果比较好？', '多吃苹果、香蕉。', 'zh'],
    ]);
  });

  it('reads a yes or no to a thing never named only where it is not said of another ask, a test or another question', () => {
    // A patent medicine named by its form, its name's first characters before the form.
    expect(heldQuotes('我爸便秘，能吃麻仁润肠丸吗？开塞露用多了会依赖吗？', '开塞露偶尔用没问题，经常用直肠会变得不敏感。')).toEqual(['能吃麻仁润肠丸吗？']);
    // "先别喝咖啡" is the coffee question's, "不宜控制过严" the target's: words only the other asking clause has.
    expect(heldQuotes('阳了以后心慌，能喝咖啡吗，能吃倍他乐克吗', '最近先别喝咖啡和浓茶，会加重心慌。')).toEqual(['能吃倍他乐克吗']);
    expect(heldQuotes('父亲糖尿病十年了，能喝中药吗？血糖控制在多少合适？', '空腹血糖控制在7左右即可，不宜控制过严。')).toEqual(['能喝中药吗？']);
    // Asked whether to take it, told to have a test: another thing to do.
    expect(heldQuotes('转氨酶80，是不是熬夜引起的？能喝点中药调理吗？', '熬夜一般不会让转氨酶升到80，要查查乙肝、丙肝。')).toEqual(['能喝点中药调理吗？']);
    expectTakenUp([
      // The patient's story is every question's: "抗原" is no other question's word here.
      ['孩子阳了一周，抗原还是阳的，能去幼儿园吗，要不要再做核酸', '再在家待几天，等抗原转阴再去。测抗原就够了。', 'zh'],
      ['打完疫苗三天胳膊还是很疼，还有点低烧，正常吗，能吃布洛芬吗', '正常，多数一周内好。低烧超过38.5或者疼得受不了可以吃。', 'zh'],
      // A test asked about may be answered by a test.
      ['胃疼半个月，是胃炎吗，要不要做胃镜', '像胃炎，先吃两周药，不好再查。', 'zh'],
    ]);
  });

  it('takes up whether Chinese medicine, cupping or a cure would do by one named, by what it does, or in the question\'s own verb', () => {
    expectTakenUp([
      ['经常口腔溃疡，吃点清热的中成药会不会好点？需要补维生素吗？', '可以吃几天口炎清颗粒，维生素不用补。', 'zh'],
      ['颈椎病拔罐有用吗？手麻要拍片吗？', '可以暂时缓解肌肉酸痛，但不能治本。手麻要拍片。', 'zh'],
      // "能消吗" → "消不掉": the verb with its result.
      ['子宫肌瘤3cm，中药能消吗？需要手术吗？', '消不掉。3厘米没症状的不需要手术。', 'zh'],
      // No medicine of any kind for it.
      ['胆囊结石1.2cm，有没有排石的中药？要不要切胆囊？', '不建议吃排石药，容易卡在胆总管。没症状的不用切。', 'zh'],
      ['我有脂肪肝，吃什么中药能降？', '脂肪肝靠药降不下来，关键是减重。', 'zh'],
    ]);
    // Only what answers a question asking for a Chinese medicine: not a habit, nor a doctor's guidance in general.
    expect(heldQuotes('脾胃虚弱，请问吃什么中药调理？大便稀怎么办？', '规律作息，少吃生冷。大便稀可以吃点蒙脱石散。')).toEqual(['请问吃什么中药调理？']);
    expect(heldQuotes('胃炎吃什么中成药好？饮食要注意什么？', '少吃辛辣油腻，在医生指导下规范治疗。')).toEqual(['胃炎吃什么中成药好？']);
    // A question on something else while taking it is not one on the medicine.
    expect(heldQuotes('刚开了中药，饭前还是饭后喝？喝中药期间能喝茶吗？', '饭后半小时喝，尤其是清热的方子。')).toEqual(['喝中药期间能喝茶吗？']);
  });

  it('holds whether it harms or passes to a child when the reply says nothing of it, however near its topic', () => {
    // toyhom-3883: tests and drink advice on 乙肝, nothing on the smell at work.
    expect(heldQuotes('乙肝小三阳对异味有影响吗？前几天肝疼了几天', '您这种情况一定要去医院查个乙肝五项和肝功能，平时不要饮酒，保持心情舒畅。')).toEqual(['乙肝小三阳对异味有影响吗？']);
    // toyhom-3362: "可以怀孕" is no word on whether it passes to the child.
    expect(heldQuotes('乙肝携带者生小孩会遗传吗?有什么方法根治吗', '暂时没什么办法根治，在医生的指导下可以怀孕。')).toEqual(['乙肝携带者生小孩会遗传吗?']);
    expect(heldQuotes('孩子癫痫后遗症有吗？药要吃多久？', '一般要吃两到三年，按时复诊。')).toEqual(['孩子癫痫后遗症有吗？']);
    expectTakenUp([
      ['以前在水泥厂工作过，这个有影响吗', '肺动脉高压是房缺导致的，和工作关系不大。', 'zh'],
      ['没有抗体和乙肝病人吃饭有影响吗？', '一起吃饭一般不会感染，乙肝主要经血液、母婴传播。', 'zh'],
      ['做肝穿会有后遗症吗？对身体有害吗', '一般不会，很安全。', 'zh'],
      ['乙肝妈妈生小孩会遗传吗？', '可以母婴阻断，出生后12小时内打乙肝免疫球蛋白和疫苗。', 'zh'],
      // What it does, how likely, or what to do for it, in the reply's own words.
      ['男人抽烟喝酒，对精子有影响吗，备孕要戒多久', '烟酒会让精子活力下降。建议戒三个月以上再备孕。', 'zh'],
      ['我爸妈都有高血压，这个会遗传吗', '有家族聚集倾向，您得的机会比一般人高一些，但不是一定会得。', 'zh'],
      ['哺乳期感冒了，吃布洛芬对宝宝有影响吗？', '布洛芬进入乳汁很少，可以吃，照常喂奶。', 'zh'],
      // Not asked in so many words: what it does to the child is read as before.
      ['吃感冒药对孩子有什么影响？能喂奶吗', '一般的感冒药量很小，可以喂。', 'zh'],
    ]);
  });

  it('holds whether an operation is needed when the reply gives only medicines and diet, alone or beside another question', () => {
    // toyhom-6324: asked in the title and again in the body, left both times: one finding.
    const stock = '根据你的叙述的情况，考虑应该是脂肪肝，胆结石引来的症状。建议你可以口服胆石通胶囊，消炎利胆片，平时留意饮食，不要吃辛辣刺激性食物，以及极冷油腻的食物，清淡饮食，多喝水，多活动。一旦发觉自身的症状，就要及时就诊诊病。';
    expect(heldQuotes('脂肪肝胆囊结石要手术吗\n在医院仔细检查结果，脂肪肝，胆囊结石麻烦看下结果需要有手术吗？', stock)).toEqual(['脂肪肝胆囊结石要手术吗']);
    expect(heldQuotes('胆囊结石需要手术吗？', '建议你可以口服胆石通胶囊，消炎利胆片，平时留意饮食。')).toEqual(['胆囊结石需要手术吗？']);
    // Beside another question, "不要吃辛辣" is no "no" to the operation.
    expect(heldQuotes('胆囊结石需要手术吗？平时饮食要注意什么？', '建议你可以口服胆石通胶囊，消炎利胆片，不要吃辛辣刺激性食物。')).toEqual(['胆囊结石需要手术吗？']);
    expect(heldQuotes('孩子扁桃体肥大，经常打呼噜，要切掉吗，吃什么药能消', '可以吃孟鲁司特钠咀嚼片每晚一片，配合鼻喷激素，平时注意别感冒。')).toEqual(['要切掉吗']);
    // An operation had before is no word on this one; nor "no need" said of something else.
    expect(heldQuotes('胆囊切了以后老拉肚子，现在又有结石了，还要手术吗？', '胆囊切除后腹泻比较常见，可以吃点蒙脱石散、益生菌，不用太担心。')).toEqual(['还要手术吗？']);
    expect(heldQuotes('甲状腺结节3类，能不能不做手术？平时能吃海带吗', '海带这些高碘食物适量吃没问题，不用刻意忌。')).toEqual(['能不能不做手术？']);
  });

  it('takes up whether an operation is needed by the operation spoken of, a way instead of it, what it turns on, or a question back', () => {
    expectTakenUp([
      ['胆囊结石需要手术吗？平时饮食要注意什么？', '结石不大，先吃药观察，清淡饮食。', 'zh'],
      ['包皮过长，需要做手术吗？什么时候做好？', '反复发炎就建议做，秋冬季节做恢复更舒服。', 'zh'],
      ['肾结石0.5cm，需要做手术吗？多喝水能排出来吗', '0.5cm的结石自己排出的机会挺大，先吃坦索罗辛扩张输尿管，每天喝水2500ml以上。', 'zh'],
      ['第五跖骨骨折，没怎么移位，需要手术吗？能上班吗', '没移位的，打石膏固定6周左右就能长上。办公室工作可以坐着上班。', 'zh'],
      ['声带上长了个小结节，要手术吗，能不能吃胖大海', '先噤声休息两周，配合发声训练，多数能消。胖大海作用不大。', 'zh'],
      ['孩子1岁，隐睾，要手术吗，还会不会自己降下来', '1岁以后自己下降的可能性就很小了，需要尽早做睾丸下降固定术。', 'zh'],
      ['外痔不疼不出血，要去割掉吗', '对身体没什么影响，可以留着，保持局部干净就行。', 'zh'],
      ['拇外翻挺严重，必须手术吗？手术后多久能走路', '角度这么大只有截骨矫形能纠正，一般术后第二天就可以穿减压鞋下地。', 'zh'],
      ['胆囊息肉8毫米，要不要切？', '要看息肉大小，超过1cm再考虑，现在半年复查一次B超。', 'zh'],
      ['阑尾炎，吃药还是手术好？', '现在症状轻，保守治疗就可以。', 'zh'],
      // mie-test-127: the doctor asks before saying.
      ['先天性心脏病需要做手术吗', '请问是什么先心病，有心脏彩超吗？让我看看再说吧', 'zh'],
    ]);
    // The cost of an operation is asked as a cost, not as whether to have it.
    expectTakenUp([['需要做手术的话大概要多少钱？', '大概两万左右，医保能报一部分。', 'zh']]);
  });

  it('holds what to heed in eating when the reply says nothing of eating or drinking', () => {
    // covid-zh-1280: "不用乱吃药特别是中药…成分不清楚" is about medicine, and its 不清楚 no "it depends".
    expect(heldQuotes('明白了，林医生，谢谢您，三个月后一定去拜访您，感恩，饮食正常没什么禁忌吧？', '不用乱吃药特别是中药\n好多中药成分不清楚，非常容易吃出肝肾损害，而且是慢性损害')).toEqual(['饮食正常没什么禁忌吧？']);
    // Not "注意什么" at large: "别自己减量" is no word on eating.
    expect(heldQuotes('在吃甲硝唑，这个药副作用大吗，饮食要注意什么', '常见副作用是口苦、恶心，少数会头晕，一般停药就好。按疗程用完，别自己减量。')).toEqual(['饮食要注意什么']);
    // "这几天" is these days, not how many: "五到七天" does not answer it.
    expect(heldQuotes('孩子轮状病毒腹泻，这几天要忌口吗', '一般五到七天自己会好，可以用蒙脱石散止泻、益生菌调节，注意观察尿量和精神。')).toEqual(['这几天要忌口吗']);
    expect(heldQuotes('血压145/90，需要吃药吗？平时吃东西要注意啥', '先在家每天早晚测一周血压记下来，平均超过135/85再考虑用药，平时规律运动。')).toEqual(['平时吃东西要注意啥']);
    expect(heldQuotes('糖尿病脚发麻，是不是并发症？饮食方面需要注意哪些', '考虑糖尿病周围神经病变可能性大，可以先吃甲钴胺营养神经。')).toEqual(['饮食方面需要注意哪些']);
    expectTakenUp([
      ['痛风又发作了，秋水仙碱怎么吃？有什么忌口吗', '首剂1mg，一小时后再吃0.5mg。海鲜啤酒动物内脏先别碰。', 'zh'],
      ['胃炎，饮食上有什么禁忌吗？', '没什么特别忌口，正常吃就行，别暴饮暴食。', 'zh'],
      ['术后回家了，饮食要注意什么', '吃软烂好消化的，少食多餐。', 'zh'],
      ['高血压，吃东西有什么讲究', '低盐低脂，每天盐不超过5克。', 'zh'],
      ['孩子积食了，饮食上咋调整', '这几天吃清淡点，米粥面条为主。', 'zh'],
      // mie-dev-46: a bare yes opening the reply.
      ['酒和烟要不要忌。有高血压', '当然要。注意控制好血压，经常检测血压。', 'zh'],
    ]);
  });

  it('holds whether to stop, cut down or change a medicine when the reply speaks only of its side effect or test', () => {
    expect(heldQuotes('舍曲林吃了八个月了，能停药吗？最近胃口不太好，是药的副作用吗', '舍曲林刚开始用时胃肠道反应比较常见，吃了八个月才出现的话，更要考虑情绪或者胃本身的问题。')).toEqual(['能停药吗？']);
    expect(heldQuotes('喹硫平现在晚上吃100，能减到50吗？早上起来头昏沉，咋办', '早上头昏沉是喹硫平常见的副作用，起床时先在床边坐一会儿再站起来。')).toEqual(['能减到50吗？']);
    expect(heldQuotes('度洛西汀吃了后出汗多，能不能换个药？出汗要补充什么吗', '出汗多注意及时补水，可以喝点淡盐水，衣服选吸汗透气的。')).toEqual(['能不能换个药？']);
    // "主食减半", "零食换成黄瓜" are other advice, not a word on the medicine.
    expect(heldQuotes('米氮平吃了三个月，就是胖，不想吃了能直接停吗', '米氮平引起长胖比较常见。建议晚饭主食减半，零食换成黄瓜番茄，每天快走四十分钟。')).toEqual(['不想吃了能直接停吗']);
    expectTakenUp([
      ['艾司西酞普兰吃了半年，什么时候可以停？会复发吗', '症状消失后还要再巩固半年，复发的可能性是有的。', 'zh'],
      ['阿普唑仑吃了两年，能减半片吗？', '长期吃的不能突然停，每两周减四分之一片。', 'zh'],
      ['白癜风用他克莫司软膏，好了之后能直接停吗？晒太阳有影响吗', '复色后每周还涂两到三次，维持三到六个月。适当晒太阳有帮助。', 'zh'],
      ['血压最近老是150，在吃硝苯地平，要不要换药？', '硝苯地平控释片可以加到60mg，或者加一个厄贝沙坦，两周后再看。', 'zh'],
      ['前天吃了头孢，嗓子还疼要继续吃吗？', '如果不发烧、没有脓点，头孢可以不用再吃，多喝温水。', 'zh'],
      // toyhom-1971: re-checked to decide on another medicine.
      ['糖尿病人打胰岛素后还能停止吗？', '建议进一步去医院复查胰岛功能，以明确如何能换新降糖药物的治疗。', 'zh'],
    ]);
    // Whether to take it at all, or a judgement ("判断"), is not a question of stopping (replayed real replies).
    expectTakenUp([['我现在也不发烧也不咳嗽，可不可以先不吃药', '目前依据不足，建议抗炎治疗，2周后复查片子。', 'zh']]);
    expectTakenUp([['那除了检查外还有没有什么办法可以判断', '还可以看看年龄，老年人有高血压、糖尿病的就要区别。', 'zh']]);
  });

  it('holds whether two medicines may be taken together when the reply speaks of either alone', () => {
    expect(heldQuotes('二甲双胍和格列美脲可以同时吃吗？空腹血糖8.5算控制得好吗', '空腹8.5偏高，还没达标，空腹一般控制在7以下。')).toEqual(['二甲双胍和格列美脲可以同时吃吗？']);
    expect(heldQuotes('文拉法辛和曲唑酮一块吃会不会冲突，曲唑酮吃了早上头昏', '曲唑酮早上头昏是常见的宿醉感，可以把吃药时间提前到晚上九点。')).toEqual(['文拉法辛和曲唑酮一块吃会不会冲突']);
    expectTakenUp([
      ['文拉法辛和右佐匹克隆能一起吃吗', '文拉法辛照旧早上吃，右佐匹克隆睡前再吃，分开早晚吃就行。', 'zh'],
      ['钙片和优甲乐要隔多久吃', '钙片会影响优甲乐吸收，优甲乐早上空腹，钙片放到晚饭后。', 'zh'],
      ['甲硝唑能和牛奶一起喝吗，还有多久能喝酒', '甲硝唑和牛奶没什么影响。酒要等停药后至少三天再喝。', 'zh'],
      ['血压药和感冒药能一块吃吗，我吃的硝苯地平', '感冒药里很多含伪麻黄碱，会升血压，选单用对乙酰氨基酚，硝苯地平照常吃。', 'zh'],
      // Replayed real replies: one of the two suffices; a second medicine added.
      ['请问黄芪粉和肉苁粉可以一起吃吗？', '有上面的药就不用吃下面的药。', 'zh'],
      ['怎样联合用药呢。苯磺酸氨氯地平片', '再加一种 缬沙坦 每天一粒', 'zh'],
    ]);
    // Stopping them together is no question of taking them together.
    expect(heldQuotes('螺内酯能不能先停？其他药要一起停吗', '螺内酯先停掉，三天后复查血钾。沙库巴曲缬沙坦、美托洛尔这些不要停，照常吃。')).toEqual([]);
  });

  it('holds whether one may get pregnant or breastfeed when the reply never speaks of it', () => {
    expect(heldQuotes('吃舍曲林半年，最近出汗手抖，是副作用吗？我想明年要孩子，吃这个药能怀孕吗', '出汗手抖是舍曲林比较常见的副作用，可以查一下甲功排除甲亢。')).toEqual(['吃这个药能怀孕吗']);
    expect(heldQuotes('产后三个月，一直吃碳酸锂，血锂0.9正常吗？吃这个还能喂奶吗', '血锂0.9在维持治疗范围内，是合适的，暂时不用调。')).toEqual(['吃这个还能喂奶吗']);
    expect(heldQuotes('肺部CT发现4毫米磨玻璃结节，多久复查？拍了CT多久能要宝宝', '4毫米纯磨玻璃结节恶性可能很小，一年后复查薄层CT就行。')).toEqual(['拍了CT多久能要宝宝']);
    expectTakenUp([
      ['剖腹产后一年半了，现在可以怀了吗？', '剖宫产后间隔18个月以上再怀比较稳妥，您现在可以开始了。', 'zh'],
      ['胚胎停育清宫后，多久可以再怀？', '一般来两三次正常月经，大概三个月以后就可以再怀了。', 'zh'],
      ['哺乳期要做腹腔镜，全麻醒了多久可以喂奶？术后吃什么', '醒来能自己坐起来抱孩子了就可以喂，不用把奶吸掉。术后先喝水，排气后吃稀饭。', 'zh'],
      // mie-dev-88: a bare "不影响".
      ['这个会影响胎儿发育吗？', '不影响', 'zh'],
      // The doctor finds out before saying.
      ['剖腹产八个月，又意外怀孕了，这个能要吗', '剖宫产后现在还在喂奶吗？月经恢复了没有？', 'zh'],
    ]);
  });

  it('holds whether an everyday thing may be done when the reply never speaks of it or what bears on it', () => {
    expect(heldQuotes('吃喹硫平能开车吗？晚上吃还是早上吃', '建议晚上睡前吃，从小剂量开始。')).toEqual(['吃喹硫平能开车吗？']);
    expect(heldQuotes('阑尾切除出院了，什么时候拆线，能洗澡吗', '腹腔镜的一般7天左右拆线，在社区医院拆就行。')).toEqual(['能洗澡吗']);
    expect(heldQuotes('吃米氮平可以喝酒吗，米氮平能长期吃吗', '米氮平可以长期吃，没有成瘾性，定期复查体重和血脂。')).toEqual(['吃米氮平可以喝酒吗']);
    expect(heldQuotes('咳嗽还没好，下周能坐飞机出差吗？要不要吃止咳药', '可以吃点右美沙芬，一天三次，多喝水。')).toEqual(['下周能坐飞机出差吗？']);
    expectTakenUp([
      ['吃喹硫平能开车吗？晚上吃还是早上吃', '晚上睡前吃。它会让人嗜睡、反应变慢，刚开始吃的几周别开。', 'zh'],
      ['阑尾切除出院了，什么时候拆线，能洗澡吗', '7天左右拆线，拆线前伤口别沾水，可以擦身。', 'zh'],
      ['骨折一个月了，能跑步吗', '还要再等一个月，现在可以散步，别负重。', 'zh'],
      ['吃阿普唑仑能喝酒吗', '一滴酒都别喝，和酒一起会加重呼吸抑制。', 'zh'],
      ['宫颈锥切术后多久能同房', '两个月内禁止性生活，复查后再说。', 'zh'],
    ]);
  });

  it('holds whether a named food may be eaten when the reply names neither the food nor its kind', () => {
    // toyhom-7546: diet advice at large ("清淡…不吃辛辣") leaves the sugarcane; 胶体果胶铋's 果 is no fruit.
    expect(heldQuotes('有胃炎和十二指肠球部溃疡可以吃甘蔗吗？\n有胃炎，今天中午吃了些海鲜和油腻的菜之后恶心，现在胃疼想吐，怎么回事呢？', '你应当是因为饮食不当引来的急性胃炎。留意饮食清淡，吃些好吸收易炼化的温热食物，不吃辛辣刺激性食物，不暴饮暴食，胶体果胶铋及吗丁啉，可以起些止酸，守护胃粘膜，增进胃动力的效用。')).toEqual(['有胃炎和十二指肠球部溃疡可以吃甘蔗吗？']);
    expect(heldQuotes('痛风又犯了，秋水仙碱要吃几天？豆腐豆浆这些还能吃吗', '秋水仙碱一般吃到不疼再停，一天两次，每次0.5mg。')).toEqual(['豆腐豆浆这些还能吃吗']);
    expectTakenUp([
      ['糖尿病能吃甘蔗吗', '甘蔗含糖太高，血糖没控制好之前别吃。', 'zh'],
      ['痛风能吃豆腐吗？', '豆制品嘌呤不算高，适量吃没问题。', 'zh'],
      ['孩子湿疹能吃鸡蛋吗', '没什么特别忌口，正常吃就行，吃了加重再停。', 'zh'],
      ['吃华法林能吃柚子吗', '水果大多没问题，保持每天量差不多就行。', 'zh'],
    ]);
  });

  it('keeps the new families to their own questions and answers (mends from a held-out set)', () => {
    expectTakenUp([
      // 喂 alone is a dose of medicine, not nursing; 换药 on a wound is a dressing.
      ['孩子发烧38.9，美林和小儿氨酚黄那敏两个能一起吃吗？多久能再喂一次退烧药', '两种退烧药叠加，不建议。单用美林就行，两次间隔至少6小时，一天不超过4次。', 'zh'],
      ['阑尾炎微创手术后出院了，什么时候能洗澡，伤口要不要天天换药', '一般术后一周左右伤口干燥就能淋浴。两三天换一次药就行，有渗液红肿再来看。', 'zh'],
      // A course to finish answers whether to stop; what one does to the other answers together.
      ['鼻窦炎吃阿莫西林克拉维酸钾五天了，可以停了吗？还要洗鼻吗', '抗生素一般要吃10-14天，黄涕减少了也要吃够，不然容易反复。洗鼻坚持每天1-2次。', 'zh'],
      ['在吃华法林，鱼油和辅酶Q10能跟华法林一起吃吗？', '鱼油会增加出血风险，辅酶Q10可能让华法林效果变弱，建议先别吃。', 'zh'],
      ['在吃氯雷他定，晚上还是痒，能不能再加一片西替利嗪一起吃？', '一般是把同一种药加量，比两种混着吃好，先加量吃两周看看。', 'zh'],
      ['胆囊切除一个月了，现在能去健身房举铁了吗？', '切口基本长好了，可以先从有氧和轻重量开始，大重量的再过一个月。', 'zh'],
      ['体检尿常规潜血2+，严重吗？要挂什么科', '一次阳性不一定有问题，月经期、剧烈运动后都会有。还是阳性的话看肾内科。', 'zh'],
    ]);
  });

  it('takes foods to eat for "多吃什么", not what to avoid, even beside "少吃什么" on the same topic', () => {
    // covid-zh-267's reviewer: "少吃什么" answered, "多吃什么" left.
    const held = (patient: string, draft: string) => flags(findingsOf(RULE, turn(patient, draft, 'zh'))).map((f) => f.evidence?.text);
    expect(held('平时该注意什么，多吃什么食物，少吃什么食物和水果？', '你饮食清淡，不吃太咸太辣就可，有些太燥的食物少吃，如桂圆。')).toEqual(['多吃什么食物']);
    expect(held('贫血吃什么好？', '少喝浓茶。')).toEqual(['贫血吃什么好？']);
    expectTakenUp([
      ['得了肝炎应该多吃什么?', '倡导荤素配搭，素食多是水果、蔬菜类，属碱性食物', 'zh'],
      ['贫血吃什么好？', '多吃瘦肉、猪肝，补充铁。', 'zh'],
      ['平时该注意什么，多吃什么食物，少吃什么食物和水果？', '多吃蔬菜，桂圆这类燥的少吃。', 'zh'],
      ['嗓子疼，喝什么好？', '喝点蜂蜜水。', 'zh'],
    ]);
    expect(held('嗓子疼，喝什么好？', '少喝点冷饮。')).toEqual(['喝什么好？']);
  });

  it('takes a medicine named for "which painkiller", a product for "what cream", diet advice for what to eat', () => {
    const flagged = (patient: string, draft: string, lang: 'zh' | 'en') => flags(findingsOf(RULE, turn(patient, draft, lang)));
    expect(flagged('Which painkiller is best? How often can I take it?', 'Paracetamol is the safest choice, up to four times a day.', 'en')).toEqual([]);
    expect(flagged('Which painkiller is best? How often can I take it?', 'Rest well, up to four times a day.', 'en')).toHaveLength(1);
    expect(flagged('Will the scar fade? What cream should I use?', 'Most scars fade over a year; silicone gel helps.', 'en')).toEqual([]);
    expect(flagged('体检发现尿酸高，要吃药吗？平时饮食注意什么？', '尿酸480暂时不用吃药，少吃海鲜和内脏，多喝水。', 'zh')).toEqual([]);
    // Diet advice is no answer to which medicine ("吃什么药").
    expect(findingsOf(RULE, turn('孩子发烧咳嗽三天了，吃什么药？要多久才能好？', '多喝水，一周左右就好。', 'zh'))).not.toEqual([]);
    expect(findingsOf(RULE, turn('我想问一下，应该吃什么药缓解？', '可以吃点布洛芬。', 'zh'))).toEqual([]);
    // A patent medicine the lexicon does not know, named by its form.
    expect(flagged('咳嗽两周了，吃什么药好？要拍片吗？', '可以喝点蓝芩口服液，暂时不用拍片。', 'zh')).toEqual([]);
    expect(findingsOf(RULE, turn('咳嗽两周了，吃什么药好？要拍片吗？', '先拍个胸片看看。', 'zh')).map((f) => f.evidence?.text)).toEqual(['吃什么药好？']);
    // "该怎么调理身体？" is taken up by a medicine offered or a habit (covid-zh-267's real reply).
    expect(flagged('请问该怎么调理身体？可以吃玉屏风颗粒或六味地黄丸吗？如何调理身体，该吃哪些药或食物。', '你好！你可以用玉屏风颗粒及六味地黄丸！祝你早日康复！', 'zh')).toEqual([]);
    expect(flagged('病好了以后如何调理身体？要复查CT吗？', '一个月后复查CT。', 'zh').map((f) => f.evidence?.text)).toEqual(['病好了以后如何调理身体？']);
    expect(flagged('宝宝湿疹用什么药膏？要忌口吗？', '用丁酸氢化可的松乳膏，妈妈不用特别忌口。', 'zh')).toEqual([]);
    expect(flagged('宝宝湿疹用什么药膏？要忌口吗？', '多涂凡士林保湿，妈妈不用特别忌口。', 'zh')).toEqual([]);
  });

  it('takes an exam named for "要做什么检查", a finding read (提示) for a cause, a medicine named for "需要吃消炎药吗", a degree for "要紧吗"', () => {
    const flagged = (patient: string, draft: string, lang: 'zh' | 'en' = 'zh') => flags(findingsOf(RULE, turn(patient, draft, lang)));
    expect(flagged('最近总是心慌，要做什么检查？是心脏病吗？', '先做个心电图和动态心电图，目前看更像焦虑引起。')).toEqual([]);
    expect(flagged('最近总是心慌，要做什么检查？是心脏病吗？', '先休息，目前看和心脏关系不大。')).toHaveLength(1);
    expect(flagged('血常规白细胞偏高是什么原因？需要吃消炎药吗？', '白细胞12.5提示细菌感染，可以吃阿莫西林。')).toEqual([]);
    expect(flagged('孩子拉肚子一天五六次，要紧吗？要不要去医院？', '次数偏多，注意补液，如果出现尿少、精神差就去医院。')).toEqual([]);
    expect(findingsOf(RULE, turn('咳得很厉害，需要拍片吗？', '不严重，多喝水。', 'zh'))).not.toEqual([]);
    expect(flagged('What tests do I need? Is it my thyroid?', 'A blood test for TSH will tell us; it could be.', 'en')).toEqual([]);
    // Tests named as specialists write them: bone age, cervical screening, a fertility work-up.
    expect(flagged('胸部开始发育了，是不是性早熟？要查什么', '9岁开始发育属于正常范围。身高长得特别快的话，可以到儿童内分泌科查个骨龄评估一下。', 'zh')).toEqual([]);
    expect(flagged('同房后出血，是什么原因？需要做什么检查', '常见原因有宫颈炎、宫颈息肉。建议做妇科检查，加上宫颈TCT和HPV，必要时做阴道镜。', 'zh')).toEqual([]);
    expect(flagged("I'm 36 and trying for a year. What tests should we do? Does my husband need testing too?", 'Now is a good time: AMH, day-3 hormones and a tube test (HSG) for you; your husband should get a semen analysis.', 'en')).toEqual([]);
    expect(flagged('Can I take ibuprofen and paracetamol together? How far apart?', 'Yes, you can alternate them, with 3 to 4 hours between doses.', 'en')).toEqual([]);
  });

  it('takes a medicine named for "有没有更强的止痛药" and "anything stronger I can take"', () => {
    expect(answerFindings('布洛芬不管用，有没有更强的止痛药？', '可以换成洛索洛芬，一天两次。')).toEqual([]);
    expect(answerFindings('布洛芬不管用，有没有更强的止痛药？', '多休息，热敷一下。')).not.toEqual([]);
    expect(answerFindings('Is there anything stronger I can take?', 'We could switch you to naproxen.', 'en')).toEqual([]);
    expect(answerFindings('Is there anything stronger I can take?', 'Rest and use a heat pack.', 'en')).not.toEqual([]);
  });

  it('takes a place named for "where" or "哪家医院", and any advice for "注意什么"', () => {
    expect(answerFindings('去哪家医院好？', '市三院的精神科不错。')).toEqual([]);
    expect(answerFindings('去哪家医院好？要做什么检查？', '先查个甲功。')).not.toEqual([]);
    // "至少" and "很多" give no advice.
    expect(answerFindings('平时需要注意什么？', '这个病很多人都有，至少要半年。')).not.toEqual([]);
    expect(answerFindings('平时需要注意什么？', '规律服药，每周测一次血压。')).toEqual([]);
    expect(answerFindings('最近有什么要注意的？', '少熬夜，别喝酒。')).toEqual([]);
    expect(answerFindings('Where should I get my blood test done?', 'Any NHS phlebotomy clinic or your GP surgery.', 'en')).toEqual([]);
    expect(answerFindings('Where should I get my blood test done? Do I need to fast?', 'No need to fast.', 'en')).not.toEqual([]);
  });

  it('does not read "when" in the statement before the question as asking when', () => {
    const patient = 'I feel dizzy when I stand up, is that my blood pressure pills or something else?';
    expect(findingsOf(RULE, turn(patient, 'Amlodipine can cause that; stand up slowly and drink more water.', 'en'))).toEqual([]);
  });

  it('takes a report read for a request to look at it, how many for "副作用大吗", and "only after a visit" for "Can I get …?"', () => {
    expect(answerFindings('能帮我看看这个报告吗？有问题吗？', '转氨酶稍高，问题不大，一个月后复查。')).toEqual([]);
    expect(answerFindings('能帮我看看这个报告吗？有问题吗？', '一个月后复查。')).not.toEqual([]);
    expect(answerFindings('这个药副作用大吗？', '大部分人耐受良好，少数会有恶心。')).toEqual([]);
    expect(answerFindings('这个药副作用大吗？', '按时吃药，一个月后复查。')).not.toEqual([]);
    expect(answerFindings('Can I get a sick note?', 'I can only issue one after an in-person visit.', 'en')).toEqual([]);
  });

  it('takes a bare 能/会/要/有 as a yes only where it stands as one, not inside a word (可能, 重要, 学会)', () => {
    expect(answerFindings('癫痫能不能治好？', '大部分能控制得很好。')).toEqual([]);
    expect(answerFindings('癫痫能不能治好？', '能，大部分患者规律服药可以不再发作。')).toEqual([]);
    expect(answerFindings('癫痫能不能治好？', '可能需要做个脑电图。')).not.toEqual([]);
    expect(answerFindings('孩子发烧了，需要吃退烧药吗？', '还要再观察，超过38.5度再吃。')).toEqual([]);
    expect(answerFindings('孩子发烧了，需要吃退烧药吗？', '体温不高，多喝水很重要。')).not.toEqual([]);
    expect(answerFindings('吃这个药会对孩子有影响吗？', '哺乳期一般会建议暂停哺乳。')).toEqual([]);
    expect(answerFindings('吃这个药会对孩子有影响吗？', '注意多喝水，学会放松。')).not.toEqual([]);
    expect(answerFindings('最近有没有什么新药？', '目前也有一些新的药物在研究。')).toEqual([]);
  });

  it('takes dependence for the answer to "addictive" and a duration for "long term"; a better-tolerated drug for "fewer side effects"', () => {
    expect(answerFindings('Is lorazepam addictive? Can I take it long term?', "It can cause dependence, so I'd keep it to 2-4 weeks. Take care.", 'en')).toEqual([]);
    expect(answerFindings('Which is better for anxiety, sertraline or escitalopram? Which has fewer side effects?',
      'Both work well; escitalopram tends to be a little better tolerated. Take care.', 'en')).toEqual([]);
    expect(answerFindings('劳拉西泮能长期吃吗？成瘾性大吗？', '一般不超过2到4周，长了容易产生依赖。', 'zh')).toEqual([]);
    expect(answerFindings('阿普唑仑容易上瘾吗？', '连续吃超过一个月，依赖的风险就会明显增加。', 'zh')).toEqual([]);
    // Still open when the reply talks of something else.
    expect(answerFindings('Is lorazepam addictive? Can I take it long term?', 'Take it at bedtime with water. Take care.', 'en')).not.toEqual([]);
    expect(answerFindings('劳拉西泮会上瘾吗？能一直吃吗？', '睡前吃，温水送服。', 'zh')).not.toEqual([]);
  });

  // Answers in other words than the question's, each beside a reply in which the question stays
  // open: [what answers it, patient, draft, language, answered].
  it.each([
    ['a side effect named', '我晚上老做噩梦，是药引起的吗？要换药吗？', '多梦是米氮平常见的副作用，先观察两周，不行再调整。', 'zh', true],
    ['the medicine ruled out', '最近老是手抖，跟吃的药有关系吗？', '和药关系不大，更像是紧张引起的。', 'zh', true],
    ['(no word on the medicine)', '我晚上老做噩梦，是药引起的吗？要换药吗？', '先观察两周，不行再调整。', 'zh', false],
    ['how likely, for "could it cause"', 'Is quetiapine safe in pregnancy? Could it cause birth defects?', 'The data so far are reassuring; there is no clear increase in malformations.', 'en', true],
    ['how often, for "does it affect"', 'Does escitalopram cause weight gain? Does it affect libido?', 'A few kilos in some people; sexual side effects are common, around 1 in 3.', 'en', true],
    ['how often, for "will it make me"', 'Can I drink while on sertraline? Will it make me sleepy?', 'Best to avoid alcohol. Drowsiness happens in some people, mostly in the first weeks.', 'en', true],
    ['"by week 4-6", for when', 'Is it normal to feel worse at first? When will it start working?', 'Yes, a brief worsening in the first week or two is common. Most people improve by week 4-6.', 'en', true],
    ['how many it happens to, for "会…吗"', '舍曲林会让人发胖吗？会影响性功能吗？', '少数人体重会增加几斤；性方面的副作用比较常见，大约三分之一的人会有。', 'zh', true],
    ['(one clause of how often, for two questions)', 'Does escitalopram cause weight gain? Does it affect libido?', 'A few kilos in some people.', 'en', false],
    ['(one clause of how many, on the weight question\'s topic)', '舍曲林会让人发胖吗？会影响性功能吗？', '少数人体重会增加几斤。', 'zh', false],
    ['words that mean the same ("喝酒" → "饮酒")', '最近老失眠，跟喝酒有关系吗？怀孕期间能吃安眠药吗？', '饮酒确实会影响睡眠质量。孕期尽量不用安眠药。', 'zh', true],
    ['what the medicine does ("奥氮平会增加食欲"), for "是药的问题吗"', '晚上吃完药特别想吃东西，是药的问题吗？', '奥氮平会增加食欲，晚饭后准备一些黄瓜、番茄等低热量食物。', 'zh', true],
    ['a symptom in the doctor\'s word ("心悸" for "心慌")', '最近总是心慌，是怎么回事？能喝咖啡吗？', '心悸多半和焦虑有关。咖啡尽量少喝。', 'zh', true],
    ['(the other question only)', '最近总是心慌，是怎么回事？能喝咖啡吗？', '咖啡尽量少喝。', 'zh', false],
    ['advice to take medicine, for "要吃药吗"', '孩子多动症，要吃药吗？药有依赖性吗？', '症状影响学习的话建议用药，哌甲酯不会成瘾。', 'zh', true],
    ['sessions, for how long', 'Can therapy alone work, or do I need medication? How long is a course of CBT?', 'For moderate depression, CBT alone can work well. A course is usually 12-16 sessions.', 'en', true],
    ['(the other question only)', '最近老失眠，跟喝酒有关系吗？怀孕期间能吃安眠药吗？', '孕期尽量不用安眠药。', 'zh', false],
    ['(the other question only)', '孩子多动症，要吃药吗？药有依赖性吗？', '哌甲酯不会成瘾。', 'zh', false],
    ['how safe, for a harm asked about', '我怀孕了，还能吃舍曲林吗？对宝宝有影响吗？', '舍曲林在孕期相对安全，整体风险较低。', 'zh', true],
    ['how small, for a harm asked about', '长期吃会伤肝吗？', '对肝脏的伤害很小，半年查一次肝功就行。', 'zh', true],
    ['(no word on the harm)', '我怀孕了，还能吃舍曲林吗？对宝宝有影响吗？', '可以继续吃，注意定期产检。', 'zh', false],
    ['what it is, for "怎么回事"', '我女儿最近总是用刀划自己手臂，但她说不想死，这是怎么回事？', '这是非自杀性自伤，青少年常用来缓解情绪。', 'zh', true],
    ['what it is, for "是病吗"', '我一紧张就想上厕所，是病吗？能治吗？', '这是焦虑的躯体反应，很常见，通过放松训练和药物都能改善。', 'zh', true],
    ['(no word on what it is)', '我一紧张就想上厕所，是病吗？能治吗？', '通过放松训练和药物都能改善。', 'zh', false],
    ['an injection named, for "什么针剂"', '如果是您的话像我这情况你会给我注射什么针剂？', '打针可以用莫西沙星，用一周后复查。', 'zh', true],
    ['a reading, for a finding quoted from the report', '报告上面写的玻璃样变？肺功能检查复杂吗？', '目前考虑肺部感染，肺功能检查不复杂。', 'zh', true],
    ['"不像", for "是不是"', '害怕是不是新型冠状肺炎？需要做核酸检测吗？', '目前你的症状不像，不需要做核酸检测。', 'zh', true],
    ['a medicine named, for "有没有…药"', '有没有治失眠的特效药？', '可以试试右佐匹克隆，睡前吃半片到一片。', 'zh', true],
    ['(no medicine named)', '有没有治失眠的特效药？', '先调整作息，白天多晒太阳，晚上早点上床。', 'zh', false],
    ['a medicine named, for "什么抗病毒药"', '用什么抗病毒药呢？', '可以吃奥司他韦，一天两次，吃五天。', 'zh', true],
    ['what a report shows, for "能看出什么"', '这个化验单能看出什么来？', '白细胞偏高，提示有细菌感染。', 'zh', true],
    ['"查血常规可以进食" (查血 means 抽血), for the first of two questions a space parts', '刚刚我吃了东西喝水了影响抽血吗 现在发热会不会直接隔离了', '查血常规可以进食。现在发热不会直接隔离，先查血常规。', 'zh', true],
    ['(the second question of the two left)', '刚刚我吃了东西喝水了影响抽血吗 现在发热会不会直接隔离了', '抱歉，没能及时回复你，查血常规可以进食。咽痛好些了么', 'zh', false],
    ['what it is, for "什么回事" (typed for 怎么回事)', '请问这低烧是什么回事？', '有可能是感冒，先观察两天。', 'zh', true],
    ['advice, for "采取什么措施"', '发烧37.8，咳嗽，请问我现在应该采取什么措施？', '注意休息，多饮水，可以吃点对乙酰氨基酚退烧。', 'zh', true],
    ['(nothing to do)', '发烧37.8，咳嗽，请问我现在应该采取什么措施？', '这个体温不算高烧。', 'zh', false],
    ['a thing to try, for "有什么办法"', '我晚上总是胡思乱想，停不下来，有什么办法吗？几点睡比较好？', '可以试试把想法写下来，十一点前睡。', 'zh', true],
    ['(no way given)', '我晚上总是胡思乱想，停不下来，有什么办法吗？几点睡比较好？', '十一点前睡。', 'zh', false],
    ['the dose kept for now, for "能减量吗"', '喹硫平吃了白天很困，能减量吗？要吃多久？', '先别自己减，下次复诊时我们一起调整，一般要吃半年以上。', 'zh', true],
    ['(how long only)', '喹硫平吃了白天很困，能减量吗？要吃多久？', '一般要吃半年以上。', 'zh', false],
    ['the choice left to the doctor who sees the patient, for "吃什么药"', '血糖一直高，控制血糖的吃什么药？要查什么？', '看糖尿病去内分泌科，先查糖化血红蛋白。', 'zh', true],
    ['(nothing on the medicine)', '血糖一直高，控制血糖的吃什么药？要查什么？', '先查糖化血红蛋白。', 'zh', false],
    ['the choice left to the GP, for "which painkiller"', 'Which painkiller is best for my back? How long should I rest?', 'Ask your GP which one suits you; rest for 2-3 days.', 'en', true],
    ['a dose to go up to, for "Should I increase the dose?"', 'Is it working? Should I increase the dose?', "It can take 4-6 weeks, so it's a bit early to judge. If there is no change by week 6, we can go up to 40 mg.", 'en', true],
    ['an inhaler named, for "哪种吸入剂"', '请问我应该用哪种吸入剂', '你有思力华的话可以接着用。', 'zh', true],
    ['a switch, for "可以先…吗"', '吃了五天还是咳，我可以先静点阿奇霉素吗？', '吃了这么多天不管用，应该换药，去医院复查一下支原体。', 'zh', true],
    ['"可以", for "没问题吧？"', '我想每天慢跑半小时，膝盖以前受过伤，没问题吧？', '可以，慢跑。但不宜剧烈运动。', 'zh', true],
    ['"有一定作用", for "也有点用吧？"', '胸闷的时候含速效救心丸应该也有点用吧？', '活血化瘀，改善心脏供血，有一定作用。', 'zh', true],
    ['"不必过度恐慌", for "有危险不？"', '咳嗽一直不好，孩子不知道有危险不？', '如有不适，及时医院就诊就好了，不必过度恐慌！', 'zh', true],
    ['(no word on the danger)', '咳嗽一直不好，孩子不知道有危险不？', '如有不适，及时医院就诊就好了。', 'zh', false],
    ['words that mean the same in English ("disclose" for "tell", "work" for "job")', 'Should I tell my employer? Will it affect my job?',
      "That's your choice; you're not obliged to disclose it at work, and discrimination on health grounds is illegal.", 'en', true],
    ['"driving", "pounds" for "drive", "weight"', 'Can I still drive on mirtazapine? Will it make me put on weight?', 'Avoid driving for the first week or two. Some people gain a few pounds.', 'en', true],
    ['(the other question only)', 'Should I tell my employer? Will it affect my job?', 'Discrimination on health grounds is illegal.', 'en', false],
    ['steps to take, for "what precautions"', 'What precautions should my elderly parents take against the virus?', 'They should stay home, wash their hands often and avoid visitors.', 'en', true],
    ['(no step)', 'What precautions should my elderly parents take against the virus?', 'Older people are at higher risk.', 'en', false],
    ['"a part of your anxiety", for why', 'Why am I feeling itchiness and burning in my chest?', 'The burning sensation you are experiencing is a part of your anxiety.', 'en', true],
  ] as const)('takes %s as an answer: %s → %s', (_, patient, draft, lang, answered) => {
    expect(answerFindings(patient, draft, lang).length === 0).toBe(answered);
  });

  it('holds a yes/no question a reply half as long again as a brief one leaves without a word near it; a longer reply draws advice unless the question names a thing to do', () => {
    const patient = '体温37.3，害怕是不是新冠？需要去做核酸检测吗？';
    const open = (draft: string) => flags(answerFindings(patient, draft)).map((f) => f.evidence?.text);
    // 36 characters: over the brief length (30), under half as long again (45).
    const reply = '体温37.3在正常范围内，不算发热，目前你的症状也不像新冠，多喝水多休息。';
    expect(open(reply)).toEqual(['需要去做核酸检测吗？']);
    expect(open(reply + '不需要做核酸。')).toEqual([]);
    // Waiting is an answer to whether to get tested now (covid-zh-1104's reviewer wanted one).
    expect(open(reply + '先在家观察两天。')).toEqual([]);
    // A longer reply may answer in words the rule cannot match: advice, unless the question names
    // a thing to do (a test) that the reply neither names nor says yes or no to.
    const long = '体温在正常范围内，不算发热，目前你的症状不像，平时注意多休息，多喝水，保持室内通风，饮食清淡，少去人多的地方。';
    expect(open(long)).toEqual(['需要去做核酸检测吗？']);
    const spread = '体温37.3，害怕是不是新冠？会不会传染给家里人？';
    expect(flags(answerFindings(spread, long))).toEqual([]);
    expect(answerFindings(spread, long).map((f) => f.severity)).toEqual(['info']);
  });

  it('holds the question a space parts from one the reply answers', () => {
    const open = flags(answerFindings('刚刚我吃了东西喝水了影响抽血吗 现在发热会不会直接隔离了', '抱歉，没能及时回复你，查血常规可以进食。咽痛好些了么'));
    expect(open.map((f) => f.evidence?.text)).toEqual(['现在发热会不会直接隔离了']);
  });

  it('reads a closing line that says when ("Your next review can be in four weeks", "我们两周后再看看") as the answer to when', () => {
    expect(answerFindings('Can I drink wine on mirtazapine? And when should I book my next review?',
      'Best to avoid alcohol with mirtazapine. Your next review can be in four weeks. Take care.', 'en')).toEqual([]);
    expect(answerFindings('舍曲林加量以后多久复诊？', '可以加到75mg，我们两周后再看看。')).toEqual([]);
    expect(flags(answerFindings('Can I drink wine on mirtazapine? And when should I book my next review?', 'Best to avoid alcohol with mirtazapine. Take care.', 'en'))).toHaveLength(1);
  });

  it('gives advice, not a hold, for "…怎么办？" beside another question a brief reply of advice answers', () => {
    const patient = '孩子不愿意吃药怎么办？可以把药片碾碎吗？';
    expect(answerFindings(patient, '可以碾碎混在酸奶里，但缓释片不能碾碎。').map((f) => f.severity)).toEqual(['info']);
    // No advice at all: still held.
    expect(flags(answerFindings(patient, '缓释片不能碾碎，普通片没问题。'))).toHaveLength(1);
    const en = "My son won't take his tablets, what should I do? Can I crush them?";
    expect(answerFindings(en, 'Yes, crush them into yoghurt, but not the slow-release ones.', 'en').map((f) => f.severity)).toEqual(['info']);
  });

  it('holds every question a short reply leaves when it only sends the patient to look it up; not when it names a medicine, nor a request for more', () => {
    const held = (patient: string, draft: string, lang: 'zh' | 'en' = 'zh') => flags(answerFindings(patient, draft, lang)).length;
    expect(held('孩子这个是病毒引起的吗？以后还会再犯吗？', '我打字不方便，你可以百度搜一下相关知识。')).toBe(2);
    expect(held('Is it viral? Will it come back?', 'Google it, there is plenty online.', 'en')).toBe(2);
    // Only whether it is viral, which the reply never says (a question of which illness it is), not every question.
    expect(heldQuotes('孩子这个是病毒引起的吗？以后还会再犯吗？', '可以百度查一下，先吃布洛芬退烧。')).toEqual(['孩子这个是病毒引起的吗？']);
    expect(held('Is it viral? Will it come back?', 'Difficult to advise without more information, so please see your GP this week for an examination.', 'en')).toBe(0);
  });

  it('takes a reading for "what does it mean" and a specialist or department named for "whom should I see"', () => {
    expect(answerFindings('TSH 6.2是什么意思？', '稍微偏高，提示甲状腺功能轻度减退。', 'zh')).toEqual([]);
    expect(answerFindings('TSH 6.2是什么意思？需要吃药吗？', '暂时不需要吃药，三个月后复查。', 'zh')).not.toEqual([]);
    expect(answerFindings('膝盖疼应该看哪个医生？', '看骨科或者运动医学科。', 'zh')).toEqual([]);
    expect(answerFindings('膝盖疼应该看哪个医生？要拍片吗？', '需要拍片。', 'zh')).not.toEqual([]);
    expect(answerFindings('What does a TSH of 6.2 mean?', 'It is slightly high, which suggests a mildly underactive thyroid.', 'en')).toEqual([]);
    expect(answerFindings('What does a TSH of 6.2 mean? Do I need tablets?', 'No tablets needed for now, recheck in three months.', 'en')).not.toEqual([]);
    expect(answerFindings('Who should I see about my knee?', 'An orthopaedic surgeon or a sports physio would be best.', 'en')).toEqual([]);
    expect(answerFindings('Which doctor should I see for my rash?', 'A dermatologist is best.', 'en')).toEqual([]);
    // A department named answers as its doctor does.
    expect(flags(answerFindings('Are my kidneys failing? Which doctor should I see?', "It doesn't mean failure. I'll refer you to nephrology to find the cause.", 'en'))).toEqual([]);
    expect(answerFindings('Who should I see about my knee? Do I need an X-ray?', 'Yes, an X-ray would help.', 'en')).not.toEqual([]);
  });

  it('takes a check a psychiatric medicine needs, named, as the answer to which tests', () => {
    expect(answerFindings('吃氯氮平以后要查哪些项目？', '粒细胞和心肌酶，前几个月每周一次。', 'zh')).toEqual([]);
    expect(answerFindings('What blood tests do I need on lithium?', 'Your kidney function and thyroid, every six months.', 'en')).toEqual([]);
    expect(answerFindings('Which other scans should I have?', 'An EEG would be useful.', 'en')).toEqual([]);
    // Named, not "the usual ones".
    expect(answerFindings('What blood tests do I need on lithium?', 'Just the usual ones your GP does.', 'en')).not.toEqual([]);
  });

  it('takes "好的" / "Sure" as the whole answer to a request for the doctor\'s leave, not to a question about treatment', () => {
    expect(findingsOf(RULE, turn('我明天把报告发您可以吗？', '好的。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('我下周去复查，到时候再问您行吗？', '行，到时候联系我。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('Can I send you my report tomorrow?', 'Sure.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('Is it ok if I message you next week?', 'Of course.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('舍曲林能加量吗？', '好的。', 'zh'))).toHaveLength(1);
    // A question put as a favour asks for an answer all the same.
    expect(findingsOf(RULE, turn('麻烦您帮我看看报告有问题吗？', '好的。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('Can I ask you if this is serious?', 'OK.', 'en'))).toHaveLength(1);
  });

  it('takes minutes for how long, "common" for "is it normal", a cause for "is it my pills?"', () => {
    const flagged = (patient: string, draft: string) => findingsOf(RULE, turn(patient, draft, 'en'));
    expect(flagged('How long should I wait after eating to take omeprazole? Can I take it at night?', 'Take it 30 minutes before breakfast; night is fine if your symptoms are worse then.')).toEqual([]);
    expect(flagged('Is it normal to bleed between periods on the pill? Should I stop it?', 'Spotting is common in the first 3 months, so keep taking it.')).toEqual([]);
    expect(flagged('I feel dizzy when I stand up. Why? Is it my blood pressure pills?', 'That is likely postural hypotension, which your amlodipine can cause.')).toEqual([]);
    expect(flagged('I feel dizzy when I stand up. Why? Is it my blood pressure pills?', 'Stand up slowly and drink more water.')).not.toEqual([]);
  });

  it('takes another cause named for "是…吗", how common or what it is for "正常吗", "看了" for "你看了吗"', () => {
    const held = (patient: string, draft: string) => flags(answerFindings(patient, draft));
    expect(held('拉肚子三天了，是细菌感染吗？要吃抗生素吗？', '大多是病毒性的，一般不需要抗生素，注意补液。')).toEqual([]);
    expect(held('拉肚子三天了，是细菌感染吗？要吃抗生素吗？', '一般不需要抗生素，注意补液。')).toHaveLength(1);
    // An exam it needs answers "是…吗" (LABELING.md: "this needs an in-person exam to answer").
    expect(answerFindings('您觉得我这是新型肺炎吗医生？', '建议完善CT、核酸检测。')).toEqual([]);
    expect(held('吃了艾司西酞普兰恶心，是正常的吗？会持续多久？', '是常见的副作用，一般一到两周会减轻。')).toEqual([]);
    expect(held('阿立哌唑吃了坐立不安，正常吗？要停药吗？', '这是静坐不能。先不要停，可以加普萘洛尔。')).toEqual([]);
    expect(held('阿立哌唑吃了坐立不安，正常吗？要停药吗？', '先不要停，下周复诊。')).toHaveLength(1);
    expect(held('医生，我的化验单你看了吗？白细胞高是什么原因？', '看了，白细胞偏高一般提示有细菌感染。')).toEqual([]);
    // The report read is the answer too; saying nothing of it is not.
    expect(held('医生，我的化验单你看了吗？白细胞高是什么原因？', '白细胞偏高一般提示有细菌感染。')).toEqual([]);
    expect(held('我发的图片收到了没？这个疹子要紧吗？', '收到了，是湿疹，不要紧。')).toEqual([]);
    expect(held('我发的图片收到了没？这个疹子要紧吗？', '是湿疹，不要紧。')).toHaveLength(1);
  });

  it('reads "when" after the opening interrogative as a condition, and takes English answers in other words', () => {
    const held = (patient: string, draft: string) => flags(findingsOf(RULE, turn(patient, draft, 'en')));
    // "when I stand up" is not asking when: the first question is answered by "common".
    expect(held('Is it normal to feel dizzy when I stand up? Should I stop the pills?', "Yes, it's common at the start. Keep taking them and stand up slowly.")).toEqual([]);
    expect(held('Can I take ibuprofen when I\'m pregnant? What else can I use for headaches?', 'Better to avoid it in pregnancy. Paracetamol is the usual choice.')).toEqual([]);
    expect(held('What could be causing my chest tightness when I\'m anxious? Is it my heart?', 'With a normal ECG, the tightness is most likely from muscle tension during anxiety rather than your heart.')).toEqual([]);
    // "Keep it clean" does not answer "Should I stop …?".
    expect(held('Should I stop the lamotrigine? Is the rash contagious?', 'It is not contagious. Keep it clean and dry.')).toHaveLength(1);
    expect(held('Is it a virus or bacterial? Do I need antibiotics?', "It sounds viral, so antibiotics won't help. Rest and fluids.")).toEqual([]);
    expect(held('Why do I feel dizzy when I stand up since starting venlafaxine?', 'Venlafaxine can lower or raise blood pressure; stand up slowly and drink more water.')).toEqual([]);
    expect(held('Why do I feel dizzy when I stand up since starting venlafaxine?', 'Stand up slowly and drink more water.')).toHaveLength(1);
    expect(held('Why does my anxiety get worse at night?', 'Fewer distractions and tiredness make worries louder at night; a wind-down routine helps.')).toEqual([]);
    // "Make sure …" is advice, not a cause.
    expect(held('Why do I feel dizzy when I stand up?', 'Make sure you drink enough water and stand up slowly.')).toHaveLength(1);
    // "What time?" asks when: a time of day answers it, and the question beside it stays open.
    expect(held('Can I drink alcohol on quetiapine? What time should I take it?', 'Take it an hour before bed.').map((f) => f.evidence?.text)).toEqual(['Can I drink alcohol on quetiapine?']);
    expect(findingsOf(RULE, turn('Did you get a chance to look at my blood results? Is my thyroid okay?', 'I did. Your TSH is slightly high; we can recheck in six weeks.', 'en'))).toEqual([]);
  });

  it('holds "which tests?" left without a test named, however the reply says the topic back; a test in any words, "it depends" or "no need" answer it', () => {
    const held = (patient: string, draft: string, lang: 'zh' | 'en' = 'zh') => flags(answerFindings(patient, draft, lang));
    expect(held('复查要查什么？', '一个月后复查。')).toHaveLength(1);
    for (const draft of ['复查血常规和肝功能。', '抽血化验一下。', '查个血。', '做个量表。', '查一下幽门螺杆菌。', '查下维生素D。', '暂时不用复查，症状好了就行。', '要看情况而定。']) {
      expect(held('复查要查什么？', draft)).toEqual([]);
    }
    expect(held('What tests does she need? Should she stop the lithium?', 'Keep taking the lithium for now.', 'en')).toHaveLength(1);
    expect(held('What tests does she need? Should she stop the lithium?', 'She needs a lithium level and kidney function. Keep taking it for now.', 'en')).toEqual([]);
    expect(held('What tests does she need?', 'A memory assessment and bloods including B12.', 'en')).toEqual([]);
  });

  it('holds "挂什么科？" / "Who should I see?" left without a department or a way to find one', () => {
    const held = (patient: string, draft: string, lang: 'zh' | 'en' = 'zh') => flags(answerFindings(patient, draft, lang));
    expect(held('挂什么科呢？', '去医院挂个号看看。')).toHaveLength(1);
    for (const draft of ['挂消化内科。', '去发热门诊。', '到了医院问导诊台就行。']) expect(held('挂什么科呢？', draft)).toEqual([]);
    expect(held('Who should I see about this? Do I need to fast?', 'Your GP first. No need to fast.', 'en')).toEqual([]);
  });

  it('takes "no need" as the answer to a shaped question only where it is not said of another question\'s topic', () => {
    expect(heldQuotes('要吃多久？要空腹吗？', '不用空腹。')).toEqual(['要吃多久？']);
    expect(heldQuotes('我应该挂什么科？要空腹吗？', '不用空腹。')).toEqual(['我应该挂什么科？']);
    expect(heldQuotes('How many tablets should I take? Do I need to fast before the blood test?', 'No need to fast.', 'en')).toEqual(['How many tablets should I take?']);
    expect(heldQuotes('要吃多久？要空腹吗？', '不用空腹，吃到症状消失后一周。')).toEqual([]);
    expect(heldQuotes('要吃几片？', '不用吃了，已经好了。')).toEqual([]);
  });

  it('does not take a shaped question as asked again by an answered one of another kind on its topic', () => {
    expect(heldQuotes('舍曲林和阿普唑仑能一起吃吗？阿普唑仑吃多久可以停？', '可以一起吃。')).toEqual(['阿普唑仑吃多久可以停？']);
    expect(heldQuotes('舍曲林和阿普唑仑能一起吃吗？阿普唑仑吃多久可以停？', '可以一起吃，阿普唑仑吃两周左右逐渐减停。')).toEqual([]);
    // Asked twice in two words, answered once; a length without a number ("长期") is a length.
    expect(heldQuotes('舍曲林要吃多久？\n舍曲林需要一直吃吗？', '需要长期吃，至少一年。')).toEqual([]);
    expect(heldQuotes('舍曲林要一直吃吗？要吃多久？', '需要长期吃。')).toEqual([]);
    // "Long term" is safe, not how long.
    expect(heldQuotes('Can I take sertraline long term? How long do most people stay on it?', 'Yes, it is safe long term.', 'en')).toEqual(['How long do most people stay on it?']);
  });

  it('takes a rule for the dose ("按体重算") for how much, and a sleeping pill named for "要吃安眠药吗"', () => {
    expect(heldQuotes('孩子发烧了，能吃布洛芬吗？吃多少？', '可以吃，按体重算。')).toEqual([]);
    expect(heldQuotes('孩子发烧了，能吃布洛芬吗？吃多少？', '可以吃。')).toEqual(['吃多少？']);
    expect(heldQuotes('我晚上睡不着，白天没精神，为什么会这样？要吃安眠药吗？', '可以先吃点右佐匹克隆。')).toEqual(['为什么会这样？']);
  });

  it('holds "什么意思？" / "What does it mean?" left without a reading or what it is, whatever else the reply says', () => {
    expect(heldQuotes('报告上写的窦性心律不齐是什么意思？要紧吗？', '不要紧。')).toEqual(['报告上写的窦性心律不齐是什么意思？']);
    expect(heldQuotes('报告上写的窦性心律不齐是什么意思？要紧吗？', '年轻人很常见，不要紧。')).toEqual([]);
    expect(heldQuotes('HP阳性是什么意思？要治疗吗？', 'HP是幽门螺杆菌，需要四联疗法治疗两周。')).toEqual([]);
    // The term said back in a stock text on its treatment is no reading of it.
    expect(heldQuotes('HP什么意思？', 'HP根治疗法主要有三联法，一般疗程为两周，你若规律救治，3-4周后即可复检。')).toEqual(['HP什么意思？']);
    expect(heldQuotes('What does "borderline personality" mean? Is it treatable?', 'Yes, DBT works well for it.', 'en')).toEqual(['What does "borderline personality" mean?']);
    expect(heldQuotes('What does a TSH of 6 mean? Do I need treatment?', "It's mildly raised, so your thyroid may be slightly underactive; recheck in 6 weeks.", 'en')).toEqual([]);
  });

  it('reads a bare "什么意思呀" as asking the doctor what they meant: saying it again answers, "嗯" does not', () => {
    // A real reply in the dev threads (covid-zh-567), after the doctor's own earlier message.
    expect(heldQuotes('什么意思呀', '你说的都是特例，大部分人是低热，干咳，乏力，气短，还有腹泻，还有不发热，伴胸闷气短。')).toEqual([]);
    expect(heldQuotes('你说的是什么意思？', '就是先观察两天，不发烧就不用去医院。')).toEqual([]);
    expect(heldQuotes('什么意思呀', '嗯')).toEqual(['什么意思呀']);
    // Pointing at a result, or naming one, it still asks for a reading.
    expect(heldQuotes('TSH 6.2，什么意思？', '多喝水，注意休息。')).toEqual(['什么意思？']);
    expect(heldQuotes('这是什么意思啊', '多喝水，注意休息，不要熬夜。')).toEqual(['这是什么意思啊']);
  });

  it('holds "严重吗？" / "Is it serious?" left without a word on how serious, what it is or what it needs; "hard to say" alone is no answer', () => {
    // mie-test-78: advice alone leaves the worry where it was (the topic, 大病, is too thin to judge by).
    expect(heldQuotes('好的，不是什么大病吧？没事不用管它吧？', '好好保暖，不要劳累，注意作息规律')).toEqual(['不是什么大病吧？', '没事不用管它吧？']);
    expect(heldQuotes('吃了舍曲林有点恶心，没事吧？', '饭后吃，多喝水。')).toEqual(['没事吧？']);
    expect(heldQuotes('胸口偶尔刺痛几秒，严重吗？', '不好说。')).toEqual(['严重吗？']);
    expect(heldQuotes('发烧39度，严重吗？需要吃什么药？', '可以吃布洛芬，每次一片。')).toEqual(['严重吗？']);
    // Taken up in other words: what it is, how common, what it needs, that it passes.
    expect(heldQuotes('医生，我这个不会是什么大病吧？', '从你说的情况看，像是胃肠型感冒，吃点药多休息就好。')).toEqual([]);
    expect(heldQuotes('胃镜说慢性浅表性胃炎，要紧吗？', '慢性浅表性胃炎很常见，规律饮食，少吃辛辣。')).toEqual([]);
    expect(heldQuotes('吃了舍曲林有点恶心，没事吧？', '可以继续吃，过一两周就好了。')).toEqual([]);
    expect(heldQuotes('胸口偶尔刺痛几秒，严重吗？', '不好说，建议做个心电图看看。')).toEqual([]);
    expect(heldQuotes('我妈血压180，要紧吗？', '血压这么高要尽快去医院，可能需要调整降压药。')).toEqual([]);
    // covid-en-339: "'Very hard to say' with no explanation is not an answer".
    expect(heldQuotes('I have a sore throat and feel very tired. Should I be concerned about COVID-19?', 'Hard to say. Very hard to say. Stay home. Stay safe.', 'en')).toEqual([
      'Should I be concerned about COVID-19?',
    ]);
    expect(heldQuotes('I have had a headache for three days. Is it serious?', 'Drink plenty of water and rest.', 'en')).toEqual(['Is it serious?']);
    expect(heldQuotes('I have had a headache for three days. Is it serious?', 'Most likely a tension headache. Rest, fluids, and paracetamol.', 'en')).toEqual([]);
    expect(heldQuotes('My son has a rash on his arm. Should I be worried?', 'Hard to say without seeing it. Please book a visit so I can examine him.', 'en')).toEqual([]);
    expect(heldQuotes('Is it serious? How long will it last?', 'It should clear up within a week.', 'en')).toEqual([]);
    // "Don't worry" is a verdict the doctor gives; a feeling named, or comfort, is none.
    expect(heldQuotes('吃了舍曲林有点恶心，没事吧？', '不用太担心，饭后吃，多喝水。')).toEqual([]);
    expect(heldQuotes('吃了舍曲林有点恶心，没事吧？', '理解你的担心，别着急，我们一起来想办法。饭后吃，多喝水。')).toEqual(['没事吧？']);
    expect(heldQuotes('My son has a rash on his arm. Should I be worried?', "I understand this is worrying for you. Keep it moisturised.", 'en')).toEqual(['Should I be worried?']);
    expect(heldQuotes('My son has a rash on his arm. Should I be worried?', "I wouldn't worry. Keep it moisturised.", 'en')).toEqual([]);
    // Asked in more words, and answered in more.
    expect(heldQuotes('我的焦虑是不是很严重了？还能治好吗？', '坚持吃药，多运动。')).toEqual(['我的焦虑是不是很严重了？', '还能治好吗？']);
    expect(heldQuotes('我的焦虑是不是很严重了？还能治好吗？', '焦虑症是可以治疗的，规范用药加心理治疗，大多数人能明显好转。')).toEqual([]);
    expect(heldQuotes('转氨酶有点高，要紧吗？', '一般不会有大问题，一个月后复查。')).toEqual([]);
    expect(heldQuotes('新冠阳性了，严重吗？', '你这属于轻症，在家休息就行。')).toEqual([]);
    expect(heldQuotes('孩子咳嗽，严重吗？', '目前看还好，多喝水。')).toEqual([]);
    expect(heldQuotes("I've been on sertraline for 2 weeks and still feel anxious. Is that normal? Should I be worried?", 'Yes, it usually takes 4-6 weeks to work. Give it time.', 'en')).toEqual([]);
    expect(heldQuotes('I have a small lump on my neck. Is it serious?', 'Not at all. Lymph nodes often swell with a cold.', 'en')).toEqual([]);
    expect(heldQuotes('My mole looks darker. Should I be worried?', "I'd keep an eye on it and send me a photo in a month.", 'en')).toEqual([]);
    expect(heldQuotes('My mole looks darker. Should I be worried?', 'Use sunscreen every day.', 'en')).toEqual(['Should I be worried?']);
    // How much at risk: covid-en-256, "gives precautions but never states her risk level".
    expect(heldQuotes('I have SLE and am on dexamethasone. I still have to work. How concerned of risk am I?', 'Avoid contact with others, request a mask and keep surfaces clean.', 'en'))
      .toEqual(['How concerned of risk am I?']);
    expect(heldQuotes('我有糖尿病，感染新冠风险大吗？', '多洗手，戴口罩，少去人多的地方。')).toEqual(['感染新冠风险大吗？']);
    expect(heldQuotes("I'm 35 and healthy. How worried should I be about covid?", 'At your age and with no conditions, severe illness is rare.', 'en')).toEqual([]);
    expect(heldQuotes("I'm on methotrexate for RA. Am I at higher risk from covid?", 'Yes, methotrexate lowers your immunity somewhat, so take extra care.', 'en')).toEqual([]);
    expect(heldQuotes('我有糖尿病，感染新冠风险大吗？', '糖尿病人感染后重症的比例确实高一些，血糖控制好很重要。')).toEqual([]);
    expect(heldQuotes('做胃镜风险大吗？', '胃镜是很常规的检查，出问题的很少。')).toEqual([]);
  });

  it('holds "安全吗？" / "Is it safe to …?" left without a word on how safe; another medicine offered, or one side of "A or B" named, is none', () => {
    // covid-en-313: "steroid safety not addressed, only saline/antihistamine alternative".
    expect(heldQuotes('Is it safe to take steroid tab or nasal spray if I have covid-19?',
      'In brief: Nasal rinses. For allergic symptoms, nasal saline and an oral antihistamine are often helpful for controlling symptoms. Continue to monitor your temperature.', 'en'))
      .toEqual(['Is it safe to take steroid tab or nasal spray if I have covid-19?']);
    expect(heldQuotes('Is it safe to take ibuprofen with sertraline?', 'Paracetamol would be my first choice for pain.', 'en')).toEqual(['Is it safe to take ibuprofen with sertraline?']);
    expect(heldQuotes('怀孕了，吃舍曲林安全吗？', '多喝水，注意休息。')).toEqual(['吃舍曲林安全吗？']);
    // Taken up: how safe, what to avoid, how to take it (a yes), or left to the doctor who sees her.
    expectTakenUp([
      ['Is it safe to take ibuprofen with sertraline?', 'Occasional use is fine, but both can raise bleeding risk, so take it with food.', 'en'],
      ['Is it safe to fly at 30 weeks pregnant?', 'Yes, most airlines allow it until 36 weeks; bring your maternity notes.', 'en'],
      ['Is it okay to drink a glass of wine on mirtazapine?', 'One glass occasionally is unlikely to harm, but it will make you sleepier.', 'en'],
      ['Is it safe to breastfeed while on quetiapine?', 'You can keep breastfeeding; watch the baby for sleepiness.', 'en'],
      ["Is it safe to take my antidepressant and St John's wort together?", "Please don't combine them: St John's wort interacts with most antidepressants.", 'en'],
      ['Is it safe to go for my dental cleaning during the pandemic?', 'In brief: Postpone. Routine cleanings can wait until things settle down.', 'en'],
      ['疫情期间去医院做胃镜安全吗？', '不急的话建议暂缓，等疫情过去再做。', 'zh'],
      ['怀孕了，吃舍曲林安全吗？', '舍曲林在孕期用药里相对安全，数据比较多，不建议自己停药。', 'zh'],
      ['怀孕了，吃舍曲林安全吗？', '孕期的情况要跟产科医生一起评估。', 'zh'],
      ['阿普唑仑和舍曲林一起吃安全吗？', '可以一起吃，阿普唑仑短期用，注意别开车。', 'zh'],
      ['阿普唑仑和舍曲林一起吃安全吗？', '舍曲林早上吃，阿普唑仑睡前吃。', 'zh'],
      // What it needs watching for is how safe it is.
      ['碳酸锂吃了三年，对肾有没有风险？要不要查？', '长期吃锂盐需要定期查肾功能和甲功，每半年查一次就可以。', 'zh'],
      ["I've been on lithium for 3 years. Is there any risk to my kidneys? Should I get tested?", 'Long-term lithium can affect the kidneys, so we check kidney function every 6 months.', 'en'],
    ]);
  });

  it('holds "how likely" / "几率大吗" left without how likely or what it turns on; advice alone is none', () => {
    // covid-en-299: "stock 'control your sugar' advice, never says whether mild illness is possible".
    const diabetic = 'Is there a chance I would just get mild symptoms of the virus? Or because I am diabetic, that is unlikely?';
    expect(heldQuotes(diabetic, 'Diabetes and COVID. In all cases, the better the blood sugar is controlled, the better the immune system can function. Eating healthy and exercising is the best plan.', 'en')).toEqual([diabetic]);
    expect(heldQuotes('I had one panic attack last month. How likely is it to happen again?', 'Try breathing exercises and cut down on coffee.', 'en')).toEqual(['How likely is it to happen again?']);
    expect(heldQuotes('抑郁症停药以后复发的几率大吗？', '停药要在医生指导下慢慢减。')).toEqual(['抑郁症停药以后复发的几率大吗？']);
    expectTakenUp([
      ['I had one panic attack last month. How likely is it to happen again?', 'Some people only ever have one; others have more, especially under stress.', 'en'],
      ['Is there any chance the sertraline is causing my headaches?', 'Headaches are a common side effect in the first weeks and usually settle.', 'en'],
      ['Is there any chance my son has ADHD?', "It's possible; I'd want his teachers to fill in a questionnaire first.", 'en'],
      ['What are the chances my baby gets my depression?', 'Depression runs in families, but most children of parents with depression never develop it.', 'en'],
      ['Am I likely to need medication for life?', 'Not necessarily. After a year or so of feeling well many people can taper off.', 'en'],
      ['抑郁症停药以后复发的几率大吗？', '第一次发作规范治疗后，大约一半的人会复发，所以巩固期很重要。', 'zh'],
      ['这个病遗传给孩子的可能性大吗？', '有一定遗传倾向，但大多数孩子不会得。', 'zh'],
    ]);
  });

  it('holds "能治好吗？" / "Can it be cured?" left without a word on the outlook; a plan of treatment alone is none', () => {
    // toyhom-329: "prognosis question … ignored", under a stock text on the tests to do.
    expect(heldQuotes('我想知道癫痫该做什么检查啊？能不能治好啊我都还没结婚啊。', '癫痫是一种慢性病，需要到医院复诊神经内科，做一下脑电图等检查，然后对症的药物治疗。'))
      .toEqual(['能不能治好啊我都还没结婚啊。']);
    expect(heldQuotes('我得了强迫症，能治好吗？', '先吃氟伏沙明，每天50mg，两周后复诊。')).toEqual(['能治好吗？']);
    expect(heldQuotes('I was diagnosed with OCD. Can it be cured?', 'Start fluvoxamine 50 mg at night and see me in two weeks.', 'en')).toEqual(['Can it be cured?']);
    expect(heldQuotes('Can depression be cured?', 'Take your tablets every morning with breakfast.', 'en')).toEqual(['Can depression be cured?']);
    // "彻底" asked, and "控制" only as an outlook: "症状控制情况" is not one.
    expect(heldQuotes('这两个药就能彻底治好幽门螺杆菌吗？', '吃两周，一个月后复查呼气试验。')).toEqual(['这两个药就能彻底治好幽门螺杆菌吗？']);
    expect(heldQuotes('这两个药就能彻底治好幽门螺杆菌吗？', '规范吃两周，大部分人能根除，一个月后复查。')).toEqual([]);
    expect(heldQuotes('孩子哮喘能治好吗？', '雾化要坚持，症状控制情况每天记下来，可以买一个储雾罐。')).toEqual(['孩子哮喘能治好吗？']);
    // "It depends on the person" said of the outlook is one; an "it depends" said of something else
    // is not (covid-zh-525: the nebuliser's time "根据…而定").
    expect(heldQuotes('孩子哮喘能治好吗？', '要看具体情况，大部分孩子长大会好转。')).toEqual([]);
    expect(heldQuotes('孩子哮喘能治好吗？', '这个因人而异。')).toEqual([]);
    expect(heldQuotes('孩子这个病是不是只能控制不能根治？', '肺功能和过敏原都需要查，雾化时间要根据孩子症状控制情况而定，可以买一个储雾罐。'))
      .toEqual(['孩子这个病是不是只能控制不能根治？']);
    // A yes standing as the answer still is one: "能，…", "不一定 …".
    expect(heldQuotes('孩子哮喘能治好吗？', '能，规范治疗。')).toEqual([]);
    expect(heldQuotes('那是不是接触病毒量越大，潜伏期越短呢', '不一定 主要的看她有问题没，这才是关键。')).toEqual([]);
    expect(heldQuotes('孩子哮喘能治好吗？', '规范治疗大多能控制得很好。')).toEqual([]);
    expectTakenUp([
      ['我得了强迫症，能治好吗？', '强迫症通过药物加认知行为治疗，大部分人症状能明显减轻。', 'zh'],
      ['孩子的抽动症能不能治好？', '多数孩子到青春期会逐渐减轻甚至消失。', 'zh'],
      ['抑郁症能根治吗？', '抑郁症规范治疗后很多人能达到临床痊愈，但要足疗程。', 'zh'],
      ['癫痫能治好吗？', '容易反复发作，需要长期治疗。', 'zh'],
      ['I was diagnosed with OCD. Can it be cured?', 'Most people get much better with an SSRI and ERP therapy, though some symptoms may linger.', 'en'],
      ['Will this rash go away on its own?', 'Yes, it usually fades in one to two weeks.', 'en'],
      ['Is there a cure for tinnitus?', "There isn't one yet, but most people find it bothers them less over time.", 'en'],
      ['Will I have to take antidepressants forever? Can depression be cured?', 'Most people take them for 6-12 months after they feel better, then taper. Many recover fully.', 'en'],
    ]);
  });

  it('holds "会是甲亢吗？" / "Could it be covid?" left without a stance, what it turns on or the test that tells; advice alone is none', () => {
    // mie-test-88: the fear named, and the reply on treatment and exercise.
    expect(heldQuotes('最近心烦睡不好，这个焦虑症会是更年期的症状吗？', '这个病是不好治，除了药物治疗外，平时自己还要运动，多参加集体活动。')).toEqual(['这个焦虑症会是更年期的症状吗？']);
    expect(heldQuotes('我老是失眠，是不是抑郁症？', '睡前不要玩手机，可以喝点热牛奶。')).toEqual(['是不是抑郁症？']);
    expect(heldQuotes('头疼好几天了，不会是脑瘤吧？', '吃点布洛芬，多休息。')).toEqual(['不会是脑瘤吧？']);
    expect(heldQuotes("I've had a dry cough and fever for two days. Could it be covid?", 'Rest, drink fluids and take paracetamol for the fever.', 'en')).toEqual(['Could it be covid?']);
    expect(heldQuotes('My hands shake and my heart races. Do I have an overactive thyroid?', 'Cut down on coffee and try to sleep earlier.', 'en')).toEqual(['Do I have an overactive thyroid?']);
    expectTakenUp([
      ['最近总是心慌手抖，会是甲亢吗？', '建议抽血查一下甲功。', 'zh'],
      ['最近总是心慌手抖，会是甲亢吗？', '心慌手抖多见于焦虑，也要排除甲亢。', 'zh'],
      ['我老是失眠，是不是抑郁症？', '单纯失眠不一定是抑郁症，还要看情绪和兴趣有没有变化。', 'zh'],
      ['头疼好几天了，不会是脑瘤吧？', '你这个更像紧张性头痛。', 'zh'],
      ['脸上长痘，是不是内分泌失调引起的？', '青春期长痘很常见，和激素水平有关。', 'zh'],
      ['查出甲状腺结节，是不是癌？', '大部分甲状腺结节是良性的，要看B超分级，3类以下一般定期复查就行。', 'zh'],
      ["I've had a dry cough and fever for two days. Could it be covid?", 'It could be; please do a rapid test today and isolate until you know.', 'en'],
      ['My hands shake and my heart races. Do I have an overactive thyroid?', "A simple blood test will tell us; I'll request TSH and T4.", 'en'],
      ['I get headaches every afternoon. Could it be my new glasses?', 'New lenses often cause headaches for the first week or two.', 'en'],
      ['Do you think she has ADHD?', "I'd need to assess her properly first, with reports from school.", 'en'],
      // "Do I have to …" asks what to do, not whether one has an illness.
      ['Do I have to worry about milk, eggs, or fruits?', 'Wash fruit well before eating it.', 'en'],
      // Asking more is how the doctor finds out (a closing "Any other questions?" is not that).
      ['我老是失眠，是不是抑郁症？', '失眠多久了？白天情绪怎么样？', 'zh'],
      ['I keep checking the locks over and over. Do I have OCD?', 'Many people check things when stressed. How much time does it take each day?', 'en'],
      ["I've been crying a lot since the birth. Is this postnatal depression? Is it safe to breastfeed on sertraline?",
        'It could well be; your midwife can do an EPDS screen. Sertraline is one of the preferred options while breastfeeding.', 'en'],
    ]);
    expect(heldQuotes('我老是失眠，是不是抑郁症？', '睡前不要玩手机。还有什么问题吗？')).toEqual(['是不是抑郁症？']);
    expect(heldQuotes('I keep checking the locks. Do I have OCD?', 'Try to cut down on caffeine. Any other questions?', 'en')).toEqual(['Do I have OCD?']);
  });

  it('reads "会不会是新冠？", "有没有可能是…", "是否是…症状" as asking whether it is that illness, taken up by what the call rests on or the test that tells', () => {
    expect(heldQuotes('发热快38度，会不会是新冠？', '多喝水，注意休息。')).toEqual(['会不会是新冠？']);
    expect(heldQuotes('眼睛充血两天了，有没有可能是新冠肺炎？', '多喝水，注意休息，吃点感冒药。')).toEqual(['有没有可能是新冠肺炎？']);
    expectTakenUp([
      // Real replies in the dev threads (covid-zh-936, covid-zh-432, mie-dev-132).
      ['肚子一直咕噜响，是不是新冠肺炎症状？', '不用紧张，目前没有充足依据。建议消化科看看。', 'zh'],
      ['发热快38度，会不会是新冠？', '建议拍肺CT，有没有胸闷、呼吸困难？', 'zh'],
      ['胸闷一个月了，会不会是冠心病？', '需要看看颈动脉超声，看看有无动脉硬化，再决定下一步是否做造影。', 'zh'],
      ['低烧两天，会不会是新冠？', '总体看目前不支持新冠肺炎。', 'zh'],
      // Asked bare (covid-zh-936, mie-dev-132).
      ['肚子一直咕噜响，大便不成形，是新冠肺炎吗', '不用紧张，目前没有充足依据。建议消化科看看。', 'zh'],
      ['看结果是冠心病吗？如果吃段时间药效果不好的话有必要做造影看看吗？', '需要看看颈动脉超声，看看有无动脉硬化，再决定下一步是否做造影！', 'zh'],
    ]);
    expect(heldQuotes('肚子一直咕噜响，大便不成形，是新冠肺炎吗', '多喝水，吃点益生菌。')).toEqual(['是新冠肺炎吗']);
    // Asked bare, it is answered as doctors answer it: the name said first, "就是…", "看着是…".
    expectTakenUp([
      ['最近老是紧张心慌，是焦虑症吗？', '焦虑症，建议吃舍曲林。', 'zh'],
      ['低烧两天，是新冠吗？', '你这个就是普通感冒，不用担心。', 'zh'],
      ['孩子手上脚上起疹子，这是手足口病吗？', '看着是手足口，注意隔离。', 'zh'],
    ]);
    // Named further on, the illness is talked about, not called.
    expect(heldQuotes('最近老是紧张心慌，是焦虑症吗？', '多运动，少喝咖啡，焦虑症要规律作息。')).toEqual(['是焦虑症吗？']);
    // A germ's name is no test that tells: "真的是这样吗？" is not taken up by a stock text on 幽门螺杆菌.
    expect(heldQuotes('医生说两种药就够了，真的是这样吗？', '幽门螺杆菌治疗方案以全面修补胃肠黏膜为关键，以绝灭幽门螺杆菌为根本。')).toEqual(['真的是这样吗？']);
  });

  it('reads any "是不是…", "是…吗", "A还是B" and "也就是说不是…？" as asking which illness it is; care, a medicine or "no need" said of something else leave it', () => {
    // An illness without a telling ending ("白癜风"), and "不用特别忌口", which is said of the diet.
    expect(heldQuotes('孩子脸上有一块一块的白斑，是不是白癜风啊？平时要注意防晒吗', '要注意防晒，出门戴帽子，涂儿童防晒霜。饮食正常就行，不用特别忌口。')).toEqual(['是不是白癜风啊？']);
    expect(heldQuotes('腰疼得厉害，是腰肌劳损还是腰间盘突出啊？贴膏药有用吗', '膏药可以贴，一次一贴，贴12小时。最近别搬重物，睡觉时膝盖下面垫个枕头。')).toEqual(['是腰肌劳损还是腰间盘突出啊？']);
    expect(heldQuotes('心电图报告写着窦性心律不齐，也就是说不是心脏病？我平时还能跑步吗', '跑步可以，运动前热身十分钟，循序渐进。')).toEqual(['也就是说不是心脏病？']);
    expect(heldQuotes('我爸最近走路小碎步，手也抖，是帕金森吗？家里要注意点什么', '家里要注意防跌倒，地面保持干燥，卫生间装扶手。')).toEqual(['是帕金森吗？']);
    // toyhom-5329: "一般都是可以…配合" says what patients can do, not which illness it is.
    expect(heldQuotes('近两周吃完饭老打嗝，胃胀胃痛。胃病还是胃癌反应？', '建议可以通过中医来治疗，中药比较平和，病人一般都是可以配合服用的，平时注意饮食。')).toEqual(['胃病还是胃癌反应？']);
    expectTakenUp([
      ['喉咙疼流鼻涕，没发烧，是流感吗？要不要吃奥司他韦', '普通感冒而已，流感一般起病急、高烧。奥司他韦不用吃。', 'zh'],
      // What it is, named ("这是荨麻疹"): from a held-out set, which the first reading held.
      ['身上突然起风团，几个小时就消了，又在别的地方起，是过敏吗？', '这是荨麻疹，本质上是一种过敏反应，可以吃氯雷他定。', 'zh'],
      ['孩子脸上有一块一块的白斑，是不是白癜风啊？', '边界清楚、颜色瓷白的话要警惕白癜风，去皮肤科照个伍德灯就知道。', 'zh'],
      ['腰疼得厉害，是腰肌劳损还是腰间盘突出啊？', '腿不麻不放射，多半是腰肌劳损。', 'zh'],
      ['近两周吃完饭老打嗝，胃胀胃痛。胃病还是胃癌反应？', '这个年纪一般都是功能性消化不良，不放心可以做个胃镜。', 'zh'],
      ['那现在是不是已经是晚期了', '可以耐受介入手术的。具体情况需要请教介入科。', 'zh'],
      ['太阳穴胀痛好困，是不是新冠肺炎哦！！', '有没发热', 'zh'],
      // How much, how bad or what it does, not which illness: read as any yes/no question.
      ['如果她是患者，我接触的病毒量是不是大呀', '当然了。', 'zh'],
      ['是对心脏有损伤吗？不影响以后的生活吧？', '不会的。只要好了没影响', 'zh'],
      ['痛风石都有了，这种汤是不是嘌呤特别高', '对，涮久了的火锅汤嘌呤很高，汤一口别喝。', 'zh'],
    ]);
  });

  it('reads "怎么才叫治愈" as asking the mark of a cure, and "准不准" as asking whether a test can be trusted', () => {
    // covid-zh-85: whether it can be cured is answered, what counts as cured is not.
    expect(heldQuotes('已经治疗了两个月，不知道怎么才叫治愈？这个病能治断根吗？', '可以用激素治疗，断根有难度。')).toEqual(['不知道怎么才叫治愈？']);
    // covid-zh-415: a reply that asks the result and lists when to see a doctor says nothing of how far to trust it.
    expect(heldQuotes('喉咙痛，去医院没有做ct，只做了核酸检测，这样准不准的', '核酸结果是什么？如果体温超过38度、呼吸困难，建议及时就诊。')).toEqual(['这样准不准的']);
    expectTakenUp([
      ['已经治疗了两个月，不知道怎么才叫治愈？', '皮疹完全消退、停药半年不复发就算临床治愈。', 'zh'],
      ['这个病能治断根吗？', '断根有难度，但可以控制。', 'zh'],
      ['只做了核酸检测，这样准不准的', '核酸有一定假阴性，隔一天再查一次更稳妥。', 'zh'],
      ['抗原阴性准吗？', '症状出现头两天可能测不出来，明天再测一次。', 'zh'],
    ]);
  });

  it('reads "后遗症有吗？" as not taken up by the chance of a cure (toyhom-6219)', () => {
    expect(heldQuotes('他们家两个人有癫痫，想问一下癫痫后遗症有吗？能治愈的吗？', '这种病及早治疗效果越好，可以中医调养，但是完全治愈的可能性不太大。')).toEqual(['想问一下癫痫后遗症有吗？']);
    expectTakenUp([['想问一下癫痫后遗症有吗？', '规范治疗控制住发作的话，留下智力方面问题的可能很小。', 'zh']]);
  });

  it('reads "是真的吗？" as asking whether what the patient heard holds: an advertisement or advice leaves it (toyhom-6460)', () => {
    expect(heldQuotes('据说上海医院看胃病比较好，是真的吗？', '最好的胃病医院有好多，这家是三级甲等医院，综合实力雄厚。平时注意饮食，保持心情舒畅。')).toEqual(['是真的吗？']);
    expectTakenUp([
      ['网上说喝醋能软化血管，是真的吗', '醋对血管没什么作用，血脂高还是要靠饮食和药物。', 'zh'],
      ['听说血压药一吃就停不了，跟上瘾一样，是真的吗', '降压药没有成瘾性，要长期吃是因为高血压是慢性病。', 'zh'],
      ['有人跟我说降压药要换着吃，一种吃久了就没效果了，是不是这么回事', '降压药不存在耐药的问题，血压控制得好，一种药可以一直吃下去。', 'zh'],
      ['我朋友说吃了避孕药以后就不容易怀孕了，是真的吗', '短效避孕药停药后排卵很快就能恢复，大部分人一两个月生育能力就回到原来的水平。', 'zh'],
    ]);
  });

  it('reads "好事还是坏事" as a question without a mark, asking what a change means: the next step alone leaves it', () => {
    expect(heldQuotes('白细胞降下来了是好事还是坏事，需要打升白针吗', '要不要打升白针主要看中性粒细胞，低于1.0一般需要打，多吃鸡蛋瘦肉。')).toEqual(['白细胞降下来了是好事还是坏事']);
    expect(heldQuotes('胃镜病理从中度肠化变成轻度肠化，是好还是坏', '肠化是慢性萎缩性胃炎常见的病理改变，和幽门螺杆菌感染、腌制食品有关，平时饮食规律，戒烟限酒。')).toEqual(['是好还是坏']);
    expectTakenUp([
      ['乙肝大三阳变小二阳，好还是坏？', '说明病毒复制减少了，是好的变化，但还要结合DNA看。', 'zh'],
      ['宝宝大便从一天五六次变成两三天一次，这是好还是坏', '两个月后排便次数减少很常见，只要大便是软的，这是肠道发育成熟了。', 'zh'],
      ['甲状腺结节从0.5长到0.7了，这个变化好还是坏，需不需要开刀', '一年长了两毫米，变化很小，也可能是测量误差。没有可疑特征不用手术，半年后复查B超。', 'zh'],
    ]);
  });

  it('reads "不知道你的…情况" as no "it depends", a test to rule out other things as no word on which illness, and asks whether a vaccine takes', () => {
    // toyhom-3362: what the doctor does not know of the patient's state is not what the answer turns on.
    expect(heldQuotes('我天生就是乙肝病毒携带者，遗传乙肝生小孩会遗传吗?', '暂时没什么办法根治。不知道你的乙肝情况中怎么样，在医生的指导下可以怀孕。')).toEqual(['遗传乙肝生小孩会遗传吗?']);
    // covid-zh-1060: the CT is to rule out other lung problems.
    expect(heldQuotes('这个该怎么治疗啊？这个是不是咳嗽变异性哮喘？？', '如果是过敏，可以吸入药物。先做CT排除肺部有无其他问题')).toEqual(['这个是不是咳嗽变异性哮喘？？']);
    // toyhom-2914: a vaccine named in another story says nothing of antibodies.
    expect(heldQuotes('肝功能正常，乙肝病毒携带者打疫苗会产生表面抗体吗？', '25阳性一般见于打疫苗后出现的，不一定是乙肝携带者。建议平时作好防御就行。')).toEqual(['乙肝病毒携带者打疫苗会产生表面抗体吗？']);
    expectTakenUp([
      ['小孩长了个包，是霰粒肿还是粉瘤？', '我不知道你这个孩子到底长的是霰粒肿还是粉瘤，治疗方案都不同，建议提供照片再咨询。', 'zh'],
      ['这个是不是咳嗽变异性哮喘？', '要做个肺功能加激发试验才能确定。', 'zh'],
      ['乙肝病毒携带者打疫苗会产生表面抗体吗？', '携带者打疫苗没有用，不会产生保护作用，不需要打。', 'zh'],
      ['我妈说我小时候打过乙肝疫苗，现在还有用吗', '疫苗的保护可能会减弱，查一下表面抗体，低于10就补种一针。', 'zh'],
    ]);
  });

  it('reads a question the reply copies word for word as said back, not answered (toyhom-6606)', () => {
    const patient = '胃胀在家看，吃了两种药还是痛，是不是两种药发生反应将胃吃坏了。';
    const echo = '是不是两种药发生反应将胃吃坏了。';
    expect(heldQuotes(patient, `${echo}一般来说给孩子吃点健胃消食片就行，多喝点米粥。`)).toEqual(['是不是两种药发生反应将胃吃坏了。']);
    // The copy masked, what follows it is read as ever.
    expectTakenUp([[patient, `${echo}两种药之间没有冲突，胃痛多半是胃胀气引起的。`, 'zh']]);
  });

  it('takes illnesses named for "还有什么病引起气喘的？", and the call or the test for "能确诊吗？"', () => {
    // Real replies in the dev threads (covid-zh-296, covid-zh-987, covid-zh-1055), each beside a question they leave.
    expect(heldQuotes('还有什么病引起气喘的？保守治疗能有多长时间？', '心脏疾病，心功能不全等。')).toEqual(['保守治疗能有多长时间？']);
    expect(heldQuotes('能确诊吗？要治疗多久？', '查体结论写得很清楚，就是肺气肿，多与吸烟相关。')).toEqual(['要治疗多久？']);
    expect(heldQuotes('能否知道到底是什么肿瘤？保守治疗能有多长时间？', '建议抽腹水后做一个细胞学检查。')).toEqual(['保守治疗能有多长时间？']);
    // "如何进行下一步检查治疗" is taken up by a test named (covid-zh-1060's real reply).
    expect(heldQuotes('顺尔宁吃了半月无效，如何进行下一步检查治疗，是否必须马上去医院？', '你好，可以到医院做个CT看看')).toEqual([]);
    expect(heldQuotes('顺尔宁吃了半月无效，如何进行下一步检查治疗，是否必须马上去医院？', '你好，可以到医院看看')).toEqual(['如何进行下一步检查治疗']);
    // A test by its own name answers "要作什么检查？".
    expect(heldQuotes('颈椎病有影响吗？肺功能要作什么检查？', '颈椎病一般不会。舒张试验或者激发试验。')).toEqual([]);
    expect(heldQuotes('还有什么病引起气喘的？保守治疗能有多长时间？', '多休息，少熬夜。')).toEqual(['还有什么病引起气喘的？', '保守治疗能有多长时间？']);
  });

  it('takes an apology or "在的" for "你如果忙就换个人回答可以么" / "Are you there?", and leaves the questions beside it to be answered', () => {
    // covid-zh-909: "'change doctor' meta-question treated as answered by apology".
    expect(heldQuotes('你看我血常规了么、白细胞增多\n你如果忙就换个人回答可以么、\n22号拍的CT正常、我明天还用去拍Ct么', '你好！不好意思，刚才来了个急诊。你不是新冠'))
      .not.toContain('你如果忙就换个人回答可以么');
    expect(answerFindings('医生您现在方便吗？想问一下复查的事', '抱歉刚在门诊，复查一个月后来就行。')).toEqual([]);
    expect(answerFindings('Doctor, are you there? Should I increase the dose?', 'Sorry for the delay. No, keep the same dose for two more weeks.', 'en')).toEqual([]);
    // The apology answers the meta-question only.
    expect(heldQuotes('医生你在吗？孩子发烧39度，要吃什么药？', '在的，不好意思。')).toEqual(['要吃什么药？']);
    expect(heldQuotes("Are you there? What can I give my son for the fever?", "Sorry, I'm here.", 'en')).toEqual(['What can I give my son for the fever?']);
  });

  it('asks "重不重", "Could she have caught …?" and "What is a …?" as their families do, and takes their answers in other words (no advice left on them)', () => {
    // toyhom-3432, covid-en-104, covid-en-52: advice on questions the reviewers call answered.
    expect(answerFindings('乙肝小三阳，我的肝病重不重?', '小三阳有传染性，肝功能正常证明肝脏暂时未遭到危害。')).toEqual([]);
    expect(heldQuotes('乙肝小三阳，我的肝病重不重?', '多吃蔬菜水果，不要熬夜。')).toEqual(['我的肝病重不重?']);
    expect(answerFindings('She keeps spiking fevers on antibiotics. Could she possibly have caught MRSA?', 'Repeated spiking fevers are suggestive of a non-resolving infection.', 'en')).toEqual([]);
    expect(heldQuotes('She keeps spiking fevers on antibiotics. Could she possibly have caught MRSA?', 'Keep her well hydrated.', 'en')).toEqual(['Could she possibly have caught MRSA?']);
    expect(answerFindings('The X-ray report says right central pneumonia. What is a right central pneumonia?', 'This is an infection in the central part of the right lung, near the airways.', 'en')).toEqual([]);
  });

  it('takes a question back ("您有什么症状吗？", "请告知您的年龄") for the doctor finding out before saying how serious or what it is, and not for a reply that answered some questions', () => {
    // Real first replies in the data (mie-test-78, mie-dev-145, mie-test-57, covid-zh-420).
    expect(answerFindings('窦性心律不齐这个病严重吗？', '您好，您有什么症状吗？')).toEqual([]);
    expect(answerFindings('有供血不足多年，窦性心律不齐。严重吗', '您好，请告知您的年龄、性别，既往有无高血压、糖尿病。')).toEqual([]);
    expect(answerFindings('她现在心里发慌，是否严重了？', '数数脉搏看看快不快')).toEqual([]);
    expect(answerFindings('I keep checking the locks. Is it serious?', 'How many hours a day does it take?', 'en')).toEqual([]);
    // Asking back answers nothing yet, so it is not "took up one question and left another".
    expect(heldQuotes('今天晚饭后就感到头晕恶心，不会是新冠肺炎症状吧？估计是何病？需要上门诊吗？', '请问之前有高血压病或者其他病史吗？')).toEqual([]);
    // A closing line is not a question back.
    expect(heldQuotes('我老是失眠，是不是抑郁症？', '睡前不要玩手机。还有什么问题吗？')).toEqual(['是不是抑郁症？']);
  });

  it('gives advice at most when the reply only asks back (a platform preamble aside): the answers are still to come', () => {
    const patient = '我现在主要症状干咳，鼻塞，是不是感冒了。请问医生应该怎么治疗呢？应该吃些什么药效果好些呢？';
    for (const draft of ['密切接触的人有没有发病？', '感谢您的信任，病情资料我已详细阅读。根据您现有的资料，建议：现在有什么症状？', '有没发热']) {
      expect(flags(answerFindings(patient, draft)), draft).toEqual([]);
    }
    expect(flags(answerFindings('Could it be covid? What should I take for the cough? Can I go to work?', 'Hi, do you have a fever? Have you lost your sense of smell?', 'en'))).toEqual([]);
    // A list inside the question, a platform's notice before it.
    expect(flags(answerFindings('想请求医生看看我妈像是什么疾病？还需要做哪些检查？', '您好！请问您母亲是否有胸痛、下肢肿痛、痰血、喘鸣、呼吸困难等情况？'))).toEqual([]);
    expect(flags(answerFindings('是不是中医上的燥热？要吃什么药？', '医生给您发来一个提醒： 多久了 腹痛恶心呕吐有吗'))).toEqual([]);
    // Asking and saying something else, in its own sentence or before the question: judged as any reply.
    expect(flags(answerFindings('孩子发烧39度，要吃什么药？多久能好？', '密切接触的人有没有发病？先多喝水。')).map((f) => f.evidence?.text)).toEqual(['多久能好？']);
    // Whether it is a cold is taken up by the question back: the doctor finds out which illness it is.
    expect(answerFindings(patient, '密切接触的人有没有发病？先多喝水。').map((f) => [f.severity, f.evidence?.text])).toEqual([['info', '应该吃些什么药效果好些呢？']]);
    expect(flags(answerFindings('孩子发烧39度，要吃什么药？多久能好？', '吃布洛芬，现在还烧吗？')).map((f) => f.evidence?.text)).toEqual(['多久能好？']);
    // A clause read as asking ("软化几个小时", "要不要打…主要看…") with more said after it is no question back.
    expect(heldQuotes('宝宝头上长了好多黄色的痂，是脂溢性皮炎还是湿疹？', '可以先用橄榄油软化几个小时，然后用温水轻轻洗，一次洗不掉就分几次。')).toEqual(['是脂溢性皮炎还是湿疹？']);
  });

  it('takes "当天" for how long, a price in words for how much, a finding for "哪里有问题", and causes listed as the reply opens for why', () => {
    // Real replies inside the dev threads (`npm run quality -- --replay unanswered-question`).
    expect(answerFindings('请问做心肌酶检查要多久才能拿到报告？', '一般当天就能拿到结果。')).toEqual([]);
    expect(answerFindings('你们医院可以做吗？手术加复原大概一起要多少费用啊？', '可以，五万')).toEqual([]);
    expect(answerFindings('这个心电图哪里有问题。', 'avf导联T波略微有一点不完全正常')).toEqual([]);
    expect(answerFindings('是什么原因导致的结膜下充血呢', '揉眼，熬夜，视疲劳等，一般有高血压，动脉硬化等的人常见')).toEqual([]);
    // Not a list further on: toyhom-7443's stock recipe ("黑矾、黑枣、核桃仁…等") is no cause.
    expect(flags(answerFindings('说是糜烂性胃炎为什么还长了几个瘤', '现讲解一祖传中药配方：黑矾、黑枣、核桃仁、栀子、茯苓、砂仁等互相配合动用，可以彻底根治。'))).toHaveLength(1);
  });

  it('takes a yes or no standing as the answer ("嗯", "对，…", "没有必要") and how to book for "要预约吗"', () => {
    // A Chinese yes or no standing alone answers the one yes/no question ("我也要去照心电图了？" →
    // "对，…"); among several it may be any one's, and holds none (mie-dev-88, replayed).
    expect(answerFindings('我也要去照心电图了？', '对，你和医生说你的症状。')).toEqual([]);
    expect(flags(answerFindings('产检B超这些胎儿什么情况都能知道的吧？意思是产检，我也要去照心电图了？', '你指什么情况。对。你和医生说你的症状'))).toEqual([]);
    // "需要…吗" asked at length is still asked whether it is needed: "没有必要" answers it.
    expect(answerFindings('我这种情况有传染性吗？基于目前的社会情况，我需要按疑似新冠病例居家隔离吗？', '没有必要，做好个人卫生和防护就可以了。')).toEqual([]);
    // A bare yes as the whole reply; how to book for "需要提前预约吗".
    expect(answerFindings('这个病好看吗？', '嗯')).toEqual([]);
    expect(answerFindings('到你们那里挂号住院方便吗？需要提前预约吗', '网上挂号，挂周一张志辉副主任医师的号子')).toEqual([]);
    expect(flags(answerFindings('这个病好看吗？要吃多久的药？', '嗯'))).toHaveLength(1);
  });

  it('counts a shaped question answered in its shape as taken up: a brief reply that answers only "一天吃几次" leaves "可以碾碎吗"', () => {
    expect(flags(answerFindings('孩子的药可以碾碎吗？一天吃几次？', '一天两次。')).map((f) => f.evidence?.text)).toEqual(['孩子的药可以碾碎吗？']);
    expect(answerFindings('孩子的药可以碾碎吗？一天吃几次？', '可以碾碎，一天两次。')).toEqual([]);
  });

  it('takes a step using the verb of a how-to question as taking it up ("怎么测血压才准" → "休息5分钟后测"); 怎么办 asks no way', () => {
    expect(findingsOf(RULE, turn('怎么测血压才准？一天测几次？', '坐着休息5分钟后测，早晚各测一次。', 'zh'))).toEqual([]);
    expect(flags(findingsOf(RULE, turn('怎么测血压才准？一天测几次？', '注意休息，早晚各一次。', 'zh')))).toHaveLength(1);
  });

  it('takes one side named for an alternative question ("morning or at night?" → "At night")', () => {
    expect(findingsOf(RULE, turn('Should I take it in the morning or at night?', 'At night, since it makes you drowsy.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('Is it ibuprofen or paracetamol I should use?', 'Paracetamol is better for you.', 'en'))).toEqual([]);
  });

  it('holds "how long" left without any duration in a long reply, and takes a condition for "when"', () => {
    const patient = 'How long will the nausea from sertraline last?';
    const draft = 'Nausea is a common side effect of sertraline when starting. Take it with food, drink water, and keep taking it as prescribed.';
    expect(flags(findingsOf(RULE, turn(patient, draft, 'en'))).map((f) => f.evidence?.text)).toEqual([patient]);
    const when = 'When do I need to go to a doctor?';
    expect(flags(findingsOf(RULE, turn(when, 'Go to the ER if you have trouble breathing or chest pain.', 'en')))).toEqual([]);
  });

  it('holds a reply that stays off two distinct questions, and only advises on one', () => {
    const two = findingsOf(RULE, turn('Can I take ibuprofen together with sertraline? Should my daughter get the flu vaccine?', 'Rest, drink plenty of fluids and keep a diary of your symptoms.', 'en'));
    expect(flags(two)).toHaveLength(2);
    const one = findingsOf(RULE, turn('Should my daughter wear glasses?', 'Rest, drink plenty of fluids and keep a diary of your symptoms.', 'en'));
    expect(one.map((f) => f.severity)).toEqual(['info']);
    // A question whose answer has a shape of its own (whether to have a vaccine) is held alone too.
    const vaccine = findingsOf(RULE, turn('Should my daughter get the flu vaccine?', 'Rest, drink plenty of fluids and keep a diary of your symptoms.', 'en'));
    expect(vaccine.map((f) => f.severity)).toEqual(['warning']);
  });

  it('holds a what/how question when the reply is only "OK" or "Sure", and leaves the yes/no one as advice', () => {
    for (const draft of ['OK.', 'Sure, noted. Take care.']) {
      const fs = findingsOf(RULE, turn('Should I increase the sertraline? What can I do about the insomnia?', draft, 'en'));
      expect(flags(fs).map((f) => f.evidence?.text)).toEqual(['What can I do about the insomnia?']);
    }
  });

  it('does not take a sentence opening with "when I …" and no "?" for a question', () => {
    expect(findingsOf(RULE, turn("My back hurts. Then when I stand upright it's worse.", 'This sounds muscular; try gentle stretching.', 'en'))).toEqual([]);
  });
});
