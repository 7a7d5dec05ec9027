// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftEditor } from '../../entrypoints/content/editor';
import { attachPalette } from '../../entrypoints/content/palette';
import { PaletteTriggerSchema, readPaletteTrigger, triggerStart } from '../../lib/templates/trigger';

// The quick-reply palette's trigger: `/` by default, or what the doctor set in the options page
// (validated), honoured live by the content script, typed as a key or committed by an IME.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the setting', () => {
  it('accepts short symbol triggers, including what a Chinese IME types', () => {
    for (const ok of ['/', '//', '；', '、、', '#', '!!', '＠', '…']) expect(PaletteTriggerSchema.safeParse(ok).success, ok).toBe(true);
  });

  it('gives every reason in both languages, "中文 / English"', () => {
    for (const bad of ['', 'mz', '/ '])
      for (const issue of PaletteTriggerSchema.safeParse(bad).error?.issues ?? []) expect(issue.message).toMatch(/^\S.*\p{Script=Han}.* \/ [A-Za-z0-9]/u);
  });

  it('refuses what a reply is made of, with the reason', () => {
    const reason = (s: string) => PaletteTriggerSchema.safeParse(s).error?.issues.map((i) => i.message).join(' | ') ?? '';
    expect(reason('')).toContain('1 to 3 characters');
    expect(reason('////')).toContain('1 to 3 characters');
    expect(reason('mz')).toContain('no letters, digits or Han characters');
    expect(reason('1')).toContain('no letters');
    expect(reason('门')).toContain('汉字');
    expect(reason('/ ')).toContain('no spaces');
    expect(reason('/\n')).toContain('no spaces');
  });

  it('reads the stored value, falling back to / when absent or unreadable', () => {
    expect(readPaletteTrigger(undefined)).toBe('/');
    expect(readPaletteTrigger('；')).toBe('；');
    expect(readPaletteTrigger('abc')).toBe('/');
    expect(readPaletteTrigger(42)).toBe('/');
  });
});

describe('where the trigger opens the palette', () => {
  it('a one-character trigger at the start of something, never inside 1/2 or mg/d', () => {
    expect(triggerStart('', '/', '/')).toBe(0);
    expect(triggerStart('你好。', '/', '/')).toBe(3);
    expect(triggerStart('每次 ', '/', '/')).toBe(3);
    expect(triggerStart('1', '/', '/')).toBeUndefined();
    expect(triggerStart('5mg', '/', '/')).toBeUndefined();
    expect(triggerStart('你好', '；', '/')).toBeUndefined();
  });

  it('a longer trigger completed by its last character, wherever it began', () => {
    expect(triggerStart('你好。/', '/', '//')).toBe(3);
    expect(triggerStart('你好。', '/', '//')).toBeUndefined();
    expect(triggerStart('http:/', '/', '//')).toBeUndefined();
    expect(triggerStart('a/', '/', '//')).toBeUndefined();
    // An IME may commit the whole trigger at once.
    expect(triggerStart('好的', '、、', '、、')).toBe(2);
    expect(triggerStart('好的、', '、', '、、')).toBe(2);
    // Something typed that is longer than the trigger, or not its end, never opens it.
    expect(triggerStart('', '你好/', '/')).toBeUndefined();
    expect(triggerStart('', '/', '/；')).toBeUndefined();
    expect(triggerStart('', '', '/')).toBeUndefined();
  });
});

describe('in the draft box', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function setup(initial = '') {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    ta.value = initial;
    ta.focus();
    ta.setSelectionRange(initial.length, initial.length);
    let trigger = '/';
    const detach = attachPalette(createDraftEditor(ta), { trigger: () => trigger });
    const opened = () => document.querySelector('replycheck-palette') !== null;
    const key = (k: string) => {
      const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
      act(() => void ta.dispatchEvent(e));
      return e.defaultPrevented;
    };
    const commit = (data: string) => {
      // An IME's commit: the text is in the box by the time compositionend fires.
      const at = ta.selectionStart ?? ta.value.length;
      ta.value = ta.value.slice(0, at) + data + ta.value.slice(at);
      ta.setSelectionRange(at + data.length, at + data.length);
      // (happy-dom's CompositionEvent carries no data: give it the committed text.)
      const end = new CompositionEvent('compositionend', { data, bubbles: true });
      Object.defineProperty(end, 'data', { value: data });
      act(() => void ta.dispatchEvent(end));
    };
    const escape = () => {
      const input = document.querySelector('replycheck-palette')?.shadowRoot?.querySelector('input');
      act(() => void input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    };
    return { ta, setTrigger: (t: string) => (trigger = t), opened, key, commit, escape, detach };
  }

  it('opens on / by default and keeps the / out of the draft', () => {
    const box = setup('你好。');
    expect(box.key('/')).toBe(true);
    expect(box.opened()).toBe(true);
    expect(box.ta.value).toBe('你好。');
    box.detach();
  });

  it('follows a changed trigger at once: / is plain text, ；committed by the IME opens it', () => {
    const box = setup('你好。');
    box.setTrigger('；');
    expect(box.key('/')).toBe(false);
    expect(box.opened()).toBe(false);
    box.commit('；');
    expect(box.opened()).toBe(true);
    // Esc with nothing searched leaves the ； the doctor typed, once.
    box.escape();
    expect(box.opened()).toBe(false);
    expect(box.ta.value).toBe('你好。；');
    box.detach();
  });

  it('a // trigger opens on the second /, and Esc gives the draft both back', () => {
    const box = setup('好的 /');
    box.setTrigger('//');
    expect(box.key('/')).toBe(true);
    expect(box.opened()).toBe(true);
    expect(box.ta.value).toBe('好的 /');
    box.escape();
    expect(box.ta.value).toBe('好的 //');
    box.detach();
  });
});
