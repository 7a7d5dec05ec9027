import { z } from 'zod';
import { RuleIdSchema, type RuleId } from '../findings';
import type { CheckOptionsInput } from '../options';

// The doctor's own choice per rule, set in the options page (检查规则): hold the send (the rule's
// own severity), advise only (shown, never holds a send), or off. An admin's policy or a pack
// that turns a rule off wins over the doctor; a safety rule is never quieted by the doctor.

/** Where the choices live in the extension's local storage area. */
export const RULE_PREFERENCES_KEY = 'rules.preferences';

export const RuleChoiceSchema = z.enum(['hold', 'advice', 'off']);
export type RuleChoice = z.infer<typeof RuleChoiceSchema>;
export const RulePreferencesSchema = z.partialRecord(RuleIdSchema, RuleChoiceSchema);
export type RulePreferences = z.infer<typeof RulePreferencesSchema>;

/** Rules only an admin may turn off: a patient's safety is not a matter of taste. */
export const ALWAYS_HOLDS: ReadonlySet<RuleId> = new Set<RuleId>(['risk-not-addressed']);

/** The stored choices, entry by entry: an unknown rule or choice is dropped, the rest kept. */
export function readRulePreferences(stored: unknown): RulePreferences {
  const out: RulePreferences = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const [rule, choice] of Object.entries(stored)) {
    const id = RuleIdSchema.safeParse(rule);
    const c = RuleChoiceSchema.safeParse(choice);
    if (id.success && c.success) out[id.data] = c.data;
  }
  return out;
}

/** checkDraft options with the doctor's choices laid over the packs' and policy's settings. */
export function withRulePreferences(settings: CheckOptionsInput, preferences: RulePreferences): CheckOptionsInput {
  const rules = { ...settings.rules };
  for (const [rule, choice] of Object.entries(preferences) as [RuleId, RuleChoice][]) {
    if (rules[rule] === 'off' || ALWAYS_HOLDS.has(rule) || choice === 'hold') continue;
    rules[rule] = choice === 'off' ? 'off' : 'info';
  }
  return { ...settings, rules };
}
