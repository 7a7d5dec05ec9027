import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const genericReply: Rule = {
  id: 'generic-reply',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
