import { describe, expect, it } from 'vitest';
import { findingsOf, turn } from './helpers';

const RULE = 'risk-not-addressed';

describe('risk-not-addressed (zh)', () => {
  it.each([
    ['最近真的不想活了，舍曲林要不要加量？', '不想活'],
    ['每天都想死，睡不着', '想死'],
    ['昨晚又割腕了', '割腕'],
    ['有时候想结束生命', '结束生命'],
    ['有過輕生的念頭', '轻生'],
    ['我都写好遗书了', '遗书'],
    ['最近每天都很痛苦，不知道为什么还要活着。', '为什么还要活着'],
    ['活着有什么意义？', '活着有什么意义'],
    ['活着好累，想一睡不醒', '想一睡不醒'],
    ['睡着了就不想再醒来', '不想再醒来'],
    ['最近在交代后事', '交代后事'],
    ['我不想拖累家人了，走了他们就轻松了', '走了他们就轻松'],
    ['真的活够了，药还要吃吗', '活够了'],
    ['偷偷攒药了好几周', '攒药'],
    // An overdose or a means: the first emergency of a psychiatric platform.
    ['我刚才把一整瓶安眠药都吃了', '一整瓶安眠药都吃了'],
    ['刚吞了很多药，现在头晕', '吞了很多药'],
    ['他喝了农药', '喝了农药'],
    ['好想从楼上跳下去', '想从楼上跳下去'],
    ['晚上老想着怎么死', '想着怎么死'],
    ['我用刀划了自己的手臂', '用刀划了自己的手臂'],
    ['昨晚拿刀片割手腕', '拿刀片割手腕'],
    ['一口气吃了三十片阿普唑仑', '一口气吃了三十片'],
    ['昨天一次吃了10片安眠药', '一次吃了10片'],
    ['我把一整板安眠药都吃了', '一整板安眠药都吃了'],
    // Many pills, or many of a medicine with nothing after it, stay an overdose.
    ['医生，我女儿十五岁，总是割自己的手臂', '割自己'],
    // A wish to be dead or gone, said in passing; a child who took an adult's pills.
    ['我真的好累，想睡一觉再也不要醒过来', '再也不要醒'],
    ['有时候会想，要是出车祸死了就好了', '死了就好了'],
    ['我觉得自己是家里的累赘，他们没有我会过得更好', '没有我会过得更好'],
    ['我女儿用烟头烫自己', '用烟头烫'],
    ['我吃了很多片药，还是睡不着', '吃了很多片药'],
    ['我吃了好多安眠药，现在头很晕', '吃了好多安眠药'],
    // Something else failing is not the medicine failing.
    ['我吃了好多药，反正活着也没用', '吃了好多药'],
    ['我吞了好多药，反正活着也没用', '吞了好多药'],
    ['刚才吃了二十片舍曲林，现在头很晕', '刚才吃了二十片'],
    ['刚刚吃了15片安眠药', '刚刚吃了15片'],
    ['一次吃了30粒', '一次吃了30粒'],
    ['我老公说要和我同归于尽', '同归于尽'],
    ['又忍不住划手腕了', '划手腕'],
    // Typed with spaces between words.
    ['最近 心情 很差 不想 活了', '不想 活'],
    ['我想自我了断', '自我了断'],
    ['活着好累，好想一觉睡过去不醒来', '睡过去不醒'],
  ])('flags self-harm the draft ignores, as an error quoting the patient: %s', (patient, quoted) => {
    const [f, ...rest] = findingsOf(RULE, turn(patient, '舍曲林可以加到100mg，两周后复诊。', 'zh'));
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe('error');
    expect(f?.evidence?.source).toBe('message');
    expect(patient.slice(f?.evidence?.start, f?.evidence?.end)).toBe(f?.evidence?.text);
    expect(f?.evidence?.text.length).toBe(quoted.length);
    expect(f?.fixes[0]?.at).toBe('start');
    expect(f?.fixes[0]?.text).toContain('心理援助热线');
  });

  it.each([
    ['胸痛，喘不上气，是焦虑引起的吗？', '胸痛'],
    ['这两天呼吸困难，晚上躺不下', '呼吸困难'],
    ['孩子刚才抽搐了一次', '抽搐'],
    ['发烧三天，现在呼吸急促，嘴唇发紫', '呼吸急促'],
    ['这两天大便是黑色的', '大便是黑色'],
    ['心脏像被压住一样疼', '心脏像被压住'],
    ['我爸突然口齿不清', '口齿不清'],
    ['孩子叫不醒', '叫不醒'],
    ['吃药后舌头肿了', '舌头肿'],
    ['我妈中风了', '中风'],
    ['脖子僵硬还发高烧', '脖子僵硬'],
    ['这两天咳血了', '咳血'],
    ['孕32周，肚子一阵阵疼，还见红了', '见红'],
    ['孕28周，这两天胎动少了', '胎动少了'],
  ])('flags a red flag the draft ignores, and the safety sentence names it: %s', (patient, quoted) => {
    const [f] = findingsOf(RULE, turn(patient, '多休息，注意饮食清淡。', 'zh'));
    expect(f?.evidence?.text).toBe(quoted);
    expect(f?.fixes[0]?.text).toContain('120');
    expect(f?.fixes[0]?.text).toContain(`“${quoted}”`);
  });

  it.each([
    '你提到不想活了，我很担心你的安全，请今天就告诉家人陪着你。',
    '如果有伤害自己的冲动，请立即去最近医院急诊或拨打心理援助热线。',
    '请马上拨打120。',
    '有没有具体的计划？',
    '建议尽快带她来门诊。',
  ])('accepts a draft that acknowledges it or points to urgent help: %s', (draft) => {
    expect(findingsOf(RULE, turn('最近真的不想活了', draft, 'zh'))).toEqual([]);
  });

  it.each(['不用去医院，多休息就好。', '没必要去急诊，多休息。', '暂时不需要马上去医院。'])(
    'does not take a declined pointer for urgent help: %s',
    (draft) => {
      expect(findingsOf(RULE, turn('胸痛，喘不上气', draft, 'zh'))).toHaveLength(1);
    },
  );

  it.each(['不用犹豫，马上去医院急诊。', '如果不缓解，就去医院。'])('takes a pointer that only follows a negation as a pointer: %s', (draft) => {
    expect(findingsOf(RULE, turn('胸痛，喘不上气', draft, 'zh'))).toEqual([]);
  });

  it('does not take any mention of thoughts for an acknowledgement of suicidal ones', () => {
    expect(findingsOf(RULE, turn('我不想活了', '你的想法很正常，多运动。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('我不想活了', '有这种念头时，请马上告诉家人。', 'zh'))).toEqual([]);
  });

  it('gives advice, not a hold, when the doctor asks about the red flag itself (how long, this feeling); self-harm still needs its answer', () => {
    // Real first replies in the dev threads (mie-dev-79, mie-dev-88, mie-dev-159, mie-dev-132).
    for (const [patient, draft] of [
      ['心感觉涨涨的 心肌梗塞？', '这种情况有多长时间了，还有其他疾病吗'],
      ['现在怀孕两个多月了，有时候会感觉呼吸困难', '孕前有这种感觉吗？'],
      ['好的，谢谢！偶尔有心口痛', '时间长吗？几秒钟？还是时间更长'],
      ['胸闷胸痛气短', '有多久了！都吃的什么药物，一起发过来可以吗？'],
    ] as const) {
      const found = findingsOf(RULE, turn(patient, draft, 'zh'));
      expect(found.map((f) => f.severity), draft).toEqual(['info']);
      expect(found[0]?.message.zh).toContain('你在追问情况');
    }
    const en = findingsOf(RULE, turn('I get chest pain when I climb stairs.', 'How long does the pain last each time?', 'en'));
    expect(en.map((f) => f.severity)).toEqual(['info']);
    // Asking about something else is no taking it up (covid-zh-52's "量体温了吗？"), nor a duration said.
    expect(findingsOf(RULE, turn('今天凌晨醒来时，呼吸急促，现在又觉得胸闷', '量体温了吗？', 'zh')).map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf(RULE, turn('胸闷胸痛气短', '吃两天药观察一下，持续不好再说。', 'zh')).map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf(RULE, turn('最近真的不想活了', '这种情况有多长时间了？', 'zh')).map((f) => f.severity)).toEqual(['error']);
    // Happening now and worse, it needs where to go, not how long.
    expect(findingsOf(RULE, turn('刚才突然胸口疼得厉害，出冷汗', '这种情况有多长时间了？', 'zh')).map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf(RULE, turn('刚才突然胸口剧痛，出冷汗', '这种情况有多长时间了？', 'zh')).map((f) => f.evidence?.text)).toEqual(['胸口剧痛']);
    expect(findingsOf(RULE, turn('My chest pain is getting worse.', 'How long does it last?', 'en')).map((f) => f.severity)).toEqual(['error']);
  });

  it.each([
    ['晚上透不过气来', '透不过气'], ['呼吸不过来', '呼吸不过来'], ['突然晕过去了', '晕过去'], ['一侧手脚没力气', '一侧手脚没力气'],
    ['说话含糊不清', '说话含糊'], ['胸口像压了块石头', '胸口像压了块石头'], ['偶尔会有心脏疼', '心脏疼'], ['胸部疼痛两天', '胸部疼'],
    ['今天吐了好多血', '吐了好多血'], ['孩子高烧抽筋了', '高烧抽筋'], ['早上突然看不清东西', '突然看不清'],
    // Probed misses: low oxygen, a febrile fit, a swallowed battery, pre-eclampsia, an ectopic, anticoagulant bleeding,
    // a stroke's double vision, an asthma attack too bad to speak, tarry stools, an infant vomiting bile, a mother's euphemism.
    ['阳了第五天，胸闷，血氧91', '血氧91'], ['孩子3岁，发烧抽了一下，大概一分钟', '发烧抽了'], ['2岁误吞了一颗纽扣电池', '误吞'],
    ['怀孕32周，突然头痛得厉害，脚肿', '头痛得厉害'], ['停经7周，一侧小肚子剧痛，出血', '一侧小肚子剧痛'], ['吃华法林，牙龈出血，腿上好多青紫', '吃华法林，牙龈出血，腿上好多青紫'],
    ['头晕恶心，看东西重影', '看东西重影'], ['哮喘发作，用了两次沙丁胺醇，说话说不完整', '说话说不完整'], ['柏油样黑便，头有点晕', '柏油样黑便'],
    ['宝宝吐绿色的水，肚子胀', '吐绿色'], ['产后两个月，有时候想抱着孩子一起消失', '抱着孩子一起消失'],
  ])('reads a red flag as patients put it: %s', (patient, quote) => {
    expect(findingsOf(RULE, turn(patient, '多喝水，注意休息。', 'zh')).map((f) => f.evidence?.text)).toEqual([quote]);
  });

  it.each(['血氧98，就是有点咳嗽', '眼睛看东西模糊是不是近视了', '吃华法林能吃维生素K吗', '走路不稳是缺钙吗', '吃华法林，INR 3.8，最近刷牙牙龈出血，要减量吗'])(
    'does not read an everyday complaint or question as one: %s',
    (patient) => {
      expect(findingsOf(RULE, turn(patient, '多喝水，注意休息。', 'zh'))).toEqual([]);
    },
  );

  it('takes a test to do at once for urgent help ("尽快查个大便潜血"); a test with no hurry is none', () => {
    const patient = '大便发黑是怎么回事，这两天都是黑的';
    expect(findingsOf(RULE, turn(patient, '如果没吃铁剂，要警惕消化道出血，尽快查个大便潜血。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn(patient, '可能是吃了铁剂，下次复查时查个大便潜血。', 'zh'))).toHaveLength(1);
  });

  it('accepts a draft about chest pain that names the symptom or sends to hospital', () => {
    expect(findingsOf(RULE, turn('胸痛两天了', '胸痛需要排除心脏问题，建议尽快去医院查心电图。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('胸痛两天了', '你的胸痛多半与焦虑有关。', 'zh'))).toEqual([]);
  });

  it.each(['我吃了很多西瓜，喝了很多白酒，头疼', '昨晚吃了安眠药还是睡不着', '喉咙肿痛三天了', '大便不是黑色的', '吃了一瓶止咳糖浆', '吃了药没反应，还是睡不着',
    // A count over a course, a usual dose of small pills, a double dose asked about, a kitchen cut.
    '已经吃了20片了，还没好', '复方丹参滴丸一次吃10粒可以吗', '我一次吃了两片，有事吗？',
    // A dose by its digit: one or two tablets at a time is a dose, not a count.
    // Words parted by spaces keep their negation ("我 没有 想死的念头").
    '我 没有 想死的念头 只是睡不好', '没有 胸痛 就是有点咳嗽',
    '我一次吃了2片，还是睡不着', '医生，我一次吃了1片，有点头晕', '我一次吃了3粒', '刚吃了1片舍曲林，有点恶心', '刷手机划手机到半夜', '吃了一整盒药还没好', '切菜不小心割了自己的手指', '用刀割肉的时候割到手了',
    // Feeling a burden alone, a long sleep, release from insomnia, a grandparent's affairs.
    '生病以来总觉得拖累家人', '吃了安眠药一睡不醒到中午', '我想从失眠中解脱出来',
    // Many medicines tried over the years, none working.
    '我失眠好几年了，吃了很多药都没用，还有什么办法吗', '吃了好多药，也不见好，怎么办', '失眠好几年，吃了很多中药都没有效，还能怎么办',
    // A walk that helps is no goodbye.
    '我走了一会儿就更轻松了'])(
    'does not read an everyday mention as a risk (food and drink, a usual dose, a sore throat): %s',
    (patient) => {
      expect(findingsOf(RULE, turn(patient, '多休息。', 'zh'))).toEqual([]);
    },
  );

  it.each([
    ['失眠两个月。既往病史：脑梗。', true],
    ['有心梗病史，最近睡不好', true],
    ['我爸中风后遗症，晚上睡不好', true],
    ['之前胸痛过，现在好了', true],
    // History elsewhere in the sentence does not make today's flag the past.
    ['既往体健，今天突然胸痛', false],
    ['两年前做过支架，今天胸痛', false],
    ['胸痛两天了，之前也有过', false],
    // A history that has come back is now; another complaint coming back is not the flag.
    ['以前的胸痛又犯了', false],
    ['之前胸痛过，最近又开始了', false],
    ['有心梗病史，最近又失眠了', true],
    ['以前胸痛过，开始了新工作', true],
    // Life since the event is history too; the event coming back is now.
    ['我爸爸脑梗后一直吃阿司匹林，可以停吗', true],
    ['我妈得过心梗，现在能吃布洛芬吗', true],
    ['去年胸痛过一次，查了没事，现在失眠', true],
    ['小时候晕倒过，现在睡不好', true],
    ['去年开始胸痛，今天更厉害了', false],
    ['去年过年的时候开始胸痛，今天更厉害了', false],
    ['放了支架以后一直吃氯吡格雷', true],
    ['我爸脑梗后又说话不清了', false],
    ['我爸爸突然说话不清，嘴歪', false],
  ])('reads a red flag told as history in its own clause as the past: %s', (patient, past) => {
    expect(findingsOf(RULE, turn(patient, '可以吃点佐匹克隆。', 'zh'))).toHaveLength(past ? 0 : 1);
  });

  it('keeps self-harm told as history a risk: suicidal thoughts are asked about however long ago', () => {
    expect(findingsOf(RULE, turn('以前想过自杀，最近睡不好', '可以吃点佐匹克隆。', 'zh'))).toHaveLength(1);
  });

  it.each(['没有想死的念头，就是睡不好', '无胸痛，偶尔咳嗽', '我不会自杀的，放心', '没有呼吸困难', '没有呼吸急促，就是咳嗽'])(
    'does not read a negated mention as a risk: %s',
    (patient) => {
      expect(findingsOf(RULE, turn(patient, '多休息。', 'zh'))).toEqual([]);
    },
  );

  describe('a self-harm disclosure in an earlier turn', () => {
    const thread = (doctorReply: string, draft: string) => ({
      language: 'zh' as const,
      messages: [
        { role: 'patient' as const, text: '吃了舍曲林两周，还是觉得活着没意思，有时候想死。' },
        { role: 'doctor' as const, text: doctorReply },
        { role: 'patient' as const, text: '晚上还是睡不好，要加药吗？' },
      ],
      draft,
    });

    it('stays open while no reply has taken it up: the next draft is held, quoting the earlier message', () => {
      const [f, ...rest] = findingsOf(RULE, thread('舍曲林先加到75mg。', '可以睡前加半片曲唑酮。'));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'error', evidence: { source: 'message', index: 0, text: '活着没意思' } });
      expect(f?.message.zh).toMatch(/^患者此前提到“活着没意思”，之后的回复都没有回应安全问题/);
      expect(f?.fixes[0]?.text).toContain('心理援助热线');
    });

    it('is closed by an earlier reply that took it up, or by this draft', () => {
      expect(findingsOf(RULE, thread('你说想死，我很担心你的安全，请告诉家人陪着你。舍曲林先加到75mg。', '可以睡前加半片曲唑酮。'))).toEqual([]);
      expect(findingsOf(RULE, thread('舍曲林先加到75mg。', '你之前说有想死的念头，现在还有吗？如有冲动请立即去急诊。'))).toEqual([]);
    });

    it('counts the intake once a doctor has replied to it', () => {
      const c = {
        language: 'zh' as const,
        patient: { intake: '抑郁两年，最近有轻生的念头，想调整用药。' },
        messages: [
          { role: 'doctor' as const, text: '目前吃什么药？' },
          { role: 'patient' as const, text: '舍曲林100mg。' },
        ],
        draft: '可以加到150mg。',
      };
      expect(findingsOf(RULE, c)[0]?.evidence).toMatchObject({ source: 'intake', text: '轻生' });
    });

    it('leaves an earlier red flag to the replies of its turn: a symptom history is not an emergency now', () => {
      const c = {
        language: 'zh' as const,
        messages: [
          { role: 'patient' as const, text: '上周打针的时候出现过胸痛。' },
          { role: 'doctor' as const, text: '现在还咳嗽吗？' },
          { role: 'patient' as const, text: '不咳了，还要吃药吗？' },
        ],
        draft: '不用再吃了。',
      };
      expect(findingsOf(RULE, c)).toEqual([]);
    });
  });

  it('reads a medicine taken for many years as no overdose, and "breathless" as breathlessness', () => {
    // "吃了很多年药" is a long course, not many pills at once (a probe's good draft was held for it).
    expect(findingsOf(RULE, turn('老人家80多了，高血压吃了很多年药，最近量血压110/60，降压药能减吗？', '可以先减半，每天早晚量血压观察一周。', 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('我刚才吃了好多药，不想活了', '你好，别想太多。', 'zh'))).toHaveLength(1);
    // Breathlessness in the patient's words is a red flag; in the reply's, it is taken up.
    expect(findingsOf(RULE, turn('My father, 76, has swollen ankles and is more breathless at night, needs 3 pillows. Is it just age?', 'Swelling in elderly is common. Elevate legs and reduce salt.', 'en'))).toHaveLength(1);
    expect(
      findingsOf(RULE, turn("I'm 30 weeks pregnant with covid and feel short of breath walking to the bathroom. Should I go to the hospital?", 'Yes, go today. Breathlessness on mild exertion in pregnancy needs an oxygen check.', 'en')),
    ).toEqual([]);
  });

  it('says nothing when the patient mentions no risk', () => {
    expect(findingsOf(RULE, turn('最近心情低落，睡眠差', '可以试试规律作息。', 'zh'))).toEqual([]);
  });

  it('reads a negation heading a list of symptoms as covering each (real first messages of the dev threads)', () => {
    const draft = '可以按普通的咽炎治疗，要继续用几天。';
    expect(findingsOf(RULE, turn('我没有出现干咳和胸闷，呼吸困难等症状，目前反复低热，全身酸痛乏力', draft, 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('持续10天了。没有咳嗽，流鼻涕，胸闷和呼吸急促。', draft, 'zh'))).toEqual([]);
    // Not across a clause that says something else, nor once the list has ended.
    expect(findingsOf(RULE, turn('没有咳嗽，但是今天早上突然胸痛得厉害', draft, 'zh')).map((f) => f.evidence?.text)).toEqual(['胸痛']);
    expect(findingsOf(RULE, turn('没有发烧。现在呼吸困难', draft, 'zh')).map((f) => f.evidence?.text)).toEqual(['呼吸困难']);
  });

  it('says nothing of a red flag named, not felt: asked about in general, read off a leaflet or a record', () => {
    const draft = '早搏本身没有什么问题的。';
    expect(findingsOf(RULE, turn('那胸口疼痛一般会是哪些症状呢', draft, 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('其他呢，比如喉咙痒，喉咙痛，胸痛这些算吗', draft, 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('我看药上写什么冠心病心绞痛之类的，很是担心。', draft, 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('心肌梗塞的资料还在医院，看不到', draft, 'zh'))).toEqual([]);
    expect(findingsOf(RULE, turn('What are the symptoms of a heart attack?', 'Rest and fluids.', 'en'))).toEqual([]);
    // Felt: still an emergency.
    expect(findingsOf(RULE, turn('这两天胸口疼痛，一阵一阵的', draft, 'zh')).map((f) => f.severity)).toEqual(['error']);
  });

  it.each([
    ['吃了拉莫三嗪两周，全身起红疹子，嘴里也溃烂了', '全身起红疹子，嘴里也溃烂'],
    ['吃了奥氮平以后发高烧，全身肌肉僵硬', '吃了奥氮平以后发高烧，全身肌肉僵硬'],
    ['吃碳酸锂后手抖得厉害，一直呕吐，走路不稳', '吃碳酸锂后手抖得厉害，一直呕吐'],
    ['孩子误吞了我的安眠药', '孩子误吞了我的安眠药'],
    ['我女儿偷吃了我十几片安眠药', '女儿偷吃了我十几片'],
    ['孩子把奶奶的降压药吃了好几片', '把奶奶的降压药吃了'],
    ['吃拉莫三嗪第三周，胳膊上起了一些红疹', '吃拉莫三嗪第三周，胳膊上起了一些红疹'],
    ['吃氯氮平，这两天发烧，嗓子痛', '吃氯氮平，这两天发烧'],
    ['我妈妈吃了碳酸锂，现在一直吐，走路也不稳，说话含糊', '我妈妈吃了碳酸锂，现在一直吐'],
    ['吃碳酸锂一年了，这两天走路有点不稳', '吃碳酸锂一年了，这两天走路有点不稳'],
  ])('flags a serious reaction to a medicine, or a child who swallowed one: %s', (patient, quoted) => {
    const [f] = findingsOf(RULE, turn(patient, '继续按原剂量服药，下周复诊。', 'zh'));
    expect(f?.severity).toBe('error');
    expect(f?.evidence?.text).toBe(quoted);
  });

  it('takes up a reaction only by sending the patient for care: talking about the rash misses the danger', () => {
    const patient = '吃了拉莫三嗪两周，全身起红疹子，嘴里也溃烂了';
    const [f] = findingsOf(RULE, turn(patient, '皮疹是常见副作用，继续吃。', 'zh'));
    expect(f?.message.zh).toContain('严重不良反应');
    expect(f?.fixes[0]?.text).toBe('你提到的“全身起红疹子，嘴里也溃烂”可能是药物的严重不良反应，请立即前往最近医院急诊（或拨打120），并带上正在吃的药。');
    expect(findingsOf(RULE, turn(patient, '立即停药，尽快到医院就诊。', 'zh'))).toEqual([]);
  });

  it.each(['吃了拉莫三嗪，身上有点痒，没有起疹子，嘴里也没有溃烂', '发烧38度，浑身酸痛', '吃碳酸锂后手有点抖', '口腔溃疡好几天了，身上也起了几个疹子', '孩子吃了退烧药还是烧',
    '以前有湿疹，现在吃拉莫三嗪', '拉莫三嗪吃了一个月，没有起疹子', '以前吃碳酸锂的时候会呕吐，现在换成丙戊酸镁了',
    '之前吃拉莫三嗪起过皮疹，现在吃丙戊酸镁'])(
    'does not read one sign alone, a negated one, a past one or a child\'s own medicine as a reaction: %s',
    (patient) => {
      expect(findingsOf(RULE, turn(patient, '继续吃，多喝水。', 'zh'))).toEqual([]);
    },
  );
});

describe('risk-not-addressed (en)', () => {
  it.each([
    ["I'm 38 weeks and I think my waters have broken. Do I need to go in now?", 'Yes, please call your maternity unit now; if the fluid is green, go in straight away.'],
    ['My chest hurts when I press on it since I started push-ups. Is it my heart?', 'That sounds like a muscle strain, not the heart. If it comes with sweating or spreads to your arm, get seen urgently.'],
  ])('takes urgent help in the words obstetric and plain-language replies use: %s', (patient, draft) => {
    expect(findingsOf(RULE, turn(patient, draft, 'en'))).toEqual([]);
  });

  it('does not take a bare "straight away" for urgent help: "start the aspirin straight away" points nowhere', () => {
    expect(findingsOf(RULE, turn('I have chest pain when I walk.', 'Start the aspirin straight away.', 'en')).map((f) => f.severity)).toEqual(['error']);
  });

  it.each([
    ["I took about 15 of my quetiapine 100mg tablets an hour ago because I couldn't take it anymore.", 'took about 15 of my'],
    ["I have heavy pressure in my chest spreading to my left arm, and I'm sweating.", 'pressure in my chest'],
    ['My lips and tongue are swelling and my throat feels tight. Should I take Benadryl?', 'tongue are swelling'],
    ["Fever and purple spots that don't fade under a glass.", 'purple spots'],
    // Breathless is a flag of its own now; the oximeter's 91 is one without it (next row).
    ['Covid, breathless walking to the bathroom, oximeter 91%.', 'breathless'],
    ['Covid, tired walking to the bathroom, oximeter 91%.', 'oximeter 91'],
    ['Black sticky stools and dizzy, I take ibuprofen daily.', 'Black sticky stools'],
    ['My 85-year-old dad is suddenly confused and seeing things.', 'suddenly confused'],
    ["Some nights I wish I just wouldn't wake up.", "wish I just wouldn't wake up"],
  ])('reads a risk the probe found unread: %s', (patient, quote) => {
    expect(findingsOf(RULE, turn(patient, 'Rest and drink plenty of fluids.', 'en')).map((f) => f.evidence?.text)).toEqual([quote]);
  });

  it.each([
    "My nose is completely blocked and I can't breathe through it at night.",
    "How many paracetamol tablets would be an overdose? I want to make sure I don't give my husband too much.",
    'Should I take vitamin D in winter? Can you overdose on it?',
    'My oxygen is 97%, just a cough.',
    // A vital sign listed from the ICU chart (covid-en-63), and a tight chest in asthma (covid-en-274).
    'She is on a ventilator. Respiratory - 28 Oxygen - 84 B. P. - 118/70',
    "I am an asthmatic, my chest is tight and my throat is a little sore.",
  ])('does not read a look-alike as a risk: %s', (patient) => {
    expect(findingsOf(RULE, turn(patient, 'Rest and drink plenty of fluids.', 'en'))).toEqual([]);
  });

  it('holds a later draft while an earlier mention of suicidal thoughts has had no reply taking it up', () => {
    const thread = (doctorReply: string) => ({
      language: 'en' as const,
      messages: [
        { role: 'patient' as const, text: 'Sertraline is not helping and some nights I want to die.' },
        { role: 'doctor' as const, text: doctorReply },
        { role: 'patient' as const, text: 'Still cannot sleep. What can I take?' },
      ],
      draft: 'Try 3 mg of melatonin an hour before bed.',
    });
    const [f] = findingsOf(RULE, thread('Increase to 100 mg.'));
    expect(f).toMatchObject({ severity: 'error', evidence: { source: 'message', index: 0, text: 'want to die' } });
    expect(f?.message.en).toMatch(/^Earlier the patient mentioned "want to die"/);
    expect(findingsOf(RULE, thread('I am worried about those thoughts; please call a crisis line if they get stronger.'))).toEqual([]);
  });

  it.each([
    ['Some nights I want to kill myself.', 'kill myself'],
    ['I have been having suicidal thoughts again', 'suicidal'],
    ["I get chest pain when I climb stairs", 'chest pain'],
    ["Sometimes I can't breathe at night", "can't breathe"],
    ['Honestly I just want to end it all.', 'want to end it all'],
    ['My dad has a severe headache and his face drooping on one side', 'severe headache'],
    ['I took all my pills an hour ago', 'took all my pills'],
    ['I took all my medications an hour ago', 'took all my medications'],
    ['I think I overdosed on my meds', 'overdosed'],
    ['His speech is slurred since this morning', 'slurred'],
    ['My throat is swelling up after the new pill', 'throat is swelling'],
    ['I think I am having a heart attack', 'heart attack'],
    ['My child is not waking up', 'not waking up'],
    ['I think she is having a stroke', 'stroke'],
    ['I am bleeding heavily', 'bleeding heavily'],
    ['I took the whole pack', 'took the whole pack'],
    ['Sometimes I think everyone would be better off without me.', 'better off without me'],
    ["Sometimes I think everyone would be better off if I wasn't here", "better off if I wasn't here"],
    // Typed on a phone: a typographic apostrophe.
    ['I don’t want to live anymore', 'don’t want to live'],
    ['I keep thinking about ending it all', 'thinking about ending it all'],
    ['I took 20 paracetamol an hour ago', 'took 20 paracetamol'],
    ['I swallowed a handful of pills', 'swallowed a handful of pills'],
    ['My baby has a fever of 40 and is very floppy', 'very floppy'],
    ['Worst headache of my life, came on suddenly', 'Worst headache'],
    ['My face is drooping on one side', 'face is drooping'],
    ['My lips are turning blue', 'lips are turning blue'],
    ['My water broke an hour ago', 'water broke'],
    ["Baby hasn't been moving much today", "Baby hasn't been moving"],
    ['My toddler swallowed some of my pills', 'toddler swallowed some of my pills'],
    ["I don't see the point anymore", "don't see the point anymore"],
    ['I want to go to sleep and never wake up', 'never wake up'],
    ["I've been self-harming again", 'self-harming'],
    ["I've written a goodbye letter to my family", 'goodbye letter'],
    ["Lately I keep thinking about ending it", 'thinking about ending it'],
    ["I've been cutting again", 'been cutting again'],
    // Typed on a phone, without apostrophes.
    ['i dont want to live anymore', 'dont want to live'],
    ['idk i just want it all to end', 'want it all to end'],
    ['I cant breathe properly', 'cant breathe'],
    ["I'm so tired of everything, I just want to sleep and not wake up", 'sleep and not wake up'],
    ['My daughter took 15 of my paracetamol tablets an hour ago', 'took 15 of my paracetamol'],
  ])('flags a risk the draft ignores: %s', (patient, quoted) => {
    const [f] = findingsOf(RULE, turn(patient, 'Try to keep a regular sleep schedule.', 'en'));
    expect(f?.severity).toBe('error');
    expect(f?.evidence?.text).toBe(quoted);
    expect(f?.message.en).toContain(quoted);
    // The safety sentence: a crisis line for thoughts of self-harm, the flag named for the rest.
    expect(f?.fixes[0]?.text).toMatch(/crisis line|emergency/);
  });

  it.each([
    'If you feel unsafe, please go to the emergency department or call a crisis line now.',
    'Chest pain on exertion needs an ECG soon.',
    // Asking about safety takes it up.
    'Are you safe right now?',
    'Do you have any thoughts of harming yourself right now?',
    'Do you have a plan to end your life?',
    'Can someone stay with you tonight?',
    'Please keep yourself safe.',
    'Please call 988 tonight.',
    'Please call 911 if it gets worse.',
    'In brief: If bad, needs ER. Flu-like symptoms can have many causes.',
    'If it gets worse, go straight to A&E.',
    'You should not delay going to the hospital.',
  ])('accepts a draft that addresses it: %s', (draft) => {
    const patient = draft.includes('Chest') ? 'I get chest pain when I climb stairs' : 'I want to end my life';
    expect(findingsOf(RULE, turn(patient, draft, 'en'))).toEqual([]);
  });

  it.each([
    ['I started lamotrigine and now have a spreading rash and mouth sores', 'rash and mouth sores'],
    ['After the new antipsychotic I have a high fever and my muscles are rigid', 'high fever and my muscles are rigid'],
    ['My lithium level came back at 2.1 and I am vomiting and confused', 'My lithium level came back at 2.1 and I am vomiting'],
    ['I am on lamotrigine and noticed a rash on my chest', 'I am on lamotrigine and noticed a rash'],
    ['On clozapine and I have a sore throat and fever', 'On clozapine and I have a sore throat'],
    ['Mum is on lithium and has vomited three times today', 'lithium and has vomited'],
  ])('flags a serious reaction to a medicine, or a child who swallowed one: %s', (patient, quoted) => {
    const [f] = findingsOf(RULE, turn(patient, 'Keep taking it as before.', 'en'));
    expect(f?.evidence?.text).toBe(quoted);
    expect(f?.fixes[0]?.text).toMatch(/^What you describe \(".*"\) can be a serious reaction to a medicine: .*emergency/);
  });

  it.each(['I have a rash but no mouth sores', 'I have a fever and body aches', 'Lithium made my hands shake a bit', 'Lamotrigine 100mg, no rash so far',
    'A few spots on my chin since starting lamotrigine', 'I had a rash on lamotrigine years ago'])(
    'does not read one sign alone, a negated or a past one as a reaction: %s',
    (patient) => {
      expect(findingsOf(RULE, turn(patient, 'Keep taking it as before.', 'en'))).toEqual([]);
    },
  );

  it.each(['No need to go to the hospital, just rest.', "You don't need the emergency room, it's anxiety.", 'Your hospital tests were normal, rest.'])(
    'does not take a declined pointer, or a mention of a hospital, for urgent help: %s',
    (draft) => {
      expect(findingsOf(RULE, turn("I have chest pain and can't breathe", draft, 'en'))).toHaveLength(1);
    },
  );

  it('names the red flag in the safety sentence', () => {
    const [f] = findingsOf(RULE, turn('My chest hurts when I walk.', 'Try to rest.', 'en'));
    expect(f?.fixes[0]?.text).toMatch(/^What you describe \("chest hurts"\) can be serious: .*emergency/);
  });

  it('reads "a history of stroke" as the past, and a stent years ago as no reason to ignore chest pain now', () => {
    expect(findingsOf(RULE, turn('I have a history of stroke and cannot sleep.', 'Try melatonin.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('I had a stent years ago, now I have chest pain.', 'Try melatonin.', 'en'))).toHaveLength(1);
    // The next sentence's history is not this flag's.
    expect(findingsOf(RULE, turn('Chest pain today. History of asthma.', 'Try melatonin.', 'en'))).toHaveLength(1);
    // History that has come back is now.
    expect(findingsOf(RULE, turn('My previous chest pain is back.', 'Try melatonin.', 'en'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('The chest pain I had years ago has come back.', 'Try melatonin.', 'en'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('History of stroke, sleeping badly again.', 'Try melatonin.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('My dad has been on aspirin since his stroke. Can he take ibuprofen?', 'Better not.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('My dad had a stroke this morning, what should we do?', 'Keep him calm.', 'en'))).toHaveLength(1);
    expect(findingsOf(RULE, turn("I had chest pain last year and it was anxiety. Now I can't sleep.", 'Try melatonin 2 mg.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn('I used to get chest pain when anxious. Now I just cannot sleep.', 'Try melatonin 2 mg.', 'en'))).toEqual([]);
    expect(findingsOf(RULE, turn("I can't get used to this chest pain.", 'Try melatonin 2 mg.', 'en'))).toHaveLength(1);
  });

  it.each(['My ankle is swelling up.', 'Is crushing the pills OK?', 'My fingers turn blue in the cold.', 'I took 10 days of antibiotics.', "I've taken 2 tablets.",
    'I am thinking about ending things with my boyfriend', "I don't see the point of taking these pills", 'I feel like a burden to my family since the surgery'])('does not read an everyday mention as a risk: %s', (patient) => {
    expect(findingsOf(RULE, turn(patient, 'Rest well.', 'en'))).toEqual([]);
  });

  it('does not take a treatment plan for asking about a plan to die', () => {
    expect(findingsOf(RULE, turn('我不想活了。', '我们制定一个具体的治疗计划，舍曲林加量。', 'zh'))).toHaveLength(1);
    expect(findingsOf(RULE, turn('我不想活了。', '这个药很安全，放心吃。', 'zh'))).toHaveLength(1);
    for (const draft of ['你现在安全吗？', '请保证自己的安全。', '安全起见，药放家人那里保管。']) {
      expect(findingsOf(RULE, turn('我不想活了。', draft, 'zh'))).toEqual([]);
    }
  });

  it('does not take a plan for the medicine or company in general for taking up suicidal thoughts', () => {
    for (const draft of ["We'll make a plan to increase your dose. I'll be with you every step.", 'Happy thoughts of the weekend help.']) {
      expect(findingsOf(RULE, turn("I don't want to live anymore.", draft, 'en'))).toHaveLength(1);
    }
  });

  it.each(["I've been cutting down on coffee", 'I started cutting carbs', "I'm cutting back on sugar", 'The cough is awful, I want it to end soon'])('does not read cutting down on something, or a symptom one wants gone, as self-harm: %s', (patient) => {
    expect(findingsOf(RULE, turn(patient, 'Rest well.', 'en'))).toEqual([]);
  });

  it.each(['No suicidal thoughts, just tired.', 'I have no chest pain.', 'I never wanted to kill myself.'])(
    'does not read a negated mention as a risk: %s',
    (patient) => {
      expect(findingsOf(RULE, turn(patient, 'Rest well.', 'en'))).toEqual([]);
    },
  );
});
