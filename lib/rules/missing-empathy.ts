import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const missingEmpathy: Rule = {
  id: 'missing-empathy',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
