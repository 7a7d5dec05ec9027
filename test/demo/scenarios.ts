import type { Conversation } from '../../lib/conversation';
import type { Bilingual, RuleId } from '../../lib/findings';

// The demo console's consultations. Each one is built around one complaint from seed 000
// (or one of DESIGN.md's next rules): `badDraft` is the reply that earns the bad review,
// `goodDraft` the reply a careful doctor would send — warm, specific, every question answered,
// reasons and a 挂号 channel for any referral, a closing line. Rule authors use both: the bad
// draft as a positive case for `expectRule`, the good one as a negative case for every rule.

export interface DemoScenario {
  id: string;
  title: Bilingual;
  /** The consultation as the page shows it; `draft` is empty (tests type the draft). */
  conversation: Conversation;
  /** A draft that triggers `expectRule`. */
  badDraft: string;
  /** A complete, warm, specific reply that triggers no warning at all. */
  goodDraft: string;
  expectRule: RuleId;
}

/** The scenarios' shared "now": late-reply checks are deterministic against it. */
export const DEMO_NOW = '2026-11-20T12:00:00+08:00';

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** An ISO time in Beijing time (+08:00), as the console's <time datetime> carries it. */
export function beijingIso(date: Date): string {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+08:00`;
}

/** November 2026, Beijing time: at(20, 9, 12) → 2026-11-20T09:12:00+08:00. */
function at(day: number, hour: number, minute = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-11-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
}

const ZH_CLOSING = '若后续还有什么疑问，还可继续线上联系我。';
const EN_CLOSING = 'If you have any other questions, feel free to message me here anytime.';

const lateReplyAdvice =
  '长期失眠确实很折磨人，理解你想尽快解决的心情。右佐匹克隆不建议自行加量，长期吃容易耐受，加量后白天头晕、第二天犯困也会更明显；' +
  '目前也先不换药，先调整睡眠习惯：固定每天早上七点起床，不困不上床，床上不玩手机，躺下超过20分钟睡不着就起来到客厅坐一会儿，困了再回床上。' +
  '同时建议到医院睡眠门诊做一次睡眠评估，必要时做多导睡眠监测，因为入睡要两个小时的原因线上没法查清楚，查清楚后再决定是否换药；挂号可以通过医院公众号预约睡眠门诊。' +
  ZH_CLOSING;

const noClosingBody =
  '很高兴听到你情绪好转、能睡整觉了，这段时间你一边带孩子一边坚持治疗，真的很不容易。' +
  '断奶后舍曲林的剂量不需要因为断奶而调整，继续每天早上50mg：剂量是根据情绪症状来定的，和是否哺乳无关。' +
  '断奶那几周激素变化大，情绪可能会有些波动，夜里尽量让家人帮忙照顾孩子，保证睡眠。';

// ---- the long thread: thirty weekly follow-ups of one depression patient, 60 messages ----

const LONG_THREAD_WEEKS = 29;

const longPatientUpdates: readonly ((week: number) => string)[] = [
  (w) => `医生好，第${w}周汇报一下：这周情绪还行，睡眠大概六个小时，中间醒一次。`,
  (w) => `医生，舍曲林吃到第${w}周了，这几天早上起来还是没劲，下午会好一点。`,
  (w) => `这周工作比较忙，加了两次班，情绪有点往下掉，不过没有以前那么严重。`,
  (w) => `医生，最近胃口恢复了，周末还和朋友出去吃了顿饭，感觉挺好的。`,
  (w) => `第${w}周，睡眠变好了，能睡到六点半，就是偶尔还会早醒。`,
  (w) => `这周和家里人吵了一架，心情差了两天，现在缓过来了。药一直按时吃的。`,
  (w) => `医生，最近开始每天散步半小时，感觉头脑清楚了一些。`,
  (w) => `这周有点恶心，是不是药的原因？吃完早饭再吃会好一点。`,
];

const longDoctorReplies: readonly ((week: number) => string)[] = [
  () => '收到，整体在往好的方向走，继续按原剂量服药，睡前少看手机。有不舒服随时说。',
  () => '早上没劲是抑郁恢复期常见的，通常会比情绪好转得慢一些，先不调整剂量，坚持每天上午出门晒太阳。',
  () => '加班累了情绪有波动很正常，你能觉察到并且说出来已经很好了。这周尽量保证睡眠，下周再看。',
  () => '真为你高兴！能和朋友出去吃饭说明精力在恢复，继续保持。',
  () => '早醒比之前少了就是进步，继续观察，不用急着加药。',
  () => '和家人有冲突难免，两天能缓过来说明你的调节能力在变好。药继续按时吃。',
  () => '散步非常好，运动对情绪的帮助是实打实的，能坚持下去最好。',
  () => '恶心是舍曲林常见的胃肠反应，饭后服用就对了，一般会慢慢减轻，若加重或吐了再告诉我。',
];

function longThreadMessages(): Conversation['messages'] {
  const now = Date.parse(DEMO_NOW);
  const day = 24 * 3600_000;
  const messages: Conversation['messages'] = [];
  for (let i = 0; i < LONG_THREAD_WEEKS; i++) {
    const week = i + 1;
    // Week 1 began 30 weeks before "now"; the patient writes at 09:00, the doctor answers at 22:00.
    const asked = now - (LONG_THREAD_WEEKS + 1 - week) * 7 * day - 3 * 3600_000;
    const patientText = longPatientUpdates[i % longPatientUpdates.length]!(week);
    const doctorText = longDoctorReplies[i % longDoctorReplies.length]!(week);
    messages.push({ role: 'patient', text: patientText, at: beijingIso(new Date(asked)) });
    messages.push({ role: 'doctor', text: doctorText, at: beijingIso(new Date(asked + 13 * 3600_000)) });
  }
  messages.push({
    role: 'patient',
    text: '医生，最近状态一直挺稳定的。这周在家复盘了一下这大半年，真的谢谢您。想跟您说一下近况。',
    at: at(19, 20, 5),
  });
  messages.push({
    role: 'patient',
    text: '医生，下个月要出差两周，药能提前多开一些吗？另外最近口干比较明显，有什么办法缓解吗？',
    at: at(20, 8, 40),
  });
  return messages;
}

export const SCENARIOS: DemoScenario[] = [
  {
    id: 'referral-no-reason',
    title: { zh: '建议去门诊却未说明原因', en: 'Referral without a reason' },
    expectRule: 'referral-without-reason',
    conversation: {
      id: 'demo-referral-no-reason',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '李女士',
        intake: '确诊抑郁症一年，一直在吃舍曲林。最近一个月又开始早醒，凌晨四点就醒，白天没精神，上班注意力很差。想问问是不是需要加药或者换药。',
        medications: '舍曲林 100mg 每日一次（早饭后），已服用11个月',
      },
      attachments: [],
      messages: [
        {
          role: 'patient',
          text: '医生您好，我吃舍曲林快一年了，前半年挺好的，这个月又开始早醒，四点多就醒，再也睡不着，白天上班一直犯困。是不是药量不够了？需要加量还是换药？',
          at: at(20, 9, 12),
        },
        { role: 'doctor', text: '你好，最近情绪怎么样？有没有又开始低落、对事情提不起兴趣？', at: at(20, 9, 40) },
        {
          role: 'patient',
          text: '情绪比之前差一点，但没有最严重的时候那么糟，就是睡不好特别影响工作。我也有点担心长期吃药对肝有影响，一直没查过。',
          at: at(20, 10, 5),
        },
      ],
      draft: '',
    },
    badDraft: '你这种情况建议去门诊。',
    goodDraft:
      '能理解早醒让你白天很辛苦，你一直坚持服药、把情况描述得这么清楚，这点做得很好。你现在是症状有些反复，加量还是换药需要先评估：' +
      '建议你这周到门诊来一趟，门诊可以抽血查一下肝肾功能（你担心的肝脏问题正好一起看），再做一次抑郁和睡眠量表测评，这些线上没法完成，结果出来后再定更适合你的调整方案。' +
      '挂号可以通过医院公众号或官网预约我周三上午的专家门诊。在这之前舍曲林先不要自行停药或加量，按原剂量早饭后服用。' +
      ZH_CLOSING,
  },
  {
    id: 'stock-reply',
    title: { zh: '回复敷衍，缺乏针对性', en: 'Stock reply, nothing specific' },
    expectRule: 'generic-reply',
    conversation: {
      id: 'demo-stock-reply',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '陈先生',
        intake: '工作压力大，经常心慌、胸口发紧，晚上躺下脑子停不下来。上个月体检做过心电图，正常。',
        medications: '未服药',
      },
      attachments: [{ kind: 'report', name: '心电图报告.jpg', text: '窦性心律，心电图正常', at: at(20, 8, 28) }],
      messages: [
        {
          role: 'patient',
          text: '医生，我最近一到周日晚上就心慌，想到周一要开会汇报就胸口发紧、手心出汗，晚上一点多才能睡着。心电图查过是正常的。这种情况需要吃药吗？还是能自己调整？',
          at: at(20, 8, 30),
        },
      ],
      draft: '',
    },
    badDraft: '多放松，别想太多，保持好心情，注意休息。',
    goodDraft:
      '你描述的周日晚上心慌、胸口发紧，和周一汇报的压力关系很明确，心电图正常也让人放心一些；这种紧张真的很难受，你愿意主动来问已经很不容易。' +
      '从目前看更像是与工作压力相关的焦虑反应，症状集中在特定场景，还没有明显影响全天的生活，可以先不吃药，试两周自己调整：' +
      '1）睡前做10分钟腹式呼吸（吸气4秒、屏住2秒、呼气6秒）；2）把汇报准备提前到周五完成，周日晚上只看一遍提纲；3）每周三次、每次30分钟快走或慢跑。' +
      '如果两周后心慌仍然每周出现，或者入睡要超过一小时，再考虑短期用药，到时我们再详细商量。' +
      ZH_CLOSING,
  },
  {
    id: 'partial-answer',
    title: { zh: '解答有遗漏（一条消息问了两件事）', en: 'Partial answer (two questions in one message)' },
    expectRule: 'unanswered-question',
    conversation: {
      id: 'demo-partial-answer',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '张女士',
        intake: '焦虑抑郁状态，服用文拉法辛缓释胶囊两个月，上次线上复诊时医生说可以维持剂量。',
        medications: '文拉法辛缓释胶囊 75mg 每日一次',
      },
      attachments: [],
      messages: [
        { role: 'doctor', text: '文拉法辛先维持75mg，每天早上随早餐服用，有不舒服随时说。', at: at(13, 10, 0) },
        {
          role: 'patient',
          text: '医生好，药快吃完了，这两周睡眠和情绪都比之前稳定，就是偶尔出汗多。那我下次什么时候面诊您合适呢，本次能给我开药吗',
          at: at(20, 9, 20),
        },
      ],
      draft: '',
    },
    badDraft: '一个月后面诊。',
    goodDraft:
      '听到你这两周睡眠和情绪都稳定下来，真替你高兴，你一直按时服药，辛苦了。' +
      '本次可以给你开药：文拉法辛缓释胶囊75mg，每天早上一次，开四周的量，处方稍后在平台开出，你留意一下。' +
      '出汗多是这个药常见的副作用，多数会慢慢减轻，注意多喝水，若明显加重再告诉我。' +
      '下次面诊建议在一个月后，也就是12月中旬，通过医院公众号预约我周四上午的门诊即可。' +
      ZH_CLOSING,
  },
  {
    id: 'prescription-uploaded',
    title: { zh: '已上传处方，医生又问用药', en: 'Asks about medication the prescription already shows' },
    expectRule: 'repeat-medication-ask',
    conversation: {
      id: 'demo-prescription-uploaded',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '王女士',
        intake: '双相情感障碍，目前情绪平稳，最近半年体重增加了5公斤，想咨询能不能调整药物。用药情况和处方已上传。',
        medications: '碳酸锂缓释片 0.3g 每日两次；喹硫平 100mg 每晚一次',
      },
      attachments: [
        { kind: 'prescription', name: '处方.jpg', text: '碳酸锂缓释片 0.3g bid；富马酸喹硫平片 100mg qn', at: at(20, 8, 55) },
      ],
      messages: [
        {
          role: 'patient',
          text: '医生您好，处方我拍照传上来了，就是上面这两个药，吃了半年，情绪一直挺稳定，但体重涨了快10斤，我很在意。能不能换个不长胖的药？',
          at: at(20, 9, 0),
        },
      ],
      draft: '',
    },
    badDraft: '你现在吃的什么药？每天吃几次，剂量多少？',
    goodDraft:
      '看到你上传的处方了：碳酸锂缓释片0.3g每日两次、喹硫平100mg每晚一次，半年来情绪稳定，说明这个方案对你是有效的；体重涨了10斤会在意，完全可以理解。' +
      '可以换，体重增加主要和喹硫平有关，可以在评估后逐步换成对体重影响小一些的药物，但双相障碍换药要慢，千万不要自己停药。' +
      '建议你先到门诊抽血查一下血锂浓度、甲状腺功能和血糖血脂，碳酸锂需要靠抽血监测，线上看不到这些指标；结果出来我们再一起定换药的节奏，挂号可以通过医院官网或公众号预约。' +
      '这段时间饮食上少吃夜宵和甜饮料，每天走路半小时。' +
      ZH_CLOSING,
  },
  {
    id: 'cold-tone',
    title: { zh: '态度冷漠，缺乏人文关怀', en: 'Cold tone, no empathy' },
    expectRule: 'missing-empathy',
    conversation: {
      id: 'demo-cold-tone',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '刘同学',
        intake: '大一学生，入学后情绪低落三个月，失眠、不想上课，和室友关系紧张。',
        medications: '未服药',
      },
      attachments: [],
      messages: [
        {
          role: 'patient',
          text: '医生，我最近每天晚上都躲在被子里哭，觉得自己什么都做不好，跟室友也处不来，课也不想去上了。爸妈说我就是矫情。我是不是抑郁症啊？',
          at: at(20, 10, 30),
        },
      ],
      draft: '',
    },
    badDraft: '根据描述，可能存在抑郁状态，需面诊评估。请至门诊就诊，行量表检查。',
    goodDraft:
      '看到你这段时间每天晚上都在哭，真的很心疼你。一个人在外地上学、和室友处不好，又得不到家里理解，你会这么难受是可以理解的，这不是矫情。' +
      '你说的情绪低落、失眠、不想上课已经持续三个月，确实有抑郁的可能，需要认真评估才能确定是不是抑郁症。' +
      '建议你到门诊来做一次专业的量表测评，医生当面交流能更准确地判断，这些线上文字没办法完成；可以通过医院公众号挂精神心理科的号，学校心理咨询中心也可以先去聊一聊。' +
      '在这之前，尽量保持规律作息，白天出门晒晒太阳。' +
      ZH_CLOSING,
  },
  {
    id: 'late-reply',
    title: { zh: '回复不及时（患者已等三天）', en: 'Late reply (patient waited three days)' },
    expectRule: 'late-reply-unacknowledged',
    conversation: {
      id: 'demo-late-reply',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '赵先生',
        intake: '失眠五年，服用右佐匹克隆，最近效果变差。',
        medications: '右佐匹克隆 3mg 每晚睡前',
      },
      attachments: [],
      messages: [
        {
          role: 'patient',
          text: '医生您好，右佐匹克隆吃了快一年了，最近吃了也要两个小时才能睡着，能不能加量？或者换个药？',
          at: at(17, 21, 40),
        },
        { role: 'patient', text: '医生，还在吗？', at: at(18, 20, 15) },
        { role: 'patient', text: '医生，我都问了两天了，还没回复……', at: at(19, 22, 30) },
      ],
      draft: '',
    },
    badDraft: `你好，${lateReplyAdvice}`,
    goodDraft: `实在抱歉，这几天一直在出门诊和值班，回复晚了，让你久等了。${lateReplyAdvice}`,
  },
  {
    id: 'no-closing',
    title: { zh: '缺少结束语', en: 'No closing line' },
    expectRule: 'missing-closing',
    conversation: {
      id: 'demo-no-closing',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '孙女士',
        intake: '产后8个月，情绪低落，在服用舍曲林，准备断奶。',
        medications: '舍曲林 50mg 每日一次',
      },
      attachments: [],
      messages: [
        { role: 'doctor', text: '舍曲林50mg继续吃，两周后线上告诉我情况。', at: at(6, 11, 10) },
        {
          role: 'patient',
          text: '医生，吃了两周多，情绪好了不少，能睡整觉了。我想问下断奶之后舍曲林的剂量要不要调整？',
          at: at(20, 9, 45),
        },
      ],
      draft: '',
    },
    badDraft: noClosingBody,
    goodDraft: noClosingBody + ZH_CLOSING,
  },
  {
    id: 'risk-unaddressed',
    title: { zh: '患者提到轻生念头，回复未回应', en: 'Self-harm thoughts not addressed' },
    expectRule: 'risk-not-addressed',
    conversation: {
      id: 'demo-risk-unaddressed',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '周先生',
        intake: '抑郁症复发，服用艾司西酞普兰，睡眠差。',
        medications: '艾司西酞普兰 10mg 每日一次',
      },
      attachments: [],
      messages: [
        {
          role: 'patient',
          text: '医生，这几天晚上几乎睡不着，脑子里一直在想活着没什么意思，有时候想干脆一了百了算了。能不能给我开点安眠药？',
          at: at(20, 7, 50),
        },
      ],
      draft: '',
    },
    badDraft: '理解你睡不好很痛苦。可以短期加用一点助眠药物，睡前吃半片右佐匹克隆，一周后看看效果。' + ZH_CLOSING,
    goodDraft:
      '谢谢你愿意把这些想法告诉我，听得出来你现在非常痛苦，我很担心你的安全。你提到想一了百了，这需要马上重视：现在有没有具体的计划或者准备？' +
      '请今天就到医院精神科门诊或急诊当面评估；如果有想伤害自己的冲动，立即拨打120或到最近的医院急诊，也可以拨打心理援助热线12356，并请一位家人或朋友这几天陪在你身边。' +
      '睡眠的问题我们一定会处理，但安眠药需要当面评估后再开，这次不适合线上直接开。' +
      ZH_CLOSING,
  },
  {
    id: 'drug-reaction',
    title: { zh: '服药后皮疹伴口腔溃烂，回复未让就医', en: 'A rash with mouth sores on a new medicine, no urgent care' },
    expectRule: 'risk-not-addressed',
    conversation: {
      id: 'demo-drug-reaction',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '郑女士',
        intake: '双相情感障碍，拉莫三嗪加量中。',
        medications: '拉莫三嗪 50mg 每日两次（上周由25mg加量）',
      },
      attachments: [],
      messages: [
        {
          role: 'patient',
          text: '医生，拉莫三嗪加量一周了，这两天身上起了好多红疹子，嘴里也溃烂了，还有点发烧。还要继续吃吗？',
          at: at(20, 8, 30),
        },
      ],
      draft: '',
    },
    badDraft: '别担心，皮疹是拉莫三嗪比较常见的反应，可以先继续吃，多喝水，注意观察。' + ZH_CLOSING,
    goodDraft:
      '先别担心，你及时告诉我做得很对。皮疹加上口腔溃烂和发烧，可能是拉莫三嗪引起的严重药疹，需要马上处理：' +
      '不要再继续吃拉莫三嗪了，请今天就到最近医院的急诊就诊，带上正在吃的药，医生会查血常规和肝肾功能，判断皮疹的严重程度。' +
      '情绪稳定的药我们之后换别的方案。' +
      ZH_CLOSING,
  },
  {
    id: 'en-referral',
    title: { zh: '英文：建议去门诊却未说明原因', en: 'English: referral without a reason' },
    expectRule: 'referral-without-reason',
    conversation: {
      id: 'demo-en-referral',
      language: 'en',
      now: DEMO_NOW,
      department: 'Psychiatry',
      doctor: 'Dr. Lin',
      patient: {
        name: 'Emma',
        intake: 'Generalised anxiety, on sertraline 50 mg for three months. Recently palpitations at night.',
        medications: 'Sertraline 50 mg once daily',
      },
      attachments: [],
      messages: [
        {
          role: 'patient',
          text: "Hi doctor, I've been on sertraline 50 mg for three months. The anxiety is better, but for the last two weeks my heart races at night, sometimes for half an hour. Should I increase the dose or is this a side effect?",
          at: at(20, 8, 10),
        },
      ],
      draft: '',
    },
    badDraft: 'You should go to the clinic.',
    goodDraft:
      "I'm sorry the night-time palpitations have been worrying you, and it's good that you reached out; your anxiety improving on sertraline is real progress. " +
      "Please don't increase the dose for now: palpitations lasting half an hour need a proper check first, and they can be a side effect, so please come to the outpatient clinic this week. " +
      'There we can do an ECG and, if needed, 24-hour heart monitoring, plus a blood test for thyroid function, none of which can be done online. You can book through the hospital website or app. ' +
      'Until then keep taking sertraline 50 mg as before; if the racing comes with chest pain or fainting, go to the emergency department. ' +
      EN_CLOSING,
  },
  {
    id: 'en-partial-answer',
    title: { zh: '英文：解答有遗漏', en: 'English: partial answer' },
    expectRule: 'unanswered-question',
    conversation: {
      id: 'demo-en-partial-answer',
      language: 'en',
      now: DEMO_NOW,
      department: 'Psychiatry',
      doctor: 'Dr. Lin',
      patient: {
        name: 'James',
        intake: 'Depression, on mirtazapine 15 mg at night for six weeks.',
        medications: 'Mirtazapine 15 mg at night',
      },
      attachments: [],
      messages: [
        { role: 'doctor', text: 'Keep taking mirtazapine 15 mg at night and let me know how you sleep.', at: at(6, 10, 0) },
        {
          role: 'patient',
          text: 'Thanks doctor. The mirtazapine helps me sleep much better. Can I drink a glass of wine at dinner while taking it? And when should I book my next review?',
          at: at(20, 7, 30),
        },
      ],
      draft: '',
    },
    badDraft: 'Your next review can be in four weeks.',
    goodDraft:
      "I'm really glad the mirtazapine is helping you sleep, and thank you for checking before trying. " +
      "It's best to avoid alcohol while taking mirtazapine, even a glass of wine at dinner, because together they make you much drowsier and can worsen low mood. " +
      'Your next review can be in four weeks; you can book it through the hospital app. ' +
      EN_CLOSING,
  },
  {
    id: 'long-thread',
    title: { zh: '长对话（60条消息）', en: 'Long thread (60 messages)' },
    expectRule: 'unanswered-question',
    conversation: {
      id: 'demo-long-thread',
      language: 'zh',
      now: DEMO_NOW,
      department: '精神心理科',
      doctor: '林医生',
      patient: {
        name: '吴先生',
        intake: '抑郁症，服用舍曲林，私人医生服务长期随访中，每周线上汇报一次。',
        medications: '舍曲林 100mg 每日一次（早饭后）',
      },
      attachments: [{ kind: 'prescription', name: '处方.jpg', text: '盐酸舍曲林片 50mg×28片，一次2片，每日一次', at: at(1, 9, 0) }],
      messages: longThreadMessages(),
      draft: '',
    },
    badDraft: '可以提前开，这次给你开一个月的量。',
    goodDraft:
      '看到你这大半年一步步走过来，状态一直稳定，我也真心替你高兴，这离不开你自己的坚持。' +
      '出差的药可以提前开：这次给你开六周的舍曲林，每天早饭后两片，处方稍后在平台开出，记得放随身行李里。' +
      '口干是舍曲林常见的副作用，可以随身带水小口多次喝，嚼无糖口香糖，少喝浓茶和咖啡；如果影响到说话吞咽再告诉我，我们再看要不要调整。' +
      ZH_CLOSING,
  },
];

export function findScenario(id: string): DemoScenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
