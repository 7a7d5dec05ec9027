import { z } from 'zod';
import { LanguageSchema, type Conversation } from '../conversation';
import { TemplateCategorySchema } from '../findings';
import type { TemplateRepository } from './repository';
import { TemplateSchema, type Template } from './schema';
import { fillVariables } from './variables';

// The runtime messages between content scripts and the background, which owns the template
// database (content scripts run in the page's origin and must not open IndexedDB). Both ends
// validate with these schemas. Requests carry search text and ids, never patient text.

export const TemplateRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('templates:search'),
    query: z.string().max(200),
    language: LanguageSchema.optional(),
    category: TemplateCategorySchema.optional(),
    limit: z.number().int().min(1).max(50).default(12),
  }),
  z.object({
    type: z.literal('templates:by-category'),
    category: TemplateCategorySchema,
    language: LanguageSchema,
    limit: z.number().int().min(1).max(50).default(10),
  }),
  z.object({ type: z.literal('templates:record-usage'), id: z.string().min(1).max(200) }),
]);
export type TemplateRequest = z.infer<typeof TemplateRequestSchema>;
export type TemplateRequestInput = z.input<typeof TemplateRequestSchema>;

export const TemplateResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), templates: z.array(TemplateSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TemplateResponse = z.infer<typeof TemplateResponseSchema>;

/** Whether a runtime message is meant for the template service (other services share the
 *  channel: answer only these). */
export function isTemplateRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('templates:')
  );
}

/** Answer one request against the repository. Never throws: errors become `{ok:false}`. */
export async function handleTemplateRequest(repo: TemplateRepository, message: unknown): Promise<TemplateResponse> {
  const parsed = TemplateRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const req = parsed.data;
  try {
    switch (req.type) {
      case 'templates:search':
        return {
          ok: true,
          templates: await repo.search(req.query, {
            limit: req.limit,
            ...(req.language ? { language: req.language } : {}),
            ...(req.category ? { category: req.category } : {}),
          }),
        };
      case 'templates:by-category':
        return { ok: true, templates: await repo.byCategory(req.category, req.language, req.limit) };
      case 'templates:record-usage':
        return { ok: true, templates: [await repo.recordUsage(req.id)] };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The wording for a review-panel fix, the doctor's own way: the most used template of the
 *  category that the doctor has actually used; else an admin's pack template (approved
 *  wording); else undefined (use the rule's own text). Starter templates nobody has used yet do
 *  not override the rule's text. A template whose variables the conversation cannot fill is
 *  skipped: a fix must never insert "{{药名}}". `templates` is most used first. */
export function chooseFixText(templates: readonly Template[], conversation?: Conversation): string | undefined {
  const fill = (t: Template): string | undefined => {
    const filled = fillVariables(t.body, conversation);
    return filled.missing.length === 0 ? filled.text : undefined;
  };
  for (const t of templates) if (t.usageCount > 0) {
    const text = fill(t);
    if (text) return text;
  }
  for (const t of templates) if (t.source.kind === 'pack') {
    const text = fill(t);
    if (text) return text;
  }
  return undefined;
}

/** A rule's fix text carries its joints to the draft around it: the full stop a referral
 *  sentence lacked ("。门诊可以…"), the space between English sentences (" If you have…").
 *  Template wording put in its place keeps them, so it never runs into the doctor's text. */
export function withFixJoints(fixText: string, wording: string): string {
  const lead = /^[\s。.]*/u.exec(fixText)?.[0] ?? '';
  const trail = /\s*$/u.exec(fixText)?.[0] ?? '';
  return lead + wording.trim() + trail;
}
