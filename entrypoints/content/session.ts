import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Overlay, OVERLAY_CSS } from '@/components/page/Overlay';
import { createOverlayStore, type OverlayActions } from '@/components/page/overlay-store';
import type { SiteAdapter, SendKey } from '@/lib/adapters/schema';
import type { CountKind } from '@/lib/adapters/page-settings';
import type { Conversation } from '@/lib/conversation';
import { checkDraft } from '@/lib/engine';
import type { Finding, Fix, RuleId } from '@/lib/findings';
import type { CheckOptionsInput } from '@/lib/options';
import { fittedText } from '@/lib/rules/fix-place';
import { createDraftEditor, isEditable, placeSelection, type DraftEditorHandle } from './editor';
import { isNearbySendButton } from './generic';
import { evidenceElement, readConversation, readThread, type ThreadRead } from './read-page';
import { isReviewKey, keyEventInit, sendKeyOf } from './send-keys';

// One page (or frame) under ReplyCheck: live check while typing, the badge, and the send hold.
// Every handler is wrapped so that anything throwing leaves the page as if we were absent.

export const DEBUG_THROW_KEY = 'replycheck:debug-throw';
const DEBOUNCE_MS = 250;

export interface SessionOptions {
  doc: Document;
  adapter: SiteAdapter;
  /** The generic fallback: the focused box and a nearby 发送/Send button, no thread. */
  generic: boolean;
  active(): boolean;
  checkOptions(): CheckOptionsInput;
  count(kind: CountKind): void;
  /** The doctor's template for a fix's category, else the fix's own text. */
  fixText(fix: Fix, conversation: Conversation | undefined): Promise<string>;
  /** Called once per draft box (the `/` palette). Returns a detach function. */
  onEditor?(editor: DraftEditorHandle, conversation: () => Conversation | undefined): () => void;
}

/** A held send: how it was made, and the draft box it sends. */
type PendingSend = ({ kind: 'click'; button: HTMLElement | null } | { kind: 'key'; key: SendKey }) & { editor: DraftEditorHandle };

/** A running session: stop it, or re-check the draft now (the check settings changed). */
export interface Session {
  stop(): void;
  refresh(): void;
}

export function startSession(opts: SessionOptions): Session {
  const { doc, adapter } = opts;
  const win = doc.defaultView ?? window;
  const editors = new WeakMap<Element, DraftEditorHandle>();
  const detachers: (() => void)[] = [];
  let current: DraftEditorHandle | null = null;
  let thread: ThreadRead | null = null;
  let conversationKey = win.location.href;
  let ignored = new Set<RuleId>();
  /** Per draft box, the text whose send was held once already (the next send of it goes). */
  let held = new WeakMap<Element, string>();
  let pending: PendingSend | null = null;
  let bypass = false;
  let lastText: string | null = null;
  let lastFindings: Finding[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** True while a Fix is going in: its input event is ours, not the doctor's editing. */
  let inserting = false;

  // ---- overlay in a shadow root (nothing drawn into the site's editor) ----
  const host = doc.createElement('replycheck-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);
  const store = createOverlayStore();
  let root: Root | null = createRoot(mount);

  const isOurs = (t: EventTarget | null) => t === host || (t instanceof Node && host.contains(t));

  function editorFor(el: Element | null): DraftEditorHandle | null {
    if (!el) return null;
    const box = opts.generic ? (isEditable(el) ? el : null) : el.closest(adapter.draft);
    if (!(box instanceof HTMLElement)) return null;
    let handle = editors.get(box);
    if (!handle) {
      handle = createDraftEditor(box);
      editors.set(box, handle);
      if (opts.onEditor) {
        try {
          detachers.push(opts.onEditor(handle, () => safeConversation(handle?.getText() ?? '')));
        } catch {
          /* the palette is optional */
        }
      }
    }
    return handle;
  }

  /** The elements matching `selector` nearest to `from`: those inside its closest ancestor
   *  that has any. A send button's own draft box, a draft box's own send button. */
  function nearest(from: Element, selector: string): Element[] {
    for (let el = from.parentElement; el; el = el.parentElement) {
      const found = [...el.querySelectorAll(selector)].filter((x) => x !== from);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** The draft box a send button sends: the nearest one (on a page with several boxes, each
   *  send button belongs to its own), not simply the box that had the focus. */
  function editorForButton(button: Element): DraftEditorHandle | null {
    const inUse = activeEditor();
    if (opts.generic) return inUse;
    const boxes = nearest(button, adapter.draft);
    if (boxes.length === 0) return inUse;
    // Equally near: the box in use if it is one of them, else the first.
    return editorFor(inUse && boxes.includes(inUse.element) ? inUse.element : (boxes[0] ?? null));
  }

  /** The draft box in use: the last one focused while it is still on the page (editors get
   *  re-rendered), else the adapter's first. */
  function activeEditor(): DraftEditorHandle | null {
    if (current?.element.isConnected) return current;
    current = opts.generic ? null : editorFor(doc.querySelector(adapter.draft));
    return current;
  }

  // ---- reading and checking ----
  const observer = new MutationObserver((records) => {
    if (records.every((r) => isOurs(r.target) || (current && current.element.contains(r.target)))) return;
    thread = null;
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  function conversationFor(text: string): Conversation {
    if (win.localStorage.getItem(DEBUG_THROW_KEY) === '1') throw new Error('ReplyCheck debug: forced engine error');
    if (win.location.href !== conversationKey) {
      // Single-page navigation to another patient: their own ignores, their own hold.
      conversationKey = win.location.href;
      ignored = new Set();
      held = new WeakMap();
      thread = null;
    }
    thread ??= opts.generic ? { messages: [], attachments: [] } : readThread(doc, adapter);
    return readConversation(thread, text);
  }

  function safeConversation(text: string): Conversation | undefined {
    try {
      return conversationFor(text);
    } catch {
      return undefined;
    }
  }

  function check(text: string): Finding[] {
    const conversation = conversationFor(text);
    lastText = text;
    lastFindings = checkDraft(conversation, opts.checkOptions()).filter((f) => !ignored.has(f.rule));
    return lastFindings;
  }

  const blocking = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');
  const languageOf = (editor: DraftEditorHandle) => {
    try {
      return editor.language();
    } catch {
      return 'zh' as const;
    }
  };

  function updateBadge(findings: Finding[] | null): void {
    const editor = activeEditor();
    if (!editor || findings === null || editor.getText().trim() === '') {
      store.set({ badge: null });
      return;
    }
    const r = editor.element.getBoundingClientRect();
    const worst = findings.some((f) => f.severity === 'error')
      ? 'error'
      : findings.some((f) => f.severity === 'warning')
        ? 'warning'
        : findings.length > 0
          ? 'info'
          : 'none';
    store.set({ badge: { rect: { top: r.top, left: r.left, width: r.width, height: r.height }, count: findings.length, worst } });
  }

  function liveCheck(): void {
    try {
      const editor = activeEditor();
      if (!editor || !opts.active()) return updateBadge(null);
      const text = editor.getText();
      // Only re-check when the text changed or the thread did.
      const findings = text === lastText && thread ? lastFindings : check(text);
      updateBadge(findings);
    } catch {
      store.set({ badge: null });
    }
  }

  function showPanel(findings: Finding[], held: boolean): void {
    const editor = activeEditor();
    const language = editor ? languageOf(editor) : 'zh';
    const r = editor?.element.getBoundingClientRect();
    const anchor = r
      ? { top: r.top, bottom: r.bottom, right: r.right, viewportWidth: win.innerWidth, viewportHeight: win.innerHeight }
      : undefined;
    flushSync(() => store.set({ panel: { findings, held, language, ...(anchor ? { anchor } : {}) } }));
  }

  // ---- the send hold ----
  function maybeHold(e: Event, how: PendingSend): void {
    try {
      if (bypass || !opts.active()) return;
      const { editor } = how;
      const text = editor.getText();
      if (text.trim() === '') return;
      // Held once already for exactly this text in this box: the doctor has seen it, let it go.
      if (held.get(editor.element) === text) {
        held.delete(editor.element);
        store.set({ panel: null });
        return;
      }
      const findings = check(text);
      opts.count('checked');
      if (blocking(findings).length === 0) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      held.set(editor.element, text);
      pending = how;
      // The box whose send is held is the one in use now: the badge and the panel go to it.
      current = editor;
      opts.count('held');
      updateBadge(findings);
      showPanel(findings, true);
    } catch {
      // Fail open: the event continues to the site untouched.
    }
  }

  function onClick(e: MouseEvent): void {
    if (bypass || isOurs(e.target) || !(e.target instanceof Element)) return;
    try {
      const button = e.target.closest(adapter.sendButton);
      if (!(button instanceof HTMLElement)) return;
      const editor = editorForButton(button);
      if (!editor) return;
      if (opts.generic && !isNearbySendButton(button, editor.element)) return;
      maybeHold(e, { kind: 'click', button, editor });
    } catch {
      /* fail open */
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (bypass || isOurs(e.target) || !(e.target instanceof Element)) return;
    try {
      if (isReviewKey(e)) {
        const editor = editorFor(e.target);
        if (!editor || !opts.active()) return;
        e.preventDefault();
        e.stopPropagation();
        current = editor;
        showPanel(check(editor.getText()), false);
        return;
      }
      const key = sendKeyOf(e, adapter.sendKeys);
      if (!key) return;
      const editor = editorFor(e.target);
      if (!editor) return;
      maybeHold(e, { kind: 'key', key, editor });
    } catch {
      /* fail open */
    }
  }

  function onInput(e: Event): void {
    if (isOurs(e.target) || !(e.target instanceof Element)) return;
    const editor = editorFor(e.target);
    if (!editor) return;
    current = editor;
    // The doctor went back to editing: the held panel is stale; this box's next send checks again.
    if (!inserting) {
      held.delete(editor.element);
      if (store.get().panel) store.set({ panel: null });
    }
    clearTimeout(timer);
    timer = setTimeout(liveCheck, DEBOUNCE_MS);
  }

  function onFocusIn(e: FocusEvent): void {
    if (isOurs(e.target) || !(e.target instanceof Element)) return;
    const editor = editorFor(e.target);
    if (editor) {
      current = editor;
      liveCheck();
    }
  }

  let frame = 0;
  const onViewportChange = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (store.get().badge) updateBadge(lastFindings);
    });
  };

  const actions: OverlayActions = {
    fix(_finding, fix) {
      const editor = activeEditor();
      if (!editor) return;
      const conversation = safeConversation(editor.getText());
      void opts
        .fixText(fix, conversation)
        .catch(() => fix.text)
        .then((text) => {
          inserting = true;
          try {
            // The doctor's template is fitted to its place as the engine's own text is.
            editor.insertText(fittedText(editor.getText(), fix.at, languageOf(editor), text), fix.at);
          } finally {
            inserting = false;
          }
          opts.count('fixed');
          const findings = check(editor.getText());
          updateBadge(findings);
          const panel = store.get().panel;
          // A lead-in waits for the doctor's words: the panel steps aside, the caret stays after it.
          if (fix.completeInDraft) store.set({ panel: null });
          else if (panel) showPanel(findings, panel.held);
        })
        .catch(() => undefined);
    },
    ignore(finding) {
      ignored.add(finding.rule);
      lastFindings = lastFindings.filter((f) => f.rule !== finding.rule);
      updateBadge(lastFindings);
      const panel = store.get().panel;
      if (panel) showPanel(panel.findings.filter((f) => f.rule !== finding.rule), panel.held);
    },
    sendAnyway() {
      const how = pending;
      store.set({ panel: null });
      pending = null;
      if (!how) return;
      const { editor } = how;
      held.delete(editor.element);
      opts.count('sentAnyway');
      bypass = true;
      try {
        if (how.kind === 'click') {
          // The button that was clicked, else (re-rendered) this box's own send button.
          const button = how.button?.isConnected ? how.button : nearest(editor.element, adapter.sendButton)[0];
          if (button instanceof HTMLElement) button.click();
        } else {
          editor.element.focus();
          editor.element.dispatchEvent(new KeyboardEvent('keydown', keyEventInit(how.key)));
        }
      } finally {
        bypass = false;
      }
    },
    close() {
      store.set({ panel: null });
      activeEditor()?.element.focus();
    },
    openPanel() {
      try {
        const editor = activeEditor();
        if (!editor) return;
        showPanel(check(editor.getText()), false);
      } catch {
        /* nothing to show */
      }
    },
    showEvidence(finding) {
      try {
        const evidence = finding.evidence;
        if (!evidence) return;
        if (evidence.source === 'draft') {
          // The quoted words, selected in the draft: the panel steps aside for the edit.
          const editor = activeEditor();
          if (!editor) return;
          store.set({ panel: null });
          editor.select(evidence.start, evidence.end);
          return;
        }
        const el = opts.generic ? null : evidenceElement(doc, adapter, evidence);
        if (!el) return;
        el.scrollIntoView({ block: 'center' });
        // Offsets are in the text as read (trimmed innerText): find the quote in the element's own text.
        const at = (el.textContent ?? '').indexOf(evidence.text);
        if (at >= 0) placeSelection(el, at, at + evidence.text.length);
      } catch {
        /* the page changed under us: nothing to show */
      }
    },
  };
  root.render(createElement(Overlay, { store, actions }));

  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('focusin', onFocusIn, true);
  win.addEventListener('scroll', onViewportChange, true);
  win.addEventListener('resize', onViewportChange);

  const stop = () => {
    clearTimeout(timer);
    observer.disconnect();
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    win.removeEventListener('scroll', onViewportChange, true);
    win.removeEventListener('resize', onViewportChange);
    for (const d of detachers) d();
    root?.unmount();
    root = null;
    host.remove();
  };
  // New settings: the cached findings are stale, the badge is re-drawn from a fresh check.
  const refresh = () => {
    lastText = null;
    liveCheck();
  };
  return { stop, refresh };
}
