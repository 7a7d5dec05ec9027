import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { launchWithExtension, reactDraft, readExtensionStorage, type ExtensionBrowser } from './harness';

// The doctor sets what opens the quick-reply palette in the options page; the demo console,
// already open, follows at once: the old `/` is plain text again, the new trigger opens it —
// whether an IME commits it (；) or it is typed key by key (//).

let ext: ExtensionBrowser;
let demo: DemoServer;
let options: Page;
let page: Page;

const CLOSING = '若后续还有什么疑问，还可继续线上联系我。祝您早日康复！';

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(`${demo.url}/?scenario=referral-no-reason`);
  await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
  options = await ext.openExtensionPage('options.html');
});
afterAll(async () => {
  await ext?.close();
  await demo?.close();
});

const palette = () => page.locator('replycheck-palette');
const draft = () => page.locator('#draft');

async function setTrigger(value: string): Promise<void> {
  const field = options.getByLabel('呼出快捷回复的按键');
  await field.fill(value);
  await field.press('Enter');
}

/** The options page said it saved `value`; the console's content script hears the storage
 *  change a moment later (another process). */
async function saved(value: string): Promise<void> {
  await options.getByRole('status').getByText(`已保存：${value}`, { exact: true }).waitFor();
  // Generous on purpose: a slow CI machine must not turn this into a flaky failure.
  await page.waitForTimeout(1000);
}

/** Search the open palette for the closing line and insert it. */
async function insertClosing(): Promise<void> {
  const search = palette().getByRole('combobox');
  await search.waitFor({ timeout: 10_000 });
  await search.fill('js');
  await palette().getByRole('option', { name: /结束语：继续线上联系/ }).first().waitFor();
  await search.press('Enter');
  await expect.poll(() => palette().count()).toBe(0);
}

it('refuses a trigger a reply is made of, saying why, and keeps /', async () => {
  await options.getByLabel('呼出快捷回复的按键').waitFor();
  expect(await options.getByLabel('呼出快捷回复的按键').inputValue()).toBe('/');
  await setTrigger('mz');
  await expect(options.getByRole('alert').textContent()).resolves.toContain('不能含字母、数字或汉字');
  expect(await readExtensionStorage(options, 'templates.paletteTrigger')).toBeUndefined();
});

it('sets ； in the options page; the open console follows: / is text, an IME-committed ； opens the palette', async () => {
  await setTrigger('；');
  await saved('；');
  await ext.screenshot(options, 'palette-trigger-options');

  await draft().click();
  await page.keyboard.insertText('你好。');
  await page.keyboard.press('/');
  await page.waitForTimeout(300);
  expect(await palette().count()).toBe(0);
  await expect.poll(() => draft().inputValue()).toBe('你好。/');

  await page.keyboard.press('Backspace');
  // What a Chinese IME does with ；: text without a key of its own.
  await page.keyboard.insertText('；');
  await insertClosing();
  // The template replaced the ；, in the box and in the site's React state.
  await expect.poll(() => draft().inputValue()).toBe(`你好。${CLOSING}`);
  expect(await reactDraft(page)).toBe(`你好。${CLOSING}`);
});

it('a two-key trigger // opens on its second key, and Esc gives both back', async () => {
  await setTrigger('//');
  await saved('//');
  await draft().fill('');
  await draft().click();
  await page.keyboard.insertText('好的 ');
  await page.keyboard.press('/');
  await page.waitForTimeout(200);
  expect(await palette().count()).toBe(0);
  await page.keyboard.press('/');
  await palette().getByRole('combobox').waitFor({ timeout: 10_000 });
  await palette().getByRole('combobox').press('Escape');
  await expect.poll(() => draft().inputValue()).toBe('好的 //');

  // "1//2" is not a trigger (inside a word); a fresh // at a word start is, and the template
  // replaces both slashes.
  await page.keyboard.insertText(' ');
  await page.keyboard.press('/');
  await page.keyboard.press('/');
  await insertClosing();
  await expect.poll(() => draft().inputValue()).toBe(`好的 // ${CLOSING}`);
  expect(await reactDraft(page)).toBe(`好的 // ${CLOSING}`);

  // Back to the default: the console follows again.
  await options.getByRole('button', { name: '恢复默认' }).click();
  await saved('/');
  await draft().fill('');
  await draft().click();
  await page.keyboard.press('/');
  await palette().getByRole('combobox').waitFor({ timeout: 10_000 });
  await palette().getByRole('combobox').press('Escape');
  await expect.poll(() => draft().inputValue()).toBe('/');
});
