import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const riskNotAddressed: Rule = {
  id: 'risk-not-addressed',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
