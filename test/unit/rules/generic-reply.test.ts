import { describe, expect, it } from 'vitest';
import { findingsOf, flags, turn } from './helpers';

const RULE = 'generic-reply';
const patientZh = '吃了舍曲林两个月，最近又开始心慌失眠，要不要加量？还是换药？';

describe('generic-reply (zh)', () => {
  it('flags the seed 000 §2 reply "多放松，别想太多", quoting the stock phrase', () => {
    const draft = '多放松，别想太多。';
    const [f, ...rest] = findingsOf(RULE, turn(patientZh, draft, 'zh'));
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence?.source).toBe('draft');
    expect(draft.slice(f?.evidence?.start, f?.evidence?.end)).toBe(f?.evidence?.text);
    expect(['放松', '别想太多']).toContain(f?.evidence?.text);
    expect(f?.message.zh).toContain('具体');
    expect(f?.message.en.length).toBeGreaterThan(0);
  });

  it.each([
    ['greeting', '您好，多放松，别想太多。'],
    ['comfort', '理解你现在的担心和难受，别太着急，我们一起来想办法。多放松，别想太多。'],
    ['closing line', '多放松，别想太多。若后续还有什么疑问，还可继续线上联系我。祝早日康复！'],
  ])('still flags stock advice framed with a %s (the one-click fixes add those)', (_, draft) => {
    expect(flags(findingsOf(RULE, turn(patientZh, draft, 'zh')))).toHaveLength(1);
  });

  it('does not take the doctor asking about a habit for stock advice ("是不是不经常锻炼？", "熬夜吗")', () => {
    // Real replies inside the dev threads (`npm run quality -- --replay generic-reply`).
    expect(findingsOf(RULE, turn('有时候跑完步感觉头有点不舒服，还有胸口像堵住一样', '是不是不经常锻炼？', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('他就是整天在电脑前画图，喝酒抽烟都没有', '熬夜吗', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('Why do I keep getting headaches?', 'Do you get enough sleep?', 'en'))).toEqual([]);
    // Told, it is.
    expect(findingsOf(RULE, turn('他就是整天在电脑前画图，喝酒抽烟都没有', '别熬夜，多锻炼。', 'zh'))).toHaveLength(1);
  });

  it('takes a named medicine as advice for this patient, not stock', () => {
    expect(findingsOf(RULE, turn('发烧38度，嗓子疼，要吃什么药？', '多喝水，多休息，布洛芬按需吃。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('I have a cold, what should I do?', 'Rest, drink plenty of fluids, and take paracetamol for the fever.', 'en'))).toEqual([]);
  });

  it('takes how to take the medicine as advice for this patient ("饭后吃", "take it with food"); sleep advice stays stock', () => {
    expect(findingsOf(RULE, turn('吃舍曲林后一直恶心', '饭后吃，多喝水，注意休息。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('Sertraline makes me feel sick', 'Take it with food, drink water and rest.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('最近睡不好', '注意规律作息，睡前别看手机，多运动。', 'zh'))).not.toEqual([]);
  });

  it('flags the stock of low mood and family advice ("多出去走走", "多陪伴孩子，多沟通")', () => {
    expect(flags(findingsOf(RULE, turn('心情不好，不想上班', '多出去走走，多和朋友交流，保持好心情。', 'zh')))).toHaveLength(1);
    expect(flags(findingsOf(RULE, turn('孩子总是发脾气，怎么办？', '多陪伴孩子，多沟通，多鼓励。', 'zh')))).toHaveLength(1);
  });

  it('keeps that advice beside something for this patient unflagged', () => {
    expect(findingsOf(RULE, turn('心情不好，不想上班，已经两周了', '情绪低落两周以上要警惕抑郁，建议做个PHQ-9自评，多出去走走。', 'zh'))).toEqual([]);
  });

  it('takes a word on the patient\'s yes/no question as an answer, however stock the rest; echoing a "how" question is not', () => {
    const asked = '医生，我最近总是心慌，晚上睡不着，是焦虑症吗？';
    expect(findingsOf(RULE, turn(asked, '是焦虑引起的，多运动，放松心情。', 'zh'))).toEqual([]);
    expect(flags(findingsOf(RULE, turn(asked, '多休息，放松心情。', 'zh')))).toHaveLength(1);
    // "失眠怎么办" asks for a way: the symptom repeated around stock advice is still stock.
    expect(flags(findingsOf(RULE, turn('失眠怎么办？', '失眠要注意休息，放松心情。', 'zh')))).toHaveLength(1);
    expect(findingsOf(RULE, turn('I keep having palpitations and cannot sleep. Is it anxiety?', 'It sounds like anxiety. Try to relax and exercise.', 'en'))).toEqual([]);
  });

  it('takes a qualified yes or no opening the reply as an answer ("少数人会", "暂时不用", "Probably not")', () => {
    expect(findingsOf(RULE, turn('舍曲林吃了会发胖吗？', '少数人会，注意饮食和运动。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('咳嗽要吃药吗？', '暂时不用，多喝水，多休息。', 'zh'))).toEqual([]);
    expect(flags(findingsOf(RULE, turn('咳嗽要吃药吗？', '多喝水，多休息。', 'zh')))).toHaveLength(1);
    expect(findingsOf(RULE, turn('Do I need antibiotics for this cold?', 'Probably not. Rest and drink plenty of fluids.', 'en'))).toEqual([]);
  });

  it('takes a "no need" anywhere in the reply as the answer to whether something is needed ("要吃药吗？" → "多休息，不用吃药")', () => {
    expect(findingsOf(RULE, turn('感冒了要吃药吗？', '多休息，不用吃药。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('感冒了需要吃药吗？', '多喝水，多休息，不需要吃药。', 'zh'))).toEqual([]);
    expect(flags(findingsOf(RULE, turn('感冒了要吃药吗？', '多休息，不要紧张。', 'zh')))).toHaveLength(1);
    expect(findingsOf(RULE, turn('Do I need antibiotics for this cold?', 'Rest and fluids, no need for antibiotics.', 'en'))).toEqual([]);
  });

  it('accepts a stock sign-off when the patient only thanked', () => {
    expect(findingsOf(RULE, turn('好的 谢谢医生！', '按时服药，定期检测，欢迎下次咨询。祝好', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('ok thanks doctor', 'Take your medicine on time and rest well. Take care.', 'en'))).toEqual([]);
  });

  it.each([
    ['嗯，那就好好休息就可以了'],
    ['好好保暖，不要劳累，注意作息规律'],
    ['您好，建议您饮食清淡，不要吃生冷辛辣油腻的食物，多喝水，注意保持睡眠充足，适当锻炼身体。'],
    ['保持好心情，多运动。'],
    ['如有不适，及时就医，不必过度紧张。'],
    ['注意休息，调整心态。如果我的解答对您有所帮助，请点击右上角给予评价，谢谢！'],
    ['我打字不方便，你百度搜索一下吧。'],
  ])('flags stock advice with nothing specific: %s', (draft) => {
    expect(flags(findingsOf(RULE, turn(patientZh, draft, 'zh')))).toHaveLength(1);
  });

  it('flags sending the patient to a search engine', () => {
    const [f] = findingsOf(RULE, turn(patientZh, '我打字不方便，你可以百度一下了解相关知识。', 'zh'));
    expect(f?.severity).toBe('warning');
    expect(f?.evidence?.text).toBe('百度一下');
  });

  it('does not take looking up where or how to go for a brush-off', () => {
    expect(findingsOf(RULE, turn('胃疼一个月了怎么办？', '建议去医院做个胃镜，挂号方式可以上网查一下。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('Where can I get tested?', 'You can look online for the nearest testing site, or call 119.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('胃疼一个月了怎么办？', '你可以上网查一下胃疼的原因。', 'zh'))).toHaveLength(1);
  });

  it('takes a pointer elsewhere beside a medicine named for this patient as an answer that also points elsewhere', () => {
    const zh = '具体原因需要检查，你可以上网查一下紧张性头痛的介绍，多半是这个：睡眠不足、压力大引起，可以先吃布洛芬，规律作息。';
    expect(findingsOf(RULE, turn('头疼一周了，是什么原因？', zh, 'zh'))).toEqual([]);
    const en = 'Difficult to advise without more information, but it sounds like a tension headache: take paracetamol up to four times a day.';
    expect(findingsOf(RULE, turn('I have had a headache for a week, what could it be?', en, 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('I have had a headache for a week, what could it be?', 'Difficult to advise without more information, so seek evaluation by a doctor.', 'en'))).toHaveLength(1);
  });

  it.each([
    ['幽门螺杆菌是什么？', '自己去搜搜吧。', 'zh'],
    ['What is H. pylori?', 'Search the internet for more information.', 'en'],
    ['What is H. pylori?', 'Please look online.', 'en'],
  ] as const)('flags other ways of sending the patient to search: %s → %s', (patient, draft, lang) => {
    const [f] = flags(findingsOf(RULE, turn(patient, draft, lang)));
    expect(f?.message.en).toMatch(/brush-off/);
  });

  it.each([
    ['舍曲林可以加到100mg，两周后看心慌有没有缓解，平时多放松。'],
    ['是的，注意别劳累、感冒。'],
    ['心慌失眠可能和剂量不够有关，先加到75mg，注意休息。'],
    ['可以先不换药。'],
    ['心慌可能和舍曲林剂量不够有关，先加到75mg；如有不适，及时就医。'],
    ['不要相信百度上说的，舍曲林两个月后心慌多半是焦虑本身，先不换药。'],
  ])('does not flag a reply that says something specific: %s', (draft) => {
    expect(flags(findingsOf(RULE, turn(patientZh, draft, 'zh')))).toEqual([]);
  });

  it('marks a borderline stock reply as info only, never as a flag', () => {
    const fs = findingsOf(RULE, turn(patientZh, '最近压力大，多放松，注意休息，保持好心情就会慢慢好。', 'zh'));
    expect(flags(fs)).toEqual([]);
    expect(fs.map((f) => f.severity)).toEqual(['info']);
  });

  it('says nothing about an empty draft', () => {
    expect(findingsOf(RULE, turn(patientZh, '', 'zh'))).toEqual([]);
  });
});

describe('generic-reply (en)', () => {
  const patientEn = 'My mother has COPD and uses an inhaler; she now has a fever. What should she take?';

  it.each([['Just relax and get some rest.'], ["Don't overthink it, drink plenty of fluids."], ['Go for walks, get fresh air and talk to friends.']])(
    'flags stock advice only: %s',
    (draft) => {
      expect(flags(findingsOf(RULE, turn(patientEn, draft, 'en')))).toHaveLength(1);
    },
  );

  it('flags a non-committal deflection', () => {
    const [f] = findingsOf(
      RULE,
      turn(patientEn, 'Seek evaluation. Difficult to advise without more information.', 'en'),
    );
    expect(f?.severity).toBe('warning');
  });

  it.each([
    ['She can take paracetamol for the fever and keep using her inhaler; get some rest.'],
    ['Yes, relax.'],
  ])('does not flag: %s', (draft) => {
    expect(flags(findingsOf(RULE, turn(patientEn, draft, 'en')))).toEqual([]);
  });
});
