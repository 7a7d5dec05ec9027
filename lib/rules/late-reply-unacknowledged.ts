import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const lateReplyUnacknowledged: Rule = {
  id: 'late-reply-unacknowledged',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
