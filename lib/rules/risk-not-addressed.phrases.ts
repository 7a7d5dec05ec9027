import type { PhraseLists } from './phrase-matcher';

// Patient text that signals self-harm or suicidal thoughts.
export const SELF_HARM: PhraseLists = {
  zh: ['想死', '不想活', '活着没{意思|意义|劲}', '活不下去', '自杀', '轻生', '割腕', '结束{生命|自己}', '跳楼', '自残', '自伤',
    '伤害自己', '寻死', '了结自己', '去死', '死了算了', '吞药', '一了百了', '活够了', '不如死了', '想消失',
    '离开这个世界', '结束这一切', '攒药',
    // A mother's euphemism (postpartum): "有时候想抱着孩子一起消失".
    '{一起|带着孩子|抱着孩子}*消失',
    // Asked, not to be answered: "不知道为什么还要活着", "活着有什么意思".
    '为什么{还要|要}活着', '活着{有什么|为了什么|干什么|干嘛|还有什么}{意思|意义|用}',
    // Goodbyes: a note written, affairs settled, wishing not to wake, the family "freed" by one's
    // going. Not feeling a burden alone ("生病拖累家人"), nor giving things away (a move): said
    // daily without any thought of dying.
    '遗书', '{想|希望|最好}*一睡不醒', '不想{再|}醒来', '睡过去*不{想|要}醒', '睡过去{不|再也不}醒', '交代后事', '走了{他们|家人|大家}*{轻松|解脱}', '想解脱',
    '自我了断', '了断自己',
    // A wish to be dead or gone, said in passing: "要是出车祸死了就好了", "睡一觉再也不要醒过来",
    // "他们没有我会过得更好".
    '死了就好了', '死掉就好了', '死了多好', '{再也|永远}{不要|不想|不|别}醒', '{没有我|没了我|我不在了}*{过得更好|会更好|更轻松|就轻松|就解脱}',
    // An overdose or a means named: on a psychiatric platform the first emergency. A dose of the
    // usual sleeping pill ("吃了安眠药还是睡不着") is not one; a bottle of it is.
    // "吃了很多西瓜", "喝了很多白酒" are not: the pills are named.
    '{吃|吞|服|喝}了{一整瓶|整瓶|一瓶|一把|一大把|很多|好多|几十片|十几片|十几粒|二十几片|所有|全部}*{药|片|粒}', '{一整瓶|整瓶|一大把|几十片}*{药|片|粒}*{吃|吞|服|喝}了',
    '把*药*{都|全}{吃|吞|服|喝}了', '{喝|吃}了*{农药|百草枯|敌敌畏|老鼠药}',
    '上吊', '卧轨', '烧炭', '想*{跳下去|跳河|跳江|跳海|撞车}', '想*怎么死', '{用刀|拿刀|用刀片|拿刀片}{划|割}*{自己|手腕|胳膊|手臂|大腿|腿}', '划{了|伤}自己', '划自己',
    // Not "割了自己": "切菜不小心割了自己的手指" is a kitchen cut, and "用刀割肉" is cooking.
    // A count taken at once: ten tablets is an overdose of nearly anything, while "已经吃了20片了"
    // (a course so far) is not; twenty pills, since a dose of some pills is ten (复方丹参滴丸).
    // Digits in pairs: "一次吃了2片" is a dose, "一次吃了20片" is not. Taken "just now" is at once too.
    '{一次性|一次|一下子|一口气|刚才|刚刚}{吃|吞|服}了{十|二十|三十|四十|五十|几十|一百}*片',
    '{一次性|一次|一下子|一口气|刚才|刚刚}{吃|吞|服}了{1|2|3|4|5|6|7|8|9}{0|1|2|3|4|5|6|7|8|9}*片',
    '{一次性|一次|一下子|一口气|刚才|刚刚}{吃|吞|服}了{二十|三十|四十|五十|几十|一百}*粒',
    '{一次性|一次|一下子|一口气|刚才|刚刚}{吃|吞|服}了{2|3|4|5|6|7|8|9}{0|1|2|3|4|5|6|7|8|9}*粒',
    // A whole strip or box, all of it ("我把一整板安眠药都吃了"); not "吃了一整盒药还没好" (a course).
    '{一整板|整板|一整盒|整盒|一整瓶|整瓶}*{都|全}{吃|吞|服|喝}了',
    // Taking others' lives with one's own; cutting named by where ("划手腕"; not "划手机").
    '同归于尽', '划{手腕|胳膊|手臂|大腿}',
    // "总是割自己的手臂"; not "不小心割了自己的手指" (a kitchen cut keeps its 了).
    '割自己', '割{手腕|胳膊|手臂|大腿}', '{用烟头|拿烟头}烫'],
  en: ['kill myself', 'killing myself', 'suicidal', 'suicide', 'end my life', 'ending my life', 'want to die', 'wanna die',
    'self-harm', 'self harm', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'better off dead', 'no reason to live',
    'end it all', "{don't|do not} want to live", 'take my own life', 'no point in living', 'not worth living',
    // A wish for it all to stop (phones' "dont" for "don't" is read by the phrase matcher).
    'want {it all|everything} to end',
    'overdose', 'overdosed', 'overdosing', 'took all my {pills|meds|medication|medications|medicine|medicines|tablets}', 'took too many {pills|tablets}',
    // "I took about 15 of my quetiapine tablets", "Some nights I wish I just wouldn't wake up".
    '{took|swallowed} {about|around|nearly|over|like|almost} {1|2|3|4|5|6|7|8|9}{0|1|2|3|4|5|6|7|8|9} of my',
    "wish i {just |}{wouldn't|would not|didn't|did not} wake up",
    'took {a|the} whole {bottle|box|pack|packet|strip}', 'hang myself', 'jump off a {bridge|building|roof}',
    'better off without me', "better off if i {wasn't here|weren't here|was not here|were not here|wasn't around|was gone|were gone|died}",
    'ending it all', "{don't|do not} want to exist", 'want to disappear for good',
    // Not "ending things": "ending things with my boyfriend" is a break-up.
    '{thinking about|thought about|think about|want to|going to} {ending|end} {it all|it|my life}', 'never wake up', 'self-harming', 'self harming',
    "{don't|do not|can't|cannot} see the point {anymore|any more|in living|of living|in anything|in life}",
    '{goodbye|suicide} {letter|note|notes|letters}', 'wish i was dead', 'wish i were dead', "don't want to be here anymore",
    "don't want to wake up", '{took|swallowed} {a handful of|a bunch of|all of my} {pills|tablets|meds}',
    // A count of ten or more tablets is an overdose of nearly anything ("I took 20 paracetamol").
    '{took|swallowed} {1|2|3|4|5|6|7|8|9}{0|1|2|3|4|5|6|7|8|9} {pills|tablets|capsules|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|sleeping pills}',
    // Self-harm's own word ("I've been cutting again"), not cutting down on something.
    "{been|started|start|keep|kept|am|i'm} cutting again",
    // A wish not to wake ("I just want to sleep and not wake up"); a count taken of someone's pills.
    '{sleep|go to sleep|fall asleep} and not wake up', 'not to wake up', 'not wake up again',
    '{took|swallowed|has taken|had taken} {1|2|3|4|5|6|7|8|9}{0|1|2|3|4|5|6|7|8|9} of {my|her|his|their|the|our} {pills|tablets|capsules|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|sleeping pills|meds}'],
};

// Patient text that signals an emergency red flag.
export const RED_FLAGS: PhraseLists = {
  zh: ['胸痛', '胸口{痛|疼}', '心口{痛|疼}', '{胸口|心口|胸部|胸前}{剧痛|剧烈疼痛|剧烈痛|绞痛|疼得厉害|痛得厉害|疼得受不了|痛得受不了}', '呼吸困难', '喘不{上|过}气', '上不来气', '憋气', '意识不清', '意识模糊', '昏迷', '抽搐',
    '晕倒', '昏厥', '晕厥', '吐血', '咯血', '口角歪斜', '说话不清', '半身{麻木|无力}', '呼吸急促', '{嘴唇|口唇}发紫', '呕血',
    '剧烈头痛',
    // The same said the way patients say it: "透不过气", "晕过去了", "一侧手脚没力气", "高烧抽筋".
    '透不过气', '{呼吸|喘气}不过来', '走几步就喘', '{一|稍微}动就喘', '上气不接下气', '说话说不{完整|全|出来|完}',
    // Oxygen saturation low ("血氧91"), a febrile fit ("发烧抽了一下", "惊厥"), something swallowed
    // ("误吞了一颗纽扣电池"), an infant vomiting bile, sight and gait lost at once (a stroke; in late
    // pregnancy with a headache, pre-eclampsia), a one-sided belly pain with bleeding early in
    // pregnancy (ectopic).
    '血氧*{70|75|80|81|82|83|84|85|86|87|88|89|90|91|92|93}', '抽风', '惊厥', '{发烧|高烧|发热}*{抽了|抽筋}', '误吞', '{吞了|吞下|咽下}*{电池|磁铁|磁珠|硬币|别针|钉子}',
    '吐{绿色|绿水|黄绿色|胆汁}', '{看东西|视物}重影', '{突然|一下子}*{看东西|视物}*{模糊|看不清}', '{突然|一下子}*走路不稳', '头痛得厉害',
    '{一侧|单侧|一边}*{小肚子|下腹|小腹}*{剧痛|疼得厉害|痛得厉害}', '{小肚子|下腹|小腹}剧痛', '{晕|昏}过去', '{一侧|半边|一边}*{没力气|无力|麻木|不能动|动不了}', '{说话|口齿}含糊',
    '{胸口|胸前|心口}像*{压|石头}', '心脏{疼|痛}', '胸部{疼|痛}', '吐了*血', '突然{看不清|看不见}',
    // A bleed, a stroke, an airway closing, a heart attack's pressure.
    // No gap inside a phrase where a negation could stand ("大便不是黑色的"); a sore throat
    // (喉咙肿痛) is not an airway closing.
    '黑便', '柏油{样|色}*便', '大便{发黑|黑色|是黑色|是黑的|很黑}', '口齿不清', '嘴歪', '喉咙{肿得|堵住}', '喉头水肿',
    '{胸口|心口|心脏}*{压着|压住}', '压榨{样|性}',
    '心脏病发作', '心梗', '心肌梗', '心绞痛', '叫不醒', '{叫|喊|拍}*没{反应|有反应}', '人没反应', '休克', '舌头*肿', '嘴唇*肿',
    '流血不止', '止不住血', '大出血', '{脖子|颈部|颈项}*僵硬', '中风', '脑梗', '脑出血', '偏瘫', '咳血', '咳出血',
    // Late pregnancy: labour or a baby in trouble.
    '见红', '破水', '羊水破', '胎动*{减少|少了|消失|没了}',
    // A child who swallowed medicine meant for an adult.
    '{孩子|宝宝|小孩|儿子|女儿|孙子|孙女}*误{吞|服|食|吃}', '{孩子|宝宝|小孩}*{偷吃|吞了|吃了}{我的|家里的|大人的|奶奶的|爷爷的}*{药|片}',
    '{孩子|宝宝|小孩|儿子|女儿|孙子|孙女}*{偷吃|吞|吃|误服}了*{好几片|十几片|几十片|一把|一瓶|整瓶|好多片|很多片}',
    '把*{奶奶|爷爷|姥姥|姥爷|外婆|外公|大人|家里}的*药*{吃|吞}了'],
  en: ['chest pain', 'chest pains', "can't breathe", 'cannot breathe', 'can not breathe', 'shortness of breath', 'short of breath',
    'difficulty breathing', 'trouble breathing', 'hard to breathe', 'breathless', 'breathlessness',
    // Probed: a heart attack's pressure, a throat closing, a rash that does not fade (meningitis), low
    // oxygen, black sticky stools, sudden confusion.
    // Not a tight chest alone, which asthma and anxiety bring daily (as 胸闷 is not one).
    'pressure in my chest', 'chest pressure', 'throat {feels|is} tight', 'throat is closing', 'tongue {is|are} swelling',
    'purple spots', "{spots|rash} that {don't|do not|doesn't|does not|won't} fade", '{my oxygen|oxygen level|oxygen saturation|oximeter|pulse ox|my sats|spo2}~ {80|81|82|83|84|85|86|87|88|89|90|91|92|93}',
    'black {sticky|tarry} {stool|stools|poo|poop}', '{suddenly|sudden} {confused|confusion}', '{suddenly|sudden} seeing things', 'unconscious', 'seizure', 'seizures', 'passed out', 'fainted',
    'coughing up blood', 'vomiting blood', 'slurred speech', 'blue lips', 'severe headache', 'face drooping',
    'slurred', 'throat is swelling', 'throat swelling', 'black stool', 'black stools', 'tarry stool', 'crushing chest', 'crushing pain',
    'heart attack', 'chest hurts', 'chest is hurting', 'not waking up', "won't wake up", 'unresponsive', 'stroke', 'tongue is swollen',
    'swollen tongue', 'lips are swelling', 'bleeding heavily', 'heavy bleeding', "won't stop bleeding", 'stiff neck', 'anaphylaxis',
    'anaphylactic', 'worst headache', 'thunderclap', 'face is drooping', 'drooping face', 'face droop',
    'lips {are|are turning|turning|turned|have turned|look|went} blue', 'coughed up blood', 'coughing blood', 'vomited blood', 'throwing up blood',
    "can't catch my breath", 'gasping for {air|breath}', 'struggling to breathe', 'not breathing', 'blacked out', 'collapsed',
    '{is|very|gone|went} floppy', 'water broke', 'waters broke', 'waters have broken', 'baby {stopped|has stopped|is not|isn\'t|hasn\'t been|has not been} moving', 'baby is moving less',
    'reduced {fetal|foetal} movements',
    '{toddler|child|kid|baby|son|daughter|grandson|granddaughter} {swallowed|ate|got into|took}~ {pills|tablets|medicine|medication|medications|meds}',
    'accidentally {swallowed|ingested}'],
};

// Two signs that together are an emergency of a psychiatric medicine, though each alone is
// common: a rash with sores in the mouth or eyes (Stevens–Johnson), any rash on lamotrigine,
// carbamazepine or oxcarbazepine (the drugs that cause it; HLA-B*1502, common in Han Chinese),
// a high fever with rigid muscles (neuroleptic malignant syndrome on an antipsychotic), a fever or
// sore throat on clozapine (agranulocytosis), lithium with vomiting, unsteadiness or confusion
// (lithium toxicity). Both in one message, close together (see PAIR_REACH); a fever with aching
// muscles, a lithium tremor alone, a canker sore, eczema stay quiet.
export const REACTION_PAIRS: Readonly<Record<'zh' | 'en', readonly (readonly [PhraseLists['zh'], PhraseLists['zh']])[]>> = {
  zh: [
    [['皮疹', '红疹', '疹子', '起疹', '出疹', '荨麻疹', '红斑', '起泡', '水泡'], ['{嘴里|口腔|嘴唇|口唇|眼睛|眼睑|下体}*{溃烂|糜烂|起泡|水泡|破溃|脱皮}']],
    [['高烧', '高热', '烧到39', '烧到40'], ['{肌肉|全身|身体|四肢|胳膊|腿}*{僵硬|僵直|发僵|强直|硬邦邦}']],
    [['碳酸锂', '锂盐', '锂剂'], ['呕吐', '吐了', '{一直|老是|总是|不停|频繁|还在}吐', '走路*不稳', '站*不稳', '走不稳', '意识模糊', '糊涂', '迷糊', '反应迟钝',
      '说话*{不清|含糊|大舌头}', '口齿不清', '抽搐']],
    [['拉莫三嗪', '利必通', '卡马西平', '奥卡西平'], ['皮疹', '红疹', '疹子', '起疹', '出疹', '红斑', '荨麻疹', '起了*疹']],
    [['氯氮平'], ['发烧', '发热', '高烧', '嗓子痛', '嗓子疼', '咽痛', '喉咙痛', '喉咙疼']],
    // Major bleeding on an anticoagulant: "吃华法林，…腿上好多青紫", blood in the stool or urine. Not a
    // gum bleed alone, which a dose held and an INR rechecked take up.
    [['华法林', '利伐沙班', '达比加群'], ['{好多|很多|大片|大块|一片片}*{青紫|瘀斑|淤青}', '血尿', '黑便', '尿血', '便血', '吐血', '呕血', '{鼻血|流血}*{止不住|不止}']],
  ],
  en: [
    [['rash', 'rashes', 'spots', 'blisters'], ['mouth sores', 'mouth ulcers', 'sores in my mouth', 'sores in the mouth', 'blistering', 'peeling',
      '{lips|eyes|mouth} {are|is} {sore|blistering|peeling|raw}']],
    [['high fever', 'high temperature', 'fever of 39', 'fever of 40', 'fever of 102', 'fever of 103', 'fever of 104'],
      ['rigid', 'stiff muscles', 'muscle stiffness', 'muscles are stiff', 'muscles are rigid', 'muscle rigidity', 'stiff as a board']],
    [['lithium'], ['vomiting', 'vomited', 'throwing up', 'threw up', 'being sick', 'confused', 'confusion', 'unsteady', 'slurred', "can't walk straight", 'cannot walk straight']],
    [['lamotrigine', 'lamictal', 'carbamazepine', 'tegretol', 'oxcarbazepine', 'trileptal'], ['rash', 'rashes', 'hives']],
    [['clozapine', 'clozaril'], ['fever', 'temperature', 'sore throat', 'chills']],
    [['warfarin', 'coumadin', 'rivaroxaban', 'xarelto', 'apixaban', 'eliquis'], ['{lots of|large|big} bruises', 'blood in my {urine|stool|pee|poo}', 'black stool', 'black stools',
      'vomiting blood', "nosebleed {won't|that won't|that will not} stop"]],
  ],
};

// "高血压吃了很多年药": a medicine taken for many years, not many taken at once (read in the hit).
export const TAKEN_FOR_YEARS = /(?:很多|好多|几|十几|二十几)(?:年|个月|月|天|周)/u;

// "吃了很多药都没用", "吃了好多药也不见好": many medicines tried over time, not taken at once.
// Read right after an overdose phrase that counts only "many" medicines (很多药, 好多药); many
// tablets, a bottle or a number taken stays an overdose whatever follows, and so does "还是睡不着"
// (many pills to get to sleep is how an overdose is told).
export const TRIED_IN_VAIN = {
  // Taken (吃, 服), not swallowed (吞: at once); many of a medicine, not many tablets.
  many: /^(?:吃|服)[^片粒]*(?:很多|好多)[^片粒]*$/u,
  // Right after it, not somewhere on: "吞了好多药，反正活着也没用" is no medicine failing.
  after: /^[，,\s]*(?:都|也|还是|一直|但是|可是|但)?(?:没用|没有用|不管用|没有?效|效果不好|效果不大|无效|不见好|没好|没见好|不行|治不好|好不了)/u,
};

// A red flag told as history ("有心梗病史", "以前胸痛过", "中风后遗症", "history of stroke"): the
// past, not an emergency now. Read in the flag's own clause only, so "既往体健，今天突然胸痛" and
// "两年前做过支架，今天胸痛" stay emergencies; plus a field label right before it ("既往病史：脑梗").
// Self-harm history stays a risk: suicidal thoughts are asked about however long ago.
// Life since the event is history too: "我爸爸脑梗后一直吃阿司匹林", "得过心梗", "since his stroke".
export const HISTORY: PhraseLists = {
  zh: ['病史', '既往', '曾经', '以前', '之前', '年前', '多年', '后遗症', '{得|患}过', '{去年|前年|上个月|小时候}*{痛|疼|倒|晕|厥|抽|作|梗|血}过',
    '{中风|脑梗|脑梗塞|脑梗死|脑出血|脑卒中|心梗|心肌梗死|心肌梗塞|搭桥|支架}{后|以后|之后}'],
  en: ['history of', 'previous', 'in the past', 'years ago', 'months ago', '{since|after} {his|her|my|the} {stroke|heart attack}',
    'last {year|month|winter|summer|spring|autumn|fall}', 'a year ago', 'years back', 'used to {have|get}'],
};

// A red flag named, not felt: asked about in general ("胸口疼痛一般会是哪些症状呢", "喉咙痛，胸痛这些
// 算吗"), read off a leaflet or a record ("药上写什么冠心病心绞痛之类的", "心肌梗塞的资料还在医院"),
// or given as an example. Read in the flag's own clause, as history is (found replaying the real
// doctors' replies of the dev threads: `npm run quality -- --replay risk-not-addressed`).
export const NAMED_NOT_FELT: PhraseLists = {
  zh: ['一般会', '哪些症状', '什么症状', '这些算', '算不算', '之类', '资料', '说明书', '{药上|上面|单子上|网上}{写|说}', '比如', '例如', '百度'],
  en: ['such as', 'for example', 'what are the symptoms', 'symptoms of', 'leaflet', 'the label says', 'i read that', 'google',
    // A blocked nose: "My nose is completely blocked and I can't breathe through it at night".
    'through my nose', 'through it', 'blocked', 'stuffy', 'congested'],
};

// An overdose asked about as a limit, to keep from it: "How many tablets would be an overdose? I want to
// make sure I don't give my husband too much", "吃多少算过量", "Can you overdose on it?".
export const OVERDOSE_AS_LIMIT: PhraseLists = {
  zh: ['{算|会}过量', '过量的标准'],
  en: ['{would|will|is|counts as|count as} {be |}an overdose', '{avoid|prevent} {an |}overdos', 'without overdosing',
    // Whether one can at all: "Should I take vitamin D in winter? Can you overdose on it?"
    '{can|could} {you|i|one|we|he|she|someone} overdose', '{possible|easy} to overdose'],
};

// A history that has come back is now ("以前的胸痛又犯了", "my previous chest pain is back"): read
// in the same clause as the history word, it keeps the red flag current.
export const RECURRED: PhraseLists = {
  zh: ['又', '再次', '复发', '重新', '再犯'],
  en: ['is back', 'are back', 'came back', 'coming back', 'come back', 'again', 'returned', 'returning', 'recurr'],
};

// A negation shortly before a risk phrase in the same clause: "没有想死的念头", "no chest pain".
export const NEGATIONS: PhraseLists = {
  zh: ['没有', '没', '无', '否认', '不是', '不会', '并非', '从未', '从来没'],
  en: ['no', 'not', 'never', 'denies', 'deny', 'without', "don't", "didn't", "haven't"],
};

// The draft points to urgent help.
export const URGENT_HELP: PhraseLists = {
  zh: ['急诊', '120', '110', '心理援助热线', '危机干预', '热线', '立即就医', '立刻就医', '马上就医', '尽快就医', '及时就医', '立即就诊',
    '尽快就诊', '及时就诊', '{立即|立刻|马上|尽快|及时}*{去|到}*医院', '{立即|立刻|马上|尽快}*{来|去|到}*门诊', '{去|到}医院', '发热门诊', '就近医院', '呼吸科', '心内科',
    // A test done at once ("要警惕消化道出血，尽快查个大便潜血").
    '{尽快|马上|立即|立刻}{查|做|去查|去做}'],
  en: ['emergency', '911', '999', '112', '988', 'crisis line', 'crisis hotline', 'hotline', 'lifeline', 'samaritans', 'go to the hospital',
    // Probed: "call your maternity unit now", "go in straight away", "get seen urgently".
    // Not a bare "straight away" or "urgently": "start the antibiotics straight away" points nowhere.
    'maternity unit', 'labour ward', 'labor and delivery', '{go|come|get|head} in {straight away|right away|now|immediately|urgently}',
    'seen {urgently|straight away|right away|immediately|today}',
    'go to a hospital', 'nearest hospital', 'seek medical', 'seek immediate', 'urgent care', 'call an ambulance', 'ambulance', 'see a doctor',
    '{go|get|head|going|come|rush} {to|into} {the|a|your nearest} hospital', '{go|get|head} to hospital', 'hospital {now|immediately|right away|straight away|today|tonight}',
    'er', 'a&e'],
};

// An urgent-help pointer the draft declines ("不用去医院", "没必要去急诊", "no need to go to the
// hospital") points nowhere: read right before the pointer, with only a verb or an adverb
// between ("不需要马上去医院"); "不用犹豫，马上去急诊" and "you should not delay going to the
// hospital" are pointers.
export const HELP_DECLINED: PhraseLists = {
  zh: ['不用', '不需要', '不必', '没必要', '无需', '用不着', '不建议', '没有必要'],
  en: ['no need to', 'no need for', "don't need", 'do not need', "doesn't need", 'does not need', 'not necessary to', "needn't",
    'no reason to', "don't have to", 'do not have to'],
};



// The draft acknowledges a self-harm disclosure (safety is talked about, not skipped).
export const SELF_HARM_ACK: PhraseLists = {
  zh: ['自杀', '轻生', '想死', '不想活', '伤害自己', '自伤', '自残',
    // Their safety, not a drug's: "这个药很安全" takes nothing up.
    '{你的|您的|自身|自己的|人身}安全', '安全吗', '{保证|确保|注意|保护}*安全', '安全起见', '{有没有|有无|是否有}*{计划|打算}', '{这种|这些|这样的|这个|那种|轻生的|自杀的|不好的|消极的|伤害自己的|想死的}{念头|想法}', '家人陪', '陪伴', '告诉家人'],
  en: ['suicide', 'suicidal', 'your safety', 'stay safe', 'keep you safe', 'harm yourself', 'hurting yourself', 'these thoughts', 'those thoughts',
    'someone you trust',
    // Asking about safety is taking it up: "Are you safe right now?", "Do you have a plan…?".
    'are you safe', 'keep yourself safe', 'harming yourself', 'hurt yourself', 'end your life', 'ending your life', 'kill yourself',
    'a plan to {end|harm|hurt|kill|take}', 'stay with you tonight', 'someone {to stay|stay} with you', 'someone with you',
    'thoughts of {harming|hurting|ending|killing|suicide|self-harm|dying}'],
};

// The doctor asks about the red flag itself, in its own words or not: "这种情况有多长时间了",
// "时间长吗？几秒钟？", "孕前有这种感觉吗？", "How long does the pain last?". That is taking it up
// without yet saying where to go: advice, not a hold (real first replies in the dev threads triage so).
// Unless it is happening now and getting worse ("突然胸口剧痛", "越来越喘不上气"): then asking how long
// it has lasted is no answer, and it stays a hold.
export const ACUTE: PhraseLists = {
  zh: ['突然', '剧烈', '剧痛', '越来越', '加重', '受不了', '正在', '刚刚', '刚才'],
  en: ['sudden', 'suddenly', 'severe', 'crushing', 'getting worse', 'worse and worse', 'right now', 'just now', "can't bear"],
};

export const ASKED_ABOUT_IT: PhraseLists = {
  zh: ['多久', '多长时间', '时间长', '几秒', '几分钟', '{这种|这个|这样的}{感觉|情况|症状|疼痛|痛}', '什么时候开始', '持续', '每次'],
  en: ['how long', 'how often', 'when did {it|this|the}', 'does it {last|come|happen|get|go}', 'this feeling', 'each time', 'how many minutes'],
};
