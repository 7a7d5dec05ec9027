import { describe, expect, it } from 'vitest';
import { ConversationSchema } from '../../lib/conversation';
import { checkDraft } from '../../lib/engine';
import { FIX_CATEGORY_OF_RULE, STARTER_TEMPLATES } from '../../lib/templates/starter';
import { withFixJoints } from '../../lib/templates/messages';
import { fillVariables } from '../../lib/templates/variables';
import { withFix } from './rules/helpers';
import { RULE_IDS, type Finding, type Fix, type Severity } from '../../lib/findings';
import { hoursBetween, readRoute, routeQuery, shortBeijingTime } from '../demo/route';
import { beijingIso, DEMO_NOW, SCENARIOS, type DemoScenario } from '../demo/scenarios';

// The demo scenarios are test data for every rule author: they must be valid conversations
// and cover what DESIGN.md and seed 000 promise.

describe('demo scenarios', () => {
  it('are valid conversations with unique ids and an empty draft', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS) {
      const parsed = ConversationSchema.safeParse(s.conversation);
      expect(parsed.success, `${s.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(s.conversation.draft).toBe('');
      expect(s.conversation.now).toBe(DEMO_NOW);
      expect(s.badDraft.trim()).not.toBe('');
      expect(s.goodDraft.length).toBeGreaterThan(s.badDraft.length);
    }
  });

  it('cover every rule id, seed 000 complaints, English and the 60-message thread', () => {
    const covered = new Set(SCENARIOS.map((s) => s.expectRule));
    for (const rule of RULE_IDS) expect(covered, rule).toContain(rule);
    for (const id of ['referral-no-reason', 'stock-reply', 'partial-answer', 'prescription-uploaded', 'cold-tone', 'late-reply']) {
      expect(SCENARIOS.map((s) => s.id)).toContain(id);
    }
    expect(SCENARIOS.some((s) => s.conversation.language === 'en')).toBe(true);
    const long = SCENARIOS.find((s) => s.id === 'long-thread');
    expect(long?.conversation.messages).toHaveLength(60);
  });

  it('keep the seed 000 wording where the seed quotes it', () => {
    const partial = SCENARIOS.find((s) => s.id === 'partial-answer')!;
    expect(partial.conversation.messages.at(-1)?.text).toContain('下次什么时候面诊您合适呢，本次能给我开药吗');
    expect(partial.badDraft).toBe('一个月后面诊。');
    const rx = SCENARIOS.find((s) => s.id === 'prescription-uploaded')!;
    expect(rx.conversation.attachments.map((a) => a.kind)).toContain('prescription');
  });

  it('good drafts end on a closing line in the scenario language', () => {
    for (const s of SCENARIOS) {
      const closing = s.conversation.language === 'en' ? /feel free to message me/i : /还可继续线上联系我/;
      expect(s.goodDraft, s.id).toMatch(closing);
    }
  });

  it('keep messages in time order, all before "now"', () => {
    for (const s of SCENARIOS) {
      const times = s.conversation.messages.map((m) => Date.parse(m.at ?? ''));
      expect(times.every((t) => !Number.isNaN(t)), s.id).toBe(true);
      expect([...times].sort((a, b) => a - b), s.id).toEqual(times);
      expect(Math.max(...times), s.id).toBeLessThan(Date.parse(DEMO_NOW));
    }
  });

  it('leave the patient waiting over 24 h only in the late-reply scenario', () => {
    // Otherwise a good draft elsewhere would rightly draw a late-reply warning.
    const late = SCENARIOS.filter((s) => {
      const msgs = s.conversation.messages;
      const lastDoctor = msgs.findLastIndex((m) => m.role === 'doctor');
      return hoursBetween(msgs[lastDoctor + 1]?.at, DEMO_NOW) > 24;
    }).map((s) => s.id);
    expect(late).toEqual(['late-reply']);
  });
});

describe('demo scenarios against the engine', () => {
  // What the page holds a send for (entrypoints/content/session.ts `blocking`): any finding
  // above info, i.e. a warning or an error.
  const HOLDS_SEND: readonly Severity[] = ['warning', 'error'];
  const holdsSend = (f: Finding) => HOLDS_SEND.includes(f.severity);
  const check = (s: DemoScenario, draft: string) => checkDraft({ ...s.conversation, draft });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: the bad draft draws its rule at a severity that holds the send', (_, s) => {
    const held = check(s, s.badDraft).filter(holdsSend).map((f) => f.rule);
    expect(held).toContain(s.expectRule);
  });

  // unanswered-question's fix is a lead-in ("关于…：") the doctor completes with the answer, and
  // generic-reply offers none: every other rule's one click must settle what it flagged.
  const settledByFix = SCENARIOS.filter((s) => s.expectRule !== 'unanswered-question' && s.expectRule !== 'generic-reply');

  it.each(settledByFix.map((s) => [s.id, s] as const))('%s: one click on the fix settles the finding', (_, s) => {
    const finding = check(s, s.badDraft).find((f) => f.rule === s.expectRule);
    const fix = finding?.fixes[0];
    expect(fix, `${s.expectRule} offers a fix`).toBeDefined();
    // The fix names the template category that may word it, or none when its words must stay.
    expect(fix?.category).toBe(FIX_CATEGORY_OF_RULE[s.expectRule]);
    const fixed = withFix(s.badDraft, fix as Fix);
    expect(fixed).not.toBe(s.badDraft);
    expect(check(s, fixed).filter((f) => f.rule === s.expectRule && holdsSend(f))).toEqual([]);
  });

  // The page words a fix with the doctor's most used template of the fix's category: the
  // starter templates of a category that belongs to one rule must settle that rule as well.
  const starterCases = settledByFix.flatMap((s) => {
    const category = FIX_CATEGORY_OF_RULE[s.expectRule];
    if (!category) return [];
    return STARTER_TEMPLATES.filter((t) => t.category === category && t.language === s.conversation.language).map(
      (t) => [s.id, t.title, s, t.body] as const,
    );
  });

  it('has starter templates to try on every scenario whose rule has its own category', () => {
    expect(new Set(starterCases.map(([id]) => id)).size).toBe(settledByFix.filter((s) => FIX_CATEGORY_OF_RULE[s.expectRule]).length);
  });

  it.each(starterCases)('%s: the starter template "%s" in place of the fix settles the finding', (_, _title, s, body) => {
    const conversation = ConversationSchema.parse({ ...s.conversation, draft: s.badDraft });
    const fix = check(s, s.badDraft).find((f) => f.rule === s.expectRule)?.fixes[0] as Fix;
    const filled = fillVariables(body, conversation);
    expect(filled.missing).toEqual([]);
    const fixed = withFix(s.badDraft, { ...fix, text: withFixJoints(fix.text, filled.text) });
    expect(check(s, fixed).filter((f) => f.rule === s.expectRule && holdsSend(f))).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: the good draft draws nothing that holds the send', (_, s) => {
    const loud = check(s, s.goodDraft).filter(holdsSend).map((f) => `${f.rule} (${f.severity}): ${f.evidence?.text ?? ''}`);
    expect(loud).toEqual([]);
  });
});

describe('demo routes and times', () => {
  it('reads ?scenario and ?lang, defaulting to the first scenario in the UI language', () => {
    expect(readRoute('?scenario=late-reply').scenario?.id).toBe('late-reply');
    expect(readRoute('?scenario=late-reply&lang=en').lang).toBe('en');
    expect(readRoute('').scenario?.conversation.language).toBe('zh');
    expect(readRoute('?lang=en').scenario?.conversation.language).toBe('en');
    expect(readRoute('?scenario=nope').scenario).toBeUndefined();
    expect(readRoute(routeQuery('cold-tone', 'en'))).toMatchObject({ lang: 'en', scenario: { id: 'cold-tone' } });
  });

  it('shows times in Beijing time whatever the zone of the input', () => {
    expect(shortBeijingTime('2026-11-20T01:12:00Z')).toBe('11-20 09:12');
    expect(beijingIso(new Date('2026-11-19T23:30:00Z'))).toBe('2026-11-20T07:30:00+08:00');
    expect(hoursBetween('2026-11-17T21:40:00+08:00', DEMO_NOW)).toBe(62);
  });
});
