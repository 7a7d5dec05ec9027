import { describe, expect, it } from 'vitest';
import { DRUGS, DRUG_CLASSES, NAMED_BY_FORM, findDoses, findDrugClasses, findDrugs, findFrequencies } from '../../lib/text/lexicon';
import { normalize } from '../../lib/text/normalize';

const PSYCHIATRIC_ZH = ['舍曲林', '艾司西酞普兰', '帕罗西汀', '氟西汀', '氟伏沙明', '西酞普兰', '文拉法辛', '度洛西汀', '米氮平', '曲唑酮',
  '喹硫平', '奥氮平', '利培酮', '阿立哌唑', '丙戊酸镁', '丙戊酸钠', '碳酸锂', '拉莫三嗪', '劳拉西泮', '阿普唑仑', '氯硝西泮', '艾司唑仑',
  '右佐匹克隆', '唑吡坦', '坦度螺酮', '丁螺环酮',
  // Older antipsychotics, the anticholinergic given with them, and what is prescribed beside
  // antidepressants here, patent medicines included.
  '多塞平', '米安色林', '米那普仑', '布南色林', '舒必利', '氯丙嗪', '奋乃静', '五氟利多', '苯海索', '托吡酯', '普瑞巴林', '加巴喷丁',
  '乌灵胶囊', '舒肝解郁胶囊', '百乐眠胶囊', '谷维素'];

describe('lexicon: drug mentions', () => {
  it.each(PSYCHIATRIC_ZH)('finds %s inside run-on Chinese text with its offsets', (name) => {
    const text = `我最近在吃${name}，一天一次`;
    const [m, ...rest] = findDrugs(normalize(text));
    expect(rest).toHaveLength(0);
    expect(text.slice(m?.start, m?.end)).toBe(name);
    expect(m?.drug.psychiatric).toBe(true);
  });

  it('prefers the longest name: 艾司西酞普兰 is escitalopram, not citalopram', () => {
    const ms = findDrugs(normalize('之前吃艾司西酞普兰，后来换成西酞普兰'));
    expect(ms.map((m) => m.drug.id)).toEqual(['escitalopram', 'citalopram']);
  });

  it('resolves Chinese, brand and English names to the same drug', () => {
    const ids = ['舍曲林', '左洛复', 'Sertraline', 'ZOLOFT'].map((n) => findDrugs(normalize(n))[0]?.drug.id);
    expect(new Set(ids)).toEqual(new Set(['sertraline']));
  });

  it('reads what doctors call lithium in a sentence ("锂盐", "锂剂") as lithium', () => {
    expect(['碳酸锂', '孕早期锂盐有一定风险', '锂剂要查血药浓度', 'lithium'].map((n) => findDrugs(normalize(n))[0]?.drug.id)).toEqual(['lithium', 'lithium', 'lithium', 'lithium']);
  });

  it('reads traditional script through normalisation (帕羅西汀)', () => {
    expect(findDrugs(normalize('醫生，我在吃帕羅西汀'))[0]?.drug.id).toBe('paroxetine');
  });

  it.each([
    ['丁螺環酮', 'buspirone'],
    ['阿普唑侖', 'alprazolam'],
    ['丙戊酸鈉', 'valproate'],
    ['二甲雙胍', 'metformin'],
    ['碳酸鋰', 'lithium'],
  ])('reads the traditional name %s as %s', (name, id) => {
    expect(findDrugs(normalize(`目前服用${name}`))[0]?.drug.id).toBe(id);
  });

  it('matches English names as whole words only', () => {
    expect(findDrugs(normalize('I take lithium carbonate 300mg'))[0]?.drug.id).toBe('lithium');
    expect(findDrugs('metformina is not a word here')).toEqual([]);
  });

  it('covers common internal-medicine drugs in both languages', () => {
    expect(findDrugs('二甲双胍和氨氯地平').map((m) => m.drug.psychiatric)).toEqual([false, false]);
    expect(findDrugs('metformin and amlodipine').map((m) => m.drug.id)).toEqual(['metformin', 'amlodipine']);
    expect(DRUGS.filter((d) => !d.psychiatric).length).toBeGreaterThan(30);
  });

  it('knows a child\'s first medicines and the common skin ones (蒙脱石散, 益生菌, 丁酸氢化可的松乳膏, "mupirocin")', () => {
    expect(findDrugs(normalize('宝宝拉肚子，吃了蒙脱石散和益生菌，用了口服补液盐')).map((m) => m.drug.id)).toEqual(['smectite', 'probiotics', 'ors']);
    expect(findDrugs(normalize('用丁酸氢化可的松乳膏，破皮处涂百多邦')).map((m) => m.drug.id)).toEqual(['hydrocortisone', 'mupirocin']);
    expect(findDrugs('put some mupirocin on it').map((m) => m.drug.id)).toEqual(['mupirocin']);
  });

  it('finds nothing in text without a drug', () => {
    expect(findDrugs(normalize('最近睡不好，心情低落'))).toEqual([]);
  });

  it('tells a patent medicine it does not know by its form (玉屏风颗粒, 六味地黄丸, 蓝芩口服液), not a film or a photo', () => {
    for (const text of ['可以用玉屏风颗粒', '六味地黄丸', '喝点蓝芩口服液', '稳心颗粒', '金水宝胶囊', '沙美特罗替卡松气雾剂']) expect(NAMED_BY_FORM.test(text), text).toBe(true);
    for (const text of ['拍个胸片看看', '把照片发来', '吃一片', '多喝水，注意休息', '做睾丸下降固定术']) expect(NAMED_BY_FORM.test(text), text).toBe(false);
  });
});

describe('lexicon: doses and frequencies', () => {
  it.each([
    ['舍曲林50mg', '50mg'],
    ['每次半片', '半片'],
    ['每天两粒', '两粒'],
    ['25毫克', '25毫克'],
    ['sertraline 50 mg daily', '50 mg'],
    ['2 tablets at night', '2 tablets'],
    ['10ml syrup', '10ml'],
  ])('finds the dose in %s', (text, dose) => {
    const n = normalize(text);
    const [d] = findDoses(n);
    expect(text.slice(d?.start, d?.end)).toBe(dose);
  });

  it.each([
    ['每日一次', '舍曲林50mg每日一次'],
    ['一天两次', '一天两次，每次一片'],
    ['睡前', '睡前吃半片'],
    ['bid', 'quetiapine 25mg bid'],
    ['qn', '阿普唑仑0.4mg qn'],
    ['twice daily', 'Take it twice daily'],
  ])('finds the frequency %s', (freq, text) => {
    const n = normalize(text);
    const [f] = findFrequencies(n);
    expect(n.slice(f?.start, f?.end)).toBe(freq);
  });

  it('does not read a frequency inside a word (qd in "squad")', () => {
    expect(findFrequencies('the squad')).toEqual([]);
  });
});

describe('lexicon: drug classes', () => {
  it('finds the classes a text names, once each, English on word boundaries', () => {
    expect(findDrugClasses(normalize('你吃的什么降压药？降压药是哪种？')).map((c) => c.id)).toEqual(['blood-pressure']);
    expect(findDrugClasses(normalize('Which antidepressants or sleeping pills?')).map((c) => c.id)).toEqual(['antidepressant', 'sleeping-pill']);
    expect(findDrugClasses(normalize('The creamy texture of steroidal')).map((c) => c.id)).toEqual([]);
  });

  it('every member is a drug of the lexicon, and the psychiatric classes hold only psychiatric drugs', () => {
    const byId = new Map(DRUGS.map((d) => [d.id, d]));
    for (const c of DRUG_CLASSES) {
      expect(c.members.size).toBeGreaterThan(0);
      for (const m of c.members) expect(byId.has(m), `${c.id}: ${m}`).toBe(true);
      if (['antidepressant', 'antipsychotic', 'mood-stabiliser'].includes(c.id)) {
        for (const m of c.members) expect(byId.get(m)?.psychiatric, `${c.id}: ${m}`).toBe(true);
      }
    }
  });
});
