import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const repeatMedicationAsk: Rule = {
  id: 'repeat-medication-ask',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
