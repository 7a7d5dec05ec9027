import type { PhraseLists } from './phrase-matcher';

// The draft acknowledges the wait.
export const WAIT_ACKNOWLEDGED: PhraseLists = {
  zh: ['抱歉', '不好意思', '久等', '回复{晚|迟|慢|得晚|得迟|得慢}', '{晚|迟}回复', '{才|刚}{回复|回|看到|看见}', '迟复', '见谅', '{让|令}{您|你}等',
    '对不起', '耽误', '出门诊', '比较忙', '太忙', '没能及时', '未能及时', '没有及时', '不及时'],
  en: ['sorry for the {delay|delayed|late|wait}', 'sorry about the {delay|wait}', 'sorry to keep you waiting', 'apologi{es|ze|se} for',
    'delay', 'delayed', 'late reply', 'late response', 'kept you waiting', 'keeping you waiting', 'for your patience',
    'for waiting', 'just saw', 'only now', 'belated'],
};
