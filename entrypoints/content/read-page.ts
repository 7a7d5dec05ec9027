import { ConversationSchema, type Attachment, type Conversation, type Message } from '@/lib/conversation';
import { attachmentKind, type SiteAdapter } from '@/lib/adapters/schema';
import type { Evidence } from '@/lib/findings';

// Reading the page into a Conversation through an adapter. Everything read is validated with
// ConversationSchema: a page that changed shape gives a parse error (and the send goes through),
// never a half-read conversation that makes rules cry wolf.

function text(el: Element | null | undefined): string | undefined {
  const t = (el as HTMLElement | null | undefined)?.innerText ?? el?.textContent ?? undefined;
  const trimmed = t?.trim();
  return trimmed ? trimmed : undefined;
}

function isoOrUndefined(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  return Number.isNaN(Date.parse(s)) ? undefined : s;
}

function messageTime(item: Element, adapter: SiteAdapter): string | undefined {
  if (!adapter.messageTime) return undefined;
  const el = item.querySelector(adapter.messageTime);
  if (!el) return undefined;
  return isoOrUndefined(adapter.messageTimeAttr ? el.getAttribute(adapter.messageTimeAttr) : el.textContent?.trim());
}

/** What a page gives besides the draft. (Not Omit<Conversation,'draft'>: the schema is loose,
 *  and Omit over its index signature would lose the known fields.) */
export type ThreadRead = Pick<Conversation, 'messages' | 'attachments' | 'now' | 'patient'>;

/** The thread's messages as read, in order: the message element, the element holding its text,
 *  and the text. Messages without text are not read, so indices (evidence `message N`) count
 *  only these. */
function threadMessages(doc: Document, adapter: SiteAdapter): { item: Element; body: Element; text: string }[] {
  const out: { item: Element; body: Element; text: string }[] = [];
  for (const item of doc.querySelectorAll(adapter.message)) {
    const body = adapter.messageText ? item.querySelector(adapter.messageText) : item;
    const t = text(body);
    if (body && t) out.push({ item, body, text: t });
  }
  return out;
}

/** The thread, patient card and attachments as the adapter sees them, without the draft. */
export function readThread(doc: Document, adapter: SiteAdapter): ThreadRead {
  const messages: Message[] = threadMessages(doc, adapter).map(({ item, text: t }) => {
    const at = messageTime(item, adapter);
    return { role: item.matches(adapter.patientMessage) ? 'patient' : 'doctor', text: t, ...(at ? { at } : {}) };
  });
  const attachments: Attachment[] = [];
  if (adapter.attachment) {
    for (const a of doc.querySelectorAll(adapter.attachment)) {
      const img = a instanceof HTMLImageElement ? a : a.querySelector('img');
      const caption = text(a.querySelector('figcaption')) ?? a.getAttribute('title') ?? undefined;
      const alt = img?.getAttribute('alt') ?? undefined;
      const src = img?.getAttribute('src') ?? '';
      const fileName = alt ?? (src.startsWith('data:') ? undefined : src.split('/').pop());
      attachments.push({ kind: attachmentKind(caption, fileName, alt), ...(fileName ? { name: fileName } : {}), ...(caption ? { text: caption } : {}) });
    }
  }
  const pick = (sel?: string) => (sel ? text(doc.querySelector(sel)) : undefined);
  const name = pick(adapter.patientName);
  const intake = pick(adapter.intake);
  const medications = pick(adapter.medications);
  const nowEl = adapter.now ? doc.querySelector(adapter.now) : null;
  const now = isoOrUndefined(nowEl?.getAttribute('content') ?? nowEl?.getAttribute('datetime') ?? nowEl?.textContent);
  return {
    attachments,
    messages,
    ...(now ? { now } : {}),
    ...(name || intake || medications
      ? { patient: { ...(name ? { name } : {}), ...(intake ? { intake } : {}), ...(medications ? { medications } : {}) } }
      : {}),
  };
}

/** The element on the page that a finding's evidence quotes from (a patient message, the intake,
 *  the medication list, an attachment), found the way readThread read it; null when the page no
 *  longer shows it. The draft's own quotes are the editor's business. */
export function evidenceElement(doc: Document, adapter: SiteAdapter, evidence: Evidence): HTMLElement | null {
  const element = (el: Element | null | undefined) => (el instanceof HTMLElement ? el : null);
  switch (evidence.source) {
    case 'message':
      return element(threadMessages(doc, adapter)[evidence.index ?? -1]?.body);
    case 'intake':
      return adapter.intake ? element(doc.querySelector(adapter.intake)) : null;
    case 'medications':
      return adapter.medications ? element(doc.querySelector(adapter.medications)) : null;
    case 'attachment':
      return adapter.attachment ? element(doc.querySelectorAll(adapter.attachment)[evidence.index ?? -1]) : null;
    default:
      return null;
  }
}

/** The conversation with the draft, validated. Throws on a page it cannot read. */
export function readConversation(thread: ThreadRead, draft: string): Conversation {
  return ConversationSchema.parse({ ...thread, draft });
}
