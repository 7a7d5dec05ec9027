import { SiteAdapterSchema, type SiteAdapter } from '@/lib/adapters/schema';

// The generic fallback for consoles without an adapter: the draft box the doctor is typing in
// and the 发送/Send button near it. It reads no thread (a selector matching nothing), so only
// the draft-only rules speak: it checks with what it can read.

export const SEND_LABEL = /^\s*(发送|發送|send|回复|回覆|reply|提交)\s*$/i;

export const GENERIC_ADAPTER: SiteAdapter = SiteAdapterSchema.parse({
  id: 'generic',
  name: '通用 Generic',
  matches: ['<all_urls>'],
  draft: 'textarea, [contenteditable="true"], [contenteditable=""]',
  sendButton: 'button, [role="button"], input[type="submit"], input[type="button"]',
  sendKeys: ['Enter', 'Ctrl+Enter', 'Cmd+Enter'],
  message: 'replycheck-no-thread',
  patientMessage: 'replycheck-no-thread',
});

/** Is `button` a send button near `editor` (within a few ancestors of it)? */
export function isNearbySendButton(button: Element, editor: Element | null): boolean {
  const label = (button instanceof HTMLInputElement ? button.value : button.textContent) ?? '';
  if (!SEND_LABEL.test(label)) return false;
  if (!editor) return false;
  let box: Element | null = editor;
  for (let i = 0; i < 5 && box; i++, box = box.parentElement) if (box.contains(button)) return true;
  return false;
}
