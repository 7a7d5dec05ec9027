import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { findScenario } from '../demo/scenarios';
import { launchWithExtension, PANEL, readExtensionStorage, sentTexts, typeInDraft, type ExtensionBrowser } from './harness';

// The doctor's own rule choices (options page, 检查规则): the console already open follows at
// once. A rule turned off neither shows nor holds; "advise only" shows in the review and never
// holds a send; the safety rule cannot be quieted.

let ext: ExtensionBrowser;
let demo: DemoServer;
let options: Page;
let page: Page;

const s = findScenario('no-closing');
if (!s) throw new Error('scenario no-closing missing');

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(`${demo.url}/?scenario=${s.id}`);
  await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
  options = await ext.openExtensionPage('options.html');
  await options.getByRole('tab', { name: '检查规则' }).click();
});
afterAll(async () => {
  await ext?.close();
  await demo?.close();
});

const row = (rule: string) => options.locator(`li[data-rule="${rule}"]`);

/** Choose for a rule in the options page and wait until it is stored and the console heard it. */
async function choose(rule: string, label: string): Promise<void> {
  await row(rule).getByRole('combobox').selectOption({ label });
  await options.getByRole('status').getByText(label, { exact: false }).waitFor();
  // The console's content script hears the storage change a moment later (another process).
  await page.waitForTimeout(1000);
}

async function send(text: string): Promise<void> {
  await page.locator('#draft').fill('');
  await typeInDraft(page, text);
  await page.locator('.send-btn').click();
}

it('lists every check with what it catches; the safety check is locked on', async () => {
  await row('missing-closing').waitFor();
  expect(await options.locator('li[data-rule]').count()).toBe(8);
  expect(await row('missing-closing').textContent()).toContain('缺少结束语');
  expect(await row('risk-not-addressed').getByRole('combobox').isDisabled()).toBe(true);
  expect(await row('risk-not-addressed').textContent()).toContain('安全提醒，只有管理员能关闭');
  await ext.screenshot(options, 'rules-options');
});

it('a check turned off no longer holds the send on the open console', async () => {
  await send(s.badDraft);
  await page.locator(PANEL).waitFor();
  expect(await page.locator(`${PANEL} .rc-finding[data-rule="missing-closing"]`).count()).toBe(1);
  await page.keyboard.press('Escape');

  const badge = page.locator('replycheck-overlay .rc-badge');
  expect(Number(await badge.getAttribute('data-count'))).toBeGreaterThan(0);
  await choose('missing-closing', '关闭');
  expect(await readExtensionStorage(options, 'rules.preferences')).toEqual({ 'missing-closing': 'off' });
  // The badge of the draft already written follows without a keystroke.
  await expect.poll(() => badge.getAttribute('data-count')).toBe('0');
  await send(s.badDraft);
  await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);
});

it('"advise only" shows the finding in the review as a tip and lets the send through', async () => {
  await choose('missing-closing', '只提示不拦截');
  await page.locator('#draft').fill('');
  await typeInDraft(page, s.badDraft);
  await page.keyboard.press('Alt+Shift+KeyR');
  await page.locator(`${PANEL} .rc-finding[data-rule="missing-closing"]`).waitFor();
  expect(await page.locator(`${PANEL} .rc-finding[data-rule="missing-closing"]`).getAttribute('class')).toContain('rc-info');
  await page.keyboard.press('Escape');
  await page.locator('.send-btn').click();
  await expect.poll(() => sentTexts(page)).toEqual([s.badDraft, s.badDraft]);
});

it('"hold the send" brings the hold back', async () => {
  await choose('missing-closing', '发送前提醒');
  await send(s.badDraft);
  await page.locator(PANEL).waitFor();
  expect(await page.locator(PANEL).getAttribute('data-held')).toBe('true');
  expect(await sentTexts(page)).toEqual([s.badDraft, s.badDraft]);
});
