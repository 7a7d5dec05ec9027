import type { Conversation } from './conversation';
import type { Finding } from './findings';
import { CheckOptionsSchema, type CheckOptionsInput } from './options';
import { RULES } from './rules';
import { framingPhrasesOf } from './rules/framing';
import { isHoldingReply } from './rules/holding';
import type { RuleContext, TextSource } from './rules/types';
import { conversationLanguage } from './text/language';
import { normalize } from './text/normalize';

function source(src: TextSource['source'], text: string, index?: number): TextSource {
  return { source: src, text, norm: normalize(text), ...(index === undefined ? {} : { index }) };
}

/** Everything the patient said or gave, their latest turn, and what the doctor has already sent
 *  since, read once for all rules. */
export function readConversation(conversation: Conversation): Pick<RuleContext, 'patientSources' | 'latestTurn' | 'doctorTurn'> {
  const patientSources: TextSource[] = [];
  const { patient, attachments, messages } = conversation;
  const intake = patient?.intake ? source('intake', patient.intake) : undefined;
  if (intake) patientSources.push(intake);
  if (patient?.medications) patientSources.push(source('medications', patient.medications));
  attachments.forEach((a, i) => {
    const text = [a.kind, a.name, a.text].filter(Boolean).join(' ');
    patientSources.push(source('attachment', text, i));
  });
  // The doctor may already have sent part of this reply (several bubbles): the patient's latest
  // turn is the one before those, and the bubbles are the reply's start.
  const lastPatient = messages.findLastIndex((m) => m.role === 'patient');
  const doctorBefore = messages.findLastIndex((m, i) => m.role === 'doctor' && i < lastPatient);
  const latestTurn: TextSource[] = [];
  const doctorTurn: TextSource[] = [];
  messages.forEach((m, i) => {
    if (m.role === 'doctor') {
      if (i > lastPatient) doctorTurn.push(source('message', m.text, i));
      return;
    }
    const s = source('message', m.text, i);
    patientSources.push(s);
    if (i > doctorBefore) latestTurn.push(s);
  });
  if (latestTurn.length === 0 && intake && doctorBefore === -1) latestTurn.push(intake);
  return { patientSources, latestTurn, doctorTurn };
}

const NO_PHRASES: readonly string[] = [];
const noPackPhrases = (): readonly string[] => NO_PHRASES;

/** Check a draft against its conversation. Pure and synchronous: the same in the content
 *  script, the CLI and the tests. */
export function checkDraft(conversation: Conversation, options: CheckOptionsInput = {}): Finding[] {
  const opts = CheckOptionsSchema.parse(options);
  const language = conversationLanguage(conversation);
  const now = conversation.now ? new Date(conversation.now) : opts.now;
  const read = readConversation(conversation);
  const draft = source('draft', conversation.draft);
  // Most checks have no pack phrases: rules ask for them often, so skip building the key then.
  const packPhrases = Object.keys(opts.extraPhrases).length === 0 ? noPackPhrases : (rule: string, list: string): readonly string[] => opts.extraPhrases[`${rule}/${list}`] ?? NO_PHRASES;
  // Read once for the rules that leave a holding message alone ("收到，我看一下").
  const holding = isHoldingReply(draft.norm, language, framingPhrasesOf({ packPhrases }));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = opts.rules[rule.id];
    if (setting === 'off' || !rule.meta.languages.includes(language)) continue;
    const severity = setting ?? rule.meta.defaultSeverity;
    const ctx: RuleContext = {
      conversation,
      language,
      draft,
      now,
      ...read,
      holding,
      severity,
      extraPhrases: (list) => packPhrases(rule.id, list),
      packPhrases,
    };
    findings.push(...rule.check(ctx));
  }
  return findings;
}
