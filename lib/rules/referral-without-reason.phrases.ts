import type { PhraseLists } from './phrase-matcher';

// Seed 000 §1 / advice 1: "建议去门诊" must say WHY (what the visit gives that online can't)
// and, second, HOW (where to book). `*` = up to 4 characters inside one clause.

/** Words that make a bare 就诊/面诊 an instruction rather than a noun. */
const DIRECTIVES = ['建议', '及时', '尽快', '尽早', '马上', '立即', '立刻', '需要', '应该', '应当', '最好', '要', '去', '到', '来', '可以', '考虑', '再', '随时'];

/** The draft sends the patient somewhere in person. */
export const REFERRALS: PhraseLists = {
  zh: [
    '去*医院', '到*医院', '来*医院', '上*医院', '回*医院', '医院*看', '医院*查', '医院就诊', '医院就医', '医院复诊',
    '去*门诊', '到*门诊', '来*门诊', '门诊*看', '门诊复诊', '门诊就诊', '发热门诊',
    '去*科', '到*科', '看*科', '挂*科', '科就诊', '科复诊', '科门诊', '去*急诊', '到*急诊', '看急诊', '急诊科',
    // A bare 就诊/面诊 is often a noun ("对本次就诊满意"): it is a referral with a directive.
    `{${DIRECTIVES.join('|')}}*{就诊|就医|面诊|复诊|线下}`,
    '当面看', '专科医生', '专科医院', '看医生', '找医生', '咨询*医生', '医生面诊',
  ],
  en: [
    'see a doctor', 'see your doctor', 'see a gp', 'see your gp', 'see a specialist', 'see a physician',
    'consult a doctor', 'consult your doctor', 'consult the doctor', 'consult a physician', 'consult a specialist',
    'consult pulmonologist', 'consult a pulmonologist', 'visit a doctor', 'visit your doctor', 'visit the doctor',
    'go to the er', 'go to the hospital', 'go to hospital', 'go to the emergency', 'emergency room', 'the er',
    'in person', 'in-person', 'go in and see', 'specialist', 'seek medical', 'seek care', 'seek evaluation', 'get checked',
    'get examined', 'call your doctor', 'call your gp', 'call your pcp', 'call the doctor', 'your physician',
    'a clinic', 'walk-in',
  ],
};

/** Words that turn a referral phrase into "no need to go" or a past fact. */
export const NOT_A_REFERRAL: PhraseLists = {
  zh: ['不用*去', '不需要*去', '不必*去', '没必要*去', '无需*去', '不用就', '不需要就', '不必就', '暂时不用', '已经*去', '已*就诊', '已经看了', '住院期间', '不是医院', '不建议'],
  en: ['cannot go in', "can't go in", 'phone', "don't need to see", 'no need to see', 'no need to go', 'not need to go', "don't need to go", 'already'],
};

/** What the visit is for: an exam named, a purpose (明确诊断 counts), or a specific trigger
 *  such as "吃药无效再去" (counted as a reason in the labels). A vague "如有不适" is not. */
export const REASONS: PhraseLists = {
  zh: [
    // Exams and measurements.
    '血常规', '尿常规', '便常规', '肝功', '肾功', '肝肾功', '血糖', '糖化', '心电', '彩超', 'b超', '超声', 'ct',
    '核磁', 'mri', 'x光', '拍片', '拍个片', '胸片', '胃镜', '肠镜', '脑电', '化验', '验血', '抽血', '查血', '验个',
    '量表', '测评', '评估', '检测', '核酸', '拭子', '五项', '两对半', 'dna', 'rna', '病理', '活检', '培养', '肺功能',
    '监测', '甲状腺功能', '甲功', '激素水平', '裂隙灯', '听诊', '查体', '体格检查', '按一下', '穿刺', '造影', '内镜',
    '骨密度', '过敏原', '抗体', '肌钙蛋白', 'crp', 'c反应蛋白', '血沉', '结核菌素', '神经递质', '九联检', '甲流',
    '血压', '心脏功能', '全身*检查', '全面*检查', '详细*检查', '仔细检查', '完善*检查', '相关检查',
    // Purposes.
    '明确', '确诊', '诊断', '查明', '病因', '什么原因', '排除', '排查', '对症', '以便', '方案', '调整*药', '换药',
    '开药', '医院开', '门诊开', '进行治疗', '接受治疗', '住院治疗', '需要*治疗', '制定*方案', '定出*方案', '手术', '会诊',
    '比较安全', '指导下', '原因', '筛查', '检验', '进一步处理', '解除', '不好说', '也可能', '不能确定', '不确定', '鉴别',
    '确认', '针对性', '检查结果', '根据*结果', '科的疾病', '科的病', '科的问题', '属于*科',
    // Specific triggers: treatment failure, persistence, a threshold.
    '无效', '不管用', '没效果', '不好转', '没有好转', '无好转', '不缓解', '没缓解', '仍然', '仍有', '还是不好',
    '还不好', '不见好', '持续', '反复', '不退', '高于', '超过',
  ],
  en: [
    'x-ray', 'x ray', 'xray', 'ct', 'mri', 'scan', 'ultrasound', 'ecg', 'ekg', 'pft', 'test', 'tests', 'testing',
    'tested', 'blood work', 'culture', 'biopsy', 'examination', 'exam', 'examine', 'evaluate', 'evaluation',
    'assess', 'rule out', 'diagnos', 'prescri', 'treatment', 'antibiotic', 'if not improving', 'not improving',
    'persist', 'worse', 'worsening', 'fever', 'breath', 'so that', 'in order to', 'because', 'to check',
    'to confirm', 'to see if', 'to find out', 'monitor', 'adjust', 'discuss', 'letter', 'can give you',
    'symptoms', 'unwell', 'unstable', 'respiratory rate',
  ],
};

/** How to book: the weaker half of the seed's advice. */
export const BOOKING: PhraseLists = {
  zh: ['挂号', '官网', '公众号', 'app', '预约', '小程序', '挂*号', '电话'],
  en: ['book', 'appointment', 'schedule', 'call ahead', 'online booking'],
};
