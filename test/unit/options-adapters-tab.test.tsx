// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AdaptersTab } from '../../components/options/AdaptersTab';
import type { UiLang } from '../../components/options/i18n';
import { PAGE_STORAGE_KEYS } from '../../lib/adapters/page-settings';
import { SiteAdapterSchema } from '../../lib/adapters/schema';
import { PACK_STORAGE_KEYS } from '../../lib/packs/messages';
import { ALT_ADAPTER_INPUT } from '../fixtures/adapters';

// The 站点适配 tab rendered over WXT's fake browser storage: English when asked, sources told
// apart, delete only on the doctor's own adapters, and live when storage changes.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mine = SiteAdapterSchema.parse({ ...ALT_ADAPTER_INPUT, id: 'mine', name: 'My console' });
const policy = SiteAdapterSchema.parse({ ...ALT_ADAPTER_INPUT, id: 'policy', name: 'Hospital console', matches: ['https://*.hospital.example/*'] });

let root: Root | undefined;
let container: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [PAGE_STORAGE_KEYS.adapters]: [mine], [PACK_STORAGE_KEYS.siteAdapters]: [policy] });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

async function render(lang: UiLang): Promise<void> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  root = createRoot(container);
  await act(async () => {
    root?.render(
      <QueryClientProvider client={client}>
        <AdaptersTab lang={lang} />
      </QueryClientProvider>,
    );
  });
  await act(async () => new Promise((r) => setTimeout(r, 20)));
}

const rows = () =>
  [...container.querySelectorAll('li[data-adapter-id]')].map((li) => ({
    id: li.getAttribute('data-adapter-id'),
    source: li.querySelector('.rc-badge')?.textContent,
    buttons: [...li.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
  }));

it('speaks English when the browser does, and tells mine from policy and built-in', async () => {
  await render('en');
  expect(container.querySelector('h2')?.textContent).toBe('Site adapters');
  expect(rows()).toEqual([
    { id: 'mine', source: 'Mine', buttons: ['Export: My console', 'Delete: My console'] },
    { id: 'policy', source: 'Admin policy', buttons: ['Export: Hospital console'] },
    { id: 'demo-console', source: 'Built in', buttons: ['Export: 演示问诊台 Demo console'] },
  ]);
  expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Export all my adapters');
});

it('is Chinese by default, and follows storage changes from elsewhere (a set-up page, another tab)', async () => {
  await render('zh');
  expect(rows()[0]).toEqual({ id: 'mine', source: '我的', buttons: ['导出：My console', '删除：My console'] });
  await act(async () => {
    await fakeBrowser.storage.local.set({ [PAGE_STORAGE_KEYS.adapters]: [] });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(rows().map((r) => r.id)).toEqual(['policy', 'demo-console']);
  expect(container.textContent).toContain('还没有自己的站点适配。');
  const exportAll = [...container.querySelectorAll('button')].find((b) => b.textContent === '导出我的全部适配');
  expect(exportAll?.disabled).toBe(true);
});
