import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const RULE_IDS = [
  'unanswered-question',
  'repeat-medication-ask',
  'referral-without-reason',
  'missing-empathy',
  'missing-closing',
  'generic-reply',
  'risk-not-addressed',
  'late-reply-unacknowledged',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

/** Where a finding's evidence stands: the draft, message N (index into messages), the intake,
 *  the 用药情况 field or attachment N. Offsets are UTF-16 code unit offsets into that source as
 *  ConversationSchema reads it (what was sent without its invisible characters). */
export const EvidenceSchema = z.object({
  source: z.enum(['draft', 'message', 'intake', 'medications', 'attachment']),
  index: z.number().int().nonnegative().optional(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const BilingualSchema = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof BilingualSchema>;

/** The template categories a fix can be drawn from (the template library uses the same list). */
export const TEMPLATE_CATEGORIES = [
  'referral-reason',
  'empathy',
  'closing',
  'medication',
  'follow-up',
  'delay-notice',
  'other',
] as const;
export const TemplateCategorySchema = z.enum(TEMPLATE_CATEGORIES);
export type TemplateCategory = z.infer<typeof TemplateCategorySchema>;

/** A one-click fix: text to insert into the draft. `at` says where it belongs. The page may
 *  replace `text` with the doctor's own template of `category`, most used first. */
export const FixSchema = z.object({
  label: BilingualSchema,
  text: z.string(),
  at: z.union([z.enum(['start', 'end']), z.object({ offset: z.number().int().nonnegative() })]),
  category: TemplateCategorySchema.optional(),
  /** The text opens something the doctor finishes in the draft (an answer's lead-in): the page
   *  leaves the caret after it and steps the panel aside so they can type at once. */
  completeInDraft: z.boolean().optional(),
});
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  message: BilingualSchema,
  evidence: EvidenceSchema.optional(),
  fixes: z.array(FixSchema).default([]),
});
export type Finding = z.infer<typeof FindingSchema>;
