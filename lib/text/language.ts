import { franc } from 'franc-min';
import type { Language } from '../conversation';
import { hanShare } from './normalize';

/** Detect zh or en. Short texts fool franc, and Chinese consultations are full of Latin drug
 *  names and units ("50mg", "CT"), so the Han share decides first and franc only breaks ties. */
export function detectLanguage(text: string): Language {
  const share = hanShare(text);
  if (share >= 0.2) return 'zh';
  if (share === 0 && !/[A-Za-z]/.test(text)) return 'zh';
  if (share > 0.05) {
    const guess = franc(text, { only: ['cmn', 'eng'], minLength: 3 });
    return guess === 'cmn' ? 'zh' : 'en';
  }
  return 'en';
}
