import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const missingClosing: Rule = {
  id: 'missing-closing',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
