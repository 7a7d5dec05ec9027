import type { SendKey } from '@/lib/adapters/schema';

// Which key presses are a send. An Enter that commits an IME composition (pinyin → 汉字) is
// never a send: browsers flag it with isComposing, older ones with keyCode 229.

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

export function isComposingKey(e: KeyLike): boolean {
  return e.isComposing || e.keyCode === 229;
}

export function sendKeyOf(e: KeyLike, keys: readonly SendKey[]): SendKey | undefined {
  if (e.key !== 'Enter' || isComposingKey(e) || e.shiftKey || e.altKey) return undefined;
  if (e.ctrlKey && !e.metaKey) return keys.includes('Ctrl+Enter') ? 'Ctrl+Enter' : undefined;
  if (e.metaKey && !e.ctrlKey) return keys.includes('Cmd+Enter') ? 'Cmd+Enter' : undefined;
  if (!e.ctrlKey && !e.metaKey) return keys.includes('Enter') ? 'Enter' : undefined;
  return undefined;
}

/** Alt+Shift+R in the draft box opens the review without sending: the badge, reached by the
 *  keyboard (its tooltip names the keys). Read by physical key: Option+Shift+R on a Mac types "‰". */
export function isReviewKey(e: KeyLike & { code?: string }): boolean {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isComposingKey(e)) return false;
  return e.code === 'KeyR' || e.key.toLowerCase() === 'r';
}

/** The keydown to re-dispatch for "send anyway". */
export function keyEventInit(key: SendKey): KeyboardEventInit {
  return {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    ctrlKey: key === 'Ctrl+Enter',
    metaKey: key === 'Cmd+Enter',
  } as KeyboardEventInit;
}
