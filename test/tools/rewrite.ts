import type { Conversation } from '../../lib/conversation';
import { checkDraft } from '../../lib/engine';

/** The conversation with every text the patient and the doctor typed rewritten by `f`: the
 *  draft, the messages, the intake, the medications and the attachments' text. */
export function rewriteTexts(c: Conversation, f: (text: string) => string): Conversation {
  const patient = c.patient && {
    ...c.patient,
    ...(c.patient.intake === undefined ? {} : { intake: f(c.patient.intake) }),
    ...(c.patient.medications === undefined ? {} : { medications: f(c.patient.medications) }),
  };
  return {
    ...c,
    draft: f(c.draft),
    messages: c.messages.map((m) => ({ ...m, text: f(m.text) })),
    attachments: c.attachments.map((a) => ({ ...a, ...(a.text === undefined ? {} : { text: f(a.text) }) })),
    ...(patient ? { patient } : {}),
  };
}

/** What a finding says and where its evidence stands, one line per finding. */
export function findingSignature(c: Conversation): string[] {
  return checkDraft(c).map(
    (f) => `${f.rule}/${f.severity}@${f.evidence?.source ?? ''}${f.evidence?.index ?? ''}:${f.evidence?.start ?? ''}-${f.evidence?.end ?? ''}`,
  );
}

/** Ids of the cases whose findings change when their texts are rewritten by `f`. */
export function casesChangedBy(cases: readonly Conversation[], f: (text: string) => string): string[] {
  return cases
    .filter((c) => JSON.stringify(findingSignature(c)) !== JSON.stringify(findingSignature(rewriteTexts(c, f))))
    .map((c) => c.id ?? '');
}
