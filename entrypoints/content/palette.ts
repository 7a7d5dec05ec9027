import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Palette, PALETTE_CSS } from '@/components/palette/Palette';
import type { Conversation } from '@/lib/conversation';
import type { Template } from '@/lib/templates/schema';
import type { DraftEditorHandle } from './editor';
import { DEFAULT_PALETTE_TRIGGER, triggerStart } from '@/lib/templates/trigger';
import { recordUsage, searchTemplates } from './templates-client';

// Wiring for the quick-reply palette: typing the trigger (`/`, or what the doctor set in the
// options page: `//`, `；` …) in the draft box opens it over the page in a shadow root; the chosen
// template replaces the trigger through the editor's own undoable insertion (so the site's state
// sees it) and its usage is counted. A trigger typed as a key is kept out of the draft while the
// palette is open and given back if the doctor closes it without searching, so typing a plain
// "/" still works. What an IME commits (`；`) is already in the draft when we see it, and is
// replaced the same way. Anything failing here closes the palette and leaves the page alone.
//
// Wiring (content script, index.ts), once per draft box found, detached when it goes away:
//   const detach = attachPalette(createDraftEditor(box), { conversation: () => currentConversation(), trigger: () => stored });
// `conversation` fills {{患者称呼}}/{{药名}}/{{用药情况}}… from the page; without it the fill-in
// form asks for every variable.

export interface PaletteOptions {
  /** The conversation on screen, to fill template variables; read when a template is chosen. */
  conversation?: () => Conversation | undefined;
  /** What opens the palette (default "/"), read at each keystroke so a change applies at once. */
  trigger?: string | (() => string);
}

/** Caret offset in the editor's text: selectionStart for inputs, else the text before the
 *  selection's start inside the editable element. */
export function caretOffset(element: HTMLElement): number | undefined {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)
    return element.selectionStart ?? undefined;
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer)) return undefined;
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

export function attachPalette(editor: DraftEditorHandle, opts: PaletteOptions = {}): () => void {
  const triggerNow = (): string => {
    try {
      return (typeof opts.trigger === 'function' ? opts.trigger() : opts.trigger) || DEFAULT_PALETTE_TRIGGER;
    } catch {
      return DEFAULT_PALETTE_TRIGGER;
    }
  };
  const doc = editor.element.ownerDocument;
  let host: HTMLElement | null = null;
  let root: Root | null = null;

  const close = () => {
    root?.unmount();
    host?.remove();
    root = null;
    host = null;
  };

  /** The trigger's place in the draft: from `start`, `present` characters of it are in the
   *  draft already; `missing` is the part we kept out (the key that completed it). */
  type Opening = { start: number; present: number; missing: string };

  const open = ({ start, present, missing }: Opening) => {
    close();
    host = doc.createElement('replycheck-palette');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PALETTE_CSS;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.body.append(host);

    // Below the caret when there is room, else above it; always inside the viewport.
    const rect = editor.getCaretRect() ?? editor.element.getBoundingClientRect();
    const view = doc.defaultView;
    const width = 380;
    const height = 360;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(rect.left, vw - width - 8));
    const top = rect.bottom + height + 8 <= vh ? rect.bottom + 4 : Math.max(8, rect.top - height - 4);
    mount.style.cssText = `position:fixed;left:${left}px;top:${top}px;z-index:2147483647`;

    const back = (then?: () => void) => {
      close();
      editor.element.focus();
      then?.();
    };
    const onInsert = (text: string, template: Template) =>
      back(() => {
        void Promise.resolve(editor.insertText(text, { offset: start, length: present }))
          .then(() => recordUsage(template.id))
          .catch((e: unknown) => console.warn('ReplyCheck: template not inserted', e));
      });
    // Closed with nothing searched: the draft gets the whole trigger, as if we were absent.
    // Closed after searching: the trigger goes, as it would have with a template.
    const onClose = (queryWasEmpty: boolean) =>
      back(() => {
        const at = queryWasEmpty ? { offset: start + present } : { offset: start, length: present };
        void Promise.resolve(editor.insertText(queryWasEmpty ? missing : '', at)).catch(() => undefined);
      });

    root = createRoot(mount);
    root.render(
      createElement(Palette, {
        language: editor.language(),
        search: (query: string) => searchTemplates(query, { language: editor.language(), limit: 12 }),
        ...(opts.conversation ? { conversation: opts.conversation } : {}),
        onInsert,
        onClose,
      }),
    );
  };

  const collapsedCaret = (): number | undefined => {
    const el = editor.element;
    // A selection would be replaced by the typed text: leave that to the page.
    if ((el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && el.selectionEnd !== el.selectionStart) return undefined;
    return caretOffset(el);
  };

  /** `typed` is about to go in at the caret (`inDraft` false) or has just gone in before it
   *  (`inDraft` true, an IME's commit): open if it completes the trigger. */
  const tryOpen = (typed: string, inDraft: boolean): boolean => {
    if (root) return false;
    // Every typed character comes through here (twice: keydown, then beforeinput): settle the
    // common case, a character that cannot end the trigger, before reading the draft.
    const trigger = triggerNow();
    if (!trigger.endsWith(typed)) return false;
    const caret = collapsedCaret();
    if (caret === undefined) return false;
    const before = editor.getText().slice(0, caret);
    if (inDraft && !before.endsWith(typed)) return false;
    const start = triggerStart(inDraft ? before.slice(0, before.length - typed.length) : before, typed, trigger);
    if (start === undefined) return false;
    open({ start, present: caret - start, missing: inDraft ? '' : typed });
    return true;
  };

  const guarded = (handler: () => void) => {
    try {
      handler();
    } catch (err) {
      close();
      console.warn('ReplyCheck: palette failed', err);
    }
  };

  // A key the keyboard types (`/`): caught before it goes in.
  const onKeyDown = (e: KeyboardEvent) =>
    guarded(() => {
      if ([...e.key].length !== 1 || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (!tryOpen(e.key, false)) return;
      e.preventDefault();
      e.stopPropagation();
    });

  // Text that comes without its own key (an IME's punctuation such as `；`, a soft keyboard):
  // kept out when the browser lets us, else caught once it is in.
  let typedPending: string | null = null;
  const onBeforeInput = (e: InputEvent) =>
    guarded(() => {
      typedPending = null;
      if (e.inputType !== 'insertText' || !e.data || e.isComposing) return;
      if (!e.cancelable) typedPending = e.data;
      else if (tryOpen(e.data, false)) {
        e.preventDefault();
        e.stopPropagation();
      }
    });
  const onInput = () =>
    guarded(() => {
      const typed = typedPending;
      typedPending = null;
      if (typed) tryOpen(typed, true);
    });
  const onCompositionEnd = (e: CompositionEvent) => guarded(() => void (e.data && tryOpen(e.data, true)));

  // A click elsewhere closes the palette (its own clicks stay inside its shadow root).
  const onPointerDown = (e: Event) => {
    if (host && !e.composedPath().includes(host)) close();
  };

  // Warm the background's search index when the doctor starts writing: after another context
  // changed the library (an import of thousands) the background reloads it once, and that
  // should happen before the first `/`, not after it.
  let warmedAt = 0;
  const onFocus = () => {
    if (Date.now() - warmedAt < 30_000) return;
    warmedAt = Date.now();
    void searchTemplates('', { limit: 1 }).catch(() => undefined);
  };

  const listeners: [string, (e: never) => void][] = [
    ['keydown', onKeyDown],
    ['beforeinput', onBeforeInput],
    ['input', onInput],
    ['compositionend', onCompositionEnd],
  ];
  for (const [type, listener] of listeners) editor.element.addEventListener(type, listener as EventListener, true);
  editor.element.addEventListener('focus', onFocus);
  doc.addEventListener('pointerdown', onPointerDown, true);
  return () => {
    for (const [type, listener] of listeners) editor.element.removeEventListener(type, listener as EventListener, true);
    editor.element.removeEventListener('focus', onFocus);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    close();
  };
}
