import { describe, expect, it } from 'vitest';
import { findingsOf, turn, withFix } from './helpers';

const RULE = 'referral-without-reason';
const patientZh = '我最近情绪很差，吃舍曲林两个月了，还是睡不好，要不要换药？';
const patientEn = 'I have had chest pain on and off for a week. Should I be worried?';
const inZh = (draft: string) => findingsOf(RULE, turn(patientZh, draft, 'zh'));
const inEn = (draft: string) => findingsOf(RULE, turn(patientEn, draft, 'en'));

describe('referral-without-reason (zh)', () => {
  it.each([
    '马上打120或者让家人立刻送你去最近的急诊，可能需要洗胃和观察。',
    '嘴唇肿加喘不上气是严重过敏反应，很危险，立刻停药，马上去最近的急诊。',
    '如果吞咽时疼得吃不下饭或者扁桃体上有脓点，要去医院看看是不是合并了细菌感染。',
    '乏力一般一两周慢慢好转。有心慌胸痛再及时就医。',
    '要是出现嘴唇肿、呼吸急促、呕吐，要马上去医院。',
    '可能是阴道炎，需要去妇科查个白带常规，看看是霉菌、滴虫还是细菌性的。',
    '这是急性肌张力障碍，需要尽快去急诊打一针东莨菪碱。',
    '要警惕肠梗阻，这个要马上去儿科急诊，需要拍腹部片子。',
    '这是荨麻疹，可以先吃氯雷他定。如果出现嗓子发紧、喘不上气，要马上去急诊。',
    '这种叫双排牙，去口腔科把乳牙拔掉就行。',
    '要高度警惕心肌梗死，这是急症！请立即拨打120，不要自己开车去医院。',
    '你现在的情况非常危险，需要马上抢救。请立即拨打120或让家人送你去最近的急诊。',
    '请现在就去产科急诊做胎心监护，看看宝宝在宫内的情况。',
    '阳后嗅觉一个月没恢复的话，可以到耳鼻喉科做嗅觉功能检查。',
    '如果出现喷射性呕吐、吐黄绿色液体，要及时到儿科检查。',
    '如果是突然发生的剧烈头痛、伴有呕吐或手脚无力，需要立即就医。',
    '如果伴有腹胀呕吐或便中带血，要去儿科就诊。',
    '先去口腔科消炎处理，局部冲洗上药。',
  ])('takes the reason as doctors give it, above all in an emergency (probed wordings): %s', (draft) => {
    expect(inZh(draft)).toEqual([]);
  });

  it('does not take medicine tried first for the visit\'s reason ("可以先用点药，不好再去医院")', () => {
    expect(inZh('可以先用点药，不好再去医院。').map((f) => f.severity)).toEqual(['warning']);
  });

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
    ['最好挂个号看看。'],
    ['去医院看看有没有问题。'],
  ])('flags a referral whose only trigger is vague or absent: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toHaveLength(1);
  });

  it.each([
    ['建议去医院做个胸部CT。'],
    ['建议到医院查个血常规，排除感染。'],
    ['口服药物治疗无效可以再去医院复查。'],
    ['建议到医院就诊，明确诊断后再用药。'],
    ['先吃三天药，如果仍然发热，来门诊复诊一下。'],
    ['建议去医院当面让医生看看，需要听一下肺部。'],
  ])('accepts a referral with a named exam, a purpose or a treatment-failure trigger: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientZh, draft, 'zh'))).toEqual([]);
  });

  it('takes a reason said outright, a treatment-failure trigger, a diagnosis not to miss and what is treated there; records sent from a hospital are no referral', () => {
    // Real replies inside the dev threads (`npm run quality -- --replay referral-without-reason`).
    for (const [patient, draft] of [
      ['发烧37°5，血常规和胸片都没问题，有胸闷心慌的情况。', '最常见的就是普通感冒，但感冒会造成心肌炎，因为你有胸闷心慌，建议心内科再去就诊一下'],
      ['我现在该怎么处理？需要到医院做喉镜和胃镜吗？', '考虑咽炎可能性大。建议先用药治疗一下，看看效果。如果效果不明显，再到医院作进一步检查。'],
      ['想问问吃什么药。还是吃丹参滴丸好', '丹参滴丸只是暂时缓解。建议还是去医院系统查查，避免漏诊'],
      ['吃了阿莫西林后焦虑的症状很严重', '您现在主要是要治疗焦虑症，可以到医院心理科看看，配合医生治疗效果才好。'],
      ['去其他医院查出来就是心肌梗塞，心包积液。', '你把心肌梗塞那医院查的检查发过来吧'],
      // The patient asked to come, or where.
      ['如果医院秩序恢复正常了，我能否来挂您专家号看病', '完全恢复正常后，当然可以过来看门诊啊。'],
      ['去哪里可以核酸检查', '不用紧张，去县医院查查吧'],
      ['一般医院可以做吧？', '2甲以上医院'],
    ] as const) expect(findingsOf(RULE, turn(patient, draft, 'zh')), draft).toEqual([]);
    // "以免病情加重" under a stock referral says nothing of what the visit does.
    expect(findingsOf(RULE, turn('乙肝携带者打疫苗会产生抗体吗？', '对于肝病严重患者来说，建议尽快就诊，根据医生的意见来尽快救治，以免病情严重。', 'zh'))).toHaveLength(1);
  });

  it('accepts an exam to do named sentences away from the referral', () => {
    const far =
      '大三阳一般预后良好。怎么治主要看肝功能和肝脏B超的检查情况。平时注意休息。少喝酒。不要熬夜。你最好去医院检查一下。';
    expect(inZh(far)).toEqual([]);
    expect(inZh('先吃药观察。下周复查肝功。多喝水，注意休息，不要熬夜。有空去医院看看。')).toEqual([]);
  });

  it.each([
    ['你的化验结果没有很大问题，肝功能正常，不用担心。平时多休息。少喝酒。建议尽早就诊。'],
    ['乙肝五项检查结果不错。平时注意饮食。不要熬夜。多运动。建议及时就诊。'],
  ])('does not take a result reported far away as the reason for a bare referral: %s', (draft) => {
    expect(inZh(draft)).toHaveLength(1);
  });

  it('takes the sentence right after a long run-on referral as its reason, and its own fix settles it', () => {
    const runOn = '建议尽快就诊，听医生的意见，不要随意停药，否则适得其反，以上意见仅供参考。';
    expect(inZh(runOn + '门诊可以明确诊断，再定方案。')).toEqual([]);
    // Two sentences on, a purpose is about something else.
    expect(inZh(runOn + '平时多休息。门诊可以明确诊断。')).toHaveLength(1);
    const [f] = inZh(runOn + '多喝水。');
    expect(f?.fixes[0]).toBeDefined();
    expect(inZh(withFix(runOn + '多喝水。', f!.fixes[0]!))).toEqual([]);
  });

  it('puts the fix after the referral clause when its sentence runs on to the closing wish at the end', () => {
    const draft = '多喝水。一旦发觉症状加重，就要及时就诊，平时注意饮食，祝您早日康复！';
    const [f] = inZh(draft);
    expect(f?.evidence?.text).toBe('一旦发觉症状加重，就要及时就诊，平时注意饮食，祝您早日康复！');
    expect(f?.fixes[0]?.at).toEqual({ offset: draft.indexOf('平时') });
    const fixed = withFix(draft, f!.fixes[0]!);
    expect(fixed.endsWith('平时注意饮食，祝您早日康复！')).toBe(true);
    expect(findingsOf('missing-closing', turn(patientZh, fixed, 'zh'))).toEqual([]);
    expect(inZh(fixed)).toEqual([]);
  });

  it.each([
    ['胃胀可能是胃肠功能失调的原因，建议马上就诊。'],
    ['可以口服药物对症治疗。对于严重的患者来说，建议尽快就诊。'],
    ['这种病的治疗方案很多。建议及时就诊。'],
  ])('does not take a cause, plan or treatment the visit has no part in as its reason: %s', (draft) => {
    expect(inZh(draft)).toHaveLength(1);
  });

  it.each([['建议去医院查找原因。'], ['到医院看看具体原因。'], ['必要时去医院做检查，对症下药。'], ['建议到门诊调整治疗方案。'], ['去医院明确诊断后才能对症治疗。']])(
    'accepts a visit that finds the cause or makes the plan: %s',
    (draft) => expect(inZh(draft)).toEqual([]),
  );

  it.each([
    ['建议去医院复查一下，看看恢复得怎么样。'],
    ['建议去精神科，专科医生可以给你调药。'],
    ['去医院打个针会好得快。'],
    ['建议来门诊做个心理咨询。'],
    ['建议去医院让医生看看伤口有没有感染。'],
    ['建议去皮肤科看看，可能需要做个真菌镜检。'],
    ['建议去心内科，查一下有没有心律失常。'],
    // What in person allows that online does not.
    ['去医院看一下，线上没法判断。'],
    ['还是建议去医院面诊，当面才能判断清楚。'],
    ['去医院看看，线上看不到具体情况。'],
  ])('accepts what the visit does for the patient (a check on recovery, a drug adjusted, an injection, therapy): %s', (draft) =>
    expect(inZh(draft)).toEqual([]),
  );

  it('ignores drafts that advise against going or mention a visit as a noun', () => {
    expect(findingsOf(RULE, turn(patientZh, '不建议去医院就诊，以免交叉感染。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patientZh, '如果您对本次就诊满意，请给个好评。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patientZh, '舍曲林可以加到100mg，两周后看看效果。', 'zh'))).toEqual([]);
  });

  it('reads traditional Chinese through the normaliser', () => {
    expect(findingsOf(RULE, turn('我最近很焦慮，怎麼辦？', '建議去醫院門診看看。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('我最近很焦慮，怎麼辦？', '建議去醫院門診，做量表評估。', 'zh'))).toEqual([]);
  });

  it('does not mention booking in the message or the fix when the draft already says how to book', () => {
    const [f] = findingsOf(RULE, turn(patientZh, '建议来门诊看看，可以在公众号挂号。', 'zh'));
    expect(f?.message.zh).not.toContain('挂号方式');
    expect(f?.fixes[0]?.text).not.toContain('挂号');
  });

  it.each([
    ['咳嗽三周了，怎么办？', '胸片'],
    ['胃疼，大便发黑两天', '胃镜'],
    ['最近心慌，心跳很快', '心电图'],
    ['脸上起了红斑，很痒', '真菌镜检'],
    ['最近焦虑，睡不着', '量表评估'],
    ['腰扭了一下', '查体和相关检查'],
  ])('names checks in the fix that fit what the patient complains of: %s → %s, and the fix settles the finding', (patient, checks) => {
    const draft = '建议去医院看看。';
    const [f] = findingsOf(RULE, turn(patient, draft, 'zh'));
    expect(f?.fixes[0]?.text).toContain(checks);
    expect(findingsOf(RULE, turn(patient, withFix(draft, f!.fixes[0]!), 'zh'))).toEqual([]);
  });

  it.each(['你应该去诊所。', '去社区卫生服务中心看看吧。', '明天到卫生院就诊。'])('flags a bare referral to a small place of care: %s', (draft) => {
    expect(inZh(draft)).toHaveLength(1);
  });

  it.each(['建议去诊所查个血常规。', '吃药三天仍然发热的话，到附近诊所复诊。', '可以到附近诊所开点药。'])(
    'accepts a referral to a small place of care that says what it is for: %s',
    (draft) => expect(inZh(draft)).toEqual([]),
  );

  it.each(['最好去医院看看是不是骨折。', '建议去骨科看看，需要判断韧带有没有损伤。', '去医院让医生摸一下骨头。', '先冰敷，明天还肿就去医院。', '建议去医院看看要不要打石膏。'])(
    'takes what the visit checks or decides, or a persisting sign, as the reason: %s',
    (draft) => {
      expect(findingsOf(RULE, turn('脚崴了，肿得厉害，怎么办？', draft, 'zh'))).toEqual([]);
    },
  );

  it.each(['建议去医院处理一下。', '建议去医院看看，以防万一。', '建议及时去医院。'])('keeps a visit with no say of what for flagged: %s', (draft) => {
    expect(findingsOf(RULE, turn('脚崴了，肿得厉害，怎么办？', draft, 'zh'))).toHaveLength(1);
  });

  it('takes a named alarm sign as the condition for going as a reason; a vague one ("如有不适", "如果加重") is not', () => {
    expect(findingsOf(RULE, turn('孩子拉肚子一天五六次，要紧吗？', '注意补液，如果出现尿少、精神差就去医院。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('孩子拉肚子一天五六次，要紧吗？', '注意补液，如有不适就去医院。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('孩子拉肚子一天五六次，要紧吗？', '注意补液，如果加重就去医院。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('最近情绪很差', '如果有伤害自己的冲动，请马上去医院。', 'zh'))).toEqual([]);
  });

  it('takes a visit soon for a patient who speaks of ending their life as explained by their safety', () => {
    expect(findingsOf(RULE, turn('孩子吃舍曲林后说有自杀的念头，要不要马上停药？', '不要自行骤停，今明两天尽快带孩子来门诊，期间保证有人陪着。', 'zh'))).toEqual([]);
    // Not a visit some day, nor for a patient who speaks of no such thing.
    expect(findingsOf(RULE, turn('孩子吃舍曲林后说有自杀的念头，要不要马上停药？', '不要自行骤停，带孩子来门诊看看。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('孩子吃舍曲林后睡不好，要不要停药？', '不要自行骤停，尽快带孩子来门诊。', 'zh'))).toHaveLength(1);
  });

  it('takes a drug level or a pharmacogenetic test as an exam that says what the visit is for', () => {
    const patient = '医生，我吃了舍曲林一个月没效果，怎么办？';
    expect(findingsOf(RULE, turn(patient, '建议去医院查个血药浓度，看看剂量够不够。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patient, '建议去医院做个药物基因检测。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn("I'm on lithium and feel shaky.", 'Please see your GP for a lithium level.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn(patient, '你这种情况还是要去医院看看。', 'zh'))).toHaveLength(1);
  });

  it.each([
    ['吃利培酮半年了，月经两个月没来', '建议回医院查一下泌乳素。'],
    ['吃奥氮平胖了二十斤', '建议去门诊查一下血脂。'],
    ['吃丙戊酸镁半年了，最近反应慢，老犯困', '建议去医院查一下血氨。'],
    ['吃碳酸锂一年了，手抖', '建议去医院查一下血锂。'],
    ['吃碳酸锂一年了，手抖', '建议去医院看看是不是锂中毒。'],
    ['一直拉肚子，浑身没劲', '建议去医院查一下电解质。'],
    ["I've been on risperidone and my periods stopped", 'Please see your GP and get your prolactin checked.'],
    ["I've gained 20 pounds on olanzapine", 'Please see your GP for fasting lipids.'],
    ['I keep having these staring spells', 'Please see a neurologist for an EEG.'],
    ["I'm on lithium and keep peeing all the time", 'Please see your GP for your kidney function.'],
    ['My mood has been low for weeks', 'You should see a psychiatrist for a proper assessment.'],
    ['My mood has been low for weeks', 'See your doctor to get a PHQ-9 done.'],
    ['最近情绪很低落', '建议来门诊做个SCL-90。'],
    ['最近情绪很低落', '建议来门诊做一下SDS和SAS。'],
    ['宝宝最近吐奶多，体重长得慢', '建议去儿科门诊查一下有没有胃食管反流。'],
    ['宝宝最近吐奶多，体重长得慢', '建议去儿科门诊称体重，看看生长曲线。'],
  ])('takes the checks a visit is for (a drug level, lipids, an assessment, a PHQ-9, a reflux or a child\'s growth) as its reason: %s → %s', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, /[a-z]/u.test(patient) ? 'en' : 'zh'))).toEqual([]);
  });

  it.each([
    ['我应该挂什么科？', '挂消化内科。'],
    ['去哪家医院看比较好？', '去市精神卫生中心。'],
    ['Who should I see about this?', 'Your GP first, then a neurologist.'],
    ['我想做个心理咨询，可以吗？', '可以，建议到我们医院心理科预约。'],
    ['Can I book a therapy session?', 'Yes, please see your GP to be referred.'],
  ])('owes no reason to a patient who asked where to go or for what the visit does (%s → %s)', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, /[a-z]/u.test(patient) ? 'en' : 'zh'))).toEqual([]);
  });

  it('takes a treatment plan made there, or the medicine decided there, as what the visit is for', () => {
    const patient = '最近情绪很低落，好几个月了';
    expect(findingsOf(RULE, turn(patient, '建议来门诊，我们当面聊聊，制定一个治疗计划。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patient, '建议线下就诊，面诊时可以更全面地了解你的情况，再决定用不用药。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patient, '建议线下就诊，面诊时可以更全面地了解你的情况。', 'zh'))).toHaveLength(1);
  });

  it('keeps a visit to check "something" flagged: the check must be named', () => {
    expect(findingsOf(RULE, turn('吃碳酸锂一年了，手抖', '建议去医院查一下。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('吃碳酸锂一年了，手抖', '建议去医院看看是不是有问题。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn("I'm on lithium and my hands shake", 'Please see your GP and get checked.', 'en'))).toHaveLength(1);
  });

  it('takes emergency help for a patient who speaks of ending their life as explained by their safety; a red flag still wants the why', () => {
    expect(findingsOf(RULE, turn('活着真没意思，有时候想一了百了', '听到你这么说我很担心你。请马上拨打心理援助热线或去最近的急诊。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('I want to kill myself', 'Please call 988 or go to the emergency room now.', 'en'))).toEqual([]);
    // Only emergency help: a plain visit still says what for.
    expect(findingsOf(RULE, turn('活着真没意思', '建议去医院看看。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('胸口痛得厉害，喘不上气', '请马上去急诊。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('I have a sore throat', 'Go to the ER.', 'en'))).toHaveLength(1);
  });

  it.each([
    // An alarm sign second in a list parted by 、.
    ['妈妈有慢阻肺，阳了咳嗽加重，平时用的吸入剂还能用吗', '能，吸入剂继续按平时用。要是出现喘憋、嘴唇发紫，马上去医院。'],
    ['我阳了，乏力，要去医院吗', '暂时不用，多休息。如果出现乏力、气促，马上去医院。'],
    ['宝宝6个月，我阳了，会不会传给他', '有一定风险，戴好口罩、勤洗手。宝宝如果出现发烧、吃奶差，及时带去看儿科。'],
    // Signs as patients' families see them, a threshold under, what the oxygen says.
    ['医生我女儿3岁烧到39.5，手脚冰凉', '先给退烧药。要是出现精神萎靡、抽搐、呼吸急促，马上去医院。'],
    ['血氧94，算低吗，要不要去医院', '暂时不用去医院，先在家观察。掉到93以下或者感觉气不够用，就去医院。'],
    ['我妈72岁，抗原两道杠，要不要去医院', '先在家观察。每天测几次血氧，低于93%马上去医院。'],
    ['血氧一直是91、92，但我不觉得喘，要去医院吗', '要去，血氧这么低已经是缺氧了，尽快去医院。'],
    ['我爸阳了，血氧89，要不要去医院', '要，马上去，路上可以先吸氧，直接去急诊。'],
    ['我阳了4天了，开始拉肚子，要紧吗', '一般不要紧。拉得多、有血便或者头晕乏力要去医院。'],
    ['我妈阳了，吃不下东西，怎么办', '少量多餐。要是一天都吃不下东西、喝水也少，去医院补液。'],
    ['孩子阳了吐了两次，还能吃退烧药吗', '能吃，少量多次喝水。吐得频繁、不吃不喝、尿少的话去医院。'],
    ['孩子阳了吐了两次，怎么办', '少量多次喝水。尿少或者精神差就去医院。'],
    // Internal-medicine Q&A probes: a subject or a verb between 如果 and the sign, the next sign after 或者.
    ['癫痫吃丙戊酸钠有什么副作用？', '常见的是胃肠道不适。如果孩子出现精神差、呕吐、皮肤发黄，要及时就诊。'],
    ['喝酒以后胃疼，是胃出血吗', '一般是酒精刺激引起的。如果吐出咖啡色的东西或者解黑便，就是出血了，要马上去医院。'],
    ['喝酒以后胃疼，是胃出血吗', '一般不是。要是拉黑便，就马上去医院。'],
    ['癫痫吃丙戊酸钠有什么副作用？', '常见的是胃肠道不适。如果孩子精神差，要及时就诊。'],
    ['医生我咳嗽的时候胸口疼，要紧吗', '咳得厉害牵拉胸壁肌肉引起的，不要紧。如果不咳的时候也疼，或者喘不上气，要去医院。'],
    // What the visit decides or does, a test named as a 常规.
    ['心脏支架术后要吃多久的药？', '双抗一般吃12个月。快满一年时到心内科复查一下，由医生决定什么时候停氯吡格雷。'],
    ['头晕恶心是怎么回事？一转头就晕', '最常见的是耳石症，可以到耳鼻喉科做手法复位，一般复位一两次就好。'],
    ['前列腺炎能治好吗？尿频有半年了', '大部分可以控制。建议到泌尿外科查一下前列腺液常规。'],
    ['做完核酸喉咙一直不舒服', '采样时棉签刺激的，一两天就好。如果有出血，去耳鼻喉科看一下。'],
    // Good replies written for the probes: a sign with 就, a fever medicine has not brought down, when
    // it matters most, a bleed that will not stop, a first fit, lithium's signs, what a sign means, what
    // is weighed there.
    ['2岁宝宝阳了，晚上咳的吐奶了，要吃止咳糖浆吗', '这么小的孩子不建议吃止咳糖浆，枕头垫高。咳到喘、呼吸快就去医院。'],
    ['孩子2岁阳了，烧到39.5，美林吃了一小时还没退，要不要再喂泰诺林', '再等等，先减衣服、多喂水。精神不好就去医院。'],
    ['高烧40度了，吃了布洛芬还不退，可以再加一颗吗', '别加量，间隔6小时才能再吃，但吃药两小时后还是40度就去急诊。'],
    ['孩子8个月，烧到39度，能用美琳吗，要不要去医院', '6个月以上能用。8个月的孩子烧到39度最好带去医院看一下，尤其是精神差、吃奶少的时候。'],
    ['孩子阳了流鼻血，能用棉球塞吗', '别塞，身体前倾捏住鼻翼按压10分钟。压不住或者一天好几次再去医院。'],
    ['孩子发烧抽了一下，几秒就好了，要不要去医院', '第一次抽搐还是带去医院看一下。'],
    ['我吃碳酸锂，最近天热出汗多，能喝凉茶吗', '凉茶这段时间先不要喝。如果出现明显手抖、腹泻、走路不稳，马上来医院。'],
    ['爸爸阳了心衰加重了，腿肿的厉害，速尿要加量吗', '腿肿加重说明心衰在加重，别在家自己调，尽快去医院。'],
    ['我怀孕了，之前一直吃艾司西酞普兰，必须停药吗？', '不一定要停。请尽快来门诊，我们和产科一起权衡风险和收益再决定。'],
    // A later probe's good replies: a sign said to appear, a grave sign with 要, a prescription or a dose
    // the visit gives.
    ['新冠康复后多久能运动？', '先从散步开始。如果运动时出现胸痛、心悸、气短，马上停下来去医院查一下心脏。'],
    ['宝宝两岁拉肚子，能吃中药吗', '中药暂时不用。出现尿少、精神差、哭没眼泪要马上去医院。'],
    ['宝宝6个月，有点咳嗽，能用川贝炖梨吗', '6个月太小，不建议。咳嗽加重或者喘要去医院。'],
    ['老人86岁阳了，要不要吃Paxlovid？哪里能开到？', '建议尽早用上。这个药需要处方，社区卫生服务中心或者医院发热门诊都可以开。'],
    ['怕复发，复发了怎么办？', '减药期间注意观察，如果出现连续一两周的低落，及时回来复诊，重新调整剂量。'],
    ['考试压力大，能吃点安眠药吗？', '先调整作息。实在连续几晚睡不好，可以找医生开小剂量短效的助眠药临时用几天。'],
    ['多囊月经不来，吃中药能调好吗', '中药可以辅助，去中医妇科面诊开方。'],
    ['有没有开胃的中药？', '有，去中医肿瘤科开，健脾开胃的方子有帮助。'],
    ['怀孕八周发烧38.8度，能吃什么退烧药', '可以吃对乙酰氨基酚，多喝水。烧退不下来就来医院。'],
    ['宝宝用过庆大霉素，会不会对耳朵有影响', '有可能损伤听力，建议带宝宝去医院做一次听力检查。'],
    ['孩子喝了一口84消毒液，会有危险吗', '84消毒液有腐蚀性，一口的量要马上去急诊。'],
    ['孕26周，低烧37.8，对胎儿有影响吗', '短时间低热一般不会伤到宝宝。注意胎动，如有减少或腹痛、阴道流液及时去产科。'],
    ['孩子抽动症，要不要吃药？', '轻的先观察。如果抽动频繁、影响学习，再去儿童精神科考虑药物。'],
    // A held-out probe's good replies: a therapy named, infection of broken skin, a burn.
    ['总担心自己得了肿瘤，反复检查都正常，怎么办', '这更像疾病焦虑。建议到心理科就诊，认知行为治疗对这个问题效果很好。'],
    ['脐带脱落后有点渗液，要紧吗', '少量渗液很常见。如果渗液发臭、流脓、周围皮肤发红，要去医院看看。'],
    ['孩子吃了一包干燥剂，要紧吗', '硅胶的无毒，喝点水就行；若是生石灰的要去急诊，会烧伤食道。'],
  ])('takes a safety net with its sign, or what the visit does, as the referral\'s reason: %s → %s', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, 'zh'))).toEqual([]);
  });

  it.each([
    // A fever or a milder sign conditions the medicine beside the referral, not the visit.
    '发烧的话吃布洛芬，不好再去医院。',
    '呕吐的话吃点止吐药，不好再去医院。',
    // Oral rehydration salts are no treatment the visit gives.
    '喝点补液盐，不好再去医院。',
    // A colon is no list: the sign is not the condition of "以下情况".
    '有以下情况：去医院看看。',
  ])('keeps a referral whose only condition is vague flagged: %s', (draft) => {
    expect(findingsOf(RULE, turn('我阳了，头疼，怎么办', draft, 'zh'))).toHaveLength(1);
  });

  it('takes extra reason phrases from options', () => {
    const c = turn(patientZh, '建议去门诊做个经颅磁刺激。', 'zh');
    expect(findingsOf(RULE, c)).toHaveLength(1);
    expect(findingsOf(RULE, c, { extraPhrases: { 'referral-without-reason/reasons': ['经颅磁'] } })).toEqual([]);
  });
});

describe('referral-without-reason (en)', () => {
  it.each([
    ['My sugars are 280 on dexamethasone. Should I increase my insulin?', 'You will need more insulin, so call your doctor today for adjusted doses.'],
    ['I have a small red swollen cut on my toe. Do I need antibiotics?', "Don't wait; clinics are seeing such cases in person, and you will likely need a course such as cephalexin."],
    ['I use my rescue inhaler four times a week. Do I need a steroid inhaler?', 'You should be on a daily controller. See your doctor this week to get one started.'],
  ])('takes what the visit does said in other words: %s → %s', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, 'en'))).toEqual([]);
  });

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
    ['Please see your GP to review your medication.'],
    ['Go to the clinic for an injection.'],
    ['Please see your doctor so the dose can be changed.'],
    // A probed pair: the reason in an -ing form.
    ['Rest 30 minutes and recheck; call your doctor today about adjusting your medication.'],
    // The danger said in the sentence before (a probed serotonin syndrome reply).
    ['This can be serotonin syndrome, which is an emergency. Stop the tramadol and go to the emergency department now.'],
    ['Please see a dentist soon though, since the cause needs treating and painkillers only buy time.'],
    ['Please see a GP or urgent care today for the antibiotics and to have the wound checked.'],
    ['Please see your GP, who can check your lungs.'],
    ['Visit your doctor; they can arrange a sleep study.'],
  ])('accepts a referral with a reason anywhere in the answer: %s', (draft) => {
    expect(findingsOf(RULE, turn(patientEn, draft, 'en'))).toEqual([]);
  });

  it.each([
    ["I've had a cough for 3 weeks.", 'chest X-ray'],
    ['My stomach hurts after meals.', 'ultrasound'],
    ['I have an itchy rash on my arm.', 'scraping test'],
    ['I twisted my ankle.', 'examination'],
  ])('names checks in the fix that fit the complaint: %s → %s, and the fix settles the finding', (patient, checks) => {
    const draft = 'Please see a doctor in person.';
    const [f] = findingsOf(RULE, turn(patient, draft, 'en'));
    expect(f?.fixes[0]?.text).toContain(checks);
    expect(findingsOf(RULE, turn(patient, withFix(draft, f!.fixes[0]!), 'en'))).toEqual([]);
  });

  it.each([
    'You should go to the clinic.', 'Please see a doctor in person.', 'Go to the hospital.', 'You need to visit a specialist.',
    'Come back to your local clinic next week', 'You should be seen by a cardiologist.', 'Head to urgent care today.',
    'Make an appointment with your family doctor.', 'Please see your GP, who can help.',
  ])('flags a plain referral to any place or carer, quoting it: %s', (draft) => {
    expect(inEn(draft).map((f) => f.evidence?.text)).toEqual([draft]);
  });

  it.each([
    'Please come to the clinic so we can do an ECG.', 'See a doctor to rule out pneumonia.', 'Get a chest X-ray at the hospital.',
    'Go to the ER if you have trouble breathing.', 'Go to the ER if you faint.', 'Should you faint, go to A&E.',
    // "if you can…" is vague, "if you cannot…" is not.
    'Go to the ER if you cannot put weight on it.', 'You may need a cast, so see an orthopaedic doctor.',
  ])('accepts a referral with an exam, a purpose or a red-flag trigger: %s', (draft) => expect(inEn(draft)).toEqual([]));

  it.each(['See a doctor if needed.', 'If you have any questions, please visit your doctor.', 'Go to the clinic whenever you can.'])(
    'does not take a vague condition for a trigger: %s',
    (draft) => expect(inEn(draft)).toHaveLength(1),
  );

  it('lets a trigger explain only its own referral, not a plain one beside it', () => {
    const found = inEn('You should see your doctor this week. Go to the ER if you faint.');
    expect(found.map((f) => f.evidence?.text)).toEqual(['You should see your doctor this week.']);
  });

  it.each([
    'There is no need to see a doctor for this.', 'You do not need to be seen at the clinic.',
    "It's not necessary to go to the hospital.", 'Welcome to our clinic, I am Dr Lin.',
    'This is a clinical question; the hospitality of the ward is not.',
  ])('ignores a needless, welcoming or non-referral mention: %s', (draft) => expect(inEn(draft)).toEqual([]));
});
