import { EXAM_NAMES, NAMED_BY_FORM, TESTS_THAT_TELL } from '../text/lexicon';
import { compilePhrases } from './phrase-matcher';

// Data for unanswered-question. A question's topic is its content words: what is left after
// removing the words every question shares (pronouns, particles, asking words). The draft
// answers a question when it takes up that topic, or gives what the question's kind asks for.

/** Words removed before a Chinese question's topic is read: longest first matters (多长时间 before 时间). */
export const ZH_FUNCTION_WORDS: readonly string[] = [
  '请问一下', '请问', '想问一下', '想问下', '想问', '问一下', '咨询一下', '医生', '大夫', '主任', '老师', '您好', '你好',
  '什么时候', '多长时间', '为什么', '是不是', '会不会', '能不能', '可不可以', '要不要', '需不需要', '用不用', '有没有', '算不算',
  '怎么办', '怎么样', '怎么', '怎样', '如何', '什么', '多少', '多久', '哪些', '哪个', '哪种', '是否', '能否', '可否', '可以',
  '需要', '应该', '还是', '这种', '这个', '那个', '这样', '那样', '情况', '现在', '目前', '我们', '你们', '您们', '自己',
  '一下', '一些', '有点', '一点', '的话', '如果', '因为', '所以', '但是', '就是', '还有', '然后', '已经', '一直', '比较',
  '我', '你', '您', '他', '她', '它', '的', '了', '吗', '呢', '么', '嘛', '啊', '呀', '吧', '哦', '是', '在', '有', '和', '与',
  '就', '都', '也', '还', '又', '再', '很', '太', '会', '能', '要', '想', '这', '那', '个', '些', '哪', '几', '啥', '咋', '吃',
  '用', '做', '去', '到', '给', '让', '把', '被', '对', '说', '问', '得', '地', '着', '过', '不', '没', '下', '上', '一', '请',
];

/** English words that carry no topic. */
export const EN_FUNCTION_WORDS: readonly string[] = (
  'a an the and or but so if then than that this these those there here it its i me my mine you your yours he she him her ' +
  'we us our they them their what how why when where which who whom whose can could should shall is are am be been being ' +
  'do does did doing will would may might must have has had having was were to of in on at for from with about as by into ' +
  'not no yes any some all more most much many very just also too please doctor dr sir madam hi hello thanks thank regards ' +
  'get got take know think feel want need like still now currently ok okay really since ago day days week weeks time times ' +
  'go going because again already even only other else one two every kind true false wondering wonder'
).split(' ');

/** What answers a question of a kind even without repeating its topic. */
export const KIND_ANSWERS = {
  zh: {
    // A time: 一个月后, 3天, 下周, 两周左右.
    time: /[\d一二两三四五六七八九十半几数]+\s*(?:个)?(?:天|日|周|星期|个月|月|年|小时|分钟|次|点|号)|下周|下个月|明天|后天|近期|尽快|随时|马上|立即|当天|当日|隔天|次日|第二天|很快|(?:春|夏|秋|冬)(?:天|季)|季节|寒假|暑假|任意时间|同时(?:打|接种|做|吃|用)|(?:没有|不需要|无需|不用|没有必须)(?:的)?间隔/u,
    // When to take a medicine is answered by a time of day: "什么时候吃" → "睡前吃". Only for that
    // question: "什么时候能好" is not answered by "晚上早点睡".
    asksDoseTime: /(?:什么时候|啥时候|何时|几点)(?:吃|服|用|喝|打|涂|擦|喷|吸)|(?:吃|服|用)(?:药)?(?:在)?(?:什么时候|啥时候|何时|几点)/u,
    doseTime: /早上|早晨|上午|中午|下午|晚上|夜里|睡前|睡觉前|饭前|饭后|餐前|餐后|早饭|早餐|午饭|午餐|晚饭|晚餐|空腹|起床后/u,
    // A quantity or dose.
    // A rule for the dose counts: "按体重算", "按说明书吃".
    // A price in words ("五万", "两三千块") is one.
    amount: /\d|[一二两三四五六七八九十半]\s*(?:片|粒|颗|毫克|mg|次|袋|支|ml|克|倍)|[一二两三四五六七八九十几百千]+\s*(?:万|千|百)(?:块|元)?|[一二两三四五六七八九十几百千]+\s*(?:块|元)|按(?:照)?(?:体重|说明书|年龄)|(?:之前|原来|以前|上次|现在)(?:的|有效的)?(?:剂量|量)|原剂量|原量|同样的(?:剂量|量)|(?:剂量|量)不变/u,
    // A cause or an explanation: 由…引起, 考虑是…, 与…有关, 这是…副作用, …的时候…就会…, 起效需要…;
    // or the causes listed as the reply opens ("揉眼，熬夜，视疲劳等"), not a list further on (a
    // stock recipe's herbs "黑矾、黑枣、核桃仁…等").
    // A condition named ("为什么还不好？" → "这是感染后气道高反应，一般持续3到8周"), or the one to
    // rule out ("半夜憋醒是什么原因" → "要警惕心衰").
    cause: /(?:^|[，,。！？!?\s])这(?:是|叫|属于)|警惕|引起|导致|所致|造成|原因|由于|因为|考虑|可能是|应该是|应当是|引来|有关|相关|诱发|属于|副作用|不良反应|的表现|的反应|缘故|所以|就会|会让|起效|还没到|正常现象|是正常的|很常见|比较常见|提示|说明|表明|多半是|大多是|更像|主要是(?!注意|多|少|休息|要|按时|坚持)|用来|是为了|目的是|^\s*[^，,、。\s]{1,8}(?:[，,、][^，,、。\s]{1,8})+等/u,
    // "No need (for it now)": the question no longer stands. "不用担心" is comfort, not "no need".
    moot: /(?:不需要|不用|无需|没必要|不必)(?!担心|紧张|害怕|焦虑|着急|太|过于|过度)/u,
    // A condition answers "when should I …": "如果发热超过38.5度就去医院".
    condition: /如果|若|一旦|如有|万一|假如|出现.{0,10}(?:时|就|再)/u,
    // "Until" answers when and how long: "等症状消失后再停", "直到…".
    // Or a stage taken to ("一般吃到产后", "用到断奶").
    until: /等.{0,15}(?:后|以后|之后|再)|直到|以后再|之后再|(?:吃|用|服|喝|打)到(?:产后|分娩|生产|断奶|出院|手术|痊愈|转阴|症状消失|不烧|满月|孩子出生|宝宝出生)/u,
    // A length without a number: "需要长期吃", "可能要终身服药".
    duration: /长期|终身|一辈子|一直(?:吃|服|用)|不能停/u,
    // "It depends / needs an exam to say": an honest answer to a when/how-long/how-much/why. Not "不知道你的乙肝情况
    // 中怎么样", which says what the doctor does not know of the patient's state (toyhom-3362), not that the answer turns
    // on it; "我不知道你这个孩子到底长得是霰粒肿？粉瘤？" still defers.
    deferral: /而定|因人而异|视情况|看情况|不好说|说不准|不确定|不清楚(?![你您](?:的)?[^，,。？?]{0,8}情况)|不知道(?![你您](?:的)?[^，,。？?]{0,8}情况)|无法判断|难以判断|不好判断|检查后|面诊后|明确诊断|需要.{0,6}(?:检查|面诊|评估)/u,
  },
  en: {
    // A course counted in sessions ("12-16 sessions of CBT") is a length too.
    time: /\b\d+\s*(?:-\s*\d+\s*)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sessions?)\b|\b(?:day|week|month)\s+\d+\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|few|couple of)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:tomorrow|next week|next month|asap|immediately|right away|soon)\b/u,
    asksDoseTime: /\bwhen (?:should|do|can|shall|would|to)\b.{0,20}\b(?:take|use|give|have|apply|inject)\b|\bwhat time\b/u,
    doseTime: /\b(?:mornings?|evenings?|afternoons?|at night|bedtime|before bed|breakfast|lunch|dinner|meals?|empty stomach)\b/u,
    // A number, or a count in words ("one tablet", "twice a day").
    // "keep to one gummy a day": a count of anything a day is an amount.
    amount: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|half|a half|a quarter|a single|single|a couple of|a few)\s+(?:tablets?|pills?|capsules?|tabs?|doses?|puffs?|drops?|times?|hours?|minutes?|litres?|liters?|glasses|cups?|units?|milligrams?|grams?|teaspoons?|spoonfuls?)\b|\b(?:one|two|three|half a|a single)\s+(?:[a-z]+\s+)?(?:a|per|each)\s+(?:day|week)\b|\b(?:once|twice)\b/u,
    // "Why do I feel dizzy?" → "Venlafaxine can lower blood pressure": what the medicine does;
    // "Why is it worse at night?" → "tiredness makes worries louder".
    // "Why does covid cause loss of smell?" → "Several factors play a role", "which is why…",
    // "hair shedding that occurs 2 to 3 months after a fever".
    // Or what it is and what it does: "This is telogen effluvium", "the virus damages the support cells
    // …, so the nerves stop working".
    cause: /\b(?:factors?|reasons?|plays? a role|genetic\w*|runs? in (?:the )?famil\w*|inherit\w*|late bloomers?|break(?:s|ing)? down|releas\w*|build(?:s|ing)? up|immature|(?:which|that) is why|that's why|explains?|occurs? (?:\S+ ){0,5}?(?:after|when|because|in)|happens? (?:\S+ ){0,5}?(?:after|because)|caused? by|causes?|(?:can|may|could|will|tends? to) (?:lower|raise|drop|increase|reduce|make|lead to|trigger|affect)|makes? (?!sure\b)|comes? from|because of|due to|because|result of|related to|linked to|(?:a )?part of (?:your|the|an?)|reason|likely|probably|most likely|could be|may be|might be|suggests?|sounds like|seems|side effects?|a sign of|a reaction|is normal|is common|happens when|when you|this is|it's called|known as|damages?|inflam\w*|irritat\w*|pushes|triggers?|sets? (?:them|it|this|these) off|so (?:the|it|they|your|many))\b/u,
    moot: /\b(?:no need|not need|don't need|do not need|not necessary|unnecessary|stop (?:taking|using))\b(?! to (?:worry|panic|be (?:worried|scared|afraid)))/u,
    condition: /\b(?:if|as soon as|once|in case|whenever|unless|should you)\b/u,
    until: /\b(?:until|till|once)\b/u,
    duration: /\b(?:for life|lifelong|indefinitely|permanently|for good)\b/u,
    deferral: /\b(?:depends|it varies|hard to say|difficult to say|cannot say|can't say|not sure|unclear|need(?:s)? (?:to be )?(?:examined|seen|tested|evaluated)|after (?:an? )?(?:exam|examination|test|tests|evaluation))\b/u,
  },
} as const;

/** A yes/no question whether something is needed ("要吃药吗", "需不需要复查", "Do I need
 *  antibiotics?"): "no need" answers it (KIND_ANSWERS moot), in generic-reply too. */
export const ASKS_NEED = {
  zh: /需不需要|需要[^\p{P}]{0,16}吗|要不要|用不用|有必要|(?<![不重主只])要[^\p{P}]{0,12}吗/u,
  en: /\b(?:do|does|will|would) (?:i|we|he|she|they|you) (?:need|have to)\b|\bis it necessary\b|\bmust (?:i|we|he|she)\b/u,
} as const;

/** Chinese yes/no questions and the bare answers that take them up in the question's own verb:
 *  "能开药吗" → "能/不能", "要不要复查" → "要/不用", "是不是新冠" → "是/不是". */
const HOW_LIKELY_ZH = /(?:人|者)会|风险|安全|影响|伤害|危害|很低|较低|很小|不大|常见|少见|罕见|少数|多数|比例|分之|%/u;
// "Will the steroid make it less effective?" → "the response may be a little weaker": how much, too.
// "Will it make me feel like a zombie?" → "at the right dose they don't blunt you": an effect denied.
const HOW_LIKELY_EN = /\b(?:risk|increase[sd]?|linked|evidence|reassuring|unlikely|rarely|common|uncommon|some people|most people|few people|\d+ in \d+|slightly|a little|somewhat|weaker|blunted|(?:don't|doesn't|won't|do not|does not|will not) (?:\w+ )?(?:blunt|numb|harm|hurt|affect|change|dull))\b|%/u;
/** Stances that fit any question of their kind ("常见", "in some people"): a clause holding one
 *  answers one question, not every such question of the turn. */
export const HOW_LIKELY: ReadonlySet<RegExp> = new Set([HOW_LIKELY_ZH, HOW_LIKELY_EN]);

export const YES_NO_ANSWERS: readonly (readonly [RegExp, RegExp])[] = [
  // "还能继续吃吗" is answered by a switch or a stop: "换成舍曲林", "先停药"; "孕妇能吃吗" by a
  // stance: "孕期不建议服用", "慎用", "没问题".
  [/可以|可不可以|可否/u, /可以|不可以|不行|不能|换成|换用|改用|换药|停药|停用|暂停|不建议|不推荐|最好不要|尽量不要|尽量别|(?:先|最好|暂时)别(?:吃|用|服|打|喝)|不宜|慎用|禁用|没问题|不影响/u],
  // "没问题吧？" → "可以，慢跑"; "丹参滴丸也有点用吧？" → "有一定作用".
  [/(?:没问题|没关系|没事)(?:吧|吗|么)/u, /可以|没问题|没事|没关系|不要紧|不行|不可以|不能|不建议/u],
  // "拔罐有用吗？" → "可以暂时缓解肌肉酸痛，但不能治本".
  [/(?:有用|有效|管用|有作用|有效果|有点用)(?:吧|吗|么|嘛)|有没有用|有没有效/u, /作用|效果|有效|管用|有用|没用|无效|缓解|治本|帮助|改善/u],
  // A bare 能/会/要/有 answers only where it stands as one (clause start, "也能", "大部分会"): inside
  // a word (可能, 重要, 学会, 还有) it answers nothing.
  // "宝宝阳了能吃小儿豉翘清热颗粒吗": a medicine's name may run past eight characters.
  [/能不能|能否|能[^够]{0,8}吗|能(?:吃|用|服|打|喝|涂|擦)[^，,。？?！!]{0,12}吗/u, /(?:^|[，,。！？!?\s]|还|也|都|就|是|一般|部分|多数|大多|基本|完全|当然|肯定)能|不能|可以|不行|换成|换用|改用|停药|停用|暂停|不建议|不推荐|最好不要|尽量不要|尽量别|(?:先|最好|暂时)别(?:吃|用|服|打|喝)|不宜|慎用|禁用|没问题|不影响/u],
  // "会影响孩子吗" is answered by how likely: "风险很低", "可能性不大".
  [/会不会|会[^\p{P}]{0,8}吗/u, /(?:^|[，,。！？!?\s]|还|也|都|就|可能|一般|通常|应该|部分|多数|大多|基本|完全|当然|肯定)会|不会|风险|概率|几率|可能性|不大|很低|很小/u],
  // "会发胖吗", "对宝宝有影响吗", "会伤肝吗" → how many it happens to, how safe: "少数人会", "副作用比较
  // 常见，三分之一的人会有", "孕期相对安全，整体风险较低" (HOW_LIKELY: one clause, one question).
  [/会不会|会[^\p{P}]{0,8}吗|(?:影响|伤害|危害|伤)[^\p{P}]{0,6}(?:吗|么|嘛)|有没有(?:影响|伤害|危害)/u, HOW_LIKELY_ZH],
  // Or put off: "先不急着吃药", "再观察一周".
  // Or what suffices, or it advised: "去口腔科把乳牙拔掉就行", "反复发炎就建议做", "需要分开住吗" →
  // "最好分房住"; or told to do it: "要不要查个心肌酶" → "查一下吧".
  [ASKS_NEED.zh, /需要|不需要|不用|(?:^|[，,。！？!?\s]|还|也|是|都|先|得|就|不)要|没必要|有必要|不必|先不|不急着|暂时不|暂不|先别|再观察|先观察|就行|就可以了|就好了|建议(?:做|手术|吃|用|打|查|去|住院|拔)|最好(?:去|做|吃|用|打|查|住|分|隔离|戴)|(?:^|[，,。！？!?\s])(?:查|做|吃|用|打|去|住)(?:一下|个|点)?吧/u],
  // "要换药吗？" → "再观察一周，还高的话加一个缬沙坦", "继续吃".
  [/换药|换(?:一)?(?:种|个)药|加药|加(?:一)?(?:种|个)药/u, /换|加(?:一个|一种|用|上|到)|继续(?:吃|用)|观察|先不|暂时不|维持|不用/u],
  // "要吃药吗" → "建议用药": advice to take medicine, named as such (a bare 建议 is in every reply).
  // "要吃安眠药吗" → "可以先吃点右佐匹克隆": taking one advised (not "哌甲酯不会成瘾", said of the medicine).
  [/(?:吃|用|服)(?:点|些)?[^，,。？?\s]{0,4}药(?:吗|么|嘛|不)|药物治疗(?:吗|么|嘛)/u, /(?:建议|推荐|可以|需要|应该)[^，,。！？!?]{0,4}(?:吃药|用药|服药|药物治疗)|(?:建议|可以|需要|应该|先)(?:先)?(?:吃|用|服)(?:点|些|一点|一些)?|(?:以上|以后|之后|的话)(?:再|才|就)(?:吃|用|服)/u],
  [/是不是|是否/u, /是|不是|考虑|可能|像/u],
  // "是药的副作用吗" → "有可能", "考虑是", "不像": a stance on it; a bare 是 is in every sentence.
  // Another cause named as the likelier one answers it too: "是细菌感染吗？" → "大多是病毒性的"; and an
  // exam it needs ("您觉得我这是新型肺炎吗？" → "建议完善CT、核酸检测": LABELING.md counts "needs an exam").
  [/是[^\p{P}]{1,10}吗/u, /是的|不是|考虑是|可能是|有可能|不太可能|可能性|不像|像是|更像|倾向|应该是|应该不是|属于|(?:大多|大多数|多半|多数|大部分|一般|通常|往往|主要)是|完善|(?:建议|先|需要)(?:做|查)/u],
  // "是正常的吗？" → how common it is, or what it is: "是常见的副作用", "很多人都会这样", "这是静坐不能".
  // "血氧94正常吗" → "偏低一点但还可以".
  [/正常(?:的)?(?:吗|么|嘛|吧)|正不正常/u, /正常|偏低|偏高|稍低|稍高|略低|略高|还可以|常见|多见|少见|罕见|普遍|很多人|不少人|大部分人|多数人|少数人|这是|副作用|不良反应/u],
  [/有没有|有[^\p{P}]{0,8}吗/u, /(?:^|[，,。！？!?\s]|也|会|可能|一般|都)有|没有|没/u],
  // A request for the doctor's leave ("我明天把报告发您可以吗", "到时候再问您行吗"): "好的" is the whole answer.
  // Only the patient's own next step asked leave for, not "麻烦您看看报告有问题吗".
  [/(?:(?:发|传|拿|带)(?:给)?(?:您|你|医生)|(?:再|还|到时候|下次)(?:来)?(?:问|找|联系|咨询))[^？?]{0,10}(?:可以吗|行吗|好吗|方便吗|可不可以|行不行|可以不)/u,
    /好的|^\s*好|^\s*行|可以|没问题|当然|欢迎|发过来|发给我/u],
  // Whether the doctor is there or too busy ("你如果忙就换个人回答可以么", "医生您现在方便吗"): an apology
  // or "在的" is the whole answer (covid-zh-909's reviewer: "treated as answered by apology").
  [/(?:你|您|医生)[^？?，,。]{0,6}(?:忙|有空|方便|在吗|在不在|在么)|换(?:个|一个)?(?:人|医生)/u,
    /不好意思|抱歉|对不起|久等|刚才|刚在|在的|我在|可以|好的|没事|不忙|有空|方便/u],
  // "有问题吗？" asks for a yes or no on whatever it follows ("这样吃有问题吗", "报告有问题吗"), not only how
  // serious (TOPIC_ANSWERS): "没问题", "正常", "偏高".
  [/(?:有|大|什么)问题吗|有事吗/u, /没事|没关系|问题不大|没什么问题|没问题|不大|偏多|偏高|偏低|正常|异常|需要重视|值得重视|不用担心|别担心/u],
  // A dose changed or kept: "能减量吗" → "先别自己减", "要加量吗" → "加到100mg", "维持现在的剂量".
  [/(?:加|减|增|调)(?:量|药|剂量)|剂量[^\p{P}]{0,4}(?:加|减|调)|(?:加|减)(?:到|至)?(?:半片|一片|两片)/u,
    /加量|加到|加至|增加到|减量|减到|减至|减少到|维持|不用加|不用减|先不加|先不减|别(?:自己)?减|不要(?:自己)?减|别(?:自己)?加|不要(?:自己)?加|调整|\d+\s*mg|半片|一片|两片/u],
];

/** English yes/no questions and the stances that take them up without a bare yes or no:
 *  "Will it affect the baby?" → "it is considered safe; very little passes into milk", "Can I
 *  drink coffee?" → "coffee is fine in the morning". Read on the question's opening auxiliary.
 *  Only words that take a side: "can", "keep" or "will" stand in any reply. */
export const EN_YES_NO_ANSWERS: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:\W*\w+,?\s+)?(?:will|would)\b/u, /\b(?:won't|wouldn't|will not|unlikely|low risk|no risk|small risk|rarely|very little|safe)\b/u],
  // "Can I take Aleve every day?" → "daily anti-inflammatories at your age raise risks …; acetaminophen … are safer".
  [/^(?:\W*\w+,?\s+)?(?:can|could|may)\b/u, /\b(?:can't|cannot|is fine|are fine|is ok|is okay|safe|safer|better not|best to avoid|avoid|no need|can only|only after|only if|raises? (?:the )?risks?)\b/u],
  // "Should I take doxycycline as prevention?" → "a single 200 mg dose … is recommended"; "Should I start the
  // sertraline?" → "SSRIs are a good, non-addictive first choice".
  [/^(?:\W*\w+,?\s+)?should (?:i|we|he|she|they)\b/u,
    /\b(?:(?:is|are) (?:recommended|advised|advisable|encouraged)|not recommended|worth (?:it|trying|taking|doing|starting)|a good,? (?:\S+ ){0,2}?(?:idea|choice|start|option)|go ahead)\b/u],
  // "Would that be the new antibiotic?", "Is it caused by the pills?" → "probably", "unlikely" ("Could it
  // be …?" is TOPIC_ANSWERS' question of whether it is an illness, answered only so).
  [/\b(?:is|would) (?:it|this|that) be\b|\b(?:caused by|due to)\b/u,
    /\b(?:probably|likely|unlikely|possibly|could be|may be|might be|sounds like|looks like|consistent with|caused by|due to|a sign of)\b/u],
  // "Could it cause birth defects?", "Does it affect libido?", "Will it make me sleepy?" → how often or
  // how likely: "no clear increase in malformations", "common, around 1 in 3", "in some people"
  // (HOW_LIKELY: one clause, one question).
  [/\b(?:cause|causes|lead to|affect|affects|harm|damage|make (?:me|you|him|her|them|it))\b/u, HOW_LIKELY_EN],
  // "Is it bad for the baby if I keep coughing?" → "The coughing itself doesn't harm the baby."
  [/\b(?:bad for|harm|harmful|hurt|dangerous for|damage)\b/u,
    /\b(?:doesn't|does not|won't|will not|isn't|is not|not|unlikely to) (?:harm|hurt|affect|damage|bad|dangerous|harmful)\w*\b|\bharmless\b|\bno harm\b/u],
  // "Do I need an extra dose of the vaccine?" → "the standard schedule is enough".
  [ASKS_NEED.en, /\b(?:no need|not needed|not necessary|unnecessary|(?:is|are) enough|(?:is|are) sufficient|you (?:do|don't|do not) need|you need|(?:is|are) (?:needed|necessary|recommended))\b/u],
  // "Is it normal to …?" → "common", "expected"; "Is it my blood pressure pills?" → "amlodipine can cause".
  [/\b(?:is|are) (?:it|this|that|they) normal\b|\bnormal to\b/u, /\b(?:normal|common|usual|expected|not unusual|abnormal|unusual)\b/u],
  // "Is it a virus?" → "It sounds viral"; "Is this postnatal depression?" → "It could well be".
  [/^(?:\W*\w+,?\s+)?(?:is|are) (?:it|this|that|these|those) (?!safe\b|ok\b|okay\b|fine\b|normal\b|serious\b|dangerous\b)\w+/u,
    /\b(?:can cause|may cause|could cause|causes?|caused by|side effects?|likely|probably|unlikely|possibly|due to|because|sounds|looks|seems|(?:can|could|may|might)(?: well)? be)\b/u],
  // "Did you see my results?" → "I did", "not yet".
  [/^(?:\W*\w+,?\s+)?(?:did|have) you\b/u, /\b(?:i did|i have|i've (?:looked|seen|read|checked|reviewed|had)|not yet|i haven't|i have not|i didn't)\b/u],
  // A request for the doctor's leave ("Can I send you my report tomorrow?"): "Sure" is the whole answer.
  [/^(?:\W*\w+,?\s+)?(?:can|could|may|shall|is it ok(?:ay)? if|would it be ok(?:ay)? if) (?:i|we) (?:send|show|message|text|contact|call|email|update|get back to|follow up with) (?:you|u)\b/u,
    /\b(?:sure|ok|okay|of course|yes|yeah|please do|certainly|absolutely|no problem|fine|welcome|send it|send them)\b/u],
  // "Should we see a doctor to be assessed?" → "Stay home", "Call your GP", "Get tested".
  [/\b(?:see|go to|visit|call) (?:a|the|my|our|his|her) (?:doctor|gp|er|hospital|clinic|physician)\b|\bget (?:checked|seen|assessed|tested)\b/u,
    /\b(?:stay (?:at )?home|no need|not necessary|see (?:a|your|the) (?:doctor|gp|physician)|go to|call (?:your|a|the)|get tested|get checked|be seen|be assessed)\b/u],
  // "Are you there?", "Are you busy?": an apology or "I'm here" is the whole answer.
  [/\bare you (?:there|busy|available|around|still there)\b|\bis (?:anyone|anybody) there\b/u, /\b(?:sorry|apolog\w*|i'm here|i am here|here now|yes)\b/u],
  // "Should I increase the dose?" → "we can go up to 40 mg", "stay on 20 mg for now".
  [/\b(?:increase|raise|up|lower|reduce|decrease|change|adjust|double)\b.{0,16}\b(?:dose|dosage)\b|\b(?:dose|dosage)\b.{0,12}\b(?:up|down|higher|lower|increased|reduced)\b/u,
    /\b(?:go up|increase|raise|higher dose|lower dose|reduce|decrease|cut (?:it|the dose)|stay on|keep (?:the|your) dose|same dose|up to|down to|\d+\s*mg)\b/u],
  // "Should I stop the pills?" → "Keep taking them", "taper off slowly" ("Keep it clean" is not one).
  [/\b(?:stop|continue|keep|quit|come off|go off|discontinue)\b/u,
    /\b(?:keep (?:taking|using|going|on with)|continue (?:taking|using|with|it|them|the)|carry on|(?:don't|do not|no need to) stop|stop (?:taking|using|it|them|the)|come off|go off|taper|wean)\b/u],
];

/** What names an illness, or its kind, at a word's end or as the word: "白癜风" aside, most do. */
const DISEASE_WORD = '病(?!毒)|症|炎|癌|瘤|疹|癣|疮|痘|综合[征症]|感染|过敏|哮喘|新冠|阳了|流感|感冒|中毒|溃疡|结石|囊肿|息肉|结节|增生|抑郁|焦虑|甲亢|甲减|痛风|贫血|骨折|上火|早搏|梗|血栓|反流|结核|支原体|病毒|细菌|真菌|霉菌|怀孕|流产|更年期|近视|突出|劳损|风湿|痔|疝|脾虚|肾虚|湿气|副作用|心衰';
/** What, after "是不是", asks what to do, how much or how bad, not which illness ("是不是要停药", "是不是一天两次"). */
const NOT_WHICH_ILLNESS = '要|可以|能|会|得|该|需要|应该|必须|一定|这么|这样|对|大|小|高|低|快|慢|好|坏|重|轻|不|没|就|只|还|先|正常|严重|很|太|特别|比较|一直|每|一天|多|少|吃|用|喝|打|做|去|查|复查|住院|手术|停|换|加|减|剂量|量|药|\\d';

/** Where a question ends: its closing marks, "." typed in half-width mode among them. */
const AT_QUESTION_END = '[？?。!！.\\s]*$';
/** Degree and modal words that make "是不是…" ask how much or what may be, not which illness ("是不是嘌呤特别高"). */
const NOT_IN_ILLNESS_NAME = '特别|非常|十分|有点|挺|太|很|会|能|可以';
/** One side of "A还是B" that names an illness or a cause ("胃病还是胃癌反应", "是脂溢性脱发还是压力大引起的"). */
const ILLNESS_SIDE = `(?:${DISEASE_WORD}|问题|引起|导致|造成)[的了]?`;

/** A test that tells named (TESTS_THAT_TELL), as a part of an expression. */
const TEST_NAMED = compilePhrases(TESTS_THAT_TELL.zh).source;

/** Any exam named, as one non-global expression (a global one would carry lastIndex between tests). */
const examNamed = (language: 'zh' | 'en'): RegExp => new RegExp(compilePhrases(EXAM_NAMES[language]).source, 'u');

export interface TopicAnswer {
  asks: RegExp;
  answers: RegExp;
  /** Only this answer (or "it depends", "no need") answers the question, not its topic said back:
   *  "复查要查什么？" is not answered by "一个月后复查", nor "挂什么科？" by "去医院挂个号看看". */
  shaped?: true;
  /** "No need (for it now)" does not make the question moot: what a result means is still asked
   *  when no medicine is needed. */
  notMoot?: true;
  /** "It depends", "hard to say" does not answer it: the patient asked to be reassured or warned
   *  (covid-en-339's reviewer: "'Very hard to say' with no explanation is not an answer"). An exam
   *  it needs is in `answers`. */
  notDeferred?: true;
  /** A question back ("您有什么症状吗？", "How long has it been?") answers it: before saying how
   *  serious or what it is, a doctor asks (real first replies in the data mostly do). */
  askedBack?: true;
  /** Only its own answers take it up, not a bare yes said of something else: "孩子哮喘能治好吗？" is
   *  not answered by "可以买一个储雾罐" (YES_NO_ANSWERS would read that 可以 as a yes); a yes standing
   *  as the answer ("能，规范治疗") is read by the rule's creditBareYesNo. */
  ownStances?: true;
  /** It asks about something the patient names (a result, a word): "TSH 6.2，什么意思？". Asked bare
   *  ("什么意思呀", "你说的是什么意思"), it asks the doctor what they meant, which any reply saying it
   *  again answers (a real reply: "你说的都是特例，大部分人是低热…"). */
  aboutNamed?: true;
  /** `answers` is read clause by clause (it looks around within one: "多吃鱼" eats, "鱼少吃" avoids). */
  byClause?: true;
  /** Its own words opening the reply answer it: "是焦虑症吗？" → "焦虑症，建议吃舍曲林。" (a yes said as
   *  the name). Only the opening clause: "焦虑症要规律吃药" further on says nothing of whether it is. */
  saidBackFirst?: true;
  /** Only its own answers take it up: not a medicine of the lexicon named, nor the choice left to a
   *  doctor, as they answer "吃什么药？", nor another entry's answers. It asks for a kind of medicine the
   *  lexicon's are not: "吃什么中成药好？" is not answered by "口服奥美拉唑", "在医生指导下规范治疗" or, for
   *  "吃什么中药调理", "规律作息". */
  exclusive?: true;
}

/** Chinese medicine spoken of in a reply: its words, a doctor of it, a way of giving it, a patent
 *  medicine or herb named, or no medicine at all. Any medicine named by its form (NAMED_BY_FORM)
 *  answers too: a western one so named ("奥美拉唑肠溶胶囊") slips by, a miss rather than a false hold. */
const TCM_NAMES = compilePhrases([
  '中药', '中成药', '中医', '草药', '偏方', '验方', '药方', '方剂', '方子', '汤药', '汤剂', '膏方', '煎服', '煎煮', '代茶饮', '泡水', '辨证', '针灸', '艾灸', '拔罐', '推拿',
  // Patent medicines the lexicon does not carry, by the names patients and doctors say them.
  '连花清瘟', '藿香正气', '板蓝根', '双黄连', '蒲地蓝', '金花清感', '疏风解毒', '清开灵', '感冒清热', '小柴胡', '玉屏风', '六味地黄', '逍遥丸',
  '补中益气', '香砂', '保和丸', '健胃消食', '乌灵', '百乐眠', '舒肝解郁', '安宫牛黄', '速效救心', '复方丹参', '云南白药', '川贝枇杷',
  // Herbs, as a reply lists them ("黄芪、党参泡水喝").
  '黄芪', '党参', '当归', '枸杞', '茯苓', '白术', '甘草', '陈皮', '山药', '金银花', '连翘', '菊花', '麦冬', '丹参', '三七', '红花', '薏米', '薏苡仁',
  '山楂', '麦芽', '神曲', '柴胡', '黄连', '黄芩', '半夏', '川贝', '罗汉果', '胖大海', '西洋参', '人参', '阿胶', '艾叶', '蒲公英', '鸡内金', '酸枣仁',
]);
/** No medicine for it, of any kind: "不建议吃排石药", "脂肪肝靠药降不下来", "没有药能吃好" answer which Chinese
 *  medicine to take without naming one. */
const NO_MEDICINE_FOR_IT = /(?:不建议|不推荐|不用|没必要|不需要|别)(?:自己)?(?:吃|用|服|喝|乱吃)?[^，,。；;！!]{0,6}药|没有?[^，,。；;]{0,4}药|靠药|药[^，,。；;]{0,4}(?:降不下来|治不好|没用|没什么用|效果不大|效果不好|解决不了)/u;
const TCM_SPOKEN_OF = new RegExp(`${TCM_NAMES.source}|${NAMED_BY_FORM.source}|${NO_MEDICINE_FOR_IT.source}`, 'u');

/** Everyday things a patient asks whether they may do ("吃喹硫平能开车吗", "术后能洗澡吗", "能坐飞机吗"): the
 *  words that ask for each, and the words a reply takes it up in — the thing itself or what bears on it
 *  ("会嗜睡，反应变慢" for driving, "伤口别沾水" for a bath). A reply on the illness and its medicine that never
 *  speaks of it leaves it. */
const ACTIVITIES: readonly { asked: string; answers: string }[] = [
  { asked: '开车|驾驶|驾车|骑车|骑电动车', answers: '开车|驾驶|驾车|骑车|骑电动车|嗜睡|犯困|困|反应|注意力|镇静|头晕|操作机械|高空|司机' },
  { asked: '洗澡|洗头|洗个[^，,。？?\\s]{0,2}澡|淋浴|泡澡|沐浴|泡温泉|温泉', answers: '洗|澡|淋浴|沐浴|温泉|沾水|碰水|擦身|擦浴|水温' },
  { asked: '游泳|下水|泳', answers: '游泳|泳|下水|沾水|泡水|水里' },
  { asked: '运动|锻炼|跑步|健身|打球|打篮球|打羽毛球|打网球|踢球|爬山|跳绳|跳舞|瑜伽|体育课|体育|骑行|剧烈活动', answers: '运动|锻炼|跑|健身|球|爬山|跳|瑜伽|体育|骑|散步|快走|走路|活动|剧烈|出汗|心率|负重|用力|有氧|重量|力量|器械|深蹲|腹压|举' },
  { asked: '坐飞机|乘飞机|飞机|出差|出远门|远门|旅游|旅行|出行|坐车|长途|坐火车|坐高铁|西藏|高原|回老家|回娘家|出国', answers: '飞机|乘机|飞行|机舱|高原|缺氧|出行|旅行|旅游|出门|远门|坐车|长途|火车|高铁|行程|路上|出差|回家|老家|娘家|推迟|取消' },
  { asked: '喝酒|饮酒|喝点酒|喝点白酒|喝啤酒|白酒|啤酒|红酒|酒', answers: '酒|双硫仑' },
  { asked: '咖啡|奶茶|浓茶|喝茶|茶', answers: '咖啡|茶|咖啡因' },
  { asked: '同房|性生活|房事|夫妻生活|过性生活', answers: '同房|性生活|房事|夫妻生活|避孕套|安全套|避孕' },
  { asked: '熬夜|夜班|加班|通宵', answers: '熬夜|夜班|加班|通宵|作息|早睡|睡眠|休息' },
  { asked: '晒太阳|晒|日晒', answers: '晒|太阳|阳光|日光|防晒|紫外线|光敏|户外' },
  { asked: '按摩|推拿|针灸|拔罐|艾灸|刮痧|理疗', answers: '按摩|推拿|针灸|拔罐|艾灸|刮痧|理疗|手法' },
  { asked: '隐形眼镜|戴隐形|美瞳', answers: '隐形|眼镜|美瞳' },
  { asked: '染发|染头发|烫发|烫头', answers: '染|烫|发' },
];

/** A question only its own answers take up (TopicAnswer: shaped, ownStances, notMoot, exclusive): not its
 *  topic said back, a bare stance, a "no need" said of something else, nor another family's answers. */
const OWN_ANSWERS_ONLY = { shaped: true, ownStances: true, notMoot: true, exclusive: true } as const;

/** One shaped, exclusive TOPIC_ANSWERS entry per thing asked whether it may be done or had: `asks` builds the
 *  question from the thing's words, which answer it too. */
const whetherFamilies = (things: readonly { asked: string; answers: string }[], asks: (asked: string) => string): TopicAnswer[] =>
  things.map(({ asked, answers }) => ({ asks: new RegExp(asks(asked), 'u'), answers: new RegExp(answers, 'u'), ...OWN_ANSWERS_ONLY }));

/** Everyday things, asked whether they may be done ("能…吗", "什么时候能…", "多久能…"). */
const activityFamilies = (): TopicAnswer[] =>
  whetherFamilies(ACTIVITIES, (asked) => `(?:能|可以|能不能|可不可以|能否|可否|还能|要不要|敢|什么时候(?:能|可以)|多久(?:能|可以|才能))[^，,。？?\\s]{0,8}(?:${asked})`);

/** Foods a patient asks whether they may eat ("胃溃疡可以吃甘蔗吗", "痛风能吃豆腐吗"), by kind: the names that ask
 *  for each, and the words a reply takes it up in — the food or its kind ("甘蔗含糖高", "海鲜这类高嘌呤的先别
 *  吃"). A reply advising "清淡饮食，不吃辛辣" names neither (toyhom-7546's reviewer: the sugarcane is left). */
const FOODS: readonly { asked: string; answers: string }[] = [
  { asked: '甘蔗|西瓜|苹果|香蕉|榴莲|柚子|西柚|葡萄|橘子|橙子|梨|桃子|芒果|荔枝|龙眼|桂圆|猕猴桃|草莓|樱桃|菠萝|哈密瓜|柿子|山楂|红枣|水果', answers: '水果|果糖|含糖|糖分|甜' },
  { asked: '海鲜|虾|蟹|螃蟹|鱼|贝|生蚝|海带|紫菜|鱿鱼', answers: '海鲜|海产|嘌呤|发物|过敏|腥|碘|鱼|虾|蟹' },
  { asked: '羊肉|牛肉|猪肉|狗肉|鸡肉|鸭肉|鹅|内脏|猪蹄|排骨|肉', answers: '肉|嘌呤|发物|油腻|荤|蛋白' },
  { asked: '鸡蛋|蛋|牛奶|酸奶|奶粉|奶', answers: '蛋|奶|乳|钙' },
  { asked: '豆浆|豆腐|豆制品|黄豆|豆子|豆', answers: '豆|嘌呤|植物蛋白' },
  { asked: '巧克力|蛋糕|月饼|糖果|甜食|糖|冰淇淋|雪糕|蜂蜜', answers: '甜|糖|热量|巧克力|蛋糕|月饼|蜂蜜|冰淇淋|雪糕' },
  { asked: '辣椒|辣的|辣|火锅|烧烤|油炸|麻辣烫|炸鸡|撸串', answers: '辣|辛辣|刺激|油腻|上火|火锅|烧烤|油炸|炸' },
  { asked: '冷饮|冰的|冰水|凉的|生鱼片|刺身', answers: '冷|冰|凉|生' },
  { asked: '人参|阿胶|燕窝|蛋白粉|保健品|补品|鸡汤|绿豆汤', answers: '补|人参|阿胶|燕窝|蛋白粉|保健|汤' },
];

/** Said of any food: "正常吃就行", "没什么忌口", a little of it. */
const ANY_FOOD_ANSWER = '正常吃|随便吃|都可以吃|都能吃|不用忌口|不需要忌口|没(?:什么|有)?(?:特别的?|特殊的?)?忌口|适量|少量|少吃点|一点点|一两口|几口';

/** Foods, by kind, asked whether they may be eaten or drunk; the food itself, or any food said fine, answers too. */
const foodFamilies = (): TopicAnswer[] =>
  whetherFamilies(
    FOODS.map(({ asked, answers }) => ({ asked, answers: `${answers}|${ANY_FOOD_ANSWER}|${asked}` })),
    (asked) => `(?:能|可以|能不能|可不可以|能否|可否|还能|敢)[^，,。？?\\s]{0,6}(?:吃|喝)[^，,。？?\\s]{0,4}(?:${asked})|(?:${asked})[^，,。？?\\s]{0,6}(?:能|可以|能不能|可不可以|还能)[^，,。？?\\s]{0,2}(?:吃|喝)`,
  );

/** Questions whose answer uses its own words, not the question's: side effects are answered by
 *  how common or mild they are ("有什么副作用？" → "常见的是恶心"), catching it by how it spreads
 *  ("Can my kids catch it?" → "It spreads by droplets"), school or work by staying home or going. */
export const TOPIC_ANSWERS: Readonly<Record<'zh' | 'en', readonly TopicAnswer[]>> = {
  zh: [
    { asks: /副作用|不良反应/u, answers: /常见|少见|罕见|较轻|比较轻|轻微|不大|很小|可能会|一般会|少数|多数|大部分人|大多数人|个别|耐受/u },
    // Whether the medicine caused it: "是药引起的吗" → "多梦是米氮平常见的副作用", "和药关系不大".
    { asks: /药[^，,。？?]{0,4}(?:引起|导致|造成|的原因|的副作用|的问题|有关|关系)/u, answers: /副作用|不良反应|(?:药|药物)[^，,。]{0,6}(?:引起|导致|造成|有关|无关|关系)|(?:跟|和|与)[^，,。]{0,6}药[^，,。]{0,4}(?:有关|无关|关系)|会(?:增加|减少|导致|引起|让人|使人)/u },
    // Habit-forming: "会上瘾吗" → "长期吃有依赖风险".
    { asks: /上瘾|成瘾|依赖/u, answers: /上瘾|成瘾|依赖|戒断|耐受/u },
    // How long it may be taken: "能长期吃吗" → "一般不超过2到4周", "短期用".
    { asks: /长期|一直吃|终身|一辈子/u, answers: /长期|短期|终身|一辈子|\d+\s*(?:到|至|-|~)?\s*\d*\s*(?:天|周|个月|月|年)|[一二两三四五六七八九十半]+(?:到[一二两三四五六七八九十]+)?(?:天|周|个月|年)/u },
    { asks: /传染|传给|会传/u, answers: /传染|传播|飞沫|接触|隔离/u },
    // Whether it harms, in so many words ("对异味有影响吗？", "会有后遗症吗？", "对身体有害吗"): a stance on it
    // ("和工作关系不大", "一般不会", "是有影响的"), not the illness said back (toyhom-3883's reviewer: a reply
    // sending for tests and advising on drink leaves it).
    {
      asks: /(?:有|会有|有没有)(?:什么)?(?:影响|危害|害处|坏处|后遗症|伤害)(?:吗|么|嘛|呢)|有害(?:吗|么|嘛)|后遗症有(?:吗|么|没有)/u,
      // Or what it does ("会让精子活力下降", "可能引起慢性鼻炎", "增加早产的机会", "少数人会腹泻"), how sure that
      // is ("没有证据显示", "大量数据显示"), or what to do for it ("哺乳期一般会建议暂停哺乳", "可以继续喂").
      answers: /影响|危害|害处|坏处|伤害|帮助|好处|有益|有利|伤(?:肝|肾|胃|身|骨髓)|损害|损伤|后遗症|(?:关系|问题)不大|没(?:什么)?关系|有关|无关|不会|没事|不要紧|放心|担心|安全|没问题|有害|无害|风险|(?:一般|通常|大多|多数|少数|部分人?|可能)会|暂停|停(?:药|奶|喂|用)|(?:可以|能)(?:继续)?(?:喂|哺乳)|继续(?:喂|哺乳)|引起|导致|造成|会让|让[^，,。]{0,6}(?:下降|升高|变差|变|减少|增加)|增加|升高|下降|减少|降低|不利|有利|机会|留下|传给|少数|多数|大部分|大多|恢复|可能(?!性)|证据|数据|畸形|早产|流产|腐蚀|感染|常见|适应|照常|很少|极少|少量|正常/u,
      shaped: true,
      ownStances: true,
    },
    // Whether it passes to a child ("乙肝生小孩会遗传吗?"): how it passes or is blocked, how likely, or a
    // stance (toyhom-3362's reviewer: "在医生的指导下可以怀孕" leaves it; that reply's "不知道你的乙肝情况"
    // still reads as "it depends").
    {
      asks: /遗传(?:吗|么|嘛|给)|会不会遗传|传给(?:孩子|宝宝|胎儿|下一代|小孩)(?:吗|么|嘛)/u,
      answers: /遗传|传给|传染给|母婴|垂直|阻断|免疫球蛋白|不会|一定会|概率|几率|风险|可能性|机会|家族|倾向|聚集|基因/u,
      shaped: true,
      ownStances: true,
    },
    // Whether an operation is needed ("胆囊结石要手术吗？", "能不能不开刀？"): the operation spoken of (done, put
    // off or not needed), a way instead of it ("保守治疗", "先排石看看"), or what it turns on ("要看息肉大小",
    // "外科面诊评估") — not medicines and diet alone (toyhom-6324's reviewer: "口服胆石通胶囊…清淡饮食" leaves it).
    {
      // Asked at the question's end ("是否需要手术？", "能不能不开刀"), or as one side of a choice ("吃药还是手术？"):
      // not "需要做手术的话要多少钱？", which asks the cost.
      asks: /(?:要|需|得|必须|是否|能不能不?|可以不?|可不可以不?|能否不?|用不用|有没有必要|建议)[^，,。？?\s]{0,4}(?:手术|开刀|动刀|切掉?|切除|割掉?)(?:治疗)?(?:吗|么|嘛|呢)?[？?。！!\s]*$|(?:手术|开刀)(?:还是|或者|或是)|(?:还是|或者|或是)(?:做|动)?(?:手术|开刀)/u,
      // Or it told in the question's own verb ("反复发炎就建议做", "还是得切"), or what to do instead ("换药", "先
      // 休息两周", "颈托制动、牵引", "吃药控制就行") or what it comes to without one ("能长好", "自己排出来的机会
      // 挺大"). Not an operation had before ("胆囊切除后…"), nor "no need" said of something else ("不用刻意忌口").
      answers: /(?<!做了|做过|做完)(?:手术|开刀|动刀|切除|切掉|摘除)(?!后|以后|之后)|微创|[宫胸腹]腔镜|关节镜|输尿管镜|内镜|镜下|取石|碎石|介入|支架|做掉|去掉|留着|不(?:用)?(?:管|处理)|修补|置换|矫正|矫形|截骨|固定术|内固定|外固定|石膏|支具|夹板|制动|牵引|保守|观察|随访|定期复查|排石|排出|(?:不需要|不用|没必要|不必|暂时不|暂不|先不)(?=做|动|开|切|割|手术|[，,。！!；;\s]|$)|外科|评估|取决于|要看|看(?:大小|情况|症状|结果)|(?:建议|要|得|需要|可以|最好|必须|应该|应当|尽快|及早|早点|不)(?:做|切|动|割)|换药|换(?:成|用)|改(?:用|成|吃)|先[^，,。]{0,3}(?:吃药|用药|休息|规范|保守|理疗|锻炼|康复|试试|治疗|观察)|先(?:吃|用)[^，,。]{0,8}(?:看看|试试|观察)|(?:吃药|用药|药物|保守|观察|理疗|复查)[^，,。]{0,4}(?:就行|就可以|即可|就好)|理疗|康复|自愈|自己(?:好|消|长|降|排|愈合|吸收)|(?:能|会)(?:长好|长上|吸收)/u,
      // "No need" is read in its answers, said of the operation: "不用刻意忌口" is another question's.
      ...OWN_ANSWERS_ONLY,
      // "有心脏彩超吗？让我看看再说": the doctor finds out before saying.
      askedBack: true,
    },
    // Whether to stop, cut down or change the medicine ("能停药吗", "可以慢慢停了吗", "能减半片吗", "能不能换个药",
    // "还要接着吃吗"): a word on stopping, cutting, changing or keeping it ("再巩固半年", "先减到半片观察两周",
    // "不能突然停", "复查甲功后再定"), not the side effect or test asked beside it said back.
    {
      asks: /(?:能|可以|能否|可否|能不能|可不可以|是否|要不要|需不需要|是不是可以|啥时候能|什么时候(?:能|可以)|多久(?:能|可以)|想)[^，,。？?\s]{0,8}(?:停|减|断(?:药|掉|了)|撤|不(?:吃|用)了|少吃(?:点|一点|些|一种)|换(?:个|一种|成|用|掉|别的|其他)[^，,。？?\s]{0,6}|(?<!伤口[^，,。？?]{0,10}|天天|每天|隔天)换药)|还(?:要|得|需要)?(?:接着|继续)?(?:吃|用)(?:吗|么|嘛)|(?:要|需要|得)(?:接着|继续)(?:吃|用)(?:吗|么|嘛)|(?:停药|减药|减量)(?:吗|么|嘛)/u,
      // Its own words, not their look-alikes in other advice ("主食减半", "零食换成黄瓜", "长期吃二甲双胍可能…").
      answers: /停|减量|减药|(?:减|降)(?:到|至|成)|减(?:半|一)片|(?:逐渐|慢慢|缓慢)(?:减|停|撤)|(?:不能|不要|别)(?:自己)?(?:随便|突然)?(?:停|减|断|少吃|少用)|断药|撤药|开始减|每[^，,。]{0,6}减|减[一二两三四]分之|减半(?:片|吃|量)|减一半|换药|换用|换(?:个|一种|别的|其他)(?:药)?|(?:不用|不要|别|不)换|(?<![食料饭餐])换成|加(?:到|至|量|用|一个|一种|上)|(?:不用|不需要|没必要|可以不|不要)再(?:吃|用|服)|改用|改成|巩固|吃够|吃满|吃完|用够|用满|用完|维持(?:量|剂量|治疗|吃|用|原|现在|目前|\d|[一二两三四五六七八九十半])|(?:需要|要|得)?长期(?:补充|服用|用药|吃药)|永久|还(?:要)?(?:吃|用|涂|服)|继续(?:吃|用|服)|接着(?:吃|用)|坚持(?:吃|用|服)|剂量(?:不变|不动|维持)|疗程|(?:再|后)(?:定|决定|考虑|说|调)|以明确|换新|(?:不用|不需要|没必要)[^，,。]{0,8}(?:停|减|换|调)|一辈子|终身/u,
      ...OWN_ANSWERS_ONLY,
    },
    // Whether two things may be taken together ("舍曲林和布洛芬能一起吃吗", "会不会冲突", "要隔多久吃"): a word on
    // taking them together or apart ("分开早晚吃就行", "没有冲突", "合用出血风险高一点", "间隔两小时"), or on what
    // one does to the other ("会让锂的浓度升高", "会减弱氯吡格雷的效果") — not either medicine's own use said back.
    {
      // Not "其他药要一起停吗", "要不要把子宫一起切".
      asks: /(?:一起|同时|一块儿?|一同|混着|搭配着?|配着|合着)(?:吃|用|服|喝|服用|使用|打)|(?<!联)合用|联用|并用|相互作用|冲突|相冲|打架|(?:隔|间隔)(?:多久|多长时间|几个小时|几小时)/u,
      answers: /一起|同时|一块|一同|合用|联用|并用|联合|配合|搭配|加用|加上|再加|加一|就不用|其中一|选一|只(?:吃|用)|(?:别|不要|不建议|不能)(?:自己)?加|相互作用|冲突|互相|间隔|隔开|隔(?:\d|[一二两三四五六半])|分开|错开|交替|叠加|叠在|同类|血清素综合征|双硫仑|浓度|代谢|吸收|抵消|减弱|增强|变弱|变强|干扰|混着|加量|先别(?:吃|用)|别一起|出血风险|会让[^，,。]{0,10}(?:不稳|升高|降低|变)|(?:不|无|没有?|没(?:什么|啥))影响|影响不大|照常(?:吃|用|服)|(?:早上|早饭|上午|白天)后?(?:吃|服|用)[^。]{0,20}(?:晚上|睡前|晚饭)|(?:晚上|睡前|晚饭)后?(?:吃|服|用)[^。]{0,20}(?:早上|早饭|上午)/u,
      ...OWN_ANSWERS_ONLY,
    },
    // Whether one may get pregnant or breastfeed, or whether something touches a pregnancy ("能备孕吗", "吃这个药能
    // 喂奶吗", "拍了CT多久能要宝宝", "会影响怀孕吗"): a word on pregnancy, the fetus or nursing ("停药三个月再怀",
    // "孕期属于相对安全的", "乳汁里含量很少"), not the illness or the medicine said back. Only asked in those words:
    // "对孩子有影响吗" may be about a child who is the patient.
    {
      asks: /(?:能|可以|能不能|可不可以|能否|还能|可否)[^，,。？?\s]{0,8}(?:备孕|怀孕|怀|要孩子|要宝宝|要小孩|要二胎|生孩子|生小孩|生育|喂奶|喂母乳|母乳|哺乳)|(?:影响|伤害|害)[^，,。？?\s]{0,4}(?:怀孕|胎儿|备孕|生育|哺乳|喂奶|母乳|要孩子|要宝宝)|(?:胎儿|怀孕|备孕|生育|哺乳|母乳|喂奶)[^，,。？?\s]{0,4}(?:有|会有|有没有)?(?:影响|伤害)|(?:怀孕(?:了|期间)?|哺乳期|孕期|孕早期|孕晚期|喂奶期间)[^，,。？?\s]{0,8}(?:能|可以|还能)[^，,。？?\s]{0,8}(?:吗|么|嘛)|(?:孩子|宝宝)还能要|(?:多久|多长时间|什么时候)(?:以后|之后|后)?(?:能|可以|才能)(?:怀孕|备孕|要孩子|要宝宝|要小孩|怀)/u,
      answers: /孕|胎|怀(?!疑)|哺乳|喂(?!药|饭)|吸奶|母乳|乳汁|奶水|断奶|喂养|生育|要孩子|要宝宝|要小孩|要二胎|生孩子|生小孩|致畸|畸形|避孕|产科|产检|[abcdx]级|精子|卵子|排卵|叶酸|(?:不|没有?|没什么)影响|影响不大|安全/u,
      ...OWN_ANSWERS_ONLY,
      // "剖宫产后现在还在喂奶吗？月经恢复了没有？": the doctor finds out before saying.
      askedBack: true,
    },
    ...activityFamilies(),
    ...foodFamilies(),
    // Staying home or going back: "能上学吗" → "先在家休息两天".
    { asks: /上学|上班|居家|在家|隔离/u, answers: /上学|上班|居家|在家|隔离|复课|复工/u },
    // What to put on the skin: "用什么药膏" → "用丁酸氢化可的松乳膏", "涂点凡士林".
    { asks: /(?:什么|哪种|哪个|啥)(?:药膏|软膏|乳膏|药水|喷雾|滴眼液|眼药水|洗剂|护肤品|润肤)/u, answers: /膏|药水|喷雾|滴眼液|眼药水|洗剂|凡士林|保湿霜|润肤/u },
    // Chinese medicine asked for: "吃什么中成药好？", "有没有治胃炎的中药", "中药方有吗？", "中药是什么？" → one
    // named, or Chinese medicine spoken of at all ("中药要面诊开方", "不建议自己吃中药"). A western medicine
    // named leaves it (toyhom-7517's reviewer: asked for a 中成药, given 奥美拉唑), and so does a reply on
    // the illness that never says a word of it (toyhom-4413, toyhom-6739). Not "吃中药有没有副作用":
    // an existence asked after the medicine ends the question.
    {
      asks: /(?:什么|哪种|哪些|哪个|哪款|啥)[^，,。？?\s]{0,4}(?:中药|中成药|中草药|草药|偏方|药方|方子)|(?:中药|中成药|中草药|偏方|药方|方子)[^，,。？?\s]{0,6}(?:是什么|是啥|有哪些|有吗|有没有|推荐一下|推荐)[吗呢啊呀？?。！!\s]*$|(?:有没有|有无|可有)(?!必要|需要)[^，,。？?\s]{0,8}(?:中药|中成药|中草药|偏方)(?:方|方子)?(?:可以|能)?(?:吃|用|喝|治疗|调理)?(?:吗|么|呢|啊)?[？?。！!\s]*$/u,
      answers: TCM_SPOKEN_OF,
      shaped: true,
      ownStances: true,
      exclusive: true,
    },
    // Whether Chinese medicine would do ("吃点清热的中成药会不会好点？", "中药行不行？"): one named takes it up.
    // Not a question on something else while taking it ("喝中药期间能喝茶吗？").
    { asks: /(?:中药|中成药|中草药|草药)(?:调理|治疗)?(?:会不会|能不能|行不行|可不可以|好不好|怎么样|有没有用|有用|管用|有效|好点|好些|可以吗|行吗|能行吗)/u, answers: TCM_SPOKEN_OF },
    // What to check: "要做什么检查" → an exam named (EXAM_NAMES).
    { asks: /(?:什么|哪些|啥|哪个|哪种|哪几项)(?:检查|化验|项目)|(?:查|检查|化验)(?:什么|哪些|啥)/u, answers: examNamed('zh'), shaped: true },
    // What to eat more of: "多吃什么食物" is answered by foods to eat, not by what to avoid (covid-zh-267's
    // reviewer: "少吃什么" answered, "多吃什么" left, by "饮食清淡，不吃太咸太辣，太燥的食物少吃"). A clause
    // that eats something without avoiding it: "素食多是水果、蔬菜类", "多吃鱼虾".
    {
      asks: /多(?:吃|喝)(?:些|点|一些|一点)?(?:什么|哪些|啥)|(?:吃|喝)(?:些|点)?(?:什么|哪些|啥)(?![^，,。？?\s]{0,3}药)[^，,。？?]{0,4}(?:好|比较好|有好处|有帮助|补)/u,
      answers: /^(?!.*(?:少|不|忌|避免|别|戒|限制))(?=.*(?:多(?:吃|喝)|(?:吃|喝)(?:点|些|一点|一些)|宜|适合|推荐|补充|富含|可以(?:多)?(?:吃|喝)|水果|蔬菜|青菜|荤素|瘦肉|鸡蛋|牛奶|奶制品|豆制品|豆类|鱼|虾|粗粮|杂粮|五谷|坚果|粥|汤|蛋白|维生素))/u,
      shaped: true,
      byClause: true,
    },
    // What to eat: "饮食注意什么" → "少吃海鲜，多喝水".
    { asks: /饮食|(?<!多)(?:吃|喝)什么(?![^，,。？?\s]{0,3}药)|忌口|忌什么|吃东西/u, answers: /少吃|多吃|忌|避免|清淡|不要吃|别吃|不吃|戒酒|限酒|低盐|低脂|低糖|多喝水/u },
    // What to heed in eating, asked as such ("饮食要注意什么？", "有什么忌口吗", "饮食正常没什么禁忌吧？"): only a
    // word on eating or drinking answers it — a food, a way of eating, "正常吃就行" — not the illness, its
    // medicine or its tests (covid-zh-1280's reviewer: "不用乱吃药特别是中药" leaves it). Not "吃东西就吐怎么办".
    {
      asks: /(?:饮食|吃东西|吃饭|吃的|吃喝|伙食)(?:上|方面|方面上)?[^，,。？?\s]{0,6}(?:注意|禁忌|忌口|讲究|要求|调理|调整|调)|忌口|忌什么|有什么(?:要)?忌|要不要忌|(?:能|可以)正常(?:吃饭|吃东西|饮食)/u,
      answers: /饮食|食物|食品|食谱|忌口|忌|清淡|辛辣|辣|油腻|油炸|肥肉|生冷|冷饮|刺激|酒|戒烟|抽烟|吸烟|咖啡|浓茶|喝茶|水果|蔬菜|青菜|(?<!肌)肉|鱼|虾|蟹|(?<![尿白])蛋(?!白)|蛋白质|优质蛋白|牛奶|酸奶|奶制品|豆制品|豆类|豆浆|营养(?!神经|心肌|脑)|嘌呤|盐|(?<!血)糖(?!尿)|甜|低脂|高脂|脂肪(?!肝)|主食|米饭|面食|粗粮|杂粮|粥|(?<!中药)汤|海鲜|零食|饮料|喝水|多喝|少吃|多吃|吃(?:得|的)?(?:正常|清淡|软|少|好)|正常吃|易消化|好消化|软烂|流食|半流|维生素|纤维|内脏|火锅|烧烤|发物|补铁|补钙|含铁|含钙|热量|控制体重|七分饱|少食多餐|暴饮暴食/u,
      // Not the answers of "注意什么" at large ("别自己减量").
      ...OWN_ANSWERS_ONLY,
      // Nor a "不清楚" said of something else ("好多中药成分不清楚").
      notDeferred: true,
    },
    // A report to read: "能帮我看看这个报告吗", "化验单您看了吗" → what it shows ("转氨酶稍高", "都正常").
    { asks: /看(?:看|一下)?(?:这个|这份|这张|我的)?(?:报告|化验单|检查单|检验单|片子|结果|单子)|(?:报告|化验单|检查单|检验单|片子|结果|单子)[^，,。？?]{0,4}看(?:了|到|过)|(?:报告|化验单|检查单|检验单|片子|结果|单子)[^，,。？?]{0,4}(?:看出|看得出|说明|显示)|(?:报告|化验单|检查单|片子|结果|单子|心电图|彩超|B超|b超|CT|ct)[^，,。？?]{0,4}(?:哪里|哪儿|哪)(?:有)?(?:问题|异常|不正常)/u, answers: /偏高|偏低|稍高|稍低|升高|降低|正常|异常|阳性|阴性|没问题|没什么问题|问题不大|显示|提示|看了|感染|炎症/u },
    // Booking asked about: "需要提前预约吗" → "网上挂号，挂周一张医生的号".
    { asks: /预约|挂号|挂[^，,。？?]{0,4}号/u, answers: /挂号|预约|网上|电话|号子|号源|直接来|直接过来|现场/u },
    // A prescription asked for: "本次能给我开药吗" → "这次先给你开一个月的药", "处方已开".
    { asks: /开(?:点|些|个|一些|一点)?(?:药|处方)/u, answers: /开(?:了|好|出|具)?[^，,。！？!?]{0,8}(?:药|处方)|处方(?:已|已经)?开/u },
    // Whether to go in: "孩子3岁发烧38.8，能用美林吗，要不要去医院" → where to go or to stay home ("去发热门诊",
    // "先在家观察", "暂时不用"). Asked with a thin topic (医院 alone), the question is still plain: a reply
    // that names neither is silent on it. Only when the place ends the question: "要去医院做CT吗" asks
    // about the test.
    {
      asks: /(?:要不要|需不需要|需要|要|用不用|该不该|是否(?:需要|要)?|有没有必要|必须|得)(?:马上|立即|尽快|赶紧|再|先)?(?:去|上|到|跑)(?:医院|门诊|急诊|发热门诊|诊所)(?:看看|看一下|看下|瞧瞧|检查|检查一下|查查|查一下|看|就诊|就医|看医生|看病)?(?:吗|么|嘛|呢|不|啊|呀)?[？?。！!\s]*$/u,
      answers: /医院|门诊|急诊|就诊|就医|面诊|线下|诊所|\p{Script=Han}科|120|在家|居家|观察|不用|不必|不需要|暂不|没必要|先(?:吃|用)|看看再说|(?:再|就)去|检查|化验|核酸|抗原|ct|拍片|血常规|抽血|(?:做|查)(?:个|一下)/u,
      shaped: true,
    },
    // Where to go: "去哪家医院好" → "市三院的精神科".
    // A place named, not "去医院看看".
    {
      asks: /哪家|哪个医院|哪里(?:看|治|查|做|买)/u,
      answers: /(?:市|省|区|县|人民|中医|附属|妇幼|儿童|肿瘤|精神|专科)(?:医)?院|[一二三四五六七八九十]院|诊所|社区|药店|药房|(?:内|外|骨|皮肤|眼|耳鼻喉|口腔|妇|产|儿|神经|精神|心理|消化|呼吸|内分泌|泌尿|风湿|感染)科/u,
    },
    // What to do: "应该采取什么措施" → any advice, as for what to watch for (below).
    // "有什么办法吗？" → "可以试试把想法写下来" as well.
    { asks: /(?:什么|哪些|啥)(?:措施|办法|方法)|采取什么/u, answers: /少(?:吃|喝|熬夜|抽)|多(?:吃|喝|休息|运动|锻炼|喝水|饮水)|别|不要|避免|规律|按时|定期|每天|每周|戒|忌|注意|试试|试一下|尝试|可以先|适当/u },
    // What to watch for: "平时需要注意什么" → any advice ("少熬夜，别喝酒", "每周测一次血压").
    { asks: /注意(?:什么|些什么|哪些|啥)|(?:什么|哪些|啥)(?:要|需要)?注意/u, answers: /少(?:吃|喝|熬夜|抽)|多(?:吃|喝|休息|运动|锻炼|喝水)|别|不要|避免|规律|按时|定期|每天|每周|戒|忌|注意/u },
    // How to build the body up: "该怎么调理身体？" → a medicine offered ("可以用玉屏风颗粒", a real reply)
    // or a habit ("规律作息，适当锻炼").
    { asks: /调理|调养|进补/u, answers: new RegExp(`(?:可以|建议|先|再)(?:吃|用|服|喝)|多(?:吃|喝|运动|锻炼|休息)|少(?:吃|喝|熬夜)|规律|清淡|锻炼|作息|${NAMED_BY_FORM.source}`, 'u') },
    // How to keep others from catching it: "家里一个人阳了，其他人怎么防护？" → the measures ("单独用餐具，
    // 都戴N95口罩，多开窗通风").
    { asks: /(?:怎么|怎样|如何|咋)(?:防护|预防|防止|避免)|(?:防护|预防)(?:措施|方法)?(?:有哪些|是什么)|(?:怎么|怎样|如何)(?:才能|可以)?不(?:被)?(?:传染|感染)/u,
      answers: /口罩|通风|洗手|消毒|隔离|分开|单独|分房|分餐|酒精|疫苗|少出门|避免接触|不要接触|少接触|保持距离/u },
    // Which illnesses: "还有什么病引起气喘的？" → "心脏疾病，心功能不全等" (a real reply): illnesses named.
    { asks: /(?:什么|哪些|哪种|啥)(?:病|疾病|毛病)/u, answers: /疾病|\p{Script=Han}(?:病|症|炎|癌|瘤)(?![人毒情史])|不全|综合征|综合症/u },
    // Whether it can be told: "能确诊吗？", "能否知道到底是什么肿瘤？" → the call ("就是肺气肿") or the test
    // that tells ("建议抽腹水后做一个细胞学检查"), both real replies.
    {
      asks: /(?:能|能否|能不能|可以|可否|怎么|如何|才能)(?:知道|确定|确诊|诊断|判断|明确|看出|查出)/u,
      answers: new RegExp(`就是|考虑|诊断|确诊|明确|排除|检查|${TEST_NAMED}`, 'u'),
    },
    // How to get checked: "如何进行下一步检查治疗" → a test named ("可以到医院做个CT看看", a real reply).
    {
      asks: /(?:怎么|如何|怎样)(?:进行|去|做|安排)?[^，,。？?]{0,6}检查|下一步[^，,。？?]{0,4}检查/u,
      answers: new RegExp(`检查|查一下|查个|做个|复查|${TEST_NAMED}`, 'u'),
    },
    // Which of two it is: "是病毒还是细菌感染？" → the test that tells ("查个血常规和CRP就能大概判断";
    // LABELING.md counts "needs an exam" an answer).
    { asks: /是[^，,。？?]{1,10}还是/u, answers: /(?:查|检查|化验|做)[^，,。！？!?]{0,12}(?:判断|区分|鉴别|明确|确定|知道|分辨)|才能(?:判断|确定|明确|区分|知道)/u },
    // What is going on: "这是怎么回事？", "是病吗？" → "这是非自杀性自伤", "考虑是焦虑引起的".
    { asks: /(?:怎么|什么)回事|什么病|啥病|是(?:不是)?(?:病|疾病|毛病|心理问题|精神病)(?:吗|么|嘛)/u, answers: /这是|是一种|属于|考虑是|考虑为|可能是|应该是|像是|诊断|(?:和|与|跟)[^，,。！？!?]{0,10}有关|引起|导致|造成/u },
    // What a result means: "TSH 6.2是什么意思" → "提示甲状腺功能轻度减退".
    // A finding quoted from the report ("上面写的玻璃样变？") asks the same: "目前考虑肺部感染".
    // Only a reading answers it, not the word said back ("HP什么意思？" → a stock text on HP therapy).
    {
      asks: /什么意思|啥意思|意味着|代表什么|说明什么|(?:上面|报告上|报告里|单子上|结果上|片子上)(?:写|说)的/u,
      // A reading, or what it is ("HP是幽门螺杆菌", "年轻人很常见"); comfort alone ("不要紧") is not one,
      // nor a sentence that happens to hold 是 ("患者要认为自己是可以战胜病魔的").
      answers: /说明|提示|表示|代表|意味着|就是|属于|指的是|是指|考虑|是一种|的意思|的缩写|简称|也叫|偏高|偏低|升高|降低|正常|异常|阳性|阴性|可能是|应该是|没问题|问题不大|常见|良性|生理性|这是|[a-z0-9]+(?:就)?是(?!不是)|减退|亢进|增高|增多|减少|不足|过高|过低|的可能|可能性/u,
      shaped: true,
      notMoot: true,
      aboutNamed: true,
    },
    // Whom to see: "应该看哪个医生" → "看骨科或者运动医学科".
    {
      asks: /(?:哪个|哪种|什么|哪)(?:医生|科室|科)|挂(?:什么|哪个|哪)/u,
      answers: /(?:内|外|骨|皮肤|眼|耳鼻喉|口腔|妇|产|儿|神经|精神|心理|心血管|心内|消化|呼吸|内分泌|泌尿|肾|风湿|血液|肿瘤|康复|中医|急诊|全|感染|医学)科|专科|急诊|(?:发热|普通|专家|睡眠|记忆|心理|精神|儿童|青少年)门诊|导诊|分诊|预检/u,
      shaped: true,
    },
    // How safe: "孕期吃舍曲林安全吗？" → a word on how safe ("相对安全", "不建议", "风险很低", "头晕这段时间
    // 先别开"), not the topic said back nor another medicine offered instead.
    {
      asks: /安全(?:吗|么|嘛|不)|安不安全|是否安全|(?:会不会|有没有)(?:危险|风险)/u,
      answers: /安全|风险|危险|不建议|建议不要|避免|慎用|禁用|禁忌|不能|不可以|不宜|推迟|暂缓|先不要|先别|缓一缓|等疫情|(?:可以|能)(?:一起|同时|合用|联用|继续|放心)?(?:吃|用|服|去|做)|不会|(?:不用|不必|别)(?:太)?担心|没(?:什么|有)?(?:问题|影响)|影响(?:不大|很小|较小)|副作用|不良反应|相互作用|放心|评估|监测|(?:定期|需要|要)(?:查|复查|检查|监测)|医生(?:指导|决定|商量)|(?:问|咨询|找)[^，,。]{0,6}医生|(?:早上|晚上|睡前|饭后|饭前|每天|一天|每次|每晚)[^，,。]{0,4}(?:吃|用|服)/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
    },
    // Whether what they heard holds ("据说上海医院看胃病比较好，是真的吗？", "网上说喝醋能软化血管，有道理吗"): a
    // word on the claim — so, not so, overstated, what is so instead ("不用非去上海，本地三甲就能看") — not an
    // advertisement for a hospital nor advice on the illness (toyhom-6460's reviewer: never says yes or no).
    {
      asks: new RegExp(
        `(?:是|是不是)真的(?:吗|么|嘛|呢|啊|吧)?${AT_QUESTION_END}|真的假的|(?:是不是|真是|真的是)(?:这么|这样)(?:回事|的)?(?:吗|么|嘛|呢|啊)?${AT_QUESTION_END}` +
          `|(?:有|有没有)(?:科学)?(?:道理|根据|依据)(?:吗|么|嘛|呢)?${AT_QUESTION_END}`,
        'u',
      ),
      answers: /真的|是的|不是|确实|没错|对的|不对|不一定|未必|谣言|传言|夸大|误区|片面|说法|其实|实际上|并不|并非|没有(?:科学)?(?:根据|依据|证据|道理)|有(?:一定)?(?:道理|根据|依据)|没(?:什么|啥)?(?:用|作用|效果|关系|影响|区别|差别)|不会|不能|都(?:可以|行|能|不错|一样)|不用|不必|没必要|因人而异|研究|证据|证明|效果|作用|关系|影响|不存在|没有(?:明确|直接)?(?:的)?(?:因果|联系|证据|根据)|不受|安全|照样|弊大于利|利大于弊|改变不了|代替不了|防不住|治不好|谨慎|管用|有用|完全可以|可以正常|正常(?:洗|吃|喝|用|上)|问题不大|成瘾|依赖|骗|(?:根本|并)不|恢复|回到|(?:是)?可以的/u,
      shaped: true,
      ownStances: true,
      notMoot: true,
    },
    // Whether a change or a result is good or bad ("大三阳变小二阳，好还是坏？", "白细胞降下来了是好事吗"): what it
    // means ("说明病毒复制少了", "提示炎症在消退") or a verdict on it, not the illness explained nor the next step.
    {
      asks: /好还是(?:坏|不好)|是好是坏|好不好(?:啊|呀|呢)?[？?。!！.\s]*$|好事还是坏事|好事(?:吗|么|嘛|呢)|坏事(?:吗|么|嘛)|好现象(?:吗|么|嘛)|好(?:的)?(?:迹象|兆头|转变|变化)(?:吗|么|嘛)/u,
      answers: /好事|坏事|好现象|好的(?:迹象|变化|现象|方向|转变)|是好的|(?:是|在|有|明显)(?:好转|改善|进步)|说明|提示|意味着|代表|表示|表明|意义|(?:还|仍|属于|在)(?:在)?正常(?:范围|值)?|(?:都|也|是)正常的|不用担心|别担心|放心|不要紧|没关系|值得重视|需要警惕|警惕|不一定是|单看|结合|恶化|加重了|减轻了|消退|起效|在好|变好|不太好|不算|(?:很|挺|比较|非常)?常见(?!的)|变化(?:不大|很小|不明显)|误差/u,
      shaped: true,
      ownStances: true,
      notMoot: true,
    },
    // Whether a vaccine takes ("乙肝病毒携带者打疫苗会产生表面抗体吗？", "打了疫苗还有用吗"): a word on antibodies,
    // protection or whether it is needed, not the vaccine named in another story (toyhom-2914's "麻醉疫苗后…").
    {
      asks: /(?:会|能|可以)?(?:产生|有|出现|长|起)(?:表面)?抗体(?:吗|么|嘛|呢|不)|疫苗[^，,。？?\s]{0,6}(?:有用|有效|管用|起作用|有作用)(?:吗|么|嘛|不)|(?:打|接种)[^，,。？?\s]{0,6}疫苗[^，,。？?\s]{0,4}(?:还)?(?:有用|有效|管用)(?:吗|么|嘛)/u,
      answers: /抗体|有效|无效|保护|应答|免疫|没用|管用|起作用|没必要|不需要|不用打|不能打|可以打|建议(?:打|接种)|加强针|补种|重新(?:打|接种)/u,
      shaped: true,
      ownStances: true,
      notMoot: true,
    },
    // What counts as cured ("不知道怎么才叫冶愈？", "治愈的标准是什么"): the mark of it — what has cleared or stays
    // normal, for how long — not whether it can be cured (covid-zh-85's reviewer: "断根有难度" leaves it).
    {
      asks: /(?:怎么|怎样|如何|什么)(?:样)?才(?:叫|算|能算)(?:是)?(?:治愈|冶愈|痊愈|好了|康复|根治)|(?:治愈|冶愈|痊愈|康复)(?:的)?(?:标准|指标)/u,
      answers: /消失|消退|正常|转阴|阴性|连续|停药|不复发|没有复发|不再(?:发作|复发|长)|复查|随访|\d+\s*(?:个月|年|周)|[一二两三四五六半]+(?:个月|年|周)|标准|达到|指标|长出|恢复/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
      notMoot: true,
    },
    // Whether a test is accurate ("只做了核酸检测，这样准不准的", "会不会有假阴性"): a word on how far it can be
    // trusted or what would make sure ("有假阴性，隔天再查一次"), not what to do if ill (covid-zh-415's reviewer:
    // a stock list of when to see a doctor leaves it).
    {
      asks: /准不准|准确(?:吗|么|嘛|不)|(?:^|[^不标])准(?:吗|么|嘛)|(?:会不会|有没有|会)(?:有)?(?:误差|误诊|漏诊|假阴性|假阳性|不准)/u,
      answers: /准|假阴|假阳|灵敏|敏感性|特异|可靠|靠谱|可信|误差|误诊|漏诊|窗口期|复查|再查|再做|再测|再验|复测|不一定|金标准|参考|确诊|排除|结合/u,
      shaped: true,
      ownStances: true,
      notMoot: true,
    },
    // Whether it can be cured: "能不能治好？", "是不是只能控制不能根治？" → "可以治愈", "容易反复，需要长期治疗",
    // "口服药就可以控制" (toyhom-329's reviewer: "prognosis question … ignored", under a stock text on
    // the condition's cause and tests).
    {
      asks: /(?:能|可以|可不可以|能不能|会不会)(?:被)?(?:彻底|完全)?(?:治好|治愈|冶愈|根治|断根|痊愈|救治|清除|杀灭)|治得好|治不好|好得了|控制(?:不能|不可以)根治/u,
      answers: /治好|治愈|冶愈|根治|根除|断根|转阴|痊愈|康复|好转|(?:可以|能|能够|就能|得到|得以)控制|控制(?:得|住|良好|稳定|不了)|缓解|减轻|消失|改善|复发|反复|长期|终身|终生|一辈子|预后|能治|可以治|可治|救治|效果|希望|恢复|自愈|(?:会|能|可以)好|大部分|大多数|多数|很多人|不少人|不再发作|不复发|因人而异|取决于|要看(?:具体)?(?:情况|个人|病情|体质)/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
      notDeferred: true,
    },
    // Whether it is this illness: "会是甲亢吗？", "是不是抑郁症？", "不会是脑瘤吧？" → a stance ("不一定是",
    // "更像紧张性头痛"), what it turns on, or the test that tells ("建议抽血查一下甲功"); advice alone
    // ("先放松，少喝咖啡") leaves the fear where it was (mie-test-88: "这个焦虑症会是更年期的症状吗？" →
    // "除了药物治疗外，平时自己还要运动").
    {
      // Asked bare as well: "是新冠肺炎吗", "看结果是冠心病吗？".
      // Or whatever follows the asking words at the question's end ("是不是白癜风啊", "会不会是甲亢？", "是不是心脏
      // 有问题？"), unless it asks what to do, how much or how bad ("是不是要停药", "是不是一天两次", "是不是很严重").
      // Or which of two it is ("是霉菌性还是细菌性的啊？", "胃病还是胃癌反应？"), and "也就是说不是新冠？".
      asks: new RegExp(
        `(?:会|难道|也|真的|不会|可能)是[^\\p{P}]{1,12}(?:吗|么|嘛|吧)|(?:是不是|会不会是|是否是|有没有可能是)[^\\p{P}]{0,12}(?:${DISEASE_WORD}|引起|导致|造成|的原因)` +
          `|(?:是不是|会不会是|难道是?|莫非是?|该不会是|不会是|是否是|有没有可能是)(?!${NOT_WHICH_ILLNESS})(?:(?!${NOT_IN_ILLNESS_NAME})[^\\p{P}]){1,14}[吗么嘛吧啊呀呢了]*${AT_QUESTION_END}` +
          `|(?:^\\s*|这|这个|那|结果|感觉)是[^\\p{P}是]{0,10}(?:${DISEASE_WORD})(?:吗|么|嘛)` +
          `|(?:^\\s*|[，,。\\s]|这|这个|那|结果|感觉)是(?!${NOT_WHICH_ILLNESS}|饭|早|晚|睡前|空腹|两|几|那样|这个|那个|真的|什么|哪)(?:(?![吃用喝服涂打]|${NOT_IN_ILLNESS_NAME})[^\\p{P}是]){1,10}(?:吗|么|嘛)${AT_QUESTION_END}` +
          `|(?:^|[，,。\\s]|是)[^\\p{P}]{0,10}${ILLNESS_SIDE}(?:还是|或者是?)[^\\p{P}]{1,12}${AT_QUESTION_END}` +
          `|(?:^|[，,。\\s]|是)[^\\p{P}]{1,10}(?:还是|或者是?)[^\\p{P}]{0,12}${ILLNESS_SIDE}[啊呀呢吗]*${AT_QUESTION_END}` +
          `|(?:也就是说|就是说|所以说?|这么说|意思是)(?:就|也|还)?不是[^\\p{P}]{0,8}(?:${DISEASE_WORD})[吗么嘛吧啊了]*[？?]`,
        'u',
      ),
      // Or what the call rests on ("目前没有充足依据", "不支持新冠"), or the test that tells named ("建议拍肺CT").
      // Not care, a medicine, a stock paragraph on the illness ("引起…", "症状有…", "定期复查") nor "no need" said of
      // something else ("疹子不用涂药"): they leave which illness it is. Nor a test to rule out other things ("先做CT
      // 排除肺部有无其他问题" leaves "是不是咳嗽变异性哮喘？", covid-zh-1060).
      answers: new RegExp(
        `(?:^|[。！？!?\\n，,；;])\\s*(?:是|还是|就是|也是|只是|更多是|不会|当然|肯定)(?!不是|否)|这(?:就|也|只|其实|应该)?(?:是|属于|叫)(?!不是|否)|这(?:个|种)(?:情况)?(?:是|属于)|本质上是|是的|不是|就是|确实是|考虑|可能(?:是|性|不是|有|没有|就是|只是|跟|和|与|属于|不大|很小)|有可能|不太可能|不可能|像(?![^，,。；;]{0,8}(?:那样|一样|似的))(?!这种|这样|这类|你这)|看着|看起来|看上去|听起来|倾向|应该(?!注意|多|少|要|去|及时|吃|用|避免|尽量|保持|按时|坚持|好好|定期|复查)|良性|恶性|(?:大部分|大多|多数|少数|一般|通常|往往|主要|基本)(?:数)?(?:是|为|属于|不是|都是)(?!可以|能|会|要|需要|在|从|用|靠)|要看|得看|需要看|属于|诊断|排除(?![^，,。；;]{0,10}(?:其他|其它|别的))|确诊|不除外|疑似|怀疑|大概率|多半|估计|不一定|不好说|说不准|典型|而已|罢了|叫做|医学上叫|(?:是|为)[^，,。；;]{0,10}(?:引起|导致|造成|诱发|所致)|(?:引起|导致|造成|诱发)的|(?:跟|和|与)[^，,。；;]{0,8}(?:有关|无关|关系)|没(?:什么|啥)?关系|关系不大|(?:查|做|拍|验|抽|测)[^，,。；;]{0,12}(?:就知道|就能|才能|才可以|确定|明确|区分|鉴别|分辨|判断|是不是|有没有|排除(?![^，,。；;]{0,10}(?:其他|其它|别的)))|(?:需要|要|得|最好|建议|先|尽快|及时)[^，,。；;]{0,16}(?:检查|查一下|查个|做个|做一个|拍个|化验|抽血|试验|面诊|就诊|门诊|看一下|看看|评估|请教|咨询|问问)|具体(?:情况|要看|需要)|(?:建议|需要|要|最好|先|可以)(?:尽快|及时|去|再)?(?:查|测|验|抽血|化验)|判断|明确(?:诊断|原因|病因|一下|是不是|是否)|(?:先|需要|要|才能)明确|警惕|(?:是|属于|考虑)[^，,。；;]{0,10}(?:副作用|不良反应)|(?:^|[。！？!?\\n，,；;])\\s*对[，,。！!]|对的|没错|多是|多为|多见于|完善|评估|面诊|当面|依据|证据|支持|符合|(?:${TEST_NAMED})(?![^，,。；;]{0,12}(?:其他|其它|别的))`,
        'u',
      ),
      shaped: true,
      askedBack: true,
      ownStances: true,
      // "疹子不用涂药" is no answer to which illness it is.
      notMoot: true,
      saidBackFirst: true,
    },
    // How likely: "复发的几率大吗？" → how many it happens to, or what it turns on ("少数人会", "一半左右").
    {
      asks: /几率|概率|可能性(?:大|高|有多大|多大)|有多大(?:的)?(?:可能|希望|把握)|机会大(?:吗|么|不)/u,
      answers: /几率|概率|可能|机会|风险|把握|希望|大多|多数|少数|大部分|部分人|有的人|有一定|倾向|一半|一般|通常|很少|极少|罕见|常见|\d+\s*%|百分之|[一二三四五六七八九\d]成|因人而异|取决于/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
    },
    // How serious: "不是什么大病吧？", "严重吗？" → a word on how serious it is ("问题不大", "不必过度恐慌"),
    // what it is ("考虑是肋间神经痛"), or what it needs ("需要进一步检查"). Advice alone ("好好保暖，不要
    // 劳累") leaves the worry where it was, and so does a feeling named ("理解你的担心"). Asked as such:
    // "咳得厉害，需要拍片吗" asks about the film, not how bad it is.
    {
      asks: /(?:要紧|严重|厉害|危险)了?(?:吗|么|嘛|不|吧)|重不重|(?:是不是|是否|会不会)(?:很|太|特别|比较|有点|更)?(?:严重|危险)|要不要紧|严不严重|危不危险|问题大不大|(?:大|什么大)(?:病|毛病|问题)吧|没(?:什么)?事(?:吧|儿吧)|没(?:什么|啥)?(?:大)?(?:问题|大碍)吧|大碍(?:吗|么|吧)|不用管(?:它|他|她)?吧|(?:要|需要|用)担心(?:吗|么|吧)|(?:要|用)不用担心|风险(?:大|高|有多大|多大)/u,
      answers: /要紧|严重|厉害|危险|风险|较高|较低|不大|不一定有问题|偏多|值得重视|有轻有重|(?:需要|要|得)看|取决于|很少|极少|少见|罕见|比例|没(?:什么|啥)?事|没关系|还好|问题不大|不会有(?:什么)?(?:大)?(?:问题|影响|事|危险)|轻症|轻型|重症|重度|中度|没(?:什么|很|太)?大?问题|不是(?:什么)?(?:大|坏)?(?:病|毛病|问题)|不算(?:什么)?病|小(?:问题|毛病)|大病|大碍|碍事|(?:不用|不必|无需|别|不要|用不着|没必要)(?:太|过度|过于|那么|特别)?(?:担心|忧心|恐慌|紧张|害怕)|放心|轻微|轻度|较轻|比较轻|不重|良性|恶性|考虑|可能(?:是|性|会|有|需要)|应该是|多半是|估计是|像是|更像|看着像|一般是|大多是|这是|属于|诊断|常见|多见|少见|普遍|很多人|不少人|副作用|反应|减轻|缓解|正常|异常|偏高|偏低|(?:需要|要|应该|得)(?:重视|治疗|处理|就医|就诊|手术|复查|检查|进一步|去医院)|完善|(?:建议|先|需要|最好|可以)(?:去)?(?:做|查|拍)|检查|化验|(?:不用|不需要|无需|不必)(?:管|处理|治疗|特殊)|尽快|警惕|会好|能好|(?:天|周|星期|月)(?:左右|以后|后)?就(?:能|会)?好|痊愈|治愈|能治|自愈|好转|恢复|观察|影响|继续(?:吃|用|服)|急诊|120|腐蚀/u,
      shaped: true,
      askedBack: true,
      notMoot: true,
      notDeferred: true,
    },
  ],
  en: [
    { asks: /\bside[- ]effects?\b|\badverse\b/u, answers: /\b(?:common|rare|mild|usually|may cause|can cause|might cause|tends? to|(?:well|better) tolerated)\b/u },
    // Habit-forming: "Is lorazepam addictive?" → "It can cause dependence".
    { asks: /\baddict\w*|\bhabit[- ]forming\b|\bdependen\w*/u, answers: /\baddict\w*|\bhabit[- ]forming\b|\bdependen\w*|\bwithdrawal\b|\btolerance\b/u },
    // How long it may be taken: "Can I take it long term?" → "I'd keep it to 2-4 weeks".
    { asks: /\blong[- ]term\b|\bforever\b|\bindefinitely\b|\bfor life\b/u,
      answers: /\blong[- ]term\b|\bshort[- ]term\b|\bforever\b|\bfor life\b|\b\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:days?|weeks?|months?|years?)\b/u },
    // Whether it passes on: "Are you still contagious until symptom free?" is not answered by how long the
    // illness lasts (covid-en-591's reviewer), but by how it spreads, a stance, or when isolation ends.
    {
      asks: /\bcatch (?:it|this)\b|\bcontagious\b|\binfectious\b|\bspread\b|\bpass (?:it|this) (?:on|to)\b/u,
      answers: /\b(?:spreads?|spread by|pass(?:ed|es)? (?:it |this )?(?:on|to|by|through|between)|catch(?:es)? (?:it|this)|contagious|contagion|infectious|infect(?:s|ed|ing)?|transmi(?:t|ts|tted|ssion|ssible)|droplets?|airborne|isolat\w*|quarantin\w*|masks?|hand ?washing|wash (?:your )?hands|keep (?:\w+ )?(?:away|apart)|away from|separate|ventilat\w*|windows?|distance|safe|risk|unlikely|no longer|go back|return to|breastfe\w*)\b|(?:^|[.!?:]\s*)(?:yes|no|possibly|probably|unlikely)\b/u,
      shaped: true,
      ownStances: true,
    },
    // Whether it harms for good, the immune system, or runs in families: "Are there any long term
    // repercussions for his lungs?", "I'm worried it will make my immune system bad?" → a word on it ("it won't
    // weaken your immunity", "scarring is unlikely", "he should recover fully", "your resistance to infections
    // stays unchanged", "it runs in families", an opening "Partly."), not a visit advised (covid-en-40's
    // reviewer) nor why the medicine is not needed (covid-en-543's).
    {
      asks: /\b(?:immune system|immunity)\b[^.?!]{0,40}\b(?:weak\w*|bad|low|lower\w*|compromis\w*|suppress\w*|damag\w*|harm\w*)|\b(?:weak\w*|lower\w*|compromis\w*|suppress\w*|damag\w*|harm\w*|make)\b[^.?!]{0,30}\b(?:immune system|immunity)\b|\b(?:long[- ]term|lasting|permanent) (?:effects?|damage|repercussions?|consequences?|problems?)\b|\brepercussions?\b|\bhereditary\b|\binherit\w*/u,
      answers: /\bimmun\w*|\bweak\w*|\bstrong(?:er)?\b|\bcompromis\w*|\bsuppress\w*|\bharm\w*|\bdamag\w*|\baffect\w*|\beffects?\b|\bsafe\w*|\brisks?\b|\bpermanent\w*|\blasting\b|\blong[- ]term\b|\bcomplications?\b|\brecover\w*|\bheal\w*|\bscar\w*|\bfibrosis\b|\binherit\w*|\bgenetic\w*|\bgenes?\b|\bhereditary\b|\bpass(?:ed)? (?:on|to)\b|\bunlikely\b|\blikely\b|\bchances?\b|\bfamil(?:y|ies)\b|\bcarr(?:y|ies|ier|iers)\b|\bnormal\w*|\bclears? up\b|\boutgrow\w*|\bfully\b|\bcompletely\b|\bback to\b|\bgoes away\b|\brare\w*|\bmost people\b|\bfight\w* (?:off )?infections?\b|\bresistance\b|\bdefen[cs]es?\b|\bprone\b|(?:^|[.!?:]\s*)(?:yes|no|partly|neither|often|sometimes|rarely)\b/u,
      shaped: true,
      ownStances: true,
    },
    // Staying home or going back: "Can my child go to school?" → "Keep her home for two days".
    {
      asks: /\b(?:stay (?:at )?home|go (?:back )?to (?:school|work)|return to (?:school|work)|quarantine|isolate)\b/u,
      answers: /\b(?:stay (?:at )?home|keep \w+(?: \w+)? home|home for|go (?:back )?to (?:school|work)|return to (?:school|work)|quarantine|isolat\w*)\b/u,
    },
    {
      // "What tests", "What blood tests", "Which other scans".
      asks: /\b(?:what|which) (?:[a-z]+ )?(?:tests?|scans?|investigations?|checks?|exams?)\b|\bwhat should (?:i|we|he|she) (?:get )?(?:tested|checked) for\b/u,
      answers: examNamed('en'),
      shaped: true,
    },
    // What to eat, what to put on the skin: "What cream should I use?" → "silicone gel helps".
    { asks: /\bwhat (?:should|can) (?:i|we|he|she) (?:eat|drink)\b|\b(?:diet|foods?) (?:should|to)\b/u, answers: /\b(?:avoid|eat more|cut down|cut back|plenty of|limit|low[- ](?:salt|fat|sugar))\b/u },
    {
      asks: /\b(?:what|which) (?:cream|ointment|lotion|gel|spray|drops|shampoo|soap|moisturi[sz]er)s?\b/u,
      answers: /\b(?:cream|ointment|lotion|gel|spray|drops|shampoo|soap|moisturi[sz]er|emollient|vaseline|petroleum jelly)s?\b/u,
    },
    // What to do: "What steps should they take to stay healthy?" → "Avoid contact … drink fluids".
    { asks: /\bwhat (?:steps|precautions|measures)\b/u, answers: /\b(?:avoid|stay|keep|wear|wash|drink|rest|isolate|call|consult|contact|get tested|make sure)\b/u },
    // Where to go: "Where should I get my blood test done?" → "your GP surgery".
    {
      asks: /\bwhere (?:should|can|could|do|would) (?:i|we|he|she)\b/u,
      answers: /\b(?:clinic|surgery|hospital|pharmacy|chemist|cent(?:re|er)|practice|lab|laboratory|department|gp|online|at home|website|app)\b/u,
    },
    // What a thing is: "What is a right central pneumonia?" → "This is an infection of …".
    { asks: /\bwhat (?:is|are) (?:a|an)\b/u, answers: /\b(?:this|that|it) is\b|\b(?:is|are) (?:a|an)\b|\bmeans?\b|\brefers? to\b|\bis when\b|\bis called\b/u },
    // What a result means: "What does a TSH of 6.2 mean?" → "It suggests a mildly underactive thyroid".
    {
      asks: /\bwhat (?:does|do|did) .{0,60}\bmean\b|\bmeaning of\b/u,
      answers: /\b(?:means?|suggests?|indicates?|points? to|is a sign|a sign of|is (?:normal|high|low|raised|borderline)|slightly (?:high|low|raised)|stands for|short for|refers to|is called|is (?:a|an|the) \w+|normal|abnormal|positive|negative|likely|probably|raised|elevated|high|low|common|benign)\b/u,
      shaped: true,
      notMoot: true,
    },
    // Whether to go in: "Should we go to the hospital?" → where to go, or to stay home ("go to the ER
    // now", "you can manage this at home", "no need unless…"). Only when the place ends the question.
    {
      asks: /\b(?:should|do|must|shall) (?:i|we|he|she|they) (?:need to |have to )?(?:go|come|head|take (?:him|her|them|my \w+|our \w+)|see|visit) (?:in |to )?(?:the |a |an |my |our |his |her )?(?:hospital|er|a&e|emergency(?: room| department)?|urgent care|doctor|gp|clinic)\b(?: now| today| tonight| right away| immediately| yet)?[?.!\s]*$/u,
      answers: /\b(?:hospital|er|a&e|emergency|urgent care|doctor|gp|clinic|physician|in person|(?:at|stay) home|home|monitor\w*|no need|not necessary|unnecessary|don't need|do not need|needn't|seek|911|999|112|ambulance|not yet|right away|immediately|go (?:in|now))\b/u,
      shaped: true,
    },
    // Whom to see: "Who should I see about my knee?" → "An orthopaedic surgeon or a sports physio".
    {
      asks: /\bwho should (?:i|we|he|she) (?:see|visit|consult)\b|\bwhich (?:doctor|specialist|department|clinic)\b|\bwhat (?:kind of|type of) (?:doctor|specialist)\b/u,
      answers: /\b(?:[a-z]+olog(?:ists?|y)|[a-z]+iatrists?|[a-z]+icians?|surgeons?|specialists?|physio[a-z]*|gp|dentists?|optometrists?|podiatrists?|orthopa?edic[a-z]*|therapists?|counsell?ors?|emergency|a&e|er|urgent care)\b/u,
      shaped: true,
    },
    // How safe: "Is it safe to take steroid tablets if I have covid?", "Is quetiapine safe in pregnancy?",
    // "back at work on day 7, is that ok?" → a word on how safe ("fine", "best avoided", "the data are
    // reassuring", "is reasonable if…", "too early"); another medicine offered
    // instead is none (covid-en-313's reviewer: "steroid safety not addressed, only saline/antihistamine
    // alternative").
    {
      asks: /\b(?:is|are) (?:it|this|that|they|\w+) (?:safe|okay|ok|fine|alright|all right)\b(?! if (?:i|we) (?:send|show|message|text|contact|call|email|update|get back|follow up|come|ask)\b)|\bsafe(?:ly)? to (?:take|use|have|drink|eat|fly|travel|go|breastfeed|combine|mix|stop|continue)\b/u,
      answers: /\b(?:safe\w*|unsafe|fine|ok|okay|alright|all right|(?:un)?reasonable|acceptable|(?:in)?advisable|too (?:early|soon|late)|premature|reassur\w*|avoid\w*|(?:not|no longer) recommended|recommend against|(?:about |consider )?stopping (?:it|them)|stop (?:it|them|taking)|better not|best not|should not|shouldn't|should (?:continue|carry on)|(?:use|try|choose|pick) (?:the |a )?(?:other|different|another)|instead|(?:strongly )?encouraged|don't|do not|no problem|risk\w*|caution|careful|harm\w*|interact\w*|contraindicated|postpon\w*|can wait|hold off|put (?:it )?off|delay\w*|one of the (?:preferred|best|safest)|compatible|suitable|widely used|commonly used|can (?:take|use|have|continue|keep)|can be (?:used|taken|given|combined|continued)|isn't recommended|aren't recommended|wouldn't|would not|i'd avoid|not needed|can't|cannot|take (?:it|them|one|the)|ask (?:your|a|the) (?:doctor|gp|pharmacist|obstetrician|midwife))\b/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
    },
    // Whether it can be cured or goes away: "Can it be cured?", "Does long covid go away?" → "It's very
    // treatable", "most people recover", "symptoms gradually improve", "it tends to come back", "lifelong
    // but well controlled".
    {
      asks: /\b(?:can|will|could|is|does|do) (?:it|this|that|he|she|i|they|\w+)(?: \w+)? (?:ever )?(?:be )?(?:cured|curable|treatable|fixed|go away|recover|fully recover)\b|\bis there (?:a|any) cure\b/u,
      // Or the illness cleared ("antivirals clear the virus in over 95% of people").
      answers: /\b(?:cur\w*|clear\w*|eliminat\w*|eradicat\w*|treatable|manageable|managed|control\w*|remission|recover\w*|go away|goes away|get better|improve\w*|lifelong|life-long|long[- ]term|chronic|relaps\w*|come back|comes back|recur\w*|outlook|prognosis|resolve\w*|settle\w*|heal\w*|fade\w*|ease\w*|better|less|most people|many people|no cure|isn't one|not yet)\b/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
    },
    // Whether it is this illness: "Could it be covid?", "Do I have an overactive thyroid?" → a stance
    // ("It could be", "often cause"), the test or assessment that tells; advice alone is none.
    {
      // Not "Can it be given at home?": a participle after "be" asks what may be done, not what it is.
      asks: /\b(?:could|might|may|can) (?:it|this|that|these|those) be\b(?!\s+(?:given|done|taken|used|treated|cured|prevented|combined|mixed|stopped|delayed|postponed|reversed|managed|removed|repaired|fixed|avoided|injected)\b)|\b(?:could|might|may) (?:i|he|she|they|we) (?:possibly |really )?(?:have|be having|have caught|have got)\b|\b(?:do|does) (?:you think )?(?:i|he|she|we|they) (?:have|has) (?!to\b)|\bis (?:it|this|that) (?:covid|corona\w*|cancer|a tumou?r|pneumonia|the flu|flu|a stroke|a heart attack)\b/u,
      answers: /\b(?:probabl\w*|likel\w*|unlikely|possib\w*|could be|may be|might be|sounds?|looks?|seems?|consistent|suggest\w*|not|doubt\w*|ruled? (?:it )?out|test\w*|exam\w*|assess\w*|evaluat\w*|in person|more information|refer\w*|scan|x-?ray|swab|symptoms?|signs?|caus\w*|due to|because|diagnos\w*|typical|common|many people|(?:could|may|might) well)\b/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
    },
    // How likely: "Is there a chance I would just get mild symptoms?" → how likely, or what it turns on
    // ("most people", "your risk is higher", "it depends on age"); advice alone ("control your sugar")
    // is none (covid-en-299's reviewer: "never says whether mild illness is possible").
    {
      asks: /\bhow likely\b|\b(?:is|was) there (?:a|any) (?:chance|possibility|risk)\b|\bany chance\b|\bwhat (?:are|is) (?:the|my|his|her|their|our) (?:chances?|odds)\b|\b(?:am|is|are) (?:i|he|she|they|we|it) likely\b/u,
      answers: /\b(?:likely|unlikely|likelihood|chances?|odds|risk\w*|possib\w*|probab\w*|uncommon|common|rare\w*|usually|often|sometimes|occasionally|seldom|most|many|some people|some of|others|few|majority|minority|runs in (?:the )?famil\w*|genetic\w*|inherit\w*|affect\w*|damag\w*|can cause|may cause|check\w*|monitor\w*|depends|sounds like|looks like|more like|part of|caused by|due to|because|low|high|small|slim|good)\b|\d+\s*%|\b\d+ in \d+\b/u,
      shaped: true,
      askedBack: true,
      ownStances: true,
    },
    // Whether to have a vaccine ("Should someone with rheumatoid arthritis get the flu vaccine?", "Can I have the
    // booster while pregnant?", "Do I need a tetanus shot?"): a yes or no, a recommendation, when to have it or
    // what stands in the way — not how vaccines work or "if your decision is to be vaccinated, …" (covid-en-229's
    // reviewer: no clear should or shouldn't).
    {
      // Asked of a person ("Should someone with…", "Can I…", "Does he need…"): "Can vaccines trigger seizures?" asks
      // what a vaccine does.
      asks: /\b(?:(?:should|can|could|may|do|does|must|will|would) (?:i|we|he|she|they|you|my \w+|our \w+|someone|people|patients|kids|children|pregnant women)|is it (?:ok|okay|safe|a good idea|worth|necessary|fine|alright|advisable|recommended)|is (?:he|she|it) allowed to|am i allowed to)\b[^.?!]{0,100}\b(?:vaccin\w*|shots?|jabs?|boosters?|immuni[sz]\w*|tdap|mmr|(?:second|third|booster|next) dose)\b|\b(?:vaccines?|shots?|boosters?|jabs?|tdap|mmr)\b[^.?!]{0,25}\b(?:safe|necessary|ok|okay|worth it|a good idea)\b/u,
      answers: /\b(?:recommend\w*|advis(?:e|ed|able) (?:to|that|you|for|against)|(?:should|can|may|could) (?:get|have|still|safely|go ahead|wait|not|skip|avoid|delay|hold off)|get (?:it|vaccinated|boosted|him|her|them)\b(?! to)|get (?:the|your) (?:shot|vaccine|booster|jab|dose)s? (?:now|soon|before|as soon|when|once|after|this|at)|go ahead|not a reason|no (?:good |strong )?(?:evidence|link|reason)|need (?:a|an|one|it|the)\s?(?:\w+ )?(?:booster|shot|vaccine|dose|jab)|benefits? (?:far )?outweigh|worth (?:it|getting|having|doing)|priority|eligible|wait\w*|delay\w*|postpon\w*|hold off|until|once (?:you|your|he|she|they)|inactivated|non-live|not (?:a )?live|live (?:vaccines?|virus)|contraindicat\w*|off limits|no reason not|need (?:one|it|a booster|the (?:shot|vaccine|booster))|(?:don't|do not|no) need|due (?:for|a)|up to date|(?:is|are|it's|that's|they're) (?:safe|fine|ok|okay)|safe to (?:get|have|receive)|(?:is|are) (?:enough|sufficient)|standard schedule|fine to|ok to|okay to)\b|(?:^|[.!?:]\s*)(?:yes|no|definitely|absolutely)\b/u,
      ...OWN_ANSWERS_ONLY,
    },
    // Whether to keep on, stop, cut or change a medicine ("Should I continue to use my inhalers or will the
    // steroids put me at more risk?", "Can I stop my sertraline now?"): a word on keeping, stopping, cutting or
    // changing it, or on the medicine's own risk ("inhaled steroids at this dose are safe") — not the illness's
    // risk (covid-en-23's reviewer: "higher risk for any respiratory illness" leaves the inhaler question).
    {
      // Not when the sentence goes on to ask something else: "Can I stop sertraline now, and when should I come
      // back?" asks when (read after the asking words, so only where they stand).
      asks: /(?<!\bhow )\b(?:should|can|could|may|do|must|shall) (?:i|we|he|she|they|you) (?:still |just )?(?:continue|keep (?:on )?(?:taking|using|on)|stop|quit|come off|get off|discontinue|cut (?:down|back|the dose)|reduce|lower|taper|switch|change|wean|carry on|stay on)\b(?![^?]*,\s*(?:and |but )?(?:when|what|how|why|where|which|who)\b)|\b(?:ok|okay|safe|fine) to (?:stop|come off|quit|discontinue|cut|reduce|switch)\b|\bhow (?:do|should|can) (?:i|we) (?:come off|stop (?:taking|using)|taper|wean)\b/u,
      answers: /\b(?:continu\w*|keep (?:on )?(?:taking|using|going)|stay on|stop\w*|quit\w*|come off|coming off|discontinu\w*|taper\w*|wean\w*|reduc\w*|lower\w*|cut (?:down|back|it|the)|half|switch\w*|chang\w*|replac\w*|instead|alternatives?|options?|easier|better tolerated|try|interrupt\w*|be off|off (?:it|them|the \w+)|spac\w*|suits? you|push through|stick with|hold (?:it|off)|paus\w*|skip\w*|finish\w*|complete\w*|course|(?:it'?s|is) reasonable|abrupt\w*|suddenly|withdraw\w*|dose|dosage|steroids? (?:is|are)|inhal\w* (?:is|are)|safe|safer|fine to use|for life|lifelong|indefinitely|months?|years?)\b/u,
      ...OWN_ANSWERS_ONLY,
    },
    // How serious: "Is it serious?", "Should I be worried?" → a word on how serious it is, what it
    // likely is, or what it needs ("It needs an X-ray"). Advice alone ("Keep warm and rest") is not one.
    {
      asks: /\b(?:should|do|must) (?:i|we) (?:really )?be (?:worried|concerned)\b|\b(?:is|are) (?:it|this|that|they) (?:serious|dangerous|bad|worrying|concerning)\b|\bhow (?:serious|dangerous|bad)\b|\bsomething serious\b|\bhow (?:concerned|worried|at risk)\b|\bhow (?:high|big|great) is (?:my|the|his|her|their|our) risk\b|\b(?:am|is|are) (?:i|he|she|they|we) (?:at )?(?:high|higher|increased|more) risk\b/u,
      answers: /\b(?:(?:don't|do not|dont|no need to|not to|wouldn't|would not|need not|try not to) (?:be )?(?:worr\w*|concerned|panic\w*)|nothing to worry|not worried|not worrying|nothing worrying|no worry|concerning|no cause for concern|not (?:a|any) (?:concern|worry)|risk\w*|vulnerable|rare\w*|severe\w*|low|high|small|slight\w*|greater|serious|dangerous|harmless|benign|reassur\w*|mild|minor|nothing to|fine|normal|abnormal|common|likely|unlikely|probably|sounds like|looks like|consistent with|could be|may be|might be|needs? (?:to be )?(?:seen|checked|examined|assessed|tested)|exam\w*|book|appointment|in person|tests?|scan|x-?ray|see (?:a|your|the)|urgent\w*|emergency|a&e|er|side effects?|usual(?:ly)?|expected|typical(?:ly)?|takes? (?:time|\d)|keep an eye|monitor\w*|watch (?:for|it|out)|give it (?:time|a few)|early days|settle\w*|improve\w*|go away|pass(?:es)?|clear(?:s)? up|resolve\w*|get better|heal\w*|keep (?:taking|using))\b/u,
      shaped: true,
      askedBack: true,
      notMoot: true,
      notDeferred: true,
    },
  ],
};

/** "怎么测血压才准？" → "坐着休息5分钟后测": a how-to question is taken up by a step that uses its
 *  verb. The verb is the character right after 怎么/怎样/如何; 怎么办, 怎么回事 ask no way of doing. */
export const HOW_VERB = /(?:怎么|怎样|如何)(?!办|回事|样|会|了|说|弄|还|又|老|总|都|也)(\p{Script=Han})/u;

/** "我的化验单您看了吗？" → "看了，…"; "图片收到了没？" → "收到了": whether something was done is answered
 *  by saying it was (or was not), in its own verb. The one or two characters before 了吗; a
 *  single one when the first is a pronoun or an adverb ("您看", "都吃"). */
export const DONE_ASKED = /(\p{Script=Han})(\p{Script=Han})了(?:吗|么|嘛|没|没有)[？?。，,！!\s]*$/u;
export const DONE_ASKED_LEAD = /[你您我他她它都已也还又刚]/u;

/** "中药能消吗？" → "消不掉。": whether something can be done is answered by saying it can or cannot,
 *  the question's verb with its result ("消不掉", "好得了", "治得好"). The verb before 吗. */
export const CAN_IT_ASKED = /(?:能|可以|会)(\p{Script=Han})(?:吗|么|嘛)[？?。！!\s]*$/u;
/** The results a verb may be said to reach or not, after 得 or 不. */
export const CAN_IT_RESULTS = '(?:掉|了|好|完|住|下来|下去|动)';

/** "Which painkiller is best?", "吃什么药好？": a medicine named answers it. */
export const ASKS_FOR_DRUG: Readonly<Record<'zh' | 'en', RegExp>> = {
  // "需要吃消炎药吗" → "可以吃阿莫西林" as well.
  // "有没有更强的药", "Is there anything stronger I can take?" as well.
  // "用什么抗病毒药", "有没有睡眠特效药" as well.
  zh: /(?:什么|哪种|哪个|啥|哪些)[^，,。？?\s]{0,4}(?:药|药物|抗生素|针剂|针|注射液|点滴|吸入剂|喷剂|制剂)|(?:吃|用)(?:什么|啥)好|(?:需要|要不要|用不用|能不能|能否|可以|可不可以|该不该)(?:吃|用|服)(?:点|些)?[^，,。？?\s]{0,4}药|(?:有没有|有无)[^，,。？?\s]{0,6}药/u,
  en: /\b(?:which|what) (?:painkillers?|medicines?|medications?|drugs?|antibiotics?|tablets?|pills?|antihistamines?|antidepressants?|cough (?:syrup|medicine)s?)\b|\bwhat (?:else )?(?:can|should|could) (?:i|we) (?:take|use|give|try)\b|\b(?:anything|something) (?:stronger|else|better) (?:i|we) (?:can|could) (?:take|try|use)\b|\b(?:anything|something) (?:safer|gentler|milder)\b/u,
};

/** "吃什么药？" left to the doctor who can see the patient ("药物让医生给你们调整就行", "看糖尿病去内分泌科",
 *  "Ask your GP which one suits you"): an answer, as LABELING.md counts "this needs an in-person
 *  exam to answer". */
export const LEFT_TO_A_DOCTOR: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /(?:让|由|请|听|找|问|咨询)[^，,。！？!?]{0,4}(?:医生|大夫|专科|药师)|去[^，,。！？!?]{0,6}科|专科医生|医生(?:来)?(?:调整|决定|确定|开|指导)|(?:医生|专科)指导下/u,
  en: /\b(?:your|a|the) (?:doctor|gp|psychiatrist|pharmacist|specialist|prescriber) (?:can|should|will|would|to)\b|\b(?:ask|check with|speak to|talk to) (?:your|a) (?:doctor|gp|pharmacist|psychiatrist|pcp)\b/u,
};

/** A question that asks for a value ("What is a normal reading?") is answered by a number. */
export const ASKS_FOR_VALUE: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /正常值|数值|指标|范围|多高|多低/u,
  en: /\b(?:reading|level|range|value|number|dose|dosage|amount|temperature|pressure|count)s?\b/u,
};

/** A reply that is only an acknowledgement or a bare yes ("好的", "收到", "可以", "OK, noted"), read
 *  with its punctuation and spaces taken out. It may answer a yes/no question, never one asking
 *  for a time, a cause, a way or a name. */
export const REPLY_ACKNOWLEDGEMENT: Readonly<Record<'zh' | 'en', RegExp>> = {
  // "在的，不好意思" answers "你在吗", and nothing else.
  zh: /^(?:好的?|好滴|嗯+|恩+|哦+|噢+|收到了?|明白了?|知道了|了解了?|晓得了|ok|okay|行|可以的?|是的|对的?|没问题|没事|在的|在呢|我在|不好意思|抱歉|久等了?)+(?:的|啊|呀|哈)?$/u,
  en: /^(?:ok|okay|noted|got ?it|sure|alright|all ?right|understood|i ?see|yes|yeah|fine|no problem|i'?m ?here|i ?am ?here|sorry)+$/u,
};

/** The words of a Chinese yes or no, longest first: a reply that is only one ("可以的", "不用")
 *  answers a yes/no question, and so does one standing alone at a sentence's start ("是的，…"). */
export const ZH_YES_NO_WORDS = [
  '当然要', '当然可以', '当然会', '当然不', '不一定', '不见得', '不需要', '不可以', '是的', '是啊', '对的', '会的', '不是', '没有', '不会', '不用', '不能', '未必',
  '可以', '需要', '对', '是', '会', '能', '要', '不', '没',
] as const;

/** A bare yes or no, the whole of a Chinese reply ("嗯", "可以的", "不用"); "好的" and "收到" only
 *  acknowledge. English replies open with theirs ("No, …"), read by creditBareYesNo. */
export const BARE_YES_NO: Readonly<Partial<Record<'zh' | 'en', RegExp>>> = {
  zh: new RegExp(`^(?:嗯+|恩+|${ZH_YES_NO_WORDS.join('|')})[的啊呀哈]?$`, 'u'),
};

/** What a platform or a doctor puts before the reply itself ("感谢您的信任，病情资料我已详细阅读。根据您
 *  现有的资料，建议：", "请问", "I have reviewed your query"): read as no content of its own. */
export const REPLY_PREAMBLE: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /病情资料我已(?:详细)?阅读|根据您(?:现有|提供)的资料|建议[:：]|医生给您发来一个提醒[:：]?|您目前的检查资料不齐全|需要补充以下(?:检查|资料|信息)[:：]?|请补充|请问|你好|您好/gu,
  en: /\b(?:i have|i've) (?:read|reviewed|gone through) your (?:query|question|case)(?: in depth| thoroughly)?|\bthanks? (?:you )?for (?:your|the) (?:question|query)|\bhello\b|\bhi\b/gu,
};

/** Words that mean the same to a patient's question, as its topic terms read them (Han bigrams;
 *  English words, read by their stems): "跟喝酒有关系吗？" is taken up by "饮酒确实会影响睡眠",
 *  "Should I tell my employer?" by "you're not obliged to disclose it at work". */
export const SAME_MEANING: Readonly<Record<'zh' | 'en', readonly (readonly string[])[]>> = {
  zh: [
  ['吃药', '服药', '用药', '服用'],
  ['停药', '停用', '停掉', '断药'],
  ['减药', '减量'],
  ['加药', '加量'],
  ['怀孕', '孕期', '妊娠', '备孕'],
  ['喂奶', '哺乳', '母乳'],
  ['失眠', '睡不着', '入睡'],
  ['上瘾', '成瘾', '依赖'],
  ['发胖', '长胖', '变胖', '体重'],
  ['开车', '驾驶'],
  ['喝酒', '饮酒', '酒精'],
  ['治愈', '痊愈', '根治', '治好'],
  ['忘事', '记忆', '记性'],
  ['抽血', '验血', '查血', '血常规'],
    // Symptoms as patients and doctors name them.
    ['头晕', '眩晕', '头昏'],
    ['心慌', '心悸', '心跳快'],
    ['乏力', '没劲', '没力气'],
    ['恶心', '反胃', '想吐'],
    ['拉肚子', '腹泻'],
    ['发烧', '发热'],
    ['嗓子', '喉咙', '咽喉'],
    ['副作用', '不良反应'],
    ['复诊', '复查', '随访'],
  ],
  en: [
    ['tell', 'disclose', 'inform'],
    ['job', 'work', 'employer', 'workplace'],
    ['medication', 'medicine', 'meds', 'pills', 'tablets'],
    ['alcohol', 'drink', 'drinking', 'wine', 'beer'],
    ['drive', 'driving'],
    ['weight', 'kilos', 'pounds', 'heavier'],
    ['sleepy', 'drowsy', 'drowsiness'],
    ['breastfeed', 'breastfeeding', 'nursing', 'breast milk'],
    ['virus', 'viral'],
    ['bacteria', 'bacterial', 'bacterium'],
  ],
};

/** A question asking what to do ("孩子不愿意吃药怎么办？", "What should I do?"), and advice given in
 *  a reply ("可以碾碎混在酸奶里", "Try taking it with food"): a brief reply's advice may answer it in
 *  other words than its own. */
export const ASKS_WHAT_TO_DO: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /怎么办|咋办|如何是好|怎么做|该怎么|怎么处理/u,
  en: /\bwhat (?:should|can|do|could) (?:i|we|he|she|they) do\b|\bwhat to do\b/u,
};
export const ADVICE_GIVEN: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /可以|建议|先|试试|不要|别|最好|尽量|应该|需要/u,
  // Or a step told outright at a sentence's start: "Yes, crush them into yoghurt", "Give it with food".
  en: /\b(?:you can|you could|try|avoid|best to|you should|i'd|i would|i suggest|i recommend)\b|(?:^|[.!?;:]\s*)(?:(?:yes|no|ok|okay),?\s*)?(?:take|give|crush|mix|hide|put|keep|stop|start|use|wait|call|see|ask|talk|offer|split|dissolve|stay|go)\b/u,
};

/** A treatment, test or measure a patient asks about by name ("要不要雾化？", "需要吸氧吗？", "能打疫苗
 *  吗？"): the words that name it (phrases: `*` is a gap, "输*液" reads "输点液"), and words that take
 *  it up in a reply without naming it ("要住院吗" → "尽快去医院评估"), which do not make a question
 *  one about it ("要不要去医院" asks about going in, not a stay). */
export interface NamedTreatment {
  names: readonly string[];
  takenUpBy?: readonly string[];
}

/** Medicines and their classes ("消炎药") come from the lexicon. A reply that never names the one
 *  asked about, nor says yes or no in a clause naming nothing else to take or do, left it
 *  (unanswered-question's unnamedAsk). */
export const NAMED_TREATMENTS: readonly NamedTreatment[] = [
  { names: ['雾化'] },
  { names: ['吸氧', '氧气', '制氧机', '氧疗'] },
  // Not a bare 点滴: "点滴鼻净" is nose drops.
  { names: ['输液', '输*液', '挂水', '打点滴', '挂点滴', '吊瓶', '补液', '静滴', '静点', '吊针'] },
  { names: ['住院', '入院'], takenUpBy: ['医院'] },
  { names: ['隔离', '方舱'] },
  { names: ['手术', '开刀'] },
  { names: ['核酸'] },
  { names: ['抗原'] },
  { names: ['ct', '胸片', '拍片', '拍个片', 'x光'] },
  { names: ['胃镜'] },
  { names: ['肠镜'] },
  { names: ['彩超', 'b超', '超声'] },
  { names: ['心电图'] },
  { names: ['肺功能'] },
  { names: ['疫苗', '加强针', '接种'] },
  { names: ['中药', '中成药'] },
  { names: ['益生菌'] },
  { names: ['复查', '复诊'] },
  { names: ['口罩', 'n95'] },
  { names: ['消毒', '84'] },
];

/** The asking words, and the verb after them, that a named treatment follows in a question
 *  whether to take or do it ("要不要吃", "需要做", "能打", "还能继续吃", "有没有必要同时尝试"). */
export const ASKS_WHETHER_TO = /(?:要不要|需不需要|需要有|需要|用不用|能不能|能否|能|可以|可不可以|可否|是否|有必要|该不该|应不应该|(?<![不重主只])要)(?:[去做吃喝用服打查加换停吸输上戴补点些个再先还继续一下]|同时|尝试|试试|配合){0,4}$/u;

/** How a reply takes up whether to take or do a thing without naming it or saying yes or no, in a
 *  sentence naming nothing else to take or do: on a condition or a threshold ("阳性再吃", "低于93再
 *  吸", "咳得厉害的话，可以做"), or at a time ("等转阴一个月以后"). A condition is read with what it
 *  conditions: "如果吃不下饭，可以去输点液" is the drip's. */
export const WHETHER_TO_ON_CONDITION = /(?:再|才)(?:吃|用|服|打|做|吸|去|查|输|考虑)|的话|如果|要是|等[^，,。]{0,8}(?:以后|之后|后|再)|以上|以下|低于|高于|超过/u;

/** …and in a clause naming nothing else: by waiting ("先观察", "不好再说", "看结果再决定"), allowing,
 *  telling or forbidding it ("可以短期加", "中度曲张要吃", "别自己先吃", "尽量避开", "一般不这么用",
 *  "查一下吧"), or saying it is not needed in other words ("没症状就可以正常出门"; what suffices,
 *  "就行", is INSTEAD's, read in the same clauses). */
export const WHETHER_TO_TOLD = /看看|观察|再(?:说|决定|定)|可以[^，,。；;]{0,4}(?:吃|用|服|打|做|吸|去|查|输|试|考虑|先|加|换|停)|要(?:吃|用|服|打|做|吸|查|输|加|停|换)|先(?:不|别|吃|用|试|看)|(?:别|不要)(?:自己)?(?:先)?(?:吃|用|服|打|做|吸|去|查|停|急)|避开|(?:尽量|最好)(?:避免|少)|不(?:这么|这样)(?:用|吃)|暂时|目前不|没必要|不必|不用|就可以|就能|(?:^|。)(?:查|做|吃|用|打|住|去|吸|测)(?:一下|个|点|吧)/u;

/** The verbs of taking a medicine, in the words asking whether to ("能喝点", "要不要吃", "可以用"). */
export const TAKES = /[吃喝用服打输吸涂擦贴抹含]/u;
/** A clause telling a test to be done ("建议查查血常规", "要查查乙肝", "可以查个血常规"). */
export const TELLS_A_TEST = /查|化验|检测|检查|(?:拍|做)(?:个|一下|一个)?(?:片|ct|彩超|b超|超声|心电图|胃镜|肠镜)/u;

/** A clause that puts another thing in its place ("测抗原就够了", "换对乙酰氨基酚吧"): an answer
 *  whether to take or do the one asked about, though it names something else. */
export const INSTEAD = /就行|就可以了|即可|就好了|就够了|换(?:成|用)?|改(?:用|成|吃)/u;

