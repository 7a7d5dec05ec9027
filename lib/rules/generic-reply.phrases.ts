import type { PhraseLists } from './phrase-matcher';

// Seed 000 §2: "医生就说‘多放松’‘别想太多’，这些话我自己也知道". A reply made only of stock
// advice (or one that sends the patient to a search engine) is perfunctory. `*` = up to 4
// characters inside one clause.

/** Stock advice that fits any patient. */
export const STOCK_ADVICE: PhraseLists = {
  zh: [
    '放松心情', '放松', '别想太多', '不要想太多', '别多想', '不要多想', '想开', '注意休息', '好好休息', '多休息',
    '休息好', '多喝水', '多饮水', '保持好心情', '心情舒畅', '心情愉快', '好心情', '良好的心态', '调整心态',
    '调整心情', '心态', '积极', '乐观', '清淡饮食', '饮食清淡', '清淡', '规律作息', '作息规律', '规律饮食',
    '饮食规律', '适当锻炼', '锻炼身体', '加强锻炼', '锻炼', '适当运动', '多运动', '注意饮食', '劳累', '熬夜',
    '蔬菜水果', '戒烟酒', '戒烟', '限酒', '保暖', '受凉', '生冷', '辛辣', '刺激', '油腻', '睡眠充足', '保证睡眠',
    '充足', '营养', '增强免疫力', '抵抗力', '集体活动', '感兴趣的事', '转移注意力', '按时服药', '坚持服药',
    '遵医嘱', '观察', '心情', '及时就医', '及时*就诊', '医院就诊', '就医', '密切关注', '{不必|不要|别}*{恐慌|紧张|担心}', '如有不适',
    // The stock of low mood and family advice: "多出去走走，多和朋友交流", "多陪伴孩子，多沟通".
    '出去走走', '散散心', '散心', '{和|跟|与}朋友*{交流|聊天|聊聊|倾诉}', '多交流', '多沟通', '沟通', '陪伴', '多鼓励', '鼓励',
    '听听音乐', '听音乐', '兴趣爱好', '晒太阳',
  ],
  en: [
    'relax', "don't overthink", 'do not overthink', 'stop worrying', 'get rest', 'get some rest', 'rest well',
    'plenty of rest', 'drink water', 'drink plenty', 'fluids', 'stay hydrated', 'healthy diet', 'eat healthy',
    'balanced diet', 'exercise', 'stay positive', 'be positive', 'think positive', 'take it easy', 'sleep well',
    'enough sleep', 'avoid stress', 'reduce stress', 'stay home', 'stay safe', 'wash your hands', 'hand washing',
    'go for {a walk|walks}', 'fresh air', 'talk to {friends|family|someone}', 'spend time with {friends|family}', 'things you enjoy', 'self-care',
  ],
};

/** How to take the medicine ("饭后吃", "睡前吃", "减半", "take it with food"): advice for this
 *  patient's treatment, however short, as a medicine named is. */
export const DOSING_ADVICE: PhraseLists = {
  // Not "睡前别看手机": sleep advice, stock as it comes.
  zh: ['饭后', '饭前', '{睡前|空腹|随餐|早上|晚上|早饭后|晚饭后}{吃|服}', '加量', '减量', '减半', '半片', '加到', '减到', '停药', '换药', '改成', '改到'],
  en: ['with food', 'after food', 'after meals', 'with meals', 'on an empty stomach', 'take it {at bedtime|before bed|at night|in the morning}',
    'increase the dose', 'reduce the dose', 'lower the dose', 'half a tablet', 'half the dose', 'stop taking', 'switch to'],
};

/** Words that carry no content of their own in a stock reply (greetings, "建议", "注意"). */
export const FILLER: PhraseLists = {
  zh: [
    '您好', '你好', '建议', '可以', '嗯', '恩', '那就', '就可以了', '就行了', '就好了', '就好', '平时', '注意',
    '保持', '避免', '不要', '别', '要', '多', '少', '等', '的', '了', '吧', '啊', '呢', '好好', '一些', '一下',
    '适当', '尽量', '还要', '自己', '做', '身体', '食物', '吃', '和', '与', '及', '是', '您', '你', '还', '在',
    '都', '也', '就', '把', '让', '去', '能', '会', '点', '及时', '这种情况', '应该', '所致',
    // Platform boilerplate: follow me, rate me.
    '关注我', '我的主页', '点击*头像', '进入', '随时可以联系到我', '给予评价', '评价一下', '前进的动力', '谢谢', '帮忙点击*右上角', '如果我的解答对您有所帮助', '请',
  ],
  en: [
    'hello', 'hi', 'dear', 'please', 'just', 'and', 'or', 'you', 'your', 'should', 'try', 'to', 'a', 'the', 'some',
    'of', 'more', 'lots', 'plenty', 'well', 'also', 'be', 'it', 'is', 'will', 'can', 'i', 'suggest', 'recommend',
    'advise', 'take', 'care', 'keep', 'get', 'make', 'sure', 'in', 'on', 'for', 'with', 'thanks', 'thank',
  ],
};

/** Sending the patient away to look it up themselves: a reply that answers nothing (read by
 *  unanswered-question too: a reply that only does this leaves every question open). */
export const LOOK_IT_UP: PhraseLists = {
  zh: ['百度一下', '百度{搜|收索|查}', '上网查', '网上查', '自己查一下', '上网搜', '网上搜', '自己*{搜搜|搜一下|去搜|搜索}', '{问问|问一下}度娘'],
  en: ['google it', 'search online', 'look it up', 'search the {internet|web}', 'look online', 'search for it', 'ask google'],
};

/** Sending the patient away to look it up, or declining to say anything without more: a
 *  reply that answers nothing. */
export const DEFLECTIONS: PhraseLists = {
  zh: [...LOOK_IT_UP.zh],
  en: [...LOOK_IT_UP.en, 'without more information', 'difficult to advise', 'hard to advise', 'many possibilities'],
};

/** Looking up where or how to go is no brush-off: "挂号方式可以上网查一下", "look online for the
 *  nearest testing site". Read in the deflection's own clause. */
export const LOGISTICS: PhraseLists = {
  zh: ['挂号', '门诊', '医院', '地址', '电话', '预约', '科室', '药店', '药房', '位置', '附近', '营业时间'],
  en: ['clinic', 'site', 'centre', 'center', 'hospital', 'pharmacy', 'appointment', 'booking', 'book', 'address', 'phone number',
    'nearest', 'location', 'opening hours', 'near you'],
};

/** A first clause that answers a yes/no question: the reply responds to something specific. */
export const DIRECT_ANSWERS: PhraseLists = {
  zh: ['是的', '是', '对', '对的', '不是', '可以', '不可以', '能', '不能', '会', '不会', '不用', '不需要', '需要', '没有', '有', '没事', '正常', '不正常', '没问题', '有问题'],
  en: ['yes', 'no', 'not yet', 'yes you can', 'no you', 'sure', 'not necessarily', 'unlikely', 'likely', 'probably not', 'usually not',
    'not usually', 'possibly', 'some people do', "most people don't", 'it can', 'it may', 'it might'],
};

/** Words that qualify a yes or no and keep it one ("少数人会", "一般不会", "暂时不用"): read off the
 *  front of the first clause before it is looked up in DIRECT_ANSWERS. */
export const ANSWER_QUALIFIERS: PhraseLists = {
  zh: ['一般', '通常', '基本', '基本上', '暂时', '目前', '少数人', '多数人', '大多数人', '大部分人', '有些人', '有的人', '个别人', '很少',
    '偶尔', '应该', '可能', '也', '完全', '当然', '肯定'],
  en: [],
};

/** A latest turn that only thanks or acknowledges ("好的 谢谢", "ok thanks"): it asks for nothing
 *  specific, so a stock sign-off is a fitting answer, not a perfunctory one. Matched whole, after
 *  punctuation and spaces are removed. */
export const ACKNOWLEDGEMENT_ONLY: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /^(?:好的?|好滴|嗯+|恩+|哦+|谢谢|感谢|多谢|非常感谢|辛苦了?|知道了|明白了?|收到|了解|麻烦了?|医生|大夫|主任|您|你|啦|了|呀|啊)+$/u,
  en: /^(?:ok(?:ay)?|thanks?|thank|you|so|much|very|doctor|dr|great|got it|understood|will do|noted)+$/u,
};
