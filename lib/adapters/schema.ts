import { z } from 'zod';

// A site adapter is data, not code: where a consultation console keeps its draft box, send
// button, messages and patient card. Doctors build one with "set up this site", admins will ship
// them in packs, so every adapter crosses a border and is validated here.

export const SendKeySchema = z.enum(['Enter', 'Ctrl+Enter', 'Cmd+Enter']);
export type SendKey = z.infer<typeof SendKeySchema>;

const selector = z.string().trim().min(1).max(500);

export const SiteAdapterSchema = z.object({
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  /** Match patterns in the extension style: "http://127.0.0.1/*", "https://*.example.com/consult/*". */
  matches: z.array(z.string().trim().min(1)).min(1),
  draft: selector,
  sendButton: selector,
  sendKeys: z.array(SendKeySchema).min(1).default(['Enter']),
  /** Every message item of the thread, in order. */
  message: selector,
  /** Matches (on the item itself) only patient messages; the rest are the doctor's. */
  patientMessage: selector,
  /** Inside a message item: its text and its time. Without them the whole item's text is used. */
  messageText: selector.optional(),
  messageTime: selector.optional(),
  /** Attribute holding the ISO time on messageTime ("datetime", "title"); else its text. */
  messageTimeAttr: z.string().optional(),
  patientName: selector.optional(),
  intake: selector.optional(),
  medications: selector.optional(),
  /** Attachment items (figure, img); their kind comes from caption, file name or alt text. */
  attachment: selector.optional(),
  /** Where the page states "now" (a meta tag's content); else the checking time. */
  now: selector.optional(),
});
export type SiteAdapter = z.infer<typeof SiteAdapterSchema>;
export type SiteAdapterInput = z.input<typeof SiteAdapterSchema>;

/** The demo console of test/demo (its DOM contract is in test/demo/README.md). */
export const DEMO_ADAPTER: SiteAdapter = SiteAdapterSchema.parse({
  id: 'demo-console',
  name: '演示问诊台 Demo console',
  // The console itself and its frame; not /alt.html, the other vendor's layout.
  matches: ['http://127.0.0.1/', 'http://127.0.0.1/?*', 'http://localhost/', 'http://localhost/?*'],
  // Every draft box of the console (`&drafts=2` has two, each with its own send button).
  draft: 'textarea.draft-input',
  sendButton: 'button.send-btn',
  sendKeys: ['Enter'],
  message: 'section.thread .msg',
  patientMessage: '.msg-patient',
  messageText: '.msg-text',
  messageTime: 'time',
  messageTimeAttr: 'datetime',
  patientName: 'aside.patient-card .patient-name',
  intake: 'aside.patient-card .intake',
  medications: 'aside.patient-card .medications',
  attachment: 'aside.patient-card figure.attachment',
  now: 'meta[name="replycheck-now"]',
} satisfies SiteAdapterInput);

/** scheme://host/path of a match pattern ("<all_urls>" aside). */
export const MATCH_PATTERN = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/;

/** Does a URL fall under a match pattern ("<all_urls>", "scheme://host/path" with * wildcards;
 *  a port in the URL is ignored, as in extension match patterns)? */
export function matchesPattern(pattern: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return /^(https?|file):$/.test(u.protocol);
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : scheme !== proto) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith('.' + base)) return false;
    } else if (u.hostname !== host) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(u.pathname + u.search);
}

export function adapterMatches(adapter: SiteAdapter, url: string): boolean {
  return adapter.matches.some((p) => matchesPattern(p, url));
}

/** The first adapter for a URL: the doctor's own adapters first, then the built-in ones. */
export function adapterFor(url: string, custom: readonly SiteAdapter[]): SiteAdapter | undefined {
  return [...custom, DEMO_ADAPTER].find((a) => adapterMatches(a, url));
}

/** What an attachment is, from its caption, file name or alt text. A 处方 image is medication
 *  information the patient already gave (seed 000 §4). */
export function attachmentKind(...labels: (string | null | undefined)[]): string {
  const text = labels.filter(Boolean).join(' ').toLowerCase();
  if (/处方|處方|prescription|rx\b|药单|藥單|用药|用藥/.test(text)) return 'prescription';
  if (/化验|化驗|检验|檢驗|检查|檢查|报告|報告|lab|report|血常规|肝功|肾功/.test(text)) return 'lab-report';
  if (/病历|病歷|门诊|門診|出院|record|discharge/.test(text)) return 'medical-record';
  return 'other';
}
