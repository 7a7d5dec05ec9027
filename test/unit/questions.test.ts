import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/text/normalize';
import { findQuestions } from '../../lib/text/questions';

const quotes = (text: string, language: 'zh' | 'en' = 'zh'): string[] =>
  findQuestions(normalize(text), language).map((q) => text.slice(q.start, q.end));

describe('findQuestions (zh)', () => {
  it('splits the seed 000 run-on message into its two questions, with offsets', () => {
    const text = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const qs = findQuestions(normalize(text), 'zh');
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['那我下次什么时候面诊您合适呢', '本次能给我开药吗']);
    expect(qs.map((q) => q.kind)).toEqual(['when', 'yes-no']);
  });

  it('keeps the statement before a question as its topic', () => {
    const text = '舍曲林吃了两周，还是睡不好，要不要加量？';
    const [q] = findQuestions(normalize(text), 'zh');
    expect(text.slice(q?.start, q?.end)).toBe('要不要加量？');
    expect(q?.topicStart).toBe(0);
  });

  it('reads kinds: how long, how much, which, why', () => {
    const kinds = findQuestions(normalize('要吃多久？每次吃多少？挂什么科？为什么会失眠？'), 'zh').map((q) => q.kind);
    expect(kinds).toEqual(['how-long', 'how-much', 'which', 'why']);
  });

  it('reads "…注意啥" ending its clause as a question, and "想干啥就干啥" as none', () => {
    expect(quotes('血压145/90，需要吃药吗？平时吃东西要注意啥')).toEqual(['需要吃药吗？', '平时吃东西要注意啥']);
    expect(quotes('面对，想干啥就去干啥不要自己乱想')).toEqual([]);
  });

  it('reads "这几天" as these days, not as asking how many', () => {
    expect(findQuestions(normalize('孩子腹泻，这几天要忌口吗'), 'zh').map((q) => q.kind)).toEqual(['yes-no']);
    expect(findQuestions(normalize('这个药要吃几天？'), 'zh').map((q) => q.kind)).toEqual(['how-long']);
  });

  it('reads "这样准不准的" as a yes/no question without a question mark (covid-zh-415)', () => {
    const text = '只做了核酸检测，这样准不准的';
    expect(quotes(text)).toEqual(['这样准不准的']);
    expect(findQuestions(normalize(text), 'zh').map((q) => q.kind)).toEqual(['yes-no']);
  });

  it('reads "好事还是坏事" and "好还是坏" as questions without a question mark', () => {
    expect(quotes('白细胞降下来了是好事还是坏事，需要打升白针吗')).toEqual(['白细胞降下来了是好事还是坏事', '需要打升白针吗']);
    expect(quotes('肠化从中度变成轻度，是好还是坏')).toEqual(['是好还是坏']);
    // "还是" alone means "still": a story goes on.
    expect(quotes('吃了药还是睡不好，白天很累')).toEqual([]);
  });

  it('reads the short A-not-A "有没发热" as a yes/no question', () => {
    const [q] = findQuestions(normalize('有没发热'), 'zh');
    expect(q?.kind).toBe('yes-no');
  });

  it('does not take "几点就…" / "几天就…" ("a little while and then") for asking when', () => {
    expect(quotes('偶尔会刺痛，但是几点就没事了')).toEqual([]);
    expect(quotes('一般过几天就好了，还要吃几天药？')).toEqual(['还要吃几天药？']);
  });

  it('does not take "什么的" ("and so on") for a question', () => {
    expect(quotes('14年体检有个ct也是排除肺结核什么的，稍后附上，没有症状是不是能说明一些问题')).toEqual(['没有症状是不是能说明一些问题']);
    expect(quotes('平时都吃些什么的？')).toEqual(['平时都吃些什么的？']);
  });

  it('drops the intake field label from the question', () => {
    expect(quotes('希望获得的帮助： 到底怎么样才能好起来？')).toEqual(['到底怎么样才能好起来？']);
  });

  it('ignores statements that only contain 什么 or 几天 as ordinary words', () => {
    expect(quotes('以前没什么病史，前几天开始头疼。')).toEqual([]);
  });

  it('reads a count in a story ("头疼几天", "夜尿几次", "几天前") as a count, and a count asked with a need or plan as a question', () => {
    expect(quotes('近一年来晚上睡觉很难入睡，夜尿几次，睡觉出虚汗打湿枕头，请问该怎么调理身体？')).toEqual(['请问该怎么调理身体？']);
    expect(quotes('丈夫与确诊病例接触过半小时，我头疼几天流鼻涕几天，发热两天现喉咙痛')).toEqual([]);
    expect(quotes('从出生就一直这样，之前有几次睡眠不足头晕')).toEqual([]);
    expect(quotes('身边人也没有不适，直到几天前才外出')).toEqual([]);
    expect(quotes('一般肺炎打几天点滴就可以了啊')).toEqual(['一般肺炎打几天点滴就可以了啊']);
    expect(quotes('舍曲林一天吃几次')).toEqual(['舍曲林一天吃几次']);
    expect(quotes('这个药要吃几天，饭前吃吗')).toEqual(['这个药要吃几天', '饭前吃吗']);
    // Short and ending its sentence, a count asks on its own; asked by its verb, anywhere.
    expect(quotes('医生，舍曲林吃几天')).toEqual(['舍曲林吃几天']);
    expect(quotes('这个药吃几天，饭前吃吗')).toEqual(['这个药吃几天', '饭前吃吗']);
  });

  it('reads "没怎么" / "不怎么" as "not much", and "怎么没…" still as asking', () => {
    expect(quotes('前几天没怎么休息好，今天有点低烧')).toEqual([]);
    expect(quotes('怎么没信息了')).toEqual(['怎么没信息了']);
  });

  it('ignores a request to answer the other questions (LABELING.md: the meta "answer all" request)', () => {
    expect(quotes('黄主任，能麻烦您一次回答我这几个质疑问题吗，肺结节不是癌症吧？')).toEqual(['肺结节不是癌症吧？']);
    expect(quotes('Please answer all my questions. Is it safe to fly?', 'en')).toEqual(['Is it safe to fly?']);
  });

  it('ignores phatic asks (在吗, 好吗 on their own)', () => {
    expect(quotes('医生在吗？')).toEqual([]);
  });

  it('folds filler (怎么办啊) and an alternative (还是…) into the question before', () => {
    expect(quotes('这个药能停吗？怎么办啊')).toEqual(['这个药能停吗？怎么办啊']);
    expect(quotes('不用药会一直这样吗？还是能自愈呢？')).toHaveLength(1);
  });

  it('folds a bare "怎么办呀" into the question right after it, which it opens', () => {
    // covid-zh-1113's patient, answered "可以的" by a real doctor.
    const text = '结果用了95的酒精，怎么办呀，再用75的还能杀死么';
    const qs = findQuestions(normalize(text), 'zh');
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['怎么办呀，再用75的还能杀死么']);
    expect(qs.map((q) => q.kind)).toEqual(['yes-no']);
    expect(qs[0]?.topicStart).toBe(0);
    // Standing alone, or asked with its own "？", it is a question of its own.
    expect(quotes('用了95的酒精，怎么办呀')).toEqual(['怎么办呀']);
    expect(quotes('晚上睡不着，怎么办？能吃安眠药吗？')).toEqual(['怎么办？', '能吃安眠药吗？']);
    expect(quotes('怎么办呀，我很久没睡好了')).toEqual(['怎么办呀']);
  });

  it('parts two questions typed with a space for a comma, after a question particle only', () => {
    expect(quotes('刚刚我吃了东西喝水了影响抽血吗 现在发热会不会直接隔离了')).toEqual(['刚刚我吃了东西喝水了影响抽血吗', '现在发热会不会直接隔离了']);
    expect(quotes('医生 我孩子最近总说不想上学 这是抑郁吗')).toEqual(['医生 我孩子最近总说不想上学 这是抑郁吗']);
  });

  it('reads "…吧？" and a cut-short A-not-A ("有危险不？") as yes/no questions', () => {
    const kinds = (t: string) => findQuestions(normalize(t), 'zh').map((q) => q.kind);
    expect(kinds('膝盖以前受过伤，没问题吧？')).toEqual(['yes-no']);
    expect(kinds('孩子不知道有危险不？')).toEqual(['yes-no']);
    expect(kinds('这是为什么呢？')).toEqual(['why']);
    expect(kinds('我发的图片收到了没？')).toEqual(['yes-no']);
    // A vocative after 吗 keeps it a yes/no question.
    expect(kinds('您觉得我这是新型肺炎吗医生？')).toEqual(['yes-no']);
  });

  it('reads traditional script', () => {
    expect(quotes('這個藥要吃多久？')).toEqual(['這個藥要吃多久？']);
  });
});

describe('findQuestions (en)', () => {
  it('parts a second question joined on by "and" and a question word, when what comes before asks too', () => {
    expect(quotes('First, I wanna know if my immune system is weakened and how likely am I to die of Coronavirus.', 'en')).toEqual([
      'First, I wanna know if my immune system is weakened',
      'how likely am I to die of Coronavirus.',
    ]);
    expect(quotes('What is this lump, and when should I worry?', 'en')).toEqual(['What is this lump', 'when should I worry?']);
    // A statement before the "and" keeps the sentence whole.
    expect(quotes('I read about it and what it does to the liver worries me. Is it safe?', 'en')).toEqual(['Is it safe?']);
  });

  it('finds question sentences and their kinds', () => {
    const qs = findQuestions(normalize('I have had a cough for a week. How long will it last? Should I get tested?'), 'en');
    expect(qs.map((q) => q.kind)).toEqual(['how-long', 'yes-no']);
  });

  it('reads the kind where the question asks, after the statement it follows', () => {
    const kinds = (t: string) => findQuestions(normalize(t), 'en').map((q) => q.kind);
    expect(kinds('I feel dizzy when I stand up, is that my blood pressure pills?')).toEqual(['yes-no']);
    expect(kinds('Since I started it last week, when should I take it?')).toEqual(['when']);
    // The interrogative that opens the question says what it asks; a "when" after it is a condition.
    expect(kinds('Should I keep using my inhalers when it is necessary?')).toEqual(['yes-no']);
    expect(kinds('What could be causing my chest tightness when I am anxious?')).toEqual(['what']);
    expect(kinds('Is it normal to feel dizzy when I stand up?')).toEqual(['yes-no']);
    expect(kinds('When I stand up, why do I feel dizzy?')).toEqual(['why']);
    expect(kinds('What time should I take it?')).toEqual(['when']);
    // A last part too short to say leaves the kind to the whole question.
    expect(kinds('How long does it last, usually?')).toEqual(['how-long']);
  });

  it('takes a sentence opening with an interrogative even without a question mark', () => {
    expect(quotes('What dose should I take', 'en')).toEqual(['What dose should I take']);
  });

  it('ignores statements and greetings', () => {
    expect(quotes('Hi doctor. I was diagnosed with pneumonia yesterday.', 'en')).toEqual([]);
  });

  it('takes a question asked indirectly ("I wanna know if …", "I would like to know where …"), not knowing as a statement', () => {
    const text = 'First, I wanna know if my immune system is weakened. I would like to know where to get tested. I know how it spreads.';
    expect(quotes(text, 'en')).toEqual(['First, I wanna know if my immune system is weakened.', 'I would like to know where to get tested.']);
    expect(findQuestions(normalize(text), 'en').map((q) => q.kind)).toEqual(['yes-no', 'which']);
    expect(quotes("I'm just wondering if it will ever go away.", 'en')).toHaveLength(1);
  });
});
