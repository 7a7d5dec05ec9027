import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/text/normalize';
import { splitClauses, splitSentences } from '../../lib/text/segment';
import { scriptCounts } from '../../lib/text/normalize';

describe('normalize', () => {
  it('keeps length and maps full-width, case and traditional characters', () => {
    const input = '醫生，請問ＡＢＣ還要吃藥嗎？';
    const out = normalize(input);
    expect(out).toHaveLength(input.length);
    expect(out).toBe('医生,请问abc还要吃药吗?');
  });

  it("reads a phone's typographic apostrophes as the plain one the phrase lists spell", () => {
    expect(normalize('I don’t want to live, I’m done')).toBe("i don't want to live, i'm done");
    expect(normalize('‘ʼ')).toBe("''");
  });

  it('gives the same normal form for a text read again, also after many others filled what it keeps', () => {
    const input = '醫生，請問ＡＢＣ還要吃藥嗎？';
    expect(normalize(input)).toBe('医生,请问abc还要吃药吗?');
    // Another string object with the same text, as the page hands over on every check.
    expect(normalize([...input].join(''))).toBe('医生,请问abc还要吃药吗?');
    for (let i = 0; i < 1200; i++) expect(normalize(`第${i}條消息ＯＫ`)).toBe(`第${i}条消息ok`);
    expect(normalize(input)).toBe('医生,请问abc还要吃药吗?');
    const long = '藥'.repeat(30_000);
    expect(normalize(long)).toBe('药'.repeat(30_000));
    expect(normalize(long)).toBe('药'.repeat(30_000));
  });
});

describe('scriptCounts', () => {
  it('counts Han characters (unified, extension A, compatibility) and Latin letters, nothing else', () => {
    expect(scriptCounts('吃舍曲林50mg, ok！')).toEqual({ han: 4, latin: 4 });
    expect(scriptCounts('㐀豈')).toEqual({ han: 2, latin: 0 });
    expect(scriptCounts('😀 123 ，。')).toEqual({ han: 0, latin: 0 });
  });
});

describe('splitting', () => {
  it('splits run-on Chinese into clauses with offsets into the original', () => {
    const text = '那我下次什么时候面诊您合适呢，本次能给我开药吗';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual(['那我下次什么时候面诊您合适呢，', '本次能给我开药吗']);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(splitSentences('Is it safe? I took 2 tablets. Thanks').map((s) => s.text)).toEqual([
      'Is it safe?',
      'I took 2 tablets.',
      'Thanks',
    ]);
  });
});
