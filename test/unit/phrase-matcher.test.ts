import { describe, expect, it } from 'vitest';
import { PhraseMatcher, compilePhrases, firstHit, phraseProblem } from '../../lib/rules/phrase-matcher';
import * as genericReply from '../../lib/rules/generic-reply.phrases';
import * as holding from '../../lib/rules/holding.phrases';
import * as lateReply from '../../lib/rules/late-reply-unacknowledged.phrases';
import * as missingClosing from '../../lib/rules/missing-closing.phrases';
import * as missingEmpathy from '../../lib/rules/missing-empathy.phrases';
import * as referral from '../../lib/rules/referral-without-reason.phrases';
import * as repeatMedication from '../../lib/rules/repeat-medication-ask.phrases';
import * as risk from '../../lib/rules/risk-not-addressed.phrases';
import * as unanswered from '../../lib/rules/unanswered-question.phrases';

const matches = (phrase: string, text: string): boolean => firstHit(compilePhrases([phrase]), text) !== undefined;

describe('phrase syntax', () => {
  it('`*` spans up to four characters inside one clause, not across a comma', () => {
    expect(matches('不用*担心', '不用太担心')).toBe(true);
    expect(matches('不用*担心', '不用过于过分地担心')).toBe(false);
    expect(matches('不用*担心', '不用，担心')).toBe(false);
  });

  it('`~` spans up to three English words (a drug name between "how much" and "do you take")', () => {
    expect(matches('how much~ do you take', 'how much sertraline do you take')).toBe(true);
    expect(matches('how much~ do you take', 'how much do you take')).toBe(true);
    expect(matches('how much~ do you take', 'how much of the new sertraline tablets do you take')).toBe(false);
  });

  it('ends an English phrase on a word, also when it ends on alternatives: "if you {can|want}" is not "if you cannot"', () => {
    expect(matches('if you {can|want}', 'go if you can')).toBe(true);
    expect(matches('if you {can|want}', 'go if you cannot walk')).toBe(false);
    expect(matches('see a doctor', 'see a doctors')).toBe(false);
    // An empty alternative, or Chinese, adds no word end.
    expect(matches('go to {the |a |}', 'go to hospital')).toBe(true);
    expect(matches('{吃|吞}了{很多|好多}', '吞了很多药')).toBe(true);
  });
});

describe('apostrophes', () => {
  it('reads a phrase with an apostrophe also without it, as phones type it', () => {
    expect(matches("don't worry", 'dont worry, it will pass')).toBe(true);
    expect(matches("i'm sorry", 'im sorry to hear that')).toBe(true);
    expect(matches("don't worry", "don't worry")).toBe(true);
    expect(matches("don't worry", 'do worry')).toBe(false);
  });
});

describe('spaced phrases', () => {
  const spacedMatch = (phrase: string, text: string): boolean => firstHit(compilePhrases([phrase], true), text) !== undefined;

  it('lets a space stand between two Han characters, inside alternatives and across them, when compiled spaced', () => {
    expect(spacedMatch('不想活', '最近 心情 很差 不想 活了')).toBe(true);
    expect(spacedMatch('胸口{痛|疼}', '胸口 疼')).toBe(true);
    expect(spacedMatch('{想|希望}*一睡不醒', '想 一睡 不醒')).toBe(true);
    expect(matches('不想活', '不想 活了')).toBe(false);
  });

  it('reads a text with the spaced matcher only when a space stands between Han characters in it', () => {
    const m = new PhraseMatcher({ zh: ['不想活'], en: [] }, { spaced: true });
    expect(firstHit(m.forText('zh', '最近 不想 活了'), '最近 不想 活了')).toBeDefined();
    expect(firstHit(m.forText('zh', '最近不想活了'), '最近不想活了')).toBeDefined();
    expect(m.forText('zh', '最近不想活了').source).not.toContain('\\u3000');
    expect(new PhraseMatcher({ zh: ['不想活'], en: [] }).forText('zh', '不想 活了').source).not.toContain('\\u3000');
  });

  it('keeps English words and gaps as they were', () => {
    expect(spacedMatch('kill myself', 'kill myself')).toBe(true);
    expect(spacedMatch('kill myself', 'killmyself')).toBe(false);
    expect(spacedMatch('不想活', '不想，活了')).toBe(false);
  });
});

describe('phrase lists', () => {
  it('says what is wrong with braces that would not compile as they read', () => {
    expect(phraseProblem('{随时|及时}联系')).toBeUndefined();
    expect(phraseProblem('确实{很|挺|}难受')).toBeUndefined();
    expect(phraseProblem('{一次|刚才}吃了{十|{1|2}{0|1}}*片')).toMatch(/nest/u);
    expect(phraseProblem('{随时联系')).toMatch(/never closed/u);
    expect(phraseProblem('随时}联系')).toMatch(/no "\{"/u);
  });

  it('holds only well-formed phrases in every built-in list', () => {
    const phrases: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') phrases.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object' && !(value instanceof RegExp)) Object.values(value).forEach(collect);
    };
    [genericReply, holding, lateReply, missingClosing, missingEmpathy, referral, repeatMedication, risk, unanswered].forEach(collect);
    expect(phrases.length).toBeGreaterThan(1000);
    expect(phrases.filter((p) => phraseProblem(p) !== undefined)).toEqual([]);
  });
});
