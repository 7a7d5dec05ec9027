import { z } from 'zod';
import { RuleIdSchema, SeveritySchema } from './findings';

/** How checkDraft is configured: per-rule severity or off (settings, packs, policy), extra
 *  phrases for a rule's phrase lists (keyed "rule-id/list", e.g. "missing-closing/closings"),
 *  and the checking time when the conversation carries no `now`. */
export const CheckOptionsSchema = z.object({
  rules: z.partialRecord(RuleIdSchema, z.union([z.literal('off'), SeveritySchema])).default({}),
  extraPhrases: z.record(z.string(), z.array(z.string())).default({}),
  now: z.date().optional(),
});
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;
export type CheckOptionsInput = z.input<typeof CheckOptionsSchema>;
