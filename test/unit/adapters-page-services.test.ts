import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerPageServices } from '../../entrypoints/background/page';
import { PAGE_STORAGE_KEYS, readCounts, readSiteSettings, readStoredAdapters } from '../../lib/adapters/page-settings';
import { DEMO_ADAPTER } from '../../lib/adapters/schema';

// The background's page services with WXT's fake browser: counts (numbers only) and adapters.

beforeEach(() => {
  fakeBrowser.reset();
  registerPageServices();
});

it('counts every event even when frames report at once, and keeps only numbers', async () => {
  await Promise.all([
    fakeBrowser.runtime.sendMessage({ type: 'page:count', kind: 'checked' }),
    fakeBrowser.runtime.sendMessage({ type: 'page:count', kind: 'checked' }),
    fakeBrowser.runtime.sendMessage({ type: 'page:count', kind: 'held' }),
    fakeBrowser.runtime.sendMessage({ type: 'page:count', kind: 'sentAnyway' }),
  ]);
  const stored = await fakeBrowser.storage.local.get(null);
  expect(readCounts(stored[PAGE_STORAGE_KEYS.counts])).toEqual({ checked: 2, held: 1, fixed: 0, sentAnyway: 1 });
  expect(Object.keys(stored)).toEqual([PAGE_STORAGE_KEYS.counts]);
});

it('ignores messages that are not its own and refuses a bad count', async () => {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'templates/search', query: 'x' }, {}, () => {});
  expect(answers.every((a: unknown) => a === undefined)).toBe(true);
  const bad = await fakeBrowser.runtime.onMessage.trigger({ type: 'page:count', kind: 'patient-text' }, {}, () => {});
  expect(bad.every((a: unknown) => a === undefined)).toBe(true);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});

it('saves a set-up adapter, replacing one with the same id', async () => {
  const mine = { ...DEMO_ADAPTER, id: 'alt', matches: ['http://127.0.0.1/alt.html*'] };
  await fakeBrowser.runtime.sendMessage({ type: 'page:save-adapter', adapter: mine });
  await fakeBrowser.runtime.sendMessage({ type: 'page:save-adapter', adapter: { ...mine, sendKeys: ['Ctrl+Enter'] } });
  const stored = await fakeBrowser.storage.local.get(PAGE_STORAGE_KEYS.adapters);
  const adapters = readStoredAdapters(stored[PAGE_STORAGE_KEYS.adapters]);
  expect(adapters).toHaveLength(1);
  expect(adapters[0]?.sendKeys).toEqual(['Ctrl+Enter']);
});

it('imports adapters all at once over the saved ones, and deletes one', async () => {
  const a = { ...DEMO_ADAPTER, id: 'a', name: 'A', matches: ['http://127.0.0.1/a*'] };
  const b = { ...DEMO_ADAPTER, id: 'b', name: 'B', matches: ['http://127.0.0.1/b*'] };
  await fakeBrowser.runtime.sendMessage({ type: 'page:save-adapter', adapter: a });
  const answer = await fakeBrowser.runtime.sendMessage({ type: 'page:import-adapters', adapters: [b, { ...a, name: 'A2' }] });
  expect(answer).toEqual({ ok: true });
  const read = async () => readStoredAdapters((await fakeBrowser.storage.local.get(PAGE_STORAGE_KEYS.adapters))[PAGE_STORAGE_KEYS.adapters]);
  expect((await read()).map((x) => x.name)).toEqual(['B', 'A2']);
  await fakeBrowser.runtime.sendMessage({ type: 'page:delete-adapter', id: 'b' });
  expect((await read()).map((x) => x.name)).toEqual(['A2']);
});

it('writes nothing when an import carries one invalid adapter', async () => {
  const good = { ...DEMO_ADAPTER, id: 'good' };
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page:import-adapters', adapters: [good, { ...good, id: 'bad', draft: '' }] },
    {},
    () => {},
  );
  expect(answers.every((x: unknown) => x === undefined)).toBe(true);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});

it('switches a granted site on: remembered as enabled (no longer off) and the content script registered once', async () => {
  const registered: { id: string; matches: string[] }[] = [];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => void registered.push(...scripts)),
  };
  vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue(scripting as unknown as typeof fakeBrowser.scripting);
  await fakeBrowser.storage.local.set({ [PAGE_STORAGE_KEYS.sites]: { paused: false, enabled: [], disabled: ['https://console.hospital.example'] } });

  await fakeBrowser.runtime.sendMessage({ type: 'page:enable-site', origin: 'https://console.hospital.example/chat/1' });
  await fakeBrowser.runtime.sendMessage({ type: 'page:enable-site', origin: 'https://console.hospital.example' });

  const sites = readSiteSettings((await fakeBrowser.storage.local.get(PAGE_STORAGE_KEYS.sites))[PAGE_STORAGE_KEYS.sites]);
  expect(sites.enabled).toEqual(['https://console.hospital.example']);
  expect(sites.disabled).toEqual([]);
  expect(registered.map((s) => s.matches)).toEqual([['https://console.hospital.example/*']]);
});
