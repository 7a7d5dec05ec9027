import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { findScenario } from '../demo/scenarios';
import { ALT_ADAPTER_INPUT } from '../fixtures/adapters';
import { launchWithExtension, PANEL, readExtensionStorage, sentTexts, typeInDraft, type ExtensionBrowser } from './harness';

// The 站点适配 tab in the real browser: import a JSON file of adapters, see them listed (and
// the content script use one on the second layout), export one and all, refuse a bad import
// naming every bad entry while writing nothing, delete with undo.

let ext: ExtensionBrowser;
let demo: DemoServer;
let options: Page;

const ALT = { ...ALT_ADAPTER_INPUT, id: 'alt-layout', name: '在线咨询（第二种布局）' };
const HOSPITAL = { ...ALT, id: 'hospital', name: '市医院互联网门诊', matches: ['https://*.hospital.example/consult/*'], sendKeys: ['Enter'] };
/** A draft that leaves one of two questions open: held on both layouts. */
const PARTIAL_ANSWER = findScenario('partial-answer');
if (!PARTIAL_ANSWER) throw new Error('scenario partial-answer missing');

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  ext = await launchWithExtension();
  options = await ext.openExtensionPage('options.html');
});
afterAll(async () => {
  await ext?.close();
  await demo?.close();
});

const list = () => options.getByRole('list', { name: '站点适配列表' });
const item = (name: string) => list().getByRole('listitem', { name, exact: true });
const names = () => list().locator(':scope > li strong').allTextContents();

async function importFile(name: string, content: unknown): Promise<void> {
  await options.getByLabel('导入 JSON').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
}

async function readDownload(download: Download): Promise<{ replycheck: string; version: number; adapters: { id: string }[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

it('opens the 站点适配 tab by keyboard and lists the built-in adapter', async () => {
  // ARIA tabs: End moves to the last tab (站点适配) and selects it.
  await options.getByRole('tab', { name: '我的模板' }).focus();
  await options.keyboard.press('End');
  await expect.poll(() => options.getByRole('tab', { name: '站点适配' }).getAttribute('aria-selected')).toBe('true');
  await options.getByText('还没有自己的站点适配。').waitFor();
  await expect(item('演示问诊台 Demo console').textContent()).resolves.toContain('内置');
});

it('imports a file, lists its adapters as mine, and the content script uses the imported one', async () => {
  await importFile('adapters.json', { replycheck: 'site-adapters', version: 1, adapters: [ALT, HOSPITAL] });
  await options.getByRole('status').getByText('已导入 2 个站点适配').waitFor();
  await expect.poll(names).toEqual([ALT.name, HOSPITAL.name, '演示问诊台 Demo console']);
  const row = item(HOSPITAL.name);
  expect(await row.textContent()).toContain('我的');
  expect(await row.getByRole('list', { name: `网址规则：${HOSPITAL.name}` }).textContent()).toBe('https://*.hospital.example/consult/*');
  await ext.screenshot(options, 'adapters-options');

  // The imported adapter reads the second layout's thread: unanswered-question needs the
  // patient's messages, which the generic fallback cannot read.
  const s = PARTIAL_ANSWER;
  const page = await ext.context.newPage();
  await page.goto(`${demo.url}/alt.html?scenario=${s.id}`);
  await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
  await page.locator('.rich-editor').click();
  await page.keyboard.insertText(s.badDraft);
  await page.keyboard.press('Control+Enter');
  const panel = page.locator('replycheck-overlay .rc-panel');
  await panel.waitFor();
  expect(await panel.locator('.rc-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toContain(s.expectRule);
  expect(await sentTexts(page)).toEqual([]);
  await page.close();
});

it('exports one adapter and all of mine as files the import accepts', async () => {
  const [one] = await Promise.all([options.waitForEvent('download'), item(ALT.name).getByRole('button', { name: `导出：${ALT.name}` }).click()]);
  const file = await readDownload(one);
  expect(file).toEqual({ replycheck: 'site-adapters', version: 1, adapters: [ALT] });

  const [all] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出我的全部适配' }).click()]);
  expect((await readDownload(all)).adapters.map((a) => a.id)).toEqual([ALT.id, HOSPITAL.id]);

  // Round trip: importing the export again changes nothing.
  await importFile('again.json', file);
  await options.getByRole('status').getByText('已导入 1 个站点适配').waitFor();
  expect(await names()).toEqual([ALT.name, HOSPITAL.name, '演示问诊台 Demo console']);
});

it('refuses a bad import, naming every bad entry with its reason, and writes nothing', async () => {
  const before = await names();
  await importFile('bad.json', [
    { ...ALT, id: 'fine', name: '这条没问题' },
    { ...ALT, id: 'no-draft', name: '缺回复框', draft: '' },
    { ...ALT, id: 'bad-url', name: '网址不对', matches: ['consult.example.com'] },
  ]);
  const alert = options.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  expect(text).toContain('导入失败，未写入任何站点适配');
  expect(text).toContain('第 2 条「缺回复框」 draft');
  expect(text).toContain('第 3 条「网址不对」 matches.0: not a URL match pattern');
  expect(text).not.toContain('这条没问题');
  // Nothing written: not even the valid entry; and storage agrees with the list.
  await options.waitForTimeout(300);
  expect(await names()).toEqual(before);
  const stored = (await readExtensionStorage(options, 'page.adapters')) as { id: string }[];
  expect(stored.map((a) => a.id)).toEqual([ALT.id, HOSPITAL.id]);
});

it('deletes one of mine with undo; pack and built-in adapters have no delete', async () => {
  expect(await item('演示问诊台 Demo console').getByRole('button', { name: /删除/ }).count()).toBe(0);
  await item(HOSPITAL.name).getByRole('button', { name: `删除：${HOSPITAL.name}` }).click();
  await expect.poll(names).toEqual([ALT.name, '演示问诊台 Demo console']);
  // Focus went to 撤销: Enter restores it where it was.
  expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('撤销');
  await options.keyboard.press('Enter');
  await expect.poll(names).toEqual([ALT.name, HOSPITAL.name, '演示问诊台 Demo console']);
});

it('an import for another site leaves a held send on the open console alone: its panel stays and Send anyway sends', async () => {
  const s = PARTIAL_ANSWER;
  const page = await ext.context.newPage();
  await page.goto(`${demo.url}/?scenario=${s.id}`);
  await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
  await typeInDraft(page, s.badDraft);
  await page.locator('.send-btn').click();
  const panel = page.locator(PANEL);
  await panel.waitFor();
  // Meanwhile, in the options tab, adapters for another site arrive (an import here; a pack's
  // sync writes the same storage).
  const CLINIC = { ...ALT, id: 'clinic', name: '社区诊所在线咨询', matches: ['https://clinic.example/*'] };
  await importFile('clinic.json', { replycheck: 'site-adapters', version: 1, adapters: [CLINIC] });
  await options.getByRole('status').getByText('已导入 1 个站点适配').waitFor();
  await expect.poll(async () => ((await readExtensionStorage(options, 'page.adapters')) as { id: string }[]).map((a) => a.id)).toContain('clinic');
  // The console's content script hears of the change in its own time; a restart would have
  // taken the panel (and the hold) away by now.
  await page.waitForTimeout(1000);
  expect(await panel.getAttribute('data-held')).toBe('true');
  expect(await sentTexts(page)).toEqual([]);
  await panel.locator('.rc-send-anyway').click();
  await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);
  await page.close();
});
