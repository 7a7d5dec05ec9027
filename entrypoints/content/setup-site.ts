import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SETUP_CSS, SetupSite, type SetupPreview } from '@/components/page/SetupSite';
import { deriveMessageSelectors, simpleSelector, uniqueSelector, type NodeInfo } from '@/lib/adapters/derive';
import { SiteAdapterSchema, type SendKey, type SiteAdapter } from '@/lib/adapters/schema';
import { isEditable } from './editor';
import { readThread } from './read-page';

// "Set up this site": the doctor clicks the draft box, the send button, a patient message and a
// doctor message; we derive selectors (lib/adapters/derive.ts), preview what the adapter reads
// and save it through the background. While picking, clicks go to us, not to the site.

function info(el: Element): NodeInfo {
  const attrs: Record<string, string> = {};
  for (const a of el.attributes) if (/^(contenteditable|role|name|type|data-[\w-]+)$/.test(a.name)) attrs[a.name] = a.value;
  return { tag: el.tagName.toLowerCase(), ...(el.id ? { id: el.id } : {}), classes: [...el.classList], attrs };
}

function pathOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) out.unshift(e);
  return out;
}

/** The time inside a message item: a <time datetime>, else an element whose title is a date. */
function findTime(item: Element): { messageTime: string; messageTimeAttr: string } | undefined {
  if (item.querySelector('time[datetime]')) return { messageTime: 'time', messageTimeAttr: 'datetime' };
  for (const el of item.querySelectorAll('[title]')) {
    const t = el.getAttribute('title') ?? '';
    if (/\d{4}-\d{2}-\d{2}/.test(t) && !Number.isNaN(Date.parse(t))) return { messageTime: simpleSelector(info(el)), messageTimeAttr: 'title' };
  }
  return undefined;
}

export function deriveAdapter(doc: Document, picks: Element[], sendKey: SendKey): SiteAdapter {
  const [draftEl, sendEl, patientEl, doctorEl] = picks;
  if (!draftEl || !sendEl || !patientEl || !doctorEl) throw new Error('还没有选完 / not all picked');
  const count = (s: string) => {
    try {
      return doc.querySelectorAll(s).length;
    } catch {
      return 0;
    }
  };
  const draftBox = draftEl.closest('textarea, [contenteditable="true"], [contenteditable=""], input[type="text"]') ?? draftEl;
  if (!isEditable(draftBox)) throw new Error('第 1 步点的不是输入框 / step 1 is not a text box');
  const button = sendEl.closest('button, [role="button"], input[type="submit"], a') ?? sendEl;
  const pPath = pathOf(patientEl);
  const dPath = pathOf(doctorEl);
  let split = 0;
  while (split < pPath.length && pPath[split] === dPath[split]) split++;
  const selectors = deriveMessageSelectors(pPath.map(info), dPath.map(info), split);
  const item = pPath[split];
  const time = item ? findTime(item) : undefined;
  const { origin, pathname } = doc.defaultView?.location ?? new URL('http://localhost/');
  return SiteAdapterSchema.parse({
    id: `site-${origin}${pathname}`.replace(/[^\w.-]+/g, '-'),
    name: doc.title || origin,
    matches: [`${origin.replace(/:\d+$/, '')}${pathname}*`],
    draft: uniqueSelector(pathOf(draftBox).map(info), count),
    sendButton: uniqueSelector(pathOf(button).map(info), count),
    sendKeys: [sendKey],
    ...selectors,
    ...(time ?? {}),
  });
}

export function previewOf(doc: Document, adapter: SiteAdapter): SetupPreview {
  const { messages } = readThread(doc, adapter);
  return {
    patient: messages.filter((m) => m.role === 'patient').length,
    doctor: messages.filter((m) => m.role === 'doctor').length,
    ...(messages[0] ? { first: messages[0].text } : {}),
    ...(messages.at(-1) ? { last: messages.at(-1)?.text } : {}),
  };
}

export function startSetup(doc: Document, save: (adapter: SiteAdapter) => Promise<unknown>): () => void {
  const win = doc.defaultView ?? window;
  const host = doc.createElement('replycheck-setup');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SETUP_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);
  const root = createRoot(mount);
  let picks: Element[] = [];
  let sendKey: SendKey = 'Enter';
  let error: string | undefined;
  let adapter: SiteAdapter | undefined;
  let preview: SetupPreview | undefined;

  const render = () =>
    root.render(
      createElement(SetupSite, {
        step: picks.length,
        error,
        preview,
        sendKey,
        onSendKey: (k: SendKey) => {
          sendKey = k;
          if (adapter) adapter = { ...adapter, sendKeys: [k] };
          render();
        },
        onSave: () => {
          if (adapter) void save(adapter).then(stop, (e: unknown) => ((error = String(e)), render()));
        },
        onRestart: () => {
          picks = [];
          adapter = undefined;
          preview = undefined;
          error = undefined;
          render();
        },
        onCancel: () => stop(),
      }),
    );

  const onClick = (e: MouseEvent) => {
    if (e.composedPath().includes(host) || adapter || !(e.target instanceof Element)) return;
    // While picking, the page does not see the click (no send, no navigation).
    e.preventDefault();
    e.stopImmediatePropagation();
    picks.push(e.target);
    error = undefined;
    if (picks.length === 4) {
      try {
        if (picks[0]?.closest('[contenteditable]')) sendKey = 'Ctrl+Enter';
        adapter = deriveAdapter(doc, picks, sendKey);
        preview = previewOf(doc, adapter);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        picks = [];
      }
    }
    render();
  };
  const swallow = (e: Event) => {
    if (!e.composedPath().includes(host) && !adapter) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  function stop(): void {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('mousedown', swallow, true);
    win.removeEventListener('pointerdown', swallow, true);
    root.unmount();
    host.remove();
  }
  win.addEventListener('click', onClick, true);
  win.addEventListener('mousedown', swallow, true);
  win.addEventListener('pointerdown', swallow, true);
  render();
  return stop;
}
