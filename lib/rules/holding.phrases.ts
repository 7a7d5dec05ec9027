import type { PhraseLists } from './phrase-matcher';

// A holding message: the doctor says the answer is coming ("收到，我看一下报告", "稍等"), and
// the reply proper follows in the next bubble.
export const HOLDING: PhraseLists = {
  zh: ['稍等', '等{我|一下|一会|会儿}', '我{先|}{看|瞧|查}{一下|看|下}', '{看|查}一下', '{马上|稍后|晚点|晚一点|晚些|待会|等会|一会|一会儿|尽快}{回复|回你|回您|答复|再回|给你回|给您回}',
    '{再|}详细{回复|回你|回您|答复|说}',
    // A bare "收到" promises nothing: it is an acknowledgement (beside a promise, filler).
    '正在{看|查看|阅读}', '稍候', '马上看', '我{仔细|好好|认真}{看|瞧|查|研究}', '研究一下', '等我{下|一下}', '容我{看看|看一下|想想|想一下|看}', '{看|查}下',
    '{看|查|研究}完*{回复|回你|回您|答复}',
    // When the answer comes: "再回复你", "下午回复你".
    '{再|之后|然后|回头|下午|晚上|明天|今晚|中午}{回复|回你|回您|答复}',
    // The answer went another way, which the text cannot see: "医生已经通过语音回答了您的问题，请及时收听。"
    '{通过|用|以}{语音|电话|视频}{回答|回复|答复|解答}', '{发了|发送了}{语音|语音消息}'],
  en: ['one moment', 'just a moment', 'give me a moment', 'give me a minute', 'let me {take a look|look|check|review|have a look}',
    "{i'll|i will|will} {get back to you|reply|respond|take a look|look}", 'reviewing', 'let me {look into|go through|go over}', 'bear with me',
    '{looking|checking} {at|over|through}', 'checking', 'hang on', 'one sec', 'just a sec',
    'get back to you', 'to {review|check|look at|look over|go through|read}',
    '{answered|replied|responded|replied to|responded to} {you |your question |your questions |}{by|on|over|in} {voice|phone|the phone|a call|the call|video|a voice message}', '{sent|left} {you |}a voice {message|note}'],
};

// Words that may stand beside it and say nothing more: an acknowledgement, what is being looked
// at ("收到，我看一下报告"), when the answer comes.
export const HOLDING_FILLER: PhraseLists = {
  zh: ['好的', '好', '嗯', '恩', '哦', '噢', '收到', '我', '先', '你', '您', '你的', '您的', '你发的', '您发的', '这个', '那个', '一下', '了', '哈', '呢', '啊',
    '报告', '资料', '检查', '片子', '图片', '化验单', '结果', '马上', '稍后', '仔细', '好好', '这边', '请', '的', '再', '下',
    // What is looked at, and where the doctor is: "我先看看你之前的记录", "我现在在门诊".
    '情况', '病情', '之前的', '之前', '记录', '病历', '现在', '在', '门诊', '病房', '手术', '上次', '上一次', '稍等',
    // Around an answer given by voice: "医生已经通过语音回答了您的问题，请及时收听".
    '医生', '已经', '已', '问题', '{及时|注意|}收听'],
  en: ['ok', 'okay', 'thanks', 'thank you', 'got it', 'received', 'i', 'will', 'now', 'and', 'the', 'this', 'please', 'shortly', 'soon', 'later',
    'at', 'over', 'it', 'your {report|reports|result|results|file|files|image|images|scan|scans|labs|notes|history|records|messages}', "i'm", 'i am',
    'a moment', 'a minute', 'them', 'into', 'properly', 'in full', 'in {clinic|surgery|theatre}', 'on {call|the ward}',
    'this {morning|afternoon|evening}', 'tonight', 'later today', 'have', "i've", 'already', 'you', 'your question', 'your questions', 'listen to it'],
};
