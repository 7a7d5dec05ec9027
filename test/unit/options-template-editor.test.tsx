// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplateEditor } from '../../components/options/TemplateEditor';
import { PALETTE_TRIGGER_KEY } from '../../lib/templates/trigger';

// The template editor tells the doctor how to find a template by its shortcut with the trigger
// they actually set, and follows a change made in another tab.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

async function renderEditor(lang: 'zh' | 'en'): Promise<void> {
  root = createRoot(container);
  await act(async () => {
    root?.render(<TemplateEditor lang={lang} onSave={async () => undefined} onCancel={() => undefined} />);
  });
}

const help = () => container.querySelector('small[id$="-shortcut-help"]')?.textContent;

it('names "/" until the doctor sets another trigger, then that one', async () => {
  await renderEditor('zh');
  expect(help()).toBe('在回复框输入 / 加快捷词即可找到');
  await act(async () => {
    await fakeBrowser.storage.local.set({ [PALETTE_TRIGGER_KEY]: '；' });
  });
  expect(help()).toBe('在回复框输入 ； 加快捷词即可找到');
});

it('says it in English on an English browser', async () => {
  await fakeBrowser.storage.local.set({ [PALETTE_TRIGGER_KEY]: '//' });
  await renderEditor('en');
  await act(async () => undefined);
  expect(help()).toBe('Type // and the shortcut in the reply box');
});
