import { ConversationSchema, type ConversationInput } from '../../../lib/conversation';
import { checkDraft } from '../../../lib/engine';
import type { CheckOptionsInput } from '../../../lib/options';
import type { Finding, Fix, RuleId } from '../../../lib/findings';

/** The findings of one rule for a conversation (the whole engine runs, as in the product). */
export function findingsOf(rule: RuleId, c: ConversationInput, options: CheckOptionsInput = {}): Finding[] {
  return checkDraft(ConversationSchema.parse(c), options).filter((f) => f.rule === rule);
}

/** A one-turn conversation: the patient's message and the doctor's draft. */
export function turn(patient: string, draft: string, language?: 'zh' | 'en'): ConversationInput {
  return { ...(language ? { language } : {}), messages: [{ role: 'patient', text: patient }], draft };
}

/** Only findings the scorer counts as flags (info is advice, not a flag). */
export const flags = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.severity !== 'info');

/** The draft as it reads once the doctor clicks a fix: its text inserted where it belongs, as
 *  the page's editor does (entrypoints/content/editor.ts). */
export function withFix(draft: string, fix: Pick<Fix, 'text' | 'at'>): string {
  const at = fix.at === 'start' ? 0 : fix.at === 'end' ? draft.length : Math.min(fix.at.offset, draft.length);
  return draft.slice(0, at) + fix.text + draft.slice(at);
}
