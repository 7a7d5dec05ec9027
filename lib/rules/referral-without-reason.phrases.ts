import { EXAM_NAMES } from '../text/lexicon';
import type { Language } from '../conversation';
import type { PhraseLists } from './phrase-matcher';

// Seed 000 §1 / advice 1: "建议去门诊" must say WHY (what the visit gives that online can't)
// and, second, HOW (where to book). `*` = up to 4 characters inside one clause.

/** Words that make a bare 就诊/面诊 an instruction rather than a noun. */
const DIRECTIVES = ['建议', '及时', '尽快', '尽早', '马上', '立即', '立刻', '需要', '应该', '应当', '最好', '要', '去', '到', '来', '可以', '考虑', '再', '随时'];

/** Small places of care besides 医院/门诊/急诊 (which have their own phrases in REFERRALS). */
const ZH_CLINICS = ['诊所', '卫生院', '卫生室', '卫生服务中心'];
const ZH_GOES = ['去', '到', '来', '上', '回'];

/** The draft sends the patient somewhere in person. */
export const REFERRALS: PhraseLists = {
  zh: [
    '去*医院', '到*医院', '来*医院', '上*医院', '回*医院', '医院*看', '医院*查', '医院就诊', '医院就医', '医院复诊',
    '去*门诊', '到*门诊', '来*门诊', '门诊*看', '门诊复诊', '门诊就诊', '发热门诊',
    '去*科', '到*科', '看*科', '挂*科', '科就诊', '科复诊', '科门诊', '去*急诊', '到*急诊', '看急诊', '急诊科',
    // A bare 就诊/面诊 is often a noun ("对本次就诊满意"): it is a referral with a directive.
    `{${DIRECTIVES.join('|')}}*{就诊|就医|面诊|复诊|线下}`,
    '当面看', '专科医生', '专科医院', '看医生', '找医生', '咨询*医生', '医生面诊', '挂*号看', '挂*号就诊',
    `{${ZH_GOES.join('|')}}*{${ZH_CLINICS.join('|')}}`, `{${ZH_CLINICS.join('|')}}*{看|查|就诊|就医}`,
  ],
  en: [
    // More in SENT_TO and SENDS below: "go to the clinic", "be seen by a cardiologist".
    'in person', 'in-person', 'go in and see', 'specialist', 'seek medical', 'seek care', 'seek evaluation', 'get checked',
    'get examined', 'call your doctor', 'call your gp', 'call your pcp', 'call the doctor', 'your physician',
    'a clinic', 'walk-in', 'emergency room', 'the er',
  ],
};

/** English referrals are also composed, so "come back to your local clinic" and "be seen by
 *  a dermatologist" need no phrase each: a place or carer of SENT_TO (whole words, so not
 *  "clinical") right after a verb of SENDS that sends the patient there. Chinese referrals are
 *  all in REFERRALS: the `*` gap does this work there. */
export const SENT_TO: PhraseLists = {
  zh: [],
  en: [
    // Places.
    'clinic', 'hospital', 'er', 'a&e', 'emergency', 'urgent care', 'walk-in', 'outpatient', 'outpatients',
    'health centre', 'health center', 'medical centre', 'medical center',
    // Carers.
    'doctor', 'doc', 'physician', 'gp', 'pcp', 'primary care', 'family doctor', 'family physician',
    'healthcare provider', 'health care provider', 'medical professional', 'specialist', 'consultant',
    'cardiologist', 'dermatologist', 'neurologist', 'psychiatrist', 'psychologist', 'therapist', 'counsellor',
    'counselor', 'gynaecologist', 'gynecologist', 'obstetrician', 'urologist', 'ent', 'pulmonologist',
    'chest physician', 'gastroenterologist', 'endocrinologist', 'rheumatologist', 'orthopaedic', 'orthopedic',
    'orthopedist', 'surgeon', 'oncologist', 'allergist', 'nephrologist', 'hematologist', 'haematologist',
    'paediatrician', 'pediatrician', 'ophthalmologist', 'optometrist', 'eye doctor', 'dentist', 'podiatrist',
    'physiotherapist', 'physical therapist',
  ],
};

/** A determiner, or none, between the sending verb and the place ("go to hospital"); longest
 *  first, as the first alternative that fits wins ("your local " before "your "). */
const EN_DETERMINERS =
  '{your nearest |the nearest |your local |the local |a nearby |a local |your |the |an |a |}';

/** Verbs that send the patient to a place or carer of SENT_TO; each phrase ends right before it. */
export const SENDS: PhraseLists = {
  zh: [],
  en: [
    // Going there.
    ...['go', 'come', 'head', 'get', 'return', 'go back', 'come back', 'come in', 'come down', 'go straight',
      'head straight', 'get yourself', 'present', 'take him', 'take her', 'take them', 'take your child',
      'bring him', 'bring her', 'bring them', 'send him', 'send her', 'send them', 'be taken',
    ].map((v) => `${v} to ${EN_DETERMINERS}`),
    // Seeing someone, or being seen there.
    ...['see', 'visit', 'consult', 'consult with', 'attend', 'go see', 'go and see', 'come see', 'come and see',
      'go into', 'come into', 'be seen by', 'be seen at', 'be seen in', 'get seen by', 'get seen at',
      'be examined by', 'be evaluated by', 'be assessed by', 'get checked by', 'get checked at', 'get examined by',
      'get evaluated by', 'get assessed by', 'follow up with', 'make an appointment with',
      'book an appointment with', 'book in with',
    ].map((v) => `${v} ${EN_DETERMINERS}`),
  ],
};

/** What the patient need not do: "no need to see a doctor", "you don't have to go in". */
const NEEDLESS = ['see', 'go', 'visit', 'come', 'attend', 'consult', 'rush', 'be seen'];

/** Words that turn a referral phrase into "no need to go" or a past fact. */
export const NOT_A_REFERRAL: PhraseLists = {
  zh: ['不用*去', '不需要*去', '不必*去', '没必要*去', '无需*去', '不用就', '不需要就', '不必就', '暂时不用', '已经*去', '已*就诊', '已经看了', '住院期间', '不是医院', '不建议',
    // Records from a hospital, sent here ("你把那医院查的检查发过来吧"): nobody is sent anywhere.
    '医院*{查的|做的|开的|拍的}*{发过来|发给我|发我|拍照}'],
  en: [
    'cannot go in', "can't go in", 'phone', 'already', 'welcome to', "don't go", 'do not go', 'avoid going',
    'stay away from',
    `{no need|not need|don't need|not have|don't have|not necessary|unnecessary} to {${NEEDLESS.join('|')}}`,
  ],
};

/** Exams and measurements by name: a visit to do one of them has a reason. */
const ZH_EXAM_NAMES = EXAM_NAMES.zh;

/** An exam the draft has the patient do, wherever it stands in a Chinese draft: it says what
 *  a visit is for ("肝脏B超的检查", "复查肝功"), while a result it reports ("肝功能正常",
 *  "化验结果没问题") does not. */
export const EXAMS_TO_DO: PhraseLists = {
  zh: [
    `{${ZH_EXAM_NAMES.join('|')}}*{检查|检测|复查}`,
    `{复查|查个|查一下|查查|去查|再查|做个|做一下|去做|再做|需要做|需要查|建议做|建议查}*{${ZH_EXAM_NAMES.join('|')}}`,
  ],
  en: [],
};

/** Right after an exam, these make it a result reported ("五项检查结果", "肝功检查正常"), not
 *  an exam to do. */
export const EXAM_RESULT_WORDS: PhraseLists = {
  zh: ['结果', '报告', '正常', '异常', '显示', '提示', '单子', '化验单', '数值', '指标', '没问题', '没有问题', '无异常', '未见'],
  en: [],
};

/** What the visit is for: an exam named, a purpose (明确诊断 counts), or a specific trigger
 *  such as "吃药无效再去" (counted as a reason in the labels). A vague "如有不适" is not. */
/** Alarm signs that make a referral's condition specific ("如果出现尿少、精神差就去医院"). Not
 *  a fever: "发烧的话吃布洛芬" conditions the medicine beside a referral it does not explain. */
/** Bleeding however the patient names it: an alarm sign, a grave one, and a condition however it is put. */
const BLEEDING = '便血|血便|黑便|呕血|吐血|咯血|咳血';

const ALARM_SIGNS = [
  `尿少|精神差|精神不好|萎靡|嗜睡|高热|高烧|脱水|${BLEEDING}|出血`,
  '胸痛|胸闷|心慌|呼吸困难|气促|气短|急促|呼吸快|喘不上气|喘憋|喘得厉害|气不够用|嘴唇肿|嘴唇发紫|发紫|嗓子发紧|喉咙发紧',
  '喷射|黄绿色|无力|带血|呕吐|突然|抽搐|意识|昏迷|晕厥|晕倒|皮疹|黄疸|发黄|咖啡色|尿血|剧烈|吃不下|不吃不喝|吃奶差|吃奶少',
  // A lithium level too high ("如果出现明显手抖、腹泻、走路不稳，马上来医院"), bleeding that will not stop.
  '手抖|腹泻|走路不稳|说话不清|压不住|止不住',
  '伤害自己|自伤|自残|轻生|自杀|想死|不想活',
  // In pregnancy ("注意胎动，如有减少或腹痛、阴道流液及时去产科").
  '阴道流液|流液|破水|见红|胎动减少',
  // Infection where the skin is broken ("如果渗液发臭、流脓、周围皮肤发红，要去医院看看").
  '流脓|化脓|发臭',
].join('|');

export const REASONS: PhraseLists = {
  zh: [
    // Exams and measurements.
    // (ZH_EXAM_NAMES holds the patient's words for a test too: 化验, 抽血, 拍片, 量表 …)
    ...ZH_EXAM_NAMES, '验个', '评估', '检测',
    '监测', '听诊', '听*{肺|心脏|呼吸音}', '查体', '体格检查', '按一下', '血压', '全身*检查', '全面*检查', '详细*检查', '仔细检查',
    '完善*检查', '相关检查',
    // Purposes. A cause, a plan or symptomatic treatment says what the visit is for only when
    // the visit finds or makes it ("查找原因", "才能对症治疗", "调整方案"), not "…的原因" of a symptom.
    '{查|找|看|弄清|搞清|寻找}*原因', '{才能|后再|再}*对症', '对症下药', '{调整|制定|定出|更改|改变|更换}*方案',
    // A plan or the medicine decided there ("当面聊聊，制定一个治疗计划", "再决定用不用药").
    '{制定|定|做}*{治疗计划|诊疗计划}', '决定*{用药|吃药|服药|治疗|方案}', '决定*{停|减|加|换}', '考虑*{药物|用药|吃药|服药|手术}', '{用不用|要不要|是否}*{用药|吃药|服药}',
    '明确', '确诊', '诊断', '查明', '病因', '什么原因', '排除', '排查', '以便', '调整*药', '调整*{剂量|用量}', '换药',
    '开药', '{医院|门诊|社区|卫生服务中心|诊所|科|面诊}*开', '{找|让}{医生|大夫}*开', '处方', '开方', '调方', '进行治疗', '接受治疗', '住院治疗', '需要*治疗', '手术', '会诊',
    // What the visit does for the patient: a drug adjusted, an injection or drip, therapy, a
    // check on recovery or on whether something is there ("看看伤口有没有感染").
    '调药', '复位', '打针', '打个针', '打一针', '雾化', '洗胃', '拍*片', '输液', '拔{掉|除|牙}', '冲洗', '上药', '清创', '缝合', '缝针', '消炎处理', '挂水', '吊水', '注射', '心理咨询', '心理治疗', '心理疏导', '认知行为', '行为治疗', '家庭治疗',
    // Named, not "有没有问题" (as vague as "检查一下").
    '{看|查}*恢复', '恢复{得|的}*{怎么样|如何|情况}',
    '{有没有|是不是|是否}{感染|骨折|炎症|积液|结石|肿瘤|出血|缺血|异常|心律失常|早搏|房颤|贫血|甲亢|甲减|结节|息肉|溃疡|梗阻|器质性|病变|损伤|撕裂|脱位|断裂|反流|胃食管反流|肺炎|哮喘|过敏|缺钙|缺铁|糖尿病|高血压|癫痫|脑梗|血栓}',
    // A child's growth measured ("称体重", "看生长曲线").
    '称体重', '{量|测}身高', '生长曲线', '生长发育', '{听力|视力}*{检查|测试|筛查}',
    // A poisoning named with its drug ("看看是不是锂中毒", "有没有药物中毒").
    '{有没有|是不是|是否}*中毒', '合并{了|}*感染',
    // The danger said ("嘴唇肿加喘不上气是严重过敏反应，很危险，马上去急诊").
    '很危险', '有危险', '腐蚀', '{烧伤|灼伤}', '生命危险', '危及生命', '严重*过敏', '过敏反应', '急症', '非常危险', '抢救', '警惕*{梗|中风|卒中|出血|梗阻}',
    // What the visit gives: "嗅觉功能检查" (not "用点药": "可以先用点药，不好再去医院" gives the visit no reason).
    '功能检查', '常规',
    // What the visit decides ("看看要不要打石膏"), an examination by hand, a persisting sign as the
    // trigger ("明天还肿就去医院": persistence, as the labels count it).
    '要不要{打石膏|固定|手术|住院|输液|缝针|拍片}', '{摸一下|摸摸|触诊}', '{还|仍}{肿|疼|痛|烧|发烧|咳|没好|不消|不见好}',
    // What in person allows that online does not ("线上没法判断", "当面才能判断清楚").
    '{线上|网上}*{没法|无法|不好|不能|难以|很难}*{判断|评估|确定|诊断}', '{线上|网上}看不{到|清}', '{当面|面诊}才能',
    '比较安全', '指导下', '筛查', '检验', '进一步处理', '解除', '不好说', '也可能', '不能确定', '不确定', '鉴别',
    '确认', '针对性', '检查结果', '根据*结果', '科的疾病', '科的病', '科的问题', '属于*科',
    // Specific triggers: treatment failure, persistence, a threshold.
    '无效', '不管用', '没效果', '不好转', '没有好转', '无好转', '不缓解', '没缓解', '仍然', '仍有', '还是不好',
    '还不好', '不见好', '持续', '反复', '不退', '高于', '超过', '效果不{明显|好|佳|理想}', '不见效',
    // The reason said outright ("因为你有胸闷心慌，建议心内科再去就诊"), or a diagnosis not to miss
    // ("避免漏诊"); not "以免病情加重", the stock line under any referral.
    '因为', '由于', '漏诊', '{避免|防止}*{延误|耽误}*{诊断|病情|治疗}',
    // What the sign means ("腿肿加重说明心衰在加重"), what is weighed there ("我们和产科一起权衡风险和收
    // 益再决定", "看哪个更适合你"). Not an illness only suspected ("可能是感冒…担心就去医院检查一下":
    // covid-zh-658's reviewer counted no reason).
    '说明', '权衡', '再决定', '更适合',
    // What is treated there ("主要是要治疗焦虑症，可以到医院心理科看看").
    '主要*治疗', '配合*治疗',
    // A named alarm sign as the condition ("如果出现尿少、精神差就去医院"); "如有不适", "如果加重" say none.
    `{如果|若|一旦|万一|假如|要是}{出现|有|发生|是|伴有|伴}*{${ALARM_SIGNS}}`,
    // A subject or a verb of its own between ("如果孩子出现精神差", "如果吐出咖啡色的东西", "要是拉黑便"),
    // and the next sign of the list after 或者 ("如果不咳的时候也疼，或者喘不上气，要去医院").
    `{如果|若|一旦|万一|假如|要是}*{${ALARM_SIGNS}}`, `{或者|或是|或}*{${ALARM_SIGNS}}`,
    // Or said without an "if": "有心慌胸痛再及时就医", "吐得频繁、不吃不喝、尿少的话去医院".
    `{有|出现}*{${ALARM_SIGNS}}*{再|就}`,
    // A grave sign with "的话" or "就" ("吐得频繁、不吃不喝、尿少的话去医院", "尿少或者精神差就去医院");
    // not a milder one, which as often conditions a medicine ("呕吐的话吃点止吐药").
    `{尿少|不吃不喝|精神差|精神不好|精神萎靡|嗜睡|呼吸困难|呼吸快|喘|喘不上气|喘憋|抽搐|昏迷|意识不清|嘴唇发紫|胸痛|${BLEEDING}|压不住|止不住}*{的话|就|再|直接|要}`,
    // A named alarm sign said to appear, with or without an "if" ("如果运动时出现胸痛、心悸", "出现尿少、精神差、
    // 哭没眼泪要马上去医院").
    `出现*{${ALARM_SIGNS}}`,
    // Bleeding that will not stop, and a first fit ("第一次抽搐还是带去医院看一下"), are triggers of their own.
    '{压不住|止不住}', '第一次*{抽搐|抽|惊厥|发作}',
    // Or named as when it matters most ("烧到39度最好带去医院看一下，尤其是精神差、吃奶少的时候"), or
    // a fever that medicine has not brought down ("吃药两小时后还是40度就去急诊").
    `尤其是*{${ALARM_SIGNS}}`, '{还是|仍然|依然}*度', '{退|降}不下{来|去}',
    // Bleeding is a condition however it is put ("拉得多、有血便或者头晕乏力要去医院").
    `{有|出现|伴|伴有}{${BLEEDING}|尿血|带血}`,
    // A threshold under ("血氧低于93%", "掉到93以下"), and what the oxygen says ("已经是缺氧了",
    // "路上可以先吸氧").
    '低于', '{掉到|降到|低到|跌到|跌破}*以下', '缺氧', '吸氧', '{医院|静脉}补液', '补液治疗',
  ],
  en: [
    'x-ray', 'x ray', 'xray', 'ct', 'mri', 'scan', 'ultrasound', 'ecg', 'ekg', 'pft', 'test', 'tests', 'testing',
    'tested', 'blood work', 'culture', 'biopsy', 'examination', 'exam', 'examine', 'evaluate', 'evaluation',
    'assess', 'assessment', 'rule out', 'phq-9', 'phq', 'gad-7', 'questionnaire', 'rating scale', 'screening', 'diagnos', 'prescri', 'treatment', 'antibiotic', 'if not improving', 'not improving',
    'persist', 'worse', 'worsening', 'fever', 'breath', 'so that', 'in order to', 'because', 'to check',
    'to confirm', 'to see if', 'to find out', 'monitor', 'adjust', 'discuss', 'letter', 'can give you',
    'symptoms', 'unwell', 'unstable', 'respiratory rate', 'breathing', 'smear', 'papsmear', 'swab', 'bloodwork',
    'lab work', 'labs', 'investigation', 'investigations', 'procedure', 'vaccine', 'vaccination', 'take a look',
    'have a look', 'listen to your {chest|heart|lungs}', 'to make sure', 'to exclude', 'review', 'injection',
    // The danger said: "…can be serotonin syndrome, which is an emergency. Go to the emergency department now."
    '{is|are|be} {an|a medical} emergency', 'life-threatening', 'life threatening', '{is|are|can be} {dangerous|serious}',
    // "…since the cause needs treating"; a wound to be seen to ("have the wound checked").
    'since', 'wound {checked|looked at|cleaned|assessed}',
    'dose', 'doses', 'adjusting', 'adjusted', 'adjustment', 'a course {of|such as}', 'to get {one|it|them|this|that} started', 'discussing', 'reviewing', 'changing your {medication|medicine|medicines|dose|treatment}', 'so they can', 'a cast', 'a splint', 'stitches', 'a brace', 'is broken', 'are broken', 'nothing is broken',
    'levels checked', ...EXAM_NAMES.en,
    // What the person seen will do: "see your GP, who can check your lungs".
    '{who|they|he|she} can {check|examine|test|assess|listen|look|order|arrange|measure|feel|take}',
  ],
};

/** The patient asked where to go ("挂什么科？", "去哪家医院好？", "Who should I see?"), or asked for
 *  what a visit does ("我想做个心理咨询，可以吗？", "Can I book a therapy session?"): their own
 *  question is the visit's reason. */
export const ASKED_WHERE_TO_GO: PhraseLists = {
  zh: ['挂{什么|哪个|哪}', '{看|去|挂}{哪个|什么|哪}{科|科室|医生}', '哪家医院', '{去|到}哪{里|儿}*{看|治|查|检查|检测|就诊|做}', '什么科',
    // Asked to come, or whether a place can do it ("我能否来挂您专家号看病", "一般医院可以做吧？").
    '{能否|能不能|可否|可不可以|可以}*{来|去}*挂*号', '医院*{可以|能}{做|查|看|治}',
    '{想|打算|准备}{做|去做|预约|挂号做|约}*{心理咨询|心理治疗|咨询|检查|复查|面诊|体检|评估}'],
  en: ['who should {i|we|he|she} see', 'which {doctor|specialist|department|clinic|hospital}', '{what|which} kind of {doctor|specialist}',
    'where should {i|we|he|she} go', '{can|could} {i|we} {book|get|have|arrange} {a|an|some} {appointment|assessment|test|therapy|counselling|counseling|check-up|checkup}'],
};

/** Emergency help: sent there when the patient speaks of ending their life, their safety is
 *  the reason ("请马上拨打心理援助热线或去最近的急诊"). */
export const EMERGENCY_HELP: PhraseLists = {
  zh: ['急诊', '120', '热线', '危机干预', '心理援助'],
  en: ['emergency', 'a&e', 'er', '911', '999', '112', '988', 'crisis', 'hotline', 'lifeline', 'ambulance', 'samaritans'],
};

/** A visit soon ("今明两天尽快带孩子来门诊"): for a patient who speaks of ending their life, their
 *  safety is its reason, as it is for emergency help. */
export const URGENT_VISIT: PhraseLists = {
  zh: ['尽快', '马上', '立即', '立刻', '今天', '今明两天', '当天'],
  en: ['today', 'as soon as', 'urgently', 'right away', 'straight away', 'immediately'],
};

/** How to book: the weaker half of the seed's advice. */
export const BOOKING: PhraseLists = {
  zh: ['挂号', '官网', '公众号', 'app', '预约', '小程序', '挂*号', '电话'],
  en: ['book', 'appointment', 'schedule', 'call ahead', 'online booking'],
};

/** A trigger in the referral's own sentence explains it ("go to the ER if you have trouble
 *  breathing"): the patient learns when and why to go. Chinese triggers are phrases of
 *  REASONS (无效, 仍然, 持续 …), since the labels count only specific ones there. */
export const CONDITIONS: PhraseLists = {
  zh: [],
  en: ['if', 'in case', 'should you', 'should it', 'should the', 'should your', 'unless', 'whenever', 'in the event'],
};

/** Conditions that say nothing about the patient's state: "if needed" explains no visit. Each
 *  starts where its condition does. */
export const VAGUE_CONDITIONS: PhraseLists = {
  zh: [],
  en: [
    'if {needed|need be|necessary|required|possible|desired|preferred|convenient|in doubt|unsure|concerned|worried}',
    'if you {can|want|wish|like|prefer|would like}', "if you'd like",
    "if {you're|you are|you feel} {unsure|worried|concerned|anxious}",
    'if you have {any |some |further |more |other |}{questions|queries|concerns|doubts|worries}',
    'if you have time', 'if you feel {the need|you need|like it}', 'if you think you need', 'if there is any problem',
    'if anything', 'should you {wish|want|need|prefer}', 'in case of {any |}doubt', 'in case you need',
    'whenever {you can|possible|you want|convenient}', 'unless you prefer',
  ],
};

/** What an in-person visit can do, by what the patient complains of: the one-click reason names
 *  checks that fit ("听诊、血常规、胸片" for a cough, not a psychiatric rating scale). The first
 *  family whose words the patient used wins; the last entry, with no words, fits anything. */
export const VISIT_CHECKS: Readonly<Record<Language, readonly { words: RegExp; checks: string }[]>> = {
  zh: [
    { words: /胸痛|心慌|心悸|心跳|早搏|血压/u, checks: '心电图、血压监测' },
    { words: /咳|痰|发热|发烧|喘|胸闷|肺|嗓子|咽|喉咙/u, checks: '听诊、血常规、胸片' },
    { words: /胃|腹|肚子|大便|便秘|拉肚|腹泻|呕吐|恶心|反酸|肝/u, checks: '腹部查体、血常规、B超或胃镜' },
    { words: /皮疹|湿疹|瘙痒|痒|痘|皮肤|红斑/u, checks: '皮损查看和真菌镜检' },
    { words: /焦虑|抑郁|失眠|睡不着|情绪|心情|惊恐|强迫/u, checks: '量表评估、抽血查肝肾功能' },
    { words: /(?:)/u, checks: '查体和相关检查' },
  ],
  en: [
    { words: /\b(?:chest pain|palpitation|heart|blood pressure)/u, checks: 'an ECG and a blood pressure check' },
    { words: /\b(?:cough|fever|breath|wheez|chest|lung|throat)/u, checks: 'listening to your chest, a blood count or a chest X-ray' },
    { words: /\b(?:stomach|abdom|belly|bowel|diarrh|constipat|vomit|nausea|reflux|liver)/u, checks: 'an abdominal exam, blood tests or an ultrasound' },
    { words: /\b(?:rash|itch|skin|eczema|spots?\b|acne)/u, checks: 'a look at the skin and, if needed, a scraping test' },
    { words: /\b(?:anxi|depress|sleep|insomnia|mood|panic)/u, checks: 'rating scales and blood tests' },
    { words: /(?:)/u, checks: 'an examination and the tests we cannot do online' },
  ],
};
