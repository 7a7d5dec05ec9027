import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerPackSync } from '../../entrypoints/background/packs';
import { templateRepository } from '../../entrypoints/background/templates';
import { PACK_STORAGE_KEYS, PacksResponseSchema, readStoredCheckSettings, type PacksRequest } from '../../lib/packs/messages';
import type { PacksState } from '../../lib/packs/state';
import type { SiteAdapter } from '../../lib/adapters/schema';
import type { PackInput } from '../../lib/packs/schema';
import { serializePackFile, signPack } from '../../lib/packs/sign';
import { generateKeyPair, type SecretKeyFile } from '../../lib/packs/signature';

// The background wiring with WXT's fake browser: managed policy in, subscription checked on
// its alarm, settings written where the content script reads them, doctor actions answered.

const URL_A = 'https://packs.hospital-a.example/standard.json';
let key: SecretKeyFile;
let otherKey: SecretKeyFile;
let packText: string;
const fetches: string[] = [];

const HIS = {
  id: 'his',
  name: '甲医院问诊台',
  matches: ['https://his.hospital-a.example/*'],
  draft: 'textarea.reply',
  sendButton: 'button.send',
  sendKeys: ['Ctrl+Enter'],
  message: '.chat .item',
  patientMessage: '.item.patient',
} satisfies SiteAdapter;

const PACK: PackInput = {
  format: 1,
  id: 'hospital-a.standard',
  name: '甲医院标准话术',
  publisher: '甲医院',
  version: '1.0.0',
  templates: [{ id: 'closing', title: '医院结束语', body: '若后续还有什么疑问，还可继续线上联系我。', category: 'closing', language: 'zh' }],
  rules: { off: [], phrases: { 'missing-closing/closings': ['祝您早日康复'] } },
  siteAdapters: [HIS],
};

beforeAll(async () => {
  key = await generateKeyPair();
  otherKey = await generateKeyPair();
  packText = serializePackFile(await signPack(PACK, key));
});

beforeEach(async () => {
  fakeBrowser.reset();
  fetches.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetches.push(url);
    return new Response(packText, { status: 200, headers: { etag: '"a1"' } });
  });
  // No random spread in the test: a policy subscription is due at once.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function until<T>(read: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function ask(request: PacksRequest) {
  return PacksResponseSchema.parse(await fakeBrowser.runtime.sendMessage(request));
}

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

it('follows the managed policy: subscribes, installs the signed pack, writes settings for the page', async () => {
  await fakeBrowser.storage.managed.set({ packUrls: [URL_A], pinnedKeys: [key.publicKey], lockedPacks: ['hospital-a.standard'], disabledRules: ['generic-reply'] });
  registerPackSync();
  const settings = await until(() => local(PACK_STORAGE_KEYS.checkSettings).then((s) => (fetches.length > 0 ? s : undefined)));
  expect(fetches).toEqual([URL_A]);
  expect(settings).toEqual({ rules: { 'generic-reply': 'off' }, extraPhrases: { 'missing-closing/closings': ['祝您早日康复'] } });
  expect(readStoredCheckSettings(settings)).toEqual(settings);
  expect(readStoredCheckSettings({ rules: { 'generic-reply': 'sometimes' } })).toEqual({ rules: {}, extraPhrases: {} });
  expect(await local(PACK_STORAGE_KEYS.siteAdapters)).toEqual([HIS]);

  const { view } = await ask({ type: 'packs/get' });
  expect(view.state.installed['hospital-a.standard']?.signed).toBe(true);
  expect(view.state.subscriptions[0]).toMatchObject({ url: URL_A, fromPolicy: true, etag: '"a1"', lastOutcome: 'updated' });
  // The next check is armed as a one-shot alarm at the subscription's time.
  expect((await fakeBrowser.alarms.get('packs-due'))?.scheduledTime).toBe(view.state.subscriptions[0]?.nextCheckAt);

  const refused = await ask({ type: 'packs/unsubscribe', url: URL_A });
  expect(refused.error?.zh).toContain('管理员策略');
  const locked = await ask({ type: 'packs/remove', packId: 'hospital-a.standard' });
  expect(locked.error?.zh).toContain('管理员策略');
  expect(locked.view.state.installed['hospital-a.standard']).toBeDefined();
});

it('installs a pack file the doctor picked and reports a refused one without losing the installed pack', async () => {
  registerPackSync();
  const ok = await ask({ type: 'packs/install-file', name: 'standard.json', text: packText });
  expect(ok.error).toBeUndefined();
  expect(ok.view.state.lastFileChange).toMatchObject({ to: '1.0.0', added: ['医院结束语'] });
  const tampered = packText.replace('早日康复', '早日出院');
  const bad = await ask({ type: 'packs/install-file', name: 'evil.json', text: tampered });
  expect(bad.view.state.lastFileRejection?.rejection.code).toBe('bad-signature');
  expect(bad.view.state.installed['hospital-a.standard']?.pack.rules.phrases).toEqual({ 'missing-closing/closings': ['祝您早日康复'] });
  // A doctor may remove a pack nobody locked.
  const removed = await ask({ type: 'packs/remove', packId: 'hospital-a.standard' });
  expect(removed.error).toBeUndefined();
  expect(removed.view.state.installed).toEqual({});
  expect(await local(PACK_STORAGE_KEYS.checkSettings)).toEqual({ rules: {}, extraPhrases: {} });
});

it('leaves messages that are not its own to other services (no claim on the response)', async () => {
  registerPackSync();
  const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'templates/search', query: 'mz' }, {}, () => {});
  expect(answers).toEqual([undefined]);
  const ours = await fakeBrowser.runtime.onMessage.trigger({ type: 'packs/get' }, {}, () => {});
  expect(ours).toEqual([true]);
});

const packTitles = async () => (await templateRepository().list({ source: { packId: 'hospital-a.standard' } })).items.map((t) => t.title);
const storedState = () => local(PACK_STORAGE_KEYS.state) as Promise<PacksState | undefined>;

it('re-checks installed packs as soon as the policy’s pinned keys change: disabled with the reason, back when trusted again', async () => {
  await fakeBrowser.storage.managed.set({ packUrls: [URL_A], pinnedKeys: [key.publicKey] });
  registerPackSync();
  await until(async () => (await storedState())?.installed['hospital-a.standard']);
  expect(await packTitles()).toEqual(['医院结束语']);

  await fakeBrowser.storage.managed.set({ pinnedKeys: [otherKey.publicKey] });
  const disabled = await until(async () => (await storedState())?.installed['hospital-a.standard']?.disabled);
  expect(disabled.rejection).toEqual({ code: 'untrusted-key', publicKey: key.publicKey });
  expect(await packTitles()).toEqual([]);
  expect(await local(PACK_STORAGE_KEYS.checkSettings)).toEqual({ rules: {}, extraPhrases: {} });
  expect(await local(PACK_STORAGE_KEYS.siteAdapters)).toEqual([]);
  // The server still serves the pack signed by the old key: that check is refused and shown too.
  await until(async () => (await storedState())?.subscriptions[0]?.lastRejection);
  const { view } = await ask({ type: 'packs/get' });
  expect(view.state.installed['hospital-a.standard']?.pack.version).toBe('1.0.0');
  expect(view.state.subscriptions[0]?.lastRejection?.rejection.code).toBe('untrusted-key');

  await fakeBrowser.storage.managed.set({ pinnedKeys: [otherKey.publicKey, key.publicKey] });
  await until(async () => {
    const state = await storedState();
    return state?.installed['hospital-a.standard'] && !state.installed['hospital-a.standard'].disabled;
  });
  expect(await packTitles()).toEqual(['医院结束语']);
  expect(await local(PACK_STORAGE_KEYS.siteAdapters)).toEqual([HIS]);
});

it('re-checks at start-up, for a policy that changed while the service worker slept', async () => {
  registerPackSync();
  await ask({ type: 'packs/install-file', name: 'standard.json', text: packText });
  const installed = await storedState();
  expect(await packTitles()).toEqual(['医院结束语']);

  fakeBrowser.reset(); // the worker stops; local storage and the template library stay
  await fakeBrowser.storage.local.set({ [PACK_STORAGE_KEYS.state]: installed });
  await fakeBrowser.storage.managed.set({ pinnedKeys: [otherKey.publicKey] });
  registerPackSync();
  const disabled = await until(async () => (await storedState())?.installed['hospital-a.standard']?.disabled);
  expect(disabled.message.en).toContain('key the policy does not trust');
  expect(await packTitles()).toEqual([]);
  await ask({ type: 'packs/remove', packId: 'hospital-a.standard' });
});

it('a pack URL taken out of the policy becomes the doctor’s to unsubscribe', async () => {
  await fakeBrowser.storage.managed.set({ packUrls: [URL_A] });
  registerPackSync();
  await until(async () => (await storedState())?.installed['hospital-a.standard']);
  expect((await ask({ type: 'packs/unsubscribe', url: URL_A })).error).toBeDefined();

  await fakeBrowser.storage.managed.clear();
  const released = await until(async () => (await storedState())?.subscriptions.find((s) => s.releasedByPolicyAt !== undefined));
  expect(released).toMatchObject({ url: URL_A, fromPolicy: false });
  expect(await packTitles()).toEqual(['医院结束语']); // still installed until the doctor says otherwise
  const done = await ask({ type: 'packs/unsubscribe', url: URL_A });
  expect(done.error).toBeUndefined();
  expect(done.view.state).toMatchObject({ installed: {}, subscriptions: [] });
  expect(await packTitles()).toEqual([]);
});
