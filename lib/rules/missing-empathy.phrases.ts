import type { PhraseLists } from './phrase-matcher';

// What counts as acknowledging the patient's feelings, reassuring or warming the reply
// (LABELING.md `empathy`). A bare greeting (你好, hello) is not empathy, and neither is a
// closing wish (祝早日康复): those belong to missing-closing. `*` = up to 4 characters.

// "不用担心" family: a negation or "no need" followed (within a few characters: 太, 过于,
// 那么) by a feeling word. One phrase from two small lists, so every pairing is covered.
const DONT = ['不用', '不要', '别', '不必', '无需', '无须', '用不着', '不需要', '没必要', '没有必要', '莫'];
const FEELINGS = ['担心', '紧张', '着急', '焦虑', '害怕', '恐慌', '惊慌', '忧心', '担忧', '怕', '慌', '在意', '难过', '自责', '恐惧', '多虑', '心理负担', '灰心'];

export const EMPATHY: PhraseLists = {
  zh: [
    `{${DONT.join('|')}}*{${FEELINGS.join('|')}}`,
    // Reassurance.
    '放心', '安心', '并不可怕', '不可怕', '没什么可怕', '不要紧', '没有大碍', '没什么大碍', '无大碍',
    '问题真的不大', '应该问题不大', '没事的', '会好起来', '会慢慢好', '很快就会好', '很快就痊愈', '很快*痊愈',
    '会好转', '一定会好', '能治好', '可以治好', '不是说生命危险', '不会有生命危险', '放宽心', '宽心',
    // "压力" alone is also the liver's or the heart's: only the patient's own pressure is comfort.
    '不要有太大压力', '不要有压力', '别有压力', '{别|不要}给自己*压力', '{心理|思想|精神}压力不要太大', '会越来越好', '慢慢会好', '有信心', '保持信心', '稍安勿躁',
    // Naming the patient's feeling.
    '理解你', '理解您', '感同身受', '我知道你', '我知道您', '我明白你', '我明白您', '我能理解', '可以理解', '我理解', '能体会', '体谅', '心疼', '你的感受', '您的感受',
    '能理解', '换{做|作|成}*{谁|是谁}*都会', '{确实|真的}*{痛苦|不容易}',
    '让人{烦恼|困扰|难受|揪心|心烦}', '{你|您}做得对', '不是一个人', '{这段时间|这些年|这阵子|一路}*不容易', '{谢谢|感谢}{你|您}的信任',
    '听得出', '看得出你', '感受到你', '感觉得到', '谢谢你愿意', '谢谢您愿意', '谢谢你告诉我', '担心你', '担心您',
    '你担心', '您担心', '担心的话', '确实担心', '你的顾虑', '您的顾虑', '你的心情', '您的心情', '不是吓你',
    // "这种感觉确实很吓人", "非常遗憾听到这个消息，节哀", "肯定很揪心", "你最近承受了很多".
    '{确实|真的}*{吓人|可怕|难熬|煎熬}', '节哀', '{很|非常|十分}遗憾', '{肯定|一定|确实}*{揪心|心疼}', '承受了{很多|太多|不少}',
    // "听到这些我很难过", "您的安全最重要".
    '听到*{难过|心疼|遗憾|痛心}', '我{很|非常|真的|}{难过|心疼}', '{你|您}的安全{最重要|是第一位|第一}',
    '不幸', '很难受吧', '确实{很|挺|}难受', '不好受', '折磨人', '抱抱', '{给你|给您|送你}*拥抱', '拥抱{你|您}', '辛苦了', '辛苦你', '辛苦您', '受苦了', '委屈',
    // Encouragement and being there.
    '高兴听到', '高兴看到', '为你高兴', '替你高兴', '为您高兴', '很不容易', '真不容易', '挺不容易', '真的不容易',
    // Seeing the patient's state: "你的难受我都看到了", "这种感觉一定很糟糕", "我能想象你有多难熬".
    '{你的|您的}{难受|痛苦|不容易|辛苦|委屈}', '一定{很|非常|特别}{糟糕|难受|痛苦|难熬|煎熬|辛苦|累|害怕|无助|崩溃|担心|着急}',
    // "听起来很让人担心": the family's worry named (not "这个指标让人担心", the doctor's concern).
    '听起来*{让人|令人}*{担心|着急|心疼|害怕|难受}', '{你们|您们|家里人|家人}{一定|肯定}*{担心|着急|害怕|辛苦}',
    '难熬', '煎熬', '{并不|不|没有}孤单', '{我能|可以|能}想象', '{很|真的|确实|挺}*折磨',
    '一步{一步|步}来', '愿意说出来', '说出来就是', '很好的开始', '很勇敢',
    // The feeling named as natural, or seen: "这种担心很正常", "换了谁都会害怕", "能感觉到你很紧张",
    // "先别自己吓自己", "你这么早来咨询，做得很对". Not "焦虑量表评分正常" (a result).
    '{担心|害怕|紧张|着急|难过}{很|是|也是|都是}{正常|可以理解}', '这种{担心|害怕|紧张|心情|感受|感觉|反应}*{正常|可以理解}',
    '{换了|换作|换成|不管是}谁都会', '谁都会{害怕|担心|紧张|着急|难过}', '{能|可以}感{觉|受}到{你|您}', '别自己吓自己', '做得{很|非常|}对',
    '加油', '振作', '一起努力', '一起面对', '一起想办法', '一起来想办法', '陪着你', '陪你', '有我在', '慢慢来', '你已经做得很好', '很棒', '做得很好', '非常棒', '一直在努力', '很努力',
    // Probed wordings: "确实挺影响心情的", "疼得睡不着确实很受罪", "反反复复确实烦人", "你能主动说出来已经很
    // 好了", "你愿意帮他，这很难得", "我在听" (not a bare "会好的": after a plan it is a prognosis, "按时服药会好的").
    '{确实|真的}*{受罪|烦人|影响心情|闹心|磨人}', '主动说出来', '{这|真的|}很难得', '难能可贵', '我在听', '我们一起{看看|想想|商量}',
    // A worry named as natural, a fright seen, good news shared (a false-hold hunt over 154 good drafts):
    // "心里害怕是很正常的", "难免紧张", "人之常情", "一定吓了一跳", "挺烦的", "恭喜怀孕", "真为他高兴".
    '{担心|害怕|紧张|焦虑|顾虑|慌|犯嘀咕|着急|烦恼}*{很正常|是正常的|也正常|正常的}', '难免*{担心|紧张|害怕|慌|着急|焦虑}', '人之常情',
    '吓了一跳', '吓坏了', '{挺|很|真|确实}烦', '{很|挺|确实|真的}影响生活', '换谁都会', '恭喜', '为{他|她|您|你}高兴', '欣慰', '值得高兴', '{很|真|非常|这么|得真|得很}{周到|细心}',
    // Apology for the wait or a slip: the labels count it as warmth.
    '抱歉', '不好意思', '对不起', '久等',
  ],
  en: [
    // Hope and kindness: "there is hope", "very treatable", "be kind to yourself".
    'there is hope', "there's hope", '{very|highly|quite} treatable', 'be {kind|gentle} to yourself', 'go easy on yourself',
    "don't worry", 'do not worry', 'dont worry', 'no need to worry', 'nothing to worry', 'not to worry',
    'no need to panic', "don't panic", 'do not panic', 'try not to worry', 'need not worry',
    'understand your concern', 'understand your worry', 'understand how', 'i can understand', 'i understand',
    'understandable', 'i know this is', 'i know it is', 'i know how', 'i hear you',
    'sorry to hear', 'sorry for', "i'm sorry", 'i am sorry', 'so sorry',
    'be alright', 'be all right', 'be fine', 'be okay', 'be ok', 'going to be fine', 'you will recover',
    'definitely able to', 'rest assured', 'reassur{e|es|ed|ing|ance}', 'here for you',
    // Probed wordings: "Sorry you're unwell", "I know it's distressing", "I can see why this worries you",
    // "Poor little one", "that's hard to watch", "puts your mind at ease".
    "sorry {you're|you are|it's|it is|to hear|about|that}",
    'i can see why', 'poor {little|thing|you|boy|girl|baby}', 'sorry {—|-|,|!}', 'sorry your', 'not alone', '{so|is|that is|that\'s|can be} miserable',
    '{is|can be|be} {unpleasant|uncomfortable}', 'nerve-wracking', 'natural to {feel|worry|be}', 'natural for~ to {feel|worry|be}', 'a common worry', "{no|not a|isn't a} cause for alarm", 'nothing serious',
    '{completely|perfectly|totally} normal', 'good {that|you} {you|are|you\'re}', "good you're", '{sensible|understandable} to', 'reasonable to {want|ask|worry|wonder|check}', 'appreciate you', 'glad you',
    'thoughtful', 'great job', 'hard to watch', 'hard on yourself', 'hard on yourselves', 'mind at ease', 'put your mind at rest', 'we are here', 'must be hard',
    'must be difficult', 'must be frightening', 'must be scary', 'must be stressful', 'hang in there',
    'did the right thing', 'doing great', 'frustrating',
    'i can hear', 'thank you for telling me', 'thank you for sharing', 'worried about you', 'concerned about you',
    "i'm glad", 'i am glad', 'really glad', 'so glad', 'glad to hear', 'happy to hear', 'great to hear', 'good to hear', 'not easy', 'you are doing well', "you're doing well", 'good job',
    'work through it together', 'through this together', 'sounds difficult', 'sounds hard', 'sounds tough',
    'sounds {really|very|so|quite} {difficult|hard|tough}', 'will get better', 'it will pass', 'this will pass',
    'you are not alone', "you're not alone", 'i can imagine', 'normal to feel', 'try not to panic', 'no need to be alarmed',
    'stay calm', 'that must be', 'must be really', 'must be tough', 'is exhausting', 'are exhausting', 'many people feel',
    'must have been {frightening|scary|hard|difficult|tough|awful|stressful|worrying}', 'the right thing', "don't blame yourself",
    'do not blame yourself', 'a lot to deal with', 'trusting me',
    'here to help', 'it gets better', 'sending you {a hug|hugs|a big hug|a virtual hug|strength|love}', 'big hug',
    'too hard on yourself', 'natural to {feel|be}', 'normal to be {scared|worried|anxious|frightened|upset}', 'okay to feel', 'ok to feel',
    '{you did|you have done|you\'ve done} well', 'did well to',
    // "I'm really sorry you're going through this", "That sounds exhausting".
    "{i'm|i am}~ sorry", "i know {sleepless|these|this|it|how|it's|it is|that's|that is}~ {awful|hard|difficult|tough|exhausting|rough|distressing|annoying|frustrating|worrying|upsetting|scary}",
    'thanks for reaching out', 'thank you for reaching out', 'i appreciate how', 'how difficult this is', 'how hard this is', 'going through a lot', 'going through a {hard|tough|difficult|rough} time',
    '{sounds|sound} {exhausting|awful|horrible|rough|draining|frightening|scary|stressful|painful|miserable|overwhelming|upsetting|worrying|distressing}',
    '{sounds|sound} {really|very|so|quite|incredibly} {exhausting|awful|horrible|rough|draining|frightening|scary|stressful|painful|miserable|overwhelming|upsetting|worrying|distressing}',
  ],
};

// Signs that the patient is distressed: then a cold reply hurts most (seed 000 §5).
export const DISTRESS: PhraseLists = {
  zh: [
    '焦虑', '害怕', '好怕', '很怕', '担心', '紧张', '恐慌', '恐惧', '难受', '崩溃', '痛苦', '绝望', '睡不着',
    '失眠', '哭', '抑郁', '心慌', '着急', '急死', '吓', '不安', '烦躁', '心烦', '受不了', '撑不下去', '没希望',
    '忧心', '担忧', '慌', '怎么办',
  ],
  en: [
    'scared', 'afraid', 'worried', 'worry', 'worrying', 'anxious', 'anxiety', 'panic', 'terrified', 'frightened',
    'depressed', "can't sleep", 'cannot sleep', 'desperate', 'stressed', 'nervous', 'fed up', 'upset', 'crying',
    'freaking out', 'concerned', 'fear',
  ],
};

/** A distress word that names a diagnosis rather than a feeling: "焦虑症", "焦虑抑郁状态",
 *  "anxiety disorder". On a 好心情-type platform nearly every intake names one, so it is not
 *  quoted back as "the patient expressed a feeling". Matched right after the distress word. */
export const DIAGNOSIS_AFTER: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /^(?:抑郁|焦虑)?(?:症|障碍|状态|性|发作)/u,
  en: /^\s+(?:disorder|syndrome)\b/u,
};
