import type { PhraseLists } from './phrase-matcher';

// A closing line (LABELING.md `closing`): an invitation to follow up or ask again, or a wish.
// It only counts at the END of the draft; "以上意见仅供参考", "谢谢", "Regards, Dr. X" are
// sign-off filler, skipped when looking for the end but not closings by themselves.
export const CLOSINGS: PhraseLists = {
  zh: [
    // "我一直都在" (en "here for you"), "等你回复".
    '我一直都在', '我会一直在', '等{你|您}*{回复|消息}',
    // Invitation to come back.
    '随时联系', '随时咨询', '随时再咨询', '随时复诊', '随时找我', '随时问我', '随时留言', '随时可以联系',
    '可以再咨询', '可再咨询', '再来咨询', '继续咨询', '继续线上', '继续联系', '再联系', '联系我', '找我',
    '欢迎*咨询', '欢迎*复诊', '欢迎随时', '随时来问', '及时沟通', '及时告诉我', '随时反馈',
    '再跟我说', '再告诉我', '记得复诊', '早点好起来', '快点好起来', '还有*问题', '还有什么需要', '还有别的', '有问题*联系', '有问题*问',
    '有什么疑问', '有疑问', '如有*疑', '进一步交流', '再问我', '可以再问', '给我留言', '保持联系',
    '有{啥|什么}情况再{说|联系|找}', '告诉我*{效果|情况|怎么样}', '{再来|来|及时}反馈', '反馈给我',
    '有需要*{再来|随时|联系|找我}', '随时说', '早日好起来', '随时{跟|和|给|向}我{说|讲|留言|反馈}', '随时沟通',
    '再沟通', '保持沟通', '期待*好消息', '等{你|您}的好消息', '下次复诊', '复诊时再', '随时告诉我', '{及时|随时|再}留言',
    // A next meeting named ("我们下周见", "两周后再看看"), the next prescription ("药吃完前再来开").
    '{下周|下次|周后|复诊时}见', '{周|月|天}后再{看看|看|评估|调整|说|聊}', '记得*复诊', '再问', '再来{开|开药|配药|复诊}',
    '有{变化|情况|不适|不舒服}*{告诉我|留言|联系|反馈}',
    // Results to be sent back: "有结果发我看看", "检查结果出来发给我".
    '{结果|报告|记录|化验单|片子}*{发我|发给我|给我看|拿给我|传给我|发过来}', '再来问', '我一直在{这里|这儿}',
    // Wishes and "hope this helps".
    '祝', '早日康复', '尽快康复', '早康复', '恢复健康', '身体健康', '健康成长', '一切顺利', '一切都好',
    '对您有帮助', '对你有帮助', '有所帮助', '帮到你', '帮到您', '协助到', '给你协助', '给您协助', '对你有用',
    '对您有用', '获得专业救治', '获得专业治疗', '保重', '愿{你|您}*{早日|尽快|早点}',
    '希望{你|您}*{早点|早日|尽快|能睡|睡个好觉|好起来|顺利}', '晚安', '安好', '好梦',
  ],
  en: [
    'hope this helps', 'hope that helps', 'hope it helps', 'hope this', 'hope i have', 'hope i answered',
    'hope my answer', 'let me know if', 'feel free to', 'happy to help', 'glad to help', 'would you like to video',
    'would you like to text', 'text chat with me', 'post on here again', 'get back to me', 'follow up with me',
    'reach out', 'any other questions', 'any further questions', 'more questions', 'ask again', 'contact me',
    'write back', 'use this forum', 'here for you', 'take care', 'stay safe', 'good luck', 'wish you',
    'wishing you', 'wishing good health', 'get well soon', 'all the best', 'best wishes', 'speedy recovery',
    'good health', 'feel better soon', 'get well', 'stay well', 'best of luck', "don't hesitate", 'do not hesitate',
    'keep me posted', 'keep me updated', 'write to me again', 'message me again', 'hope you feel better',
    'let me know how', 'keep in touch', 'message me', 'tell me how you are', 'update me',
    'any questions', 'just ask me', 'get in touch', 'come back to me', 'speak soon', 'look after yourself',
    'check in with me', "i'm here if", 'i am here if', 'reply here', 'talk soon', 'sleep well', 'be well', 'drop me a {message|line|note}',
    'hope you {sleep|feel|get|are}', 'next appointment', 'at your {review|follow-up|follow up}',
    'let us know', 'see you {in|next|at|on|soon|then}', '{book|arrange|schedule} a {follow-up|follow up|review}', 'come back if',
    'just message', 'hope {things|it|this} {settle|settles|improve|improves|get better|gets better}', 'next review', 'shout if',
    '{we will|we\'ll|i will|i\'ll} review', 'review you in',
    // A wish for the one the patient writes about: "Hope she feels better soon".
    'hope {she|he|they|your child|your son|your daughter|your baby|the baby|your little one|your mum|your mom|your dad|your wife|your husband|your partner} {feels|feel|gets|get|is|recovers|recover|will}',
    'feels better soon', 'better soon',
    'reply {when|whenever|if} you {can|like|want|need}', 'write {when|whenever} you {can|like|want}',
    // Probed wordings: "Looking forward to your reply", "Please reply so we can talk more", "Hope your back
    // feels better", "Hope it heals quickly!", "Feel better!".
    'looking forward to {your|hearing}', 'please reply', "{i'm|i am} here to help", 'feel better',
    "hope {your|the|it|she|he|they|you|she's|he's|they're|you're}~ {better|settles|settle|heals|heal|easier|comfortable|soon|quickly|well}",
    'wishing {him|her|them|your}', 'have a {safe|lovely|great|good|nice|wonderful} {trip|day|time|flight|holiday|pregnancy}', 'stay healthy',
    "let me know {you're|you are|how}", 'revert back', 'hope that reassures', 'hope this reassures',
  ],
};

// Sign-off filler that may follow the real last line; removed from the end before looking.
export const SIGN_OFF_FILLER: PhraseLists = {
  zh: ['谢谢', '感谢', '仅供参考', '以上*参考', '以上意见仅供参考', '供参考'],
  en: ['thanks', 'thank you'],
};

// A signature's opening word, which a name and titles follow ("Regards, Dr. Kaushal Bhavsar,
// Pulmonologist"): read from the end like the filler, but with room for the signature.
export const SIGNATURE: PhraseLists = {
  zh: [],
  en: ['regards', 'sincerely', 'best regards', 'kind regards'],
};
