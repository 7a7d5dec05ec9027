import type { Conversation, Language } from '@/lib/conversation';
import type { TemplateCategory } from '@/lib/findings';
import {
  TemplateRequestSchema,
  TemplateResponseSchema,
  chooseFixText,
  withFixJoints,
  type TemplateRequestInput,
} from '@/lib/templates/messages';
import type { Template } from '@/lib/templates/schema';

// The content script's window on the template library, which lives in the background (the
// extension origin). Every request and answer is validated; if the background cannot answer,
// callers get empty results or their fallback: the page must work as if we were absent.

async function ask(request: TemplateRequestInput): Promise<Template[]> {
  const message = TemplateRequestSchema.parse(request);
  const raw: unknown = await browser.runtime.sendMessage(message);
  const response = TemplateResponseSchema.parse(raw);
  if (!response.ok) throw new Error(`ReplyCheck templates: ${response.error}`);
  return response.templates;
}

/** Ranked search by text, shortcut and pinyin. */
export function searchTemplates(
  query: string,
  opts: { language?: Language; category?: TemplateCategory; limit?: number } = {},
): Promise<Template[]> {
  return ask({ type: 'templates:search', query, ...opts });
}

/** Templates of a category in a language, the most used first. */
export function templatesByCategory(category: TemplateCategory, language: Language, limit = 10): Promise<Template[]> {
  return ask({ type: 'templates:by-category', category, language, limit });
}

/** Count one insertion of a template (only the count and the time are kept). */
export async function recordUsage(id: string): Promise<Template | undefined> {
  return (await ask({ type: 'templates:record-usage', id }))[0];
}

/** The text for a review-panel fix worded the doctor's own way: their most used template of
 *  that category (variables filled from `conversation` when given), else `fallback`. Never
 *  rejects. */
export async function fixTextFor(
  category: TemplateCategory,
  language: Language,
  fallback: string,
  conversation?: Conversation,
): Promise<string> {
  try {
    const wording = chooseFixText(await templatesByCategory(category, language), conversation);
    return wording === undefined ? fallback : withFixJoints(fallback, wording);
  } catch {
    return fallback;
  }
}
