import { z } from 'zod';
import { LanguageSchema } from '../conversation';
import { TemplateCategorySchema } from '../findings';

// The quick-reply template, as the repository stores it and as every border (runtime
// messages, import/export, packs) validates it. Types are inferred from these schemas.

export const TITLE_MAX = 80;
export const BODY_MAX = 4000;
export const SHORTCUT_MAX = 24;
export const TAG_MAX = 24;
export const TAGS_MAX = 12;

/** Where a template came from: the doctor's own (including starter and duplicated ones), or an
 *  admin's pack at a version. Pack templates are locked: only the pack updates them. */
export const TemplateSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mine') }),
  z.object({ kind: z.literal('pack'), packId: z.string().min(1), version: z.string().min(1) }),
]);
export type TemplateSource = z.infer<typeof TemplateSourceSchema>;

const trimmed = (max: number) => z.string().trim().max(max, { message: `at most ${max} characters` });

/** A shortcut is what the doctor types after `/` to reach a template directly: no spaces. */
export const ShortcutSchema = z
  .string()
  .trim()
  .max(SHORTCUT_MAX, { message: `at most ${SHORTCUT_MAX} characters` })
  .regex(/^[^\s/]*$/u, { message: 'no spaces or "/" in a shortcut' });

/** What a person (editor form, import file, pack) writes: the content of a template. */
export const TemplateContentSchema = z.object({
  title: trimmed(TITLE_MAX).min(1, { message: 'title is empty' }),
  body: z
    .string()
    .max(BODY_MAX, { message: `at most ${BODY_MAX} characters` })
    .refine((s) => s.trim().length > 0, { message: 'body is empty' }),
  category: TemplateCategorySchema,
  tags: z.array(trimmed(TAG_MAX).min(1, { message: 'empty tag' })).max(TAGS_MAX).default([]),
  shortcut: ShortcutSchema.default(''),
  language: LanguageSchema,
});
export type TemplateContent = z.infer<typeof TemplateContentSchema>;
export type TemplateContentInput = z.input<typeof TemplateContentSchema>;

const epochMs = z.number().int().nonnegative();

/** A stored template. `variables` is derived from the body at write time (see variables.ts). */
export const TemplateSchema = TemplateContentSchema.extend({
  id: z.string().min(1),
  variables: z.array(z.string()),
  source: TemplateSourceSchema,
  locked: z.boolean(),
  createdAt: epochMs,
  updatedAt: epochMs,
  usageCount: z.number().int().nonnegative(),
  lastUsedAt: epochMs.optional(),
});
export type Template = z.infer<typeof TemplateSchema>;

/** A pack's template as the packs engineer hands it to replacePackTemplates: content plus an
 *  optional stable key inside the pack, so usage figures survive a pack update. */
export const PackTemplateSchema = TemplateContentSchema.extend({ key: z.string().min(1).optional() });
export type PackTemplate = z.infer<typeof PackTemplateSchema>;
export type PackTemplateInput = z.input<typeof PackTemplateSchema>;
