import { describe, expect, it } from 'vitest';
import { ConversationSchema } from '../../lib/conversation';
import { checkDraft } from '../../lib/engine';
import { readRulePreferences, withRulePreferences } from '../../lib/rules/preferences';

const conversation = ConversationSchema.parse({
  language: 'zh',
  messages: [{ role: 'patient', text: '最近真的不想活了，睡不着，舍曲林要加量吗？' }],
  draft: '舍曲林可以加到100mg。',
});
const severities = (options: Parameters<typeof checkDraft>[1]) =>
  Object.fromEntries(checkDraft(conversation, options).map((f) => [f.rule, f.severity]));

describe("the doctor's rule choices", () => {
  it('quiet a rule to advice or turn it off; "hold" keeps its own severity', () => {
    const before = severities({});
    expect(before).toMatchObject({ 'missing-empathy': 'warning', 'missing-closing': 'warning' });
    const after = severities(withRulePreferences({}, { 'missing-empathy': 'advice', 'missing-closing': 'off', 'unanswered-question': 'hold' }));
    expect(after['missing-empathy']).toBe('info');
    expect(after['missing-closing']).toBeUndefined();
    expect(after['unanswered-question']).toBe(before['unanswered-question']);
  });

  it('never quiet the safety rule, which only an admin can turn off', () => {
    expect(severities(withRulePreferences({}, { 'risk-not-addressed': 'off' }))['risk-not-addressed']).toBe('error');
    expect(severities(withRulePreferences({ rules: { 'risk-not-addressed': 'off' } }, {}))['risk-not-addressed']).toBeUndefined();
  });

  it('cannot turn back on what the policy or a pack turned off', () => {
    const options = withRulePreferences({ rules: { 'missing-closing': 'off' }, extraPhrases: { 'missing-empathy/empathy': ['加油哦'] } }, { 'missing-closing': 'hold' });
    expect(options.rules?.['missing-closing']).toBe('off');
    expect(options.extraPhrases).toEqual({ 'missing-empathy/empathy': ['加油哦'] });
  });

  it('reads stored choices entry by entry: a bad entry is dropped, the rest kept, nothing throws', () => {
    expect(readRulePreferences({ 'missing-closing': 'off', 'no-such-rule': 'off', 'missing-empathy': 'loud' })).toEqual({ 'missing-closing': 'off' });
    for (const bad of [undefined, null, 'off', 42, ['off']]) expect(readRulePreferences(bad)).toEqual({});
  });
});
