// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraftEditor } from '../../entrypoints/content/editor';

// The editor handle where execCommand is unavailable (as in happy-dom, and in some editors):
// the fallback must still put the text at its place and tell the site with an input event.

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('draft editor', () => {
  it('inserts at start, end and an offset in a textarea, with an input event each time', () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    ta.value = '一个月后面诊。';
    const seen: string[] = [];
    ta.addEventListener('input', () => seen.push(ta.value));
    const editor = createDraftEditor(ta);
    editor.insertText('理解你的担心。', 'start');
    editor.insertText('有疑问随时联系我。', 'end');
    editor.insertText('【】', { offset: 7 });
    expect(editor.getText()).toBe('理解你的担心。【】一个月后面诊。有疑问随时联系我。');
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe(editor.getText());
  });

  it('inserts at the caret the doctor left, even after focus moved away', () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    ta.value = 'AB';
    const editor = createDraftEditor(ta);
    ta.setSelectionRange(1, 1);
    ta.dispatchEvent(new Event('keyup'));
    ta.blur();
    editor.insertText('x', 'cursor');
    expect(editor.getText()).toBe('AxB');
  });

  it('works on a contenteditable box and clamps offsets', () => {
    const div = document.createElement('div');
    div.contentEditable = 'true';
    div.textContent = '你好';
    document.body.append(div);
    const editor = createDraftEditor(div);
    editor.insertText('！', { offset: 99 });
    expect(div.textContent).toBe('你好！');
  });

  it('replaces a range (the palette replacing its trigger), and removes one with empty text', () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    ta.value = '你好。//';
    const seen: string[] = [];
    ta.addEventListener('input', () => seen.push(ta.value));
    const editor = createDraftEditor(ta);
    editor.insertText('请按时服药。', { offset: 3, length: 2 });
    expect(editor.getText()).toBe('你好。请按时服药。');
    editor.insertText('', { offset: 3, length: 99 });
    expect(editor.getText()).toBe('你好。');
    // Nothing to insert and nothing to replace: the site hears nothing.
    editor.insertText('', { offset: 1 });
    expect(seen).toEqual(['你好。请按时服药。', '你好。']);

    const div = document.createElement('div');
    div.contentEditable = 'true';
    div.textContent = '好的；';
    document.body.append(div);
    createDraftEditor(div).insertText('下周复诊。', { offset: 2, length: 1 });
    expect(div.textContent).toBe('好的下周复诊。');
  });
});
