import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const unansweredQuestion: Rule = {
  id: 'unanswered-question',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
