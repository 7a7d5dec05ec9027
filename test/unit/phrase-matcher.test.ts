import { describe, expect, it } from 'vitest';
import { compilePhrases, firstHit } from '../../lib/rules/phrase-matcher';

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
