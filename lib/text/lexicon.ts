// The medical lexicon: drug names (zh and en), dose units and dosing frequencies, and a finder
// that returns drug mentions with offsets. Intl.Segmenter splits unknown drug names into
// pieces (舍曲林 → 舍/曲林), so names are matched against the lexicon directly, longest first,
// in one regex compiled at module load. The text searched is normalised (see normalize()):
// lower-case, half-width, simplified.

/** One drug: its Chinese names (generic first, then common brand names) and English names. */
export interface Drug {
  /** Canonical English generic name, lower-case: what a mention resolves to. */
  id: string;
  zh: readonly string[];
  en: readonly string[];
  psychiatric: boolean;
}

function drug(id: string, zh: string, en: string, psychiatric: boolean): Drug {
  return { id, zh: zh.split(' ').filter(Boolean), en: [id, ...en.split(',').map((s) => s.trim()).filter(Boolean)], psychiatric };
}

// Psychiatric drugs a 好心情-type platform sees daily, with the brand names patients use.
const PSYCHIATRIC: readonly Drug[] = [
  drug('sertraline', '舍曲林 左洛复 郁乐复', 'zoloft', true),
  drug('escitalopram', '艾司西酞普兰 来士普 百洛特', 'lexapro, cipralex', true),
  drug('citalopram', '西酞普兰 喜普妙', 'celexa', true),
  drug('paroxetine', '帕罗西汀 赛乐特 乐友', 'paxil, seroxat', true),
  drug('fluoxetine', '氟西汀 百忧解 优克', 'prozac', true),
  drug('fluvoxamine', '氟伏沙明 兰释', 'luvox', true),
  drug('venlafaxine', '文拉法辛 怡诺思 博乐欣', 'effexor', true),
  drug('duloxetine', '度洛西汀 欣百达', 'cymbalta', true),
  drug('desvenlafaxine', '去甲文拉法辛', 'pristiq', true),
  drug('mirtazapine', '米氮平 瑞美隆', 'remeron', true),
  drug('trazodone', '曲唑酮 美时玉', 'desyrel', true),
  drug('agomelatine', '阿戈美拉汀 维度新', 'valdoxan', true),
  drug('vortioxetine', '伏硫西汀 心达悦', 'trintellix, brintellix', true),
  drug('bupropion', '安非他酮', 'wellbutrin', true),
  drug('amitriptyline', '阿米替林', 'elavil', true),
  drug('clomipramine', '氯米帕明', 'anafranil', true),
  drug('doxepin', '多塞平 多虑平', 'sinequan', true),
  drug('mianserin', '米安色林', 'tolvon', true),
  drug('milnacipran', '米那普仑', 'ixel', true),
  drug('flupentixol-melitracen', '氟哌噻吨美利曲辛 黛力新', 'deanxit', true),
  drug('quetiapine', '喹硫平 思瑞康', 'seroquel', true),
  drug('olanzapine', '奥氮平 再普乐 欧兰宁', 'zyprexa', true),
  drug('risperidone', '利培酮 维思通', 'risperdal', true),
  drug('paliperidone', '帕利哌酮 芮达', 'invega', true),
  drug('aripiprazole', '阿立哌唑 安律凡 博思清', 'abilify', true),
  drug('ziprasidone', '齐拉西酮', 'geodon', true),
  drug('clozapine', '氯氮平', 'clozaril', true),
  drug('haloperidol', '氟哌啶醇', 'haldol', true),
  drug('amisulpride', '氨磺必利', 'solian', true),
  drug('lurasidone', '鲁拉西酮', 'latuda', true),
  drug('blonanserin', '布南色林', 'lonasen', true),
  drug('sulpiride', '舒必利', 'dogmatil', true),
  drug('chlorpromazine', '氯丙嗪 冬眠灵', 'thorazine, largactil', true),
  drug('perphenazine', '奋乃静', 'trilafon', true),
  drug('penfluridol', '五氟利多', '', true),
  drug('trihexyphenidyl', '苯海索 安坦', 'artane, benzhexol', true),
  drug('valproate', '丙戊酸镁 丙戊酸钠 丙戊酸 德巴金 丙戊酸盐', 'depakote, depakine, valproic acid, divalproex', true),
  drug('lithium', '碳酸锂 锂盐 锂剂', 'lithium carbonate', true),
  drug('lamotrigine', '拉莫三嗪 利必通', 'lamictal', true),
  drug('carbamazepine', '卡马西平', 'tegretol', true),
  drug('oxcarbazepine', '奥卡西平', 'trileptal', true),
  drug('topiramate', '托吡酯 妥泰', 'topamax', true),
  drug('pregabalin', '普瑞巴林 乐瑞卡', 'lyrica', true),
  drug('gabapentin', '加巴喷丁', 'neurontin', true),
  drug('lorazepam', '劳拉西泮 罗拉', 'ativan', true),
  drug('alprazolam', '阿普唑仑 佳静安定', 'xanax', true),
  drug('clonazepam', '氯硝西泮 氯硝安定', 'klonopin, rivotril', true),
  drug('estazolam', '艾司唑仑 舒乐安定', '', true),
  drug('diazepam', '地西泮 安定片', 'valium', true),
  drug('oxazepam', '奥沙西泮', '', true),
  drug('eszopiclone', '右佐匹克隆 文飞', 'lunesta', true),
  drug('zopiclone', '佐匹克隆', 'imovane', true),
  drug('zolpidem', '唑吡坦 思诺思', 'ambien, stilnox', true),
  drug('tandospirone', '坦度螺酮 希德', '', true),
  drug('buspirone', '丁螺环酮', 'buspar', true),
  drug('propranolol', '普萘洛尔 心得安', 'inderal', true),
  drug('methylphenidate', '哌甲酯 专注达 利他林', 'concerta, ritalin', true),
  drug('atomoxetine', '托莫西汀 择思达', 'strattera', true),
  // Chinese patent medicines psychiatrists here prescribe for sleep and low mood.
  drug('wuling', '乌灵胶囊', '', true),
  drug('shugan-jieyu', '舒肝解郁胶囊', '', true),
  drug('bailemian', '百乐眠胶囊 百乐眠', '', true),
  drug('oryzanol', '谷维素', 'oryzanol', true),
];

// Common internal-medicine drugs patients mention alongside.
const GENERAL: readonly Drug[] = [
  drug('metformin', '二甲双胍 格华止', 'glucophage', false),
  drug('insulin', '胰岛素', '', false),
  drug('acarbose', '阿卡波糖 拜糖平', 'glucobay', false),
  drug('gliclazide', '格列齐特 达美康', '', false),
  drug('amlodipine', '氨氯地平 络活喜', 'norvasc', false),
  drug('nifedipine', '硝苯地平 拜新同', 'adalat', false),
  drug('valsartan', '缬沙坦 代文', 'diovan', false),
  drug('losartan', '氯沙坦 科素亚', 'cozaar', false),
  drug('irbesartan', '厄贝沙坦', 'avapro', false),
  drug('ramipril', '雷米普利', 'tritace, altace', false),
  drug('lisinopril', '赖诺普利', 'zestril, prinivil', false),
  drug('metoprolol', '美托洛尔 倍他乐克', 'betaloc, lopressor', false),
  drug('bisoprolol', '比索洛尔 康忻', '', false),
  drug('atorvastatin', '阿托伐他汀 立普妥', 'lipitor', false),
  drug('rosuvastatin', '瑞舒伐他汀 可定', 'crestor', false),
  drug('simvastatin', '辛伐他汀 舒降之', 'zocor', false),
  drug('aspirin', '阿司匹林 拜阿司匹灵', '', false),
  drug('clopidogrel', '氯吡格雷 波立维', 'plavix', false),
  drug('warfarin', '华法林', 'coumadin', false),
  // Gout: flares come up in the COVID-period data ("阳了后痛风发作，能吃秋水仙碱吗").
  drug('colchicine', '秋水仙碱', '', false),
  drug('allopurinol', '别嘌醇', 'zyloprim', false),
  drug('febuxostat', '非布司他', 'uloric', false),
  drug('levothyroxine', '左甲状腺素 优甲乐 雷替斯', 'euthyrox, synthroid, thyroxine', false),
  drug('methimazole', '甲巯咪唑 赛治', 'tapazole', false),
  drug('omeprazole', '奥美拉唑 洛赛克', 'prilosec, losec', false),
  drug('pantoprazole', '泮托拉唑', 'protonix', false),
  drug('esomeprazole', '埃索美拉唑 耐信', 'nexium', false),
  drug('rabeprazole', '雷贝拉唑', 'aciphex', false),
  drug('lansoprazole', '兰索拉唑', 'prevacid, zoton', false),
  drug('mebeverine', '美贝维林', 'colofac', false),
  drug('domperidone', '多潘立酮 吗丁啉', 'motilium', false),
  drug('mosapride', '莫沙必利', '', false),
  drug('ibuprofen', '布洛芬 芬必得 美林', 'advil, motrin, nurofen', false),
  drug('paracetamol', '对乙酰氨基酚 扑热息痛 泰诺林 必理通', 'acetaminophen, tylenol, panadol', false),
  drug('naproxen', '萘普生', 'naprosyn, aleve', false),
  drug('diclofenac', '双氯芬酸 扶他林', 'voltaren, voltarol', false),
  drug('celecoxib', '塞来昔布 西乐葆', 'celebrex', false),
  drug('loxoprofen', '洛索洛芬 乐松', 'loxonin', false),
  drug('loratadine', '氯雷他定 开瑞坦', 'claritin', false),
  drug('cetirizine', '西替利嗪 仙特明', 'zyrtec', false),
  drug('montelukast', '孟鲁司特 顺尔宁', 'singulair', false),
  drug('salbutamol', '沙丁胺醇 万托林', 'albuterol, ventolin', false),
  drug('budesonide', '布地奈德 普米克', 'pulmicort, symbicort', false),
  drug('tiotropium', '噻托溴铵 思力华', 'spiriva', false),
  drug('amoxicillin', '阿莫西林', 'amoxil', false),
  drug('azithromycin', '阿奇霉素 希舒美', 'zithromax', false),
  drug('cefuroxime', '头孢呋辛', '', false),
  drug('cephalosporin', '头孢', 'cephalexin', false),
  drug('levofloxacin', '左氧氟沙星 可乐必妥', 'levaquin', false),
  drug('moxifloxacin', '莫西沙星 拜复乐', 'avelox', false),
  drug('clarithromycin', '克拉霉素', 'klacid, biaxin', false),
  drug('oseltamivir', '奥司他韦 达菲', 'tamiflu', false),
  drug('umifenovir', '阿比多尔', 'arbidol', false),
  drug('prednisone', '泼尼松 强的松', '', false),
  drug('methylprednisolone', '甲泼尼龙 美卓乐', 'medrol', false),
  drug('dexamethasone', '地塞米松', 'decadron', false),
  drug('hydroxychloroquine', '羟氯喹', 'plaquenil', false),
  drug('ambroxol', '氨溴索 沐舒坦', 'mucosolvan', false),
  drug('lianhua-qingwen', '连花清瘟', '', false),
  drug('vitamin-d', '维生素d', 'vitamin d', false),
  drug('melatonin', '褪黑素', 'melatonin', false),
  // Diarrhoea and the stomach, a child's first medicines.
  drug('smectite', '蒙脱石散 思密达', 'smecta, diosmectite', false),
  drug('probiotics', '益生菌 妈咪爱 培菲康', 'probiotic, probiotics', false),
  drug('ors', '口服补液盐 补液盐', 'oral rehydration salts, oral rehydration solution', false),
  drug('hydrotalcite', '铝碳酸镁 达喜', 'hydrotalcite', false),
  // On the skin: eczema, rashes, small wounds.
  drug('hydrocortisone', '氢化可的松 丁酸氢化可的松 尤卓尔', 'hydrocortisone', false),
  drug('mometasone', '糠酸莫米松 莫米松 艾洛松', 'mometasone, elocon', false),
  drug('desonide', '地奈德', 'desonide', false),
  drug('calamine', '炉甘石', 'calamine', false),
  drug('mupirocin', '莫匹罗星 百多邦', 'mupirocin, bactroban', false),
  drug('fusidic-acid', '夫西地酸', 'fusidic acid, fucidin', false),
  drug('halometasone', '卤米松', 'halometasone', false),
  drug('adapalene', '阿达帕林 达芙文', 'adapalene, differin', false),
  drug('benzoyl-peroxide', '过氧苯甲酰', 'benzoyl peroxide', false),
  // The combined pill, by the brands patients name.
  drug('drospirenone-ee', '优思明 屈螺酮炔雌醇', 'yasmin, yaz', false),
  drug('desogestrel-ee', '妈富隆 去氧孕烯炔雌醇', 'marvelon', false),
  drug('cyproterone-ee', '达英-35 达英35 炔雌醇环丙孕酮', 'dianette, diane-35', false),
  drug('levonorgestrel-ee', '左炔诺孕酮炔雌醇', 'microgynon, rigevidon', false),
];

export const DRUGS: readonly Drug[] = [...PSYCHIATRIC, ...GENERAL];

/** A class of drugs by the names patients and doctors use for it ("降压药", "antidepressant").
 *  Asking which drug of a class the patient takes asks again only when they named one of its
 *  members: "你吃的什么降压药？" after 二甲双胍 asks for something new. Members are the drugs
 *  chiefly used so; a drug sometimes used so (quetiapine for sleep) is left out, since a member
 *  turns an ask into a finding. */
export interface DrugClass {
  id: string;
  zh: readonly string[];
  en: readonly string[];
  members: ReadonlySet<string>;
}

/** Members are drug ids of DRUGS (checked by the lexicon's tests, not at load: a content script
 *  must not throw on start). */
function drugClass(id: string, zh: string, en: string, members: string): DrugClass {
  return { id, zh: zh.split(' '), en: en.split(',').map((s) => s.trim()), members: new Set(members.split(' ')) };
}

export const DRUG_CLASSES: readonly DrugClass[] = [
  drugClass('antidepressant', '抗抑郁药 抗抑郁的药', 'antidepressant, antidepressants',
    'sertraline escitalopram citalopram paroxetine fluoxetine fluvoxamine venlafaxine duloxetine desvenlafaxine mirtazapine ' +
      'trazodone agomelatine vortioxetine bupropion amitriptyline clomipramine doxepin mianserin milnacipran flupentixol-melitracen'),
  drugClass('sleeping-pill', '安眠药 助眠药 助眠的药 安眠的药 睡觉的药', 'sleeping pill, sleeping pills, sleeping tablet, sleeping tablets, sleep medication',
    'lorazepam alprazolam clonazepam estazolam diazepam oxazepam eszopiclone zopiclone zolpidem melatonin bailemian'),
  drugClass('antipsychotic', '抗精神病药 抗精神病的药', 'antipsychotic, antipsychotics',
    'quetiapine olanzapine risperidone paliperidone aripiprazole ziprasidone clozapine haloperidol amisulpride lurasidone ' +
      'blonanserin sulpiride chlorpromazine perphenazine penfluridol'),
  drugClass('mood-stabiliser', '情绪稳定剂 心境稳定剂', 'mood stabiliser, mood stabilisers, mood stabilizer, mood stabilizers',
    'valproate lithium lamotrigine carbamazepine oxcarbazepine topiramate'),
  drugClass('blood-pressure', '降压药 降血压的药 降压的药', 'blood pressure medication, blood pressure medicine, blood pressure pills, antihypertensive',
    'amlodipine nifedipine valsartan losartan irbesartan ramipril lisinopril metoprolol bisoprolol'),
  drugClass('diabetes', '降糖药 降血糖的药 降糖的药', 'diabetes medication, diabetes medicine, blood sugar medication',
    'metformin insulin acarbose gliclazide'),
  drugClass('lipid', '降脂药 降血脂的药 他汀', 'statin, statins, cholesterol medication', 'atorvastatin rosuvastatin simvastatin'),
  drugClass('painkiller', '止痛药 止疼药 镇痛药', 'painkiller, painkillers, pain relief, pain medication',
    'ibuprofen paracetamol aspirin naproxen diclofenac celecoxib loxoprofen'),
  drugClass('fever', '退烧药 退热药', 'fever reducer, fever medicine', 'ibuprofen paracetamol'),
  drugClass('antibiotic', '抗生素 消炎药', 'antibiotic, antibiotics', 'amoxicillin azithromycin cefuroxime cephalosporin levofloxacin moxifloxacin clarithromycin'),
  drugClass('stomach', '胃药', 'stomach medicine, antacid, antacids',
    'omeprazole pantoprazole esomeprazole rabeprazole lansoprazole domperidone mosapride hydrotalcite'),
  drugClass('allergy', '抗过敏药 抗过敏的药', 'antihistamine, antihistamines, allergy medication, allergy medicine', 'loratadine cetirizine'),
  drugClass('steroid', '激素', 'steroid, steroids',
    'prednisone methylprednisolone dexamethasone budesonide hydrocortisone mometasone desonide'),
  drugClass('cough', '止咳药 化痰药', 'cough medicine', 'ambroxol'),
  drugClass('diarrhoea', '止泻药', 'antidiarrhoeal, antidiarrheal', 'smectite'),
  drugClass('cream', '药膏', 'cream, ointment', 'hydrocortisone mometasone desonide calamine mupirocin fusidic-acid halometasone adapalene benzoyl-peroxide'),
  drugClass('inhaler', '吸入剂 吸入器 气雾剂 喷雾剂', 'inhaler, inhalers, puffer, puffers', 'salbutamol budesonide tiotropium'),
  drugClass('contraceptive', '避孕药', 'contraceptive pill, contraceptive pills, birth control pill, birth control pills',
    'drospirenone-ee desogestrel-ee cyproterone-ee levonorgestrel-ee'),
];

/** A Chinese medicine the lexicon does not know, named by its form: "玉屏风颗粒", "六味地黄丸",
 *  "蓝芩口服液" (patent medicines are many and change by region; their forms are few). Not a bare
 *  片, which also ends 胸片 and 照片, nor the 丸 of 睾丸. */
export const NAMED_BY_FORM = /\p{Script=Han}{2}(?:颗粒|胶囊|口服液|冲剂|糖浆|滴丸|注射液|气雾剂|喷雾剂|混悬液|软膏|乳膏|泡腾片|缓释片|肠溶片|含片|(?<!睾)丸)/u;

/** Dose units, as patients write them (matched after a number). */
export const DOSE_UNITS = {
  zh: ['毫克', '微克', '克', '毫升', '片', '粒', '颗', '袋', '支', '滴', '单位', '喷'],
  en: ['mg', 'mcg', 'µg', 'μg', 'ug', 'g', 'ml', 'iu', 'units?', 'tablets?', 'tabs?', 'pills?', 'capsules?', 'caps?', 'puffs?', 'drops?'],
} as const;

/** The tests that tell what an illness is ("建议拍肺CT", "做一个细胞学检查"): named, they answer "会不会是
 *  新冠？" and "能确诊吗？". A part of EXAM_NAMES: not "幽门螺杆菌", which names the germ as well as its
 *  test, nor "血糖", a reading as well as a check. */
export const TESTS_THAT_TELL = {
  zh: ['ct', '核磁', '磁共振', 'mri', 'b超', '彩超', '超声', '胸片', 'x光', '拍片', '拍个片', '心电', '造影', '胃镜', '肠镜',
    '核酸', '抗体', '血常规', '化验', '抽血', '活检', '病理', '细胞学', '肺功能', '甲功'],
} as const;

/** Exams and measurements by name, as doctors write them in a reply (lower-case: matched on
 *  normalised text). A reply naming one answers "要做什么检查" and gives a visit its reason. */
export const EXAM_NAMES = {
  zh: [...TESTS_THAT_TELL.zh, '尿常规', '便常规', '白带常规', '胎心监护', '胎监', '肝功', '肾功', '肝肾功', '血糖', '糖化',
    '脑电', '拭子', '五项', '两对半', 'dna', 'rna',
    '培养', '甲状腺功能', '激素水平', '裂隙灯', '穿刺', '内镜', '骨密度', '过敏原',
    '肌钙蛋白', 'crp', 'c反应蛋白', '血沉', '结核菌素', '神经递质', '九联检', '甲流', '心脏功能',
    '镜检', '涂片', '真菌', '血药浓度', '药物浓度', '药物基因', '基因检测',
    // The checks psychiatric medicines need: drug levels, prolactin, lipids, ammonia, electrolytes, sleep.
    '浓度', '血锂', '泌乳素', '催乳素', '血脂', '血氨', '电解质', '血钾', '血钠', '心肌酶', '凝血', '粒细胞',
    '白细胞', '尿酸', '肌酐', '转氨酶', '铁蛋白', '叶酸', '维生素b12', '性激素', '胰岛素', '糖耐量', '睡眠监测',
    '多导睡眠', '眼底', '呼气试验', '心理测试', '注意力测试', '智力测试',
    // Growth and gynaecology: bone age, cervical screening, colposcopy.
    '骨龄', 'tct', 'hpv', '阴道镜', '宫腔镜',
    // Lung and allergy tests, tuberculosis screens ("舒张试验或者激发试验", "查PPD皮试，血T-SPOT试验").
    '舒张试验', '激发试验', '点刺试验', '斑贴试验', '皮试', 'ppd', 't-spot',
    // Rating scales by their names.
    'scl-90', 'scl90', 'sds', 'sas', 'mmpi', 'phq-9', 'phq', 'gad-7', 'hamd', 'hama', 'ybocs', 'y-bocs', '汉密尔顿',
    // A test named in a patient's words ("抽血化验一下", "查个血", "做个量表", "查下维生素D").
    '验血', '查血', '查个血', '血检', '尿检', '量表', '测评', '幽门螺杆菌', 'c13', 'c14', '维生素d', '维d', '25羟'],
  en: ['x-ray', 'x ray', 'xray', 'ct', 'mri', 'scan', 'ultrasound', 'ecg', 'ekg', 'blood test', 'blood tests', 'blood work', 'bloodwork',
    'swab', 'culture', 'biopsy', 'smear', 'endoscopy', 'colonoscopy', 'urine test', 'pcr', 'lateral flow', 'antigen test',
    'holter', 'echocardiogram', 'echo', 'lung function', 'spirometry', 'thyroid function', 'tsh', 'full blood count', 'fbc', 'cbc',
    'blood level', 'drug level', 'lithium level', 'levels', 'prolactin', 'lipids', 'lipid panel', 'cholesterol',
    'blood sugar', 'glucose', 'hba1c', 'a1c', 'kidney function', 'renal function', 'liver function', 'electrolytes',
    'sodium', 'potassium', 'ammonia', 'white cell', 'white blood cell', 'blood count', 'platelets', 'ferritin',
    'b12', 'eeg', 'sleep study', 'breath test', 'bloods', 'vitamin d', 'stool test', 'urinalysis', 'pylori', 'questionnaire', 'memory test',
    'assessment', 'laryngoscopy', 'bronchoscopy', 'gastroscopy', 'cystoscopy', 'nasendoscopy', 'dermoscopy', 'mammogram', 'pap smear',
    'patch test', 'skin prick test', 'allergy test', 'peak flow', 'd-dimer', 'troponin', 'angiogram', 'stress test',
    // Fertility work-up.
    'amh', 'hormones', 'hormone levels', 'semen analysis', 'hsg', 'ovulation tracking'],
} as const;

/** Dosing frequencies: 每日一次, 一天两次, bid, tid, qd, qn, 睡前 … */
export const FREQUENCIES = {
  zh: ['每日一次', '每日两次', '每日三次', '一日一次', '一日两次', '一日三次', '一天一次', '一天两次', '一天三次', '一天一片',
    '每天一次', '每天两次', '每天三次', '每晚', '每早', '睡前', '早晚各', '早一片', '晚一片', '隔天', '隔日', '必要时',
    '每天早上一次', '每天晚上一次', '每天早上一片', '每天晚上一片', '早上一次', '晚上一次', '每天一片', '每天一粒', '一天一粒', '一日一片',
    '每晚一片', '每晚一粒', '每早一片', '睡前一片', '睡前一粒'],
  en: ['qd', 'bid', 'tid', 'qid', 'qn', 'qhs', 'prn', 'once daily', 'twice daily', 'three times a day', 'once a day', 'twice a day',
    'every morning', 'every night', 'at bedtime', 'as needed'],
} as const;

export interface DrugMention {
  drug: Drug;
  start: number;
  end: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAME_TO_DRUG = new Map<string, Drug>();
for (const d of DRUGS) for (const n of [...d.zh, ...d.en]) NAME_TO_DRUG.set(n.toLowerCase(), d);

/** One expression for a list of names, longest first so 艾司西酞普兰 wins over 西酞普兰 and 丙戊酸镁
 *  over 丙戊酸. English names are whole words; Chinese names stand anywhere (no word boundaries
 *  in Chinese). */
function namesRegex(names: Iterable<string>): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const english = sorted.filter((n) => /^[a-z]/.test(n)).map(escapeRe);
  const other = sorted.filter((n) => !/^[a-z]/.test(n)).map(escapeRe);
  // One word boundary around all the English names, not one per name: a name starts with a letter
  // or with a Han character, never both at one place, so the two groups keep longest-first apart,
  // and the engine checks the boundary once per place instead of once per English name (findDrugs
  // runs on every message of every check).
  const groups = [...(english.length ? [`\\b(?:${english.join('|')})\\b`] : []), ...other];
  return new RegExp(groups.join('|'), 'gu');
}

const DRUG_RE = namesRegex(NAME_TO_DRUG.keys());

/** Every name of `re` (built by namesRegex) in `norm`, with what it names and its offsets, in order. */
function namedIn<T>(re: RegExp, byName: ReadonlyMap<string, T>, norm: string): { named: T; start: number; end: number }[] {
  const out: { named: T; start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const named = byName.get(m[0]);
    if (named) out.push({ named, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Every drug mention in normalised text, with offsets, in order. */
export function findDrugs(norm: string): DrugMention[] {
  return namedIn(DRUG_RE, NAME_TO_DRUG, norm).map(({ named, start, end }) => ({ drug: named, start, end }));
}

const NUM = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半]+)';
const DOSE_RE = new RegExp(
  `${NUM}\\s*(?:${DOSE_UNITS.zh.join('|')})|\\b\\d+(?:\\.\\d+)?\\s*(?:${DOSE_UNITS.en.join('|')})\\b`,
  'gu',
);
const FREQ_RE = new RegExp(
  // Longest first: "每晚一片" is read whole, not as "每晚".
  [...[...FREQUENCIES.zh].sort((a, b) => b.length - a.length).map(escapeRe), ...FREQUENCIES.en.map((f) => `\\b${escapeRe(f)}\\b`)].join('|'),
  'gu',
);

export interface Span {
  start: number;
  end: number;
}

function spans(re: RegExp, norm: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Doses (50mg, 半片, 2 tablets) in normalised text. */
export function findDoses(norm: string): Span[] {
  return spans(DOSE_RE, norm);
}

/** Dosing frequencies (每日一次, bid, 睡前) in normalised text. */
export function findFrequencies(norm: string): Span[] {
  return spans(FREQ_RE, norm);
}

const CLASS_BY_NAME = new Map<string, DrugClass>();
for (const c of DRUG_CLASSES) for (const n of [...c.zh, ...c.en]) CLASS_BY_NAME.set(n, c);
const CLASS_RE = namesRegex(CLASS_BY_NAME.keys());

/** The drug classes named in normalised text ("降压药", "antidepressants"), each once, in order. */
export function findDrugClasses(norm: string): DrugClass[] {
  return [...new Set(namedIn(CLASS_RE, CLASS_BY_NAME, norm).map((h) => h.named))];
}
