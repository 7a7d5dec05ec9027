import type { PhraseLists } from './phrase-matcher';

// The draft acknowledges the wait.
export const WAIT_ACKNOWLEDGED: PhraseLists = {
  zh: ['抱歉', '不好意思', '久等', '回复{晚|迟|慢|得晚|得迟|得慢}', '{晚|迟}回复', '{才|刚}{回复|回|看到|看见}', '迟复', '见谅', '{让|令}{您|你}等',
    '对不起', '耽误', '出门诊', '比较忙', '太忙', '没能及时', '未能及时', '没有及时', '不及时',
    // Why the doctor was away says the wait was seen ("这两天出差没看手机").
    '{刚|才}下{手术|台|门诊|夜班|班}', '在做手术', '没看{手机|消息|到消息}', '错过*{您|你}的消息', '没{顾|来得}上',
    '{感谢|谢谢}*{耐心|等待}', '等{急|久}了', '回{得|的}{晚|迟|慢}', '前{两|几}天{休假|出差|不在}', '我{这|前}{两|几}天{休假|出差|不在}',
    // The doctor's own days ("这两天事情多", "这几天在外地开会"); not "这几天出差记得带药", advice.
    '{这|前}{两|几}天*{在外地|值班|手术多|太忙|比较忙|事情多}',
    // Just back from leave or a trip ("刚休完假回来", "出差刚回来"); not "休假回来后记得复查" (advice).
    '{刚|才}休{完|了}假', '{刚|才}{休假|出差|放假}*回来', '{休假|出差}{刚|才}回来'],
  en: ['sorry for the {delay|delayed|late|wait}', 'sorry about the {delay|wait}', 'sorry to keep you waiting', 'apologi{es|ze|se} for',
    'delay', 'delayed', 'late reply', 'late response', 'kept you waiting', 'keeping you waiting', 'for your patience',
    'for waiting', 'just saw', 'only now', 'belated',
    'missed your message', 'get back to you', 'getting back to you', 'took me a while', 'took a while', 'been away', 'was away',
    'slow to {reply|respond}', 'bearing with me', 'bear with me', 'i was off', 'i was on leave', 'i was out of',
    'getting to this', 'getting back to this', 'took so long', 'taken so long', 'not replying sooner', 'not getting back sooner',
    'not responding sooner', 'busy few days', 'busy couple of days', 'busy week', 'apologies,', 'my apologies',
    'missed this', 'missed it', 'just seen', 'only just',
    // "Sorry for the slow reply", "sorry it took me so long".
    'sorry for the {slow|late|delayed} {reply|response|answer}', 'slow {reply|response}', 'sorry it took', 'sorry i took'],
};
