import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Palette, PALETTE_CSS } from '@/components/palette/Palette';
import type { Conversation } from '@/lib/conversation';
import type { Template } from '@/lib/templates/schema';
import type { DraftEditorHandle } from './editor';
import { recordUsage, searchTemplates } from './templates-client';

// Wiring for the quick-reply palette: typing `/` in the draft box opens it over the page in a
// shadow root; the chosen template goes in through the editor's own undoable insertion (so the
// site's state sees it) and its usage is counted. The `/` itself is kept out of the draft while
// the palette is open and given back if the doctor closes it without searching, so typing a
// plain "/" still works. Anything failing here closes the palette and leaves the page alone.
//
// Wiring (content script, index.ts), once per draft box found, detached when it goes away:
//   const detach = attachPalette(createDraftEditor(box), { conversation: () => currentConversation() });
// `conversation` fills {{患者称呼}}/{{药名}}/{{用药情况}}… from the page; without it the fill-in
// form asks for every variable.

export interface PaletteOptions {
  /** The conversation on screen, to fill template variables; read when a template is chosen. */
  conversation?: () => Conversation | undefined;
  /** The key that opens the palette (default "/"). */
  trigger?: string;
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

/** Open only where a `/` starts something: at the start, or after a space, a line break, Han
 *  text or punctuation — never inside "1/2片" or "mg/d". */
export function opensPaletteAfter(previous: string | undefined): boolean {
  return previous === undefined || !/[A-Za-z0-9.\-_:/]/.test(previous);
}

export function attachPalette(editor: DraftEditorHandle, opts: PaletteOptions = {}): () => void {
  const trigger = opts.trigger ?? '/';
  const doc = editor.element.ownerDocument;
  let host: HTMLElement | null = null;
  let root: Root | null = null;

  const close = () => {
    root?.unmount();
    host?.remove();
    root = null;
    host = null;
  };

  const open = (offset: number) => {
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
        void Promise.resolve(editor.insertText(text, { offset }))
          .then(() => recordUsage(template.id))
          .catch((e: unknown) => console.warn('ReplyCheck: template not inserted', e));
      });
    const onClose = (queryWasEmpty: boolean) =>
      back(() => {
        if (queryWasEmpty) void Promise.resolve(editor.insertText(trigger, { offset })).catch(() => undefined);
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

  const onKeyDown = (e: KeyboardEvent) => {
    try {
      if (e.key !== trigger || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || root) return;
      const offset = caretOffset(editor.element);
      if (offset === undefined) return;
      // A selection would be replaced by the typed key: leave that to the page.
      if (
        (editor.element instanceof HTMLTextAreaElement || editor.element instanceof HTMLInputElement) &&
        editor.element.selectionEnd !== editor.element.selectionStart
      )
        return;
      const previous = offset > 0 ? editor.getText().slice(0, offset).at(-1) : undefined;
      if (!opensPaletteAfter(previous)) return;
      e.preventDefault();
      e.stopPropagation();
      open(offset);
    } catch (err) {
      close();
      console.warn('ReplyCheck: palette failed', err);
    }
  };

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

  editor.element.addEventListener('keydown', onKeyDown, true);
  editor.element.addEventListener('focus', onFocus);
  doc.addEventListener('pointerdown', onPointerDown, true);
  return () => {
    editor.element.removeEventListener('keydown', onKeyDown, true);
    editor.element.removeEventListener('focus', onFocus);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    close();
  };
}
