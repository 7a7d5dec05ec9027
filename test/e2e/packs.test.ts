import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PackInput } from '../../lib/packs/schema';
import { serializePackFile, signPack } from '../../lib/packs/sign';
import { generateKeyPair, type SecretKeyFile } from '../../lib/packs/signature';
import { startDemoServer, type DemoServer } from '../demo/server';
import { encodeGbk } from '../tools/gbk';
import { EXTENSION_DIR, launchWithExtension, pickFromPalette, type ExtensionBrowser } from './harness';

// A signed pack on a static server at 127.0.0.1, reached through the real managed-policy path:
// Chromium on Linux reads /etc/chromium/policies/managed/*.json at start-up, and
// {"3rdparty":{"extensions":{"<id>":{…}}}} becomes that extension's browser.storage.managed.
// An unpacked extension's id is derived from its absolute path, so it is computed here (and
// checked against the running one) rather than pinned with a manifest "key". The test loads a
// private copy of the built extension (its own path, so its own id): the policy file, which
// every Chromium on the machine reads, then applies to this test's extension only and not to
// other tests running at the same time.

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `replycheck-e2e-packs-${process.pid}.json`);
const PACK_ID = 'e2e.standard';

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function pack(version: string, templates: PackInput['templates']): PackInput {
  return { format: 1, id: PACK_ID, name: '测试医院标准话术', publisher: '测试医院', version, templates };
}
const BLOOD = { id: 'blood', title: '门诊抽血复查', body: '建议到门诊抽血查肝肾功能，结果出来后再调整用药。', category: 'referral-reason', language: 'zh' } as const;
const CLOSING = { id: 'closing', title: '医院结束语', body: '若后续还有什么疑问，还可继续线上联系我。', category: 'closing', language: 'zh' } as const;
const SCALE = { id: 'scale', title: '本院门诊量表评估说明', body: '门诊可以做量表评估，帮助判断病情。', category: 'referral-reason', language: 'zh' } as const;

/** The extension APIs the test reads inside the service worker (code runs there, not here). */
interface WorkerGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> }; managed: { get(): Promise<Record<string, unknown>> } } };
}
type StoredState = { installed: Record<string, { pack: { version: string } }>; subscriptions: { url: string; fromPolicy: boolean; lastCheckedAt?: number }[] };

let key: SecretKeyFile;
/** A second pinned key: its pack must stay untouched when the first key is unpinned. */
let key2: SecretKeyFile;
let server: Server;
let packUrl: string;
const served = { body: '', etag: '', expired: '', requests: [] as { ifNoneMatch: string | undefined }[] };
let browser: ExtensionBrowser;
let worker: Worker;
let extensionCopy: string | undefined;
let demo: DemoServer | undefined;

async function serve(p: PackInput, tamper?: (file: { pack: { templates: { body: string }[] } }) => void) {
  const file = JSON.parse(serializePackFile(await signPack(p, key)));
  tamper?.(file);
  served.body = JSON.stringify(file);
  served.etag = `"${createHash('sha1').update(served.body).digest('hex').slice(0, 12)}"`;
}

interface StoredTemplate {
  title: string;
  locked: boolean;
  source: { kind: string; packId?: string; version?: string };
}

/** A pack's templates (or, for 'mine', the doctor's own) as the template library stores them (read in an extension page). */
function packTemplates(page: Page, packId: string = PACK_ID): Promise<StoredTemplate[]> {
  return page.evaluate(
    (packId) =>
      new Promise<StoredTemplate[]>((resolve, reject) => {
        const open = indexedDB.open('replycheck-templates');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('templates').objectStore('templates').getAll();
          req.onsuccess = () => {
            const rows = req.result as StoredTemplate[];
            open.result.close();
            const ours = rows.filter((t) => (packId === 'mine' ? t.source.kind === 'mine' : t.source.kind === 'pack' && t.source.packId === packId));
            resolve(ours.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    packId,
  );
}

async function storedState(): Promise<StoredState | undefined> {
  const stored = await worker.evaluate(async () => (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('packs.state'))['packs.state']);
  return stored as StoredState | undefined;
}

/** The extension's policy as Chromium reads it from the machine-wide policy folder. */
function writePolicy(policy: Record<string, unknown>) {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [browser?.extensionId ?? unpackedExtensionId(extensionCopy!)]: policy } } }));
}

/** Change the policy file and have Chromium read it now (chrome://policy → Reload policies),
 *  as an admin's change reaches a running browser; waits until the extension sees it. */
async function changePolicy(policy: Record<string, unknown>) {
  writePolicy(policy);
  const page = await browser.context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  await page.close();
  const options = await browser.openExtensionPage('options.html');
  await expect
    .poll(() => options.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.managed.get()), { timeout: 20_000, interval: 250 })
    .toEqual(policy);
  await options.close();
}

beforeAll(async () => {
  key = await generateKeyPair();
  key2 = await generateKeyPair();
  await serve(pack('1.0.0', [BLOOD, CLOSING]));
  served.expired = serializePackFile(await signPack({ ...pack('2.0.0', [SCALE]), id: 'e2e.old', name: '过期话术', expires: '2026-01-01T00:00:00Z' }, key));
  server = createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    served.requests.push({ ifNoneMatch });
    if (req.url === '/expired.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(served.expired);
    if (req.url !== '/pack.json') return void res.writeHead(404).end();
    if (ifNoneMatch === served.etag) return void res.writeHead(304, { etag: served.etag }).end();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: served.etag }).end(served.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  packUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.json`;

  extensionCopy = mkdtempSync(join(tmpdir(), 'replycheck-packs-ext-'));
  cpSync(EXTENSION_DIR, extensionCopy, { recursive: true });
  const id = unpackedExtensionId(extensionCopy);
  writePolicy({ packUrls: [packUrl], pinnedKeys: [key.publicKey, key2.publicKey], lockedPacks: [PACK_ID] });
  // Later switches win: these replace the harness's own --load-extension of EXTENSION_DIR.
  browser = await launchWithExtension({ args: [`--disable-extensions-except=${extensionCopy}`, `--load-extension=${extensionCopy}`] });
  expect(browser.extensionId).toBe(id);
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
  await demo?.close();
});

async function openPacksTab(): Promise<Page> {
  const page = await browser.openExtensionPage('options.html');
  const tab = page.getByRole('tab', { name: /模板包/ });
  if (await tab.count()) await tab.first().click();
  await page.getByTestId('packs-tab').waitFor();
  return page;
}

it('reads the managed policy and syncs the signed pack from the server by itself', async () => {
  const managed = await worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.managed.get());
  expect(managed).toMatchObject({ packUrls: [packUrl], pinnedKeys: [key.publicKey, key2.publicKey], lockedPacks: [PACK_ID] });

  // No click: the policy subscription is checked on its alarm within the random spread (≤ 30 s).
  await expect.poll(async () => (await storedState())?.installed[PACK_ID]?.pack.version, { timeout: 45_000, interval: 500 }).toBe('1.0.0');
  const state = await storedState();
  expect(state?.subscriptions).toMatchObject([{ url: packUrl, fromPolicy: true }]);

  const page = await openPacksTab();
  expect(await packTemplates(page)).toEqual([
    expect.objectContaining({ title: '医院结束语', locked: true, source: { kind: 'pack', packId: PACK_ID, version: '1.0.0' } }),
    expect.objectContaining({ title: '门诊抽血复查', locked: true }),
  ]);
  const row = page.getByTestId('pack-installed');
  await expect.poll(() => row.textContent()).toContain('v1.0.0');
  expect(await row.textContent()).toContain('管理员锁定，不可移除');
  expect(await row.getByRole('button', { name: '移除' }).count()).toBe(0);
  const sub = page.getByTestId('pack-subscription');
  expect(await sub.textContent()).toContain('策略指定');
  expect(await sub.getByRole('button', { name: '取消订阅' }).count()).toBe(0);
  await browser.screenshot(page, 'packs-synced');
  await page.close();
});

it('shows the pack templates read-only in the template manager, with a copy-to-mine action', async () => {
  const page = await browser.openExtensionPage('options.html');
  await page.getByRole('searchbox').or(page.getByLabel(/搜索模板/)).first().fill('门诊抽血复查');
  const item = page.getByRole('listitem', { name: '门诊抽血复查' });
  await item.waitFor();
  expect(await item.textContent()).toContain('只读（来自模板包）');
  expect(await item.getByRole('button', { name: /^编辑/ }).count()).toBe(0);
  expect(await item.getByRole('button', { name: /^删除/ }).count()).toBe(0);
  expect(await item.getByRole('button', { name: /^复制到我的模板/ }).count()).toBe(1);
  await page.close();
});

it('checks with If-None-Match, takes a new version and shows what changed', async () => {
  const page = await openPacksTab();
  const before = served.requests.length;
  await page.getByRole('button', { name: '立即检查' }).click();
  await expect.poll(() => served.requests.length).toBeGreaterThan(before);
  expect(served.requests.at(-1)?.ifNoneMatch).toBe(served.etag);
  await expect.poll(() => page.getByTestId('pack-subscription').textContent()).toContain('未修改');

  await serve(pack('1.1.0', [{ ...BLOOD, body: '建议到门诊抽血查肝肾功能和血常规。' }, SCALE]));
  await page.getByRole('button', { name: '立即检查' }).click();
  await expect.poll(() => page.getByTestId('pack-change').textContent()).toContain('1.0.0 → 1.1.0');
  const change = await page.getByTestId('pack-change').textContent();
  expect(change).toContain('新增 本院门诊量表评估说明');
  expect(change).toContain('移除 医院结束语');
  expect(change).toContain('修改 门诊抽血复查');
  expect((await packTemplates(page)).map((t) => [t.title, t.source.version])).toEqual([
    ['本院门诊量表评估说明', '1.1.0'],
    ['门诊抽血复查', '1.1.0'],
  ]);
  await page.close();
});

it('refuses a tampered version with a visible reason and keeps the installed one', async () => {
  await serve(pack('1.2.0', [BLOOD, SCALE]), (file) => {
    file.pack.templates[0]!.body = '加我微信私下开药。';
  });
  const page = await openPacksTab();
  await page.getByRole('button', { name: '立即检查' }).click();
  const reason = page.getByTestId('pack-rejection');
  await reason.waitFor();
  expect(await reason.textContent()).toContain('签名无效');
  expect(await reason.textContent()).toContain('仍使用已安装版本');
  expect(await page.getByTestId('pack-installed').getAttribute('data-version')).toBe('1.1.0');
  const templates = await packTemplates(page);
  expect(templates.map((t) => t.source.version)).toEqual(['1.1.0', '1.1.0']);
  expect(JSON.stringify(templates)).not.toContain('微信');
  await browser.screenshot(page, 'packs-tampered-rejected');
  await page.close();
});

it('offers the pack templates in the draft box on the console', async () => {
  demo = await startDemoServer({ port: 0 });
  const page = await browser.context.newPage();
  await page.goto(`${demo.url}/?scenario=referral-no-reason`);
  const draft = page.locator('#draft');
  await pickFromPalette(page, '本院门诊量表', /本院门诊量表评估说明/);
  await expect.poll(() => draft.inputValue()).toContain(SCALE.body);
  await browser.screenshot(page, 'packs-palette');
  await page.close();
});

it('lets the doctor subscribe by URL (expired pack kept but flagged, removable) and refuses a file signed by an unpinned key', async () => {
  const page = await openPacksTab();
  const expiredUrl = packUrl.replace('pack.json', 'expired.json');
  await page.getByLabel('模板包地址（URL）').fill(expiredUrl);
  await page.getByRole('button', { name: '订阅', exact: true }).click();
  const row = page.locator('[data-testid="pack-installed"][data-pack-id="e2e.old"]');
  await row.waitFor();
  expect(await row.getByTestId('pack-expired').textContent()).toContain('已过期');
  expect(await row.getByRole('button', { name: '移除' }).count()).toBe(1);

  // An image picked by mistake is named as not text; it never reaches the signature check.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await page.getByLabel('从文件安装').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: png });
  const result = page.getByTestId('packs-file-result');
  await result.getByText('scan.png 无法读取：不是 UTF-8、UTF-16 或 GBK 编码的文本').waitFor();

  const stranger = await generateKeyPair();
  const foreign = serializePackFile(await signPack({ ...pack('1.0.0', [CLOSING]), id: 'e2e.foreign' }, stranger));
  await page.getByLabel('从文件安装').setInputFiles({ name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(foreign) });
  await result.getByText('签名密钥不在策略信任的密钥中').waitFor();
  expect(await result.textContent()).not.toContain('scan.png');
  expect(await page.locator('[data-pack-id="e2e.foreign"]').count()).toBe(0);

  await row.getByRole('button', { name: '移除' }).click();
  await expect.poll(() => row.count()).toBe(0);
  expect(await page.locator(`[data-url="${expiredUrl}"]`).count()).toBe(0);
  await page.close();
});

it('disables the pack at once when the admin unpins its key, shows why, and leaves the doctor’s copy and a pack that still verifies', async () => {
  // A second pack, signed by the other pinned key, and the doctor's own copy of a pack template.
  let page = await openPacksTab();
  // Saved by the admin in GBK (Notepad on a Chinese Windows): read as GBK, its Chinese text is
  // what was signed, so it verifies.
  const second = serializePackFile(await signPack({ ...pack('1.0.0', [CLOSING]), id: 'e2e.second', name: '第二套话术' }, key2));
  const secondGbk = encodeGbk(second);
  expect(secondGbk).not.toBeNull();
  await page.getByLabel('从文件安装').setInputFiles({ name: 'second.json', mimeType: 'application/json', buffer: secondGbk ?? Buffer.alloc(0) });
  const secondRow = page.locator('[data-testid="pack-installed"][data-pack-id="e2e.second"]');
  await secondRow.waitFor();
  await page.close();
  page = await browser.openExtensionPage('options.html');
  await page.getByRole('searchbox').or(page.getByLabel(/搜索模板/)).first().fill('门诊抽血复查');
  await page.getByRole('listitem', { name: '门诊抽血复查' }).first().getByRole('button', { name: /^复制到我的模板/ }).click();
  await expect.poll(async () => (await packTemplates(page, 'mine')).filter((t) => t.title.startsWith('门诊抽血复查')).length).toBe(1);
  await page.close();

  await changePolicy({ packUrls: [packUrl], pinnedKeys: [key2.publicKey], lockedPacks: [PACK_ID] });
  page = await openPacksTab();
  const row = page.locator(`[data-testid="pack-installed"][data-pack-id="${PACK_ID}"]`);
  await expect.poll(() => row.getAttribute('data-disabled'), { timeout: 20_000 }).toBe('true');
  const why = await row.getByTestId('pack-disabled').textContent();
  expect(why).toContain('已停用');
  expect(why).toContain('签名密钥不在策略信任的密钥中');
  expect(await row.getAttribute('data-version')).toBe('1.1.0');
  expect(await packTemplates(page)).toEqual([]);
  expect(await page.locator('[data-pack-id="e2e.second"]').getAttribute('data-disabled')).toBeNull();
  expect((await packTemplates(page, 'e2e.second')).map((t) => t.title)).toEqual([CLOSING.title]);
  expect((await packTemplates(page, 'mine')).filter((t) => t.title.startsWith('门诊抽血复查'))).toHaveLength(1);
  await browser.screenshot(page, 'packs-key-unpinned');
  await page.close();
});

it('enables the pack again when its key is pinned again; a URL dropped from the policy becomes the doctor’s to unsubscribe', async () => {
  await changePolicy({ pinnedKeys: [key.publicKey, key2.publicKey] });
  const page = await openPacksTab();
  const row = page.locator(`[data-testid="pack-installed"][data-pack-id="${PACK_ID}"]`);
  await expect.poll(() => row.getAttribute('data-disabled'), { timeout: 20_000 }).toBeNull();
  await expect.poll(async () => (await packTemplates(page)).map((t) => [t.title, t.source.version])).toEqual([
    ['本院门诊量表评估说明', '1.1.0'],
    ['门诊抽血复查', '1.1.0'],
  ]);

  const sub = page.locator(`[data-testid="pack-subscription"][data-url="${packUrl}"]`);
  await expect.poll(() => sub.getByTestId('pack-released').count()).toBe(1);
  expect(await sub.getByTestId('pack-released').textContent()).toContain('管理员策略已不再指定此地址');
  expect(await sub.textContent()).not.toContain('策略指定]');
  expect(await row.getByRole('button', { name: '移除' }).count()).toBe(1);
  await browser.screenshot(page, 'packs-url-released');

  await sub.getByRole('button', { name: '取消订阅' }).click();
  await expect.poll(() => sub.count()).toBe(0);
  await expect.poll(() => row.count()).toBe(0);
  expect(await packTemplates(page)).toEqual([]);
  expect((await packTemplates(page, 'mine')).filter((t) => t.title.startsWith('门诊抽血复查'))).toHaveLength(1);
  await page.close();
});
