import type { Language } from '@/lib/conversation';
import { detectLanguage } from '@/lib/text/language';

// Access to the site's draft box, textarea or contenteditable. Text goes in through
// document.execCommand('insertText') so the browser records it in the undo stack (Ctrl+Z undoes
// a fix) and the site's React/Vue state hears the `input` event; when execCommand is refused we
// fall back to the native value setter plus an input event (React tracks the native setter).

/** Where text goes: at the caret, the start, the end, or an offset; `length` characters from
 *  the offset are replaced (the palette replaces the trigger the doctor typed). */
export type InsertAt = 'cursor' | 'start' | 'end' | { offset: number; length?: number };

/** The draft box as the content script, the review panel and the `/` palette see it. */
export interface DraftEditorHandle {
  element: HTMLElement;
  getText(): string;
  insertText(text: string, at: InsertAt): void;
  /** Focus the box with `start`..`end` of its text selected (a quote from the review panel). */
  select(start: number, end: number): void;
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

/** The text node and offset inside it for a text offset in a contenteditable. */
function pointAt(el: HTMLElement, offset: number): { node: Node; offset: number } | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (remaining <= len) return { node, offset: remaining };
    remaining -= len;
  }
  return undefined;
}

/** Select the text from `start` to `end` (a caret when equal) inside a contenteditable, or any
 *  element's text (a patient message shown from the review panel). */
export function placeSelection(el: HTMLElement, start: number, end: number): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  const from = pointAt(el, start);
  const to = end === start ? from : pointAt(el, end);
  if (!from || !to) {
    range.selectNodeContents(el);
    range.collapse(false);
  } else {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  }
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
      const end = Math.min(current.length, offset + (typeof at === 'object' ? Math.max(0, at.length ?? 0) : 0));
      if (text === '' && end === offset) return;
      element.focus();
      if (isTextControl(element)) element.setSelectionRange(offset, end);
      else placeSelection(element, offset, end);
      let inserted = false;
      try {
        inserted = element.ownerDocument.execCommand('insertText', false, text);
      } catch {
        inserted = false;
      }
      // execCommand may report success without changing anything (detached or odd editors).
      if (!inserted || textOf(element) === current) {
        const next = current.slice(0, offset) + text + current.slice(end);
        if (isTextControl(element)) nativeSetValue(element, next);
        else {
          element.textContent = next;
          element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        }
      }
      lastCaret = offset + text.length;
    },
    select(start, end) {
      const length = textOf(element).length;
      const [from, to] = [Math.min(start, length), Math.min(end, length)];
      element.focus();
      if (isTextControl(element)) element.setSelectionRange(from, to);
      else placeSelection(element, from, to);
      lastCaret = to;
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
