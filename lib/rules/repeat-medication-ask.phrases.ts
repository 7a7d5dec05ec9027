import { DRUG_CLASSES } from '../text/lexicon';
import type { PhraseLists } from './phrase-matcher';

const CLASS_NAMES = { zh: DRUG_CLASSES.flatMap((c) => c.zh).join('|'), en: DRUG_CLASSES.flatMap((c) => c.en).join('|') };
/** A class asked by name ("什么降压药", "降压药是哪种"): see DRUG_CLASSES for when it re-asks. */
const ZH_CLASS_ASKS = [`{什么|哪种|哪个|哪些|啥}{${CLASS_NAMES.zh}}`, `{${CLASS_NAMES.zh}}*{是什么|是哪种|是哪个|叫什么|名字}`];

// The draft asks what or how the patient takes a medicine. Each phrase is itself a question
// about medication; the rule also requires the sentence to read as an ask (see ASK_MARKERS).
export const MEDICATION_ASKS: PhraseLists = {
  zh: ['{吃|服用|服|用|在用|在吃|用过|吃过}*{什么|哪些|哪种|哪几种|啥}{药|药物}', '{什么|哪些|哪种|啥}药', '{怎么|如何|怎样}{吃|服用|服|用}{的|药|呢}',
    '{用药|服药|吃药}情况', '{吃|服用|服|用}{了|的}*{多少|多大|几片|几粒|几颗|几毫克}', '{剂量|药量|用量}*多少', '{多大|多少}{剂量|量}',
    '{每天|一天|每日|每次|一次}*几{片|粒|颗|次}', '{有没有|是否|有无}*{吃|服用|服|用}{药|什么药|药物}',
    '{药名|药的名字|药物名称}', '{什么|多少|多大}剂量', ...ZH_CLASS_ASKS],
  en: ['what {medication|medications|medicine|medicines|meds|drugs|pills} {are|do|have}', 'which {medication|medications|medicine|medicines|meds|drugs}',
    'what dose', 'what dosage', 'what strength', "{what's|what is} {the|your} {dose|dosage|strength}", 'how much * {take|taking}', 'how often do you take', 'how do you take',
    'are you {taking|on} any', 'are you currently {taking|on}', 'your current {medication|medications|meds}', 'list~ {medication|medications|medicine|medicines|meds|drugs|tablets|pills}',
    '{what|which} {medication|medications|medicine|medicines|meds|drugs} {is|does} {he|she|they|your child|your son|your daughter}',
    'what are you taking', 'what else are you taking', 'any medications',
    `name of {the|your} {medication|medications|medicine|medicines|drug|drugs|pills|${CLASS_NAMES.en}}`,
    `{what|which} {${CLASS_NAMES.en}}`],
};

// Within a medication ask, asking how much: when the patient gave a dose, asking it again is a
// re-ask even though the draft names the drug ("How much sertraline do you take?" after
// "sertraline 50mg"); without a dose given it is the missing part, rightly asked.
export const DOSE_ASKS: PhraseLists = {
  zh: ['{吃|服|用}多少', '多少{毫克|mg|片|粒|颗|量}', '{多大|多少}{剂量|量}', '{剂量|药量|用量}*多少', '几片', '几粒', '几颗', '几毫克'],
  en: ['how {much|many}~ {do|are|did} you {take|taking|on}', 'what dose', 'which dose', 'what strength', "{what's|what is} {the|your} {dose|dosage|strength}"],
};

// Within a medication ask, the words that ask only how much ("剂量是多少", "每天吃几片", "What
// dose"), and those that ask what medicine ("吃的什么药", "用药情况", "Which medications"): a dose
// asked when the patient gave none asks for the missing part ("我在吃舍曲林" → "每天吃几片？").
export const DOSE_WORDS: PhraseLists = {
  zh: ['多少', '几片', '几粒', '几颗', '几毫克', '剂量', '药量', '用量', '多大'],
  en: ['dose', 'dosage', 'strength', 'how much', 'how many'],
};
// How often, asked ("一天吃几次", "How often do you take it") and given ("每天", "早晚各一片",
// "twice a day"): the dose given without it leaves it missing ("舍曲林50mg" → "一天吃几次？").
export const FREQUENCY_WORDS: PhraseLists = {
  zh: ['几次', '多久吃一次', '多长时间吃一次'],
  en: ['how often', 'how many times'],
};
// How often, asked as such of a drug the patient named ("氟西汀每天吃几次？", "How often do you take
// the sertraline?"): asked again when they said how often. Not any 几次 ("漏吃过几次").
export const FREQUENCY_ASKS: PhraseLists = {
  zh: ['{每天|一天|每日|一日|每周|一周|每晚}*{吃|服|用}*几次', '多久{吃|服|用}一次', '多长时间{吃|服|用}一次'],
  en: ['how often do you take', 'how many times a day', 'how many times do you take'],
};
export const FREQUENCY_GIVEN: PhraseLists = {
  zh: ['每天', '每日', '一天', '一日', '每晚', '每早', '早晚', '睡前', '隔天', '隔日', '每周', '按需', '必要时'],
  en: ['qd', 'bid', 'tid', 'qid', 'qn', 'prn', 'daily', 'a day', 'every', 'twice', 'once', 'at night', 'at bedtime', 'in the morning', 'as needed', 'weekly'],
};
export const NAME_WORDS: PhraseLists = {
  zh: ['药名', '药的名字', '名称', '{用药|服药|吃药}情况', '{什么|哪些|哪种|哪个|哪几种|啥}{药|药物}', ...ZH_CLASS_ASKS],
  en: ['what {medication|medications|medicine|medicines|meds|drugs|pills}', 'which', 'name', 'list', 'any', 'what are you taking', 'what else'],
};

// An ask about other medicines than the ones given ("还吃别的药吗", "any other medication") asks
// for what is missing, not for what was said.
export const OTHER_MEDICINES: PhraseLists = {
  // Not 另外 / "in addition": "另外，你现在吃什么药？" opens a new ask, it does not ask for more.
  zh: ['别的', '其他', '其它', '之外', '以外'],
  en: ['other', 'else', 'besides', 'apart from'],
};

// The draft asks for a photo of the prescription or the box: asking again only when the patient
// already uploaded one (seed 000 §4: "也附上了处方图片，医生还问我现在怎么用药的"). After a drug
// named in words, a photo is a check, not a second ask.
export const PRESCRIPTION_ASKS: PhraseLists = {
  zh: ['{拍|发|传|上传}*{药盒|处方|药单|用药单|病历}', '{药盒|处方|药单|用药单}*{拍|发|传}'],
  en: ['{photo|picture|copy} of {the|your} {prescription|medication|medications|pill bottle|meds}', '{send|upload|share} {me|us} {your|the|a} prescription',
    '{send|upload|share} {your|the|a} prescription'],
};

// The sentence reads as an ask: a question mark or particle, or a request to tell.
export const ASK_MARKERS: PhraseLists = {
  zh: ['？', '?', '吗', '呢', '么', '请*{说|告诉|描述|介绍|发|提供|补充|写}', '{说|讲|发|写|列|拍}一下', '告诉我', '{说|讲}说', '麻烦',
    '{拍|发|传}{给我|我|过来|上来}', '{给我|让我|我}看{看|一下}'],
  en: ['?', 'please {tell|let|list|share|send|describe|upload}', 'let me know', 'tell me', 'can you {tell|list|share|send|upload}',
    'could you {tell|list|share|send|upload}'],
};

// What in an attachment's kind, name or caption says it is a prescription.
export const PRESCRIPTION_WORDS: PhraseLists = {
  zh: ['处方', '药单', '用药单', '用药清单', '药盒', '医嘱'],
  en: ['prescription', 'rx', 'medication list', 'pill bottle'],
};

// The patient says they sent their prescription ("这是我的处方", "处方图片在上面", "I attached my
// prescription"): the picture's file name often says nothing (IMG_2031.jpg), their words do.
export const PRESCRIPTION_SENT: PhraseLists = {
  // Sent by the patient: "您发了处方吗" asks about the doctor's.
  zh: ['{这是|附上|附了|上传|图片是|照片是|截图是}*{处方|药单|用药单|用药清单|药盒}', '我*{发了|传了|拍了}*{处方|药单|用药单|用药清单|药盒}',
    '{处方|药单|用药单|用药清单|药盒}*{图片|照片|截图|在上面|在下面|附上|上传|拍了|发您|发给您|发你|发给你}'],
  en: ["{attached|uploaded|i sent|i've sent|i have sent|here is|here's|photo of|picture of}~ {prescription|medication list|pill bottle}",
    '{prescription|medication list} {is|are} {attached|above|uploaded}'],
};

// The patient says their medicines are in a picture ("我的药都在这张图里", "吃的药拍给您看", "a photo
// of my meds"): given like a prescription, acknowledged as a photo. Not any 药 near a photo
// ("吃完药去拍了CT").
export const MEDICINES_PICTURED: PhraseLists = {
  zh: ['{药|药物|用药}*{都在|在}*{图|图片|照片|截图|相片}', '{吃的|在吃的|用的|我的}{药|药物}*{拍给|拍照|照片|图片|截图}',
    '{药瓶|药品|药物包装}*{拍给|拍了|拍照|照片|图片}'],
  en: ['{photo|photos|picture|pictures|pic|pics|image} of~ {meds|medications|medicines|pills|tablets|pill bottles}',
    '{meds|medications|medicines|pills|tablets} {is|are} in the {photo|picture|pic|image|attachment}'],
};

// The patient's words that take back what they sent ("处方忘了拍", "I haven't uploaded the
// prescription"): no prescription was sent.
export const NOT_SENT: PhraseLists = {
  zh: ['没', '未', '忘', '不', '还要', '待会', '等会', '稍后'],
  en: ["haven't", 'have not', 'not', "didn't", 'forgot', 'later'],
};

// A medicine the patient no longer takes ("以前吃过奥氮平，已停药半年", "I stopped sertraline"):
// asking what they take now does not ask it again.
export const STOPPED: PhraseLists = {
  zh: ['停药', '停了', '停掉', '已停', '停用', '停服', '不吃了', '没吃了', '没再吃', '不再吃', '断药', '以前吃过', '之前吃过',
    '曾经吃过', '过去吃过', '吃过一段时间', '换掉'],
  en: ['stopped', 'quit', 'no longer', 'used to take', 'came off', 'discontinued', 'weaned off', 'was on'],
};

// An ask about the past ("以前吃过什么药？") asks for medicines stopped too.
export const PAST_ASKS: PhraseLists = {
  zh: ['以前', '之前', '曾经', '过去', '吃过', '用过'],
  en: ['before', 'previously', 'in the past', 'have you ever', 'used to', 'tried'],
};

// A 用药情况 field that says nothing was taken does not count as given.
export const NOTHING_TAKEN: PhraseLists = {
  zh: ['无', '没有', '未服药', '未用药', '暂无', '不详'],
  en: ['none', 'no', 'n/a', 'na', 'nil'],
};
