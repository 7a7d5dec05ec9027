import type { Rule } from './types';

// PLACEHOLDER: the rule helper replaces this file.
export const referralWithoutReason: Rule = {
  id: 'referral-without-reason',
  meta: { title: { zh: '', en: '' }, docs: { zh: '', en: '' }, defaultSeverity: 'warning', languages: ['zh', 'en'] },
  check: () => [],
};
