import type { Language } from '@/lib/conversation';
import { detectLanguage } from '@/lib/text/language';

// Access to the site's draft box, textarea or contenteditable. Text goes in through
// document.execCommand('insertText') so the browser records it in the undo stack (Ctrl+Z undoes
// a fix) and the site's React/Vue state hears the `input` event; when execCommand is refused we
// fall back to the native value setter plus an input event (React tracks the native setter).

export type InsertAt = 'cursor' | 'start' | 'end' | { offset: number };

/** The draft box as the content script, the review panel and the `/` palette see it. */
export interface DraftEditorHandle {
  element: HTMLElement;
  getText(): string;
  insertText(text: string, at: InsertAt): void;
  getCaretRect(): DOMRect | null;
  language(): Language;
}

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** True for elements a doctor can type a reply into. */
export function isEditable(el: Element | null): el is HTMLElement {
  if (!el || !(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) return el.type === 'text' && !el.disabled && !el.readOnly;
  return el.isContentEditable;
}

function textOf(el: HTMLElement): string {
  if (isTextControl(el)) return el.value;
  // innerText keeps the line breaks a doctor typed (<div>/<br>), textContent would drop them.
  return (el.innerText ?? el.textContent ?? '').replace(/\n$/, '');
}

function resolveOffset(at: InsertAt, length: number, caret: number | undefined): number {
  if (at === 'start') return 0;
  if (at === 'end') return length;
  if (at === 'cursor') return caret ?? length;
  return Math.max(0, Math.min(length, at.offset));
}

/** Place the caret at a text offset inside a contenteditable (walks its text nodes). */
function placeCaret(el: HTMLElement, offset: number): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let node = walker.nextNode();
  let placed = false;
  while (node) {
    const len = node.textContent?.length ?? 0;
    if (remaining <= len) {
      range.setStart(node, remaining);
      placed = true;
      break;
    }
    remaining -= len;
    node = walker.nextNode();
  }
  if (!placed) {
    range.selectNodeContents(el);
    range.collapse(false);
  } else range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function contentEditableCaret(el: HTMLElement): number | undefined {
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!el.contains(range.startContainer)) return undefined;
  const before = el.ownerDocument.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

function nativeSetValue(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

/** Wrap a draft box. `lastCaret` remembers where the doctor was typing, because clicking a Fix
 *  button in the panel moves focus (and the selection) away from the editor. */
export function createDraftEditor(element: HTMLElement): DraftEditorHandle {
  let lastCaret: number | undefined;
  const remember = () => {
    lastCaret = isTextControl(element) ? (element.selectionStart ?? undefined) : contentEditableCaret(element);
  };
  element.addEventListener('keyup', remember);
  element.addEventListener('mouseup', remember);
  element.addEventListener('input', remember);

  return {
    element,
    getText: () => textOf(element),
    insertText(text, at) {
      const current = textOf(element);
      const offset = resolveOffset(at, current.length, lastCaret);
      element.focus();
      if (isTextControl(element)) element.setSelectionRange(offset, offset);
      else placeCaret(element, offset);
      let inserted = false;
      try {
        inserted = element.ownerDocument.execCommand('insertText', false, text);
      } catch {
        inserted = false;
      }
      // execCommand may report success without changing anything (detached or odd editors).
      if (!inserted || textOf(element) === current) {
        if (isTextControl(element)) nativeSetValue(element, current.slice(0, offset) + text + current.slice(offset));
        else {
          element.textContent = current.slice(0, offset) + text + current.slice(offset);
          element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        }
      }
      lastCaret = offset + text.length;
    },
    getCaretRect() {
      if (isTextControl(element)) return element.getBoundingClientRect();
      const selection = element.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      if (!element.contains(range.startContainer)) return null;
      const rect = range.getBoundingClientRect();
      return rect.width === 0 && rect.height === 0 && rect.x === 0 ? element.getBoundingClientRect() : rect;
    },
    language: () => detectLanguage(textOf(element) || (element.ownerDocument.documentElement.lang.startsWith('en') ? 'hello' : '你好')),
  };
}
