import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { findScenario } from '../demo/scenarios';
import { launchWithExtension, sentTexts, type ExtensionBrowser } from './harness';

// "Set up this site" on the second vendor's layout (/alt.html: no ids, contenteditable editor,
// Ctrl+Enter sends, a 回复 button), then the popup's counts.

let server: DemoServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('set up this site', () => {
  it('derives an adapter from four clicks that reads the second layout, and checks there', async () => {
    // unanswered-question needs the patient's messages: the generic fallback (no thread) cannot
    // raise it, so seeing it proves the derived adapter reads this layout's thread.
    const s = findScenario('partial-answer');
    if (!s) throw new Error('scenario partial-answer missing');
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/alt.html?scenario=${s.id}`);
    await page.locator('.rich-editor').waitFor();
    await page.locator('replycheck-overlay').waitFor({ state: 'attached' });

    // What the popup's "设置此网站…" button does: ask the tab's content script to start.
    const worker = ext.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(async (url) => {
      // Runs in the service worker, where `chrome` is the extension API (not typed here).
      interface TabsApi {
        query(q: { url: string }): Promise<{ id?: number }[]>;
        sendMessage(id: number, message: unknown): Promise<unknown>;
      }
      const { chrome } = globalThis as unknown as { chrome: { tabs: TabsApi } };
      const [tab] = await chrome.tabs.query({ url: `${url}/alt.html*` });
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'page:setup-start' });
    }, server.url.replace(/:\d+$/, ''));
    const bar = page.locator('replycheck-setup .rc-setup');
    await bar.waitFor();
    await expect(bar.locator('.rc-step').textContent()).resolves.toContain('回复输入框');

    await page.locator('.rich-editor').click();
    await page.locator('button.btn-primary').click();
    await page.locator('li.row.left p.content').first().click();
    await page.locator('li.row.right p.content').first().click();
    const patients = s.conversation.messages.filter((m) => m.role === 'patient').length;
    const doctors = s.conversation.messages.length - patients;
    await expect(bar.locator('.rc-preview').textContent()).resolves.toContain(`患者 ${patients}，医生 ${doctors}`);
    // Picking clicked the 回复 button: it must not have sent anything.
    expect(await sentTexts(page)).toEqual([]);
    await ext.screenshot(page, 'page-setup-preview');
    expect(await bar.locator('select').inputValue()).toBe('Ctrl+Enter');
    await bar.locator('.rc-save').click();

    // Saving restarts the check in place with the new adapter (no reload: drafts survive).
    await bar.waitFor({ state: 'detached' });
    await page.locator('.rich-editor').click();
    await page.keyboard.insertText(s.badDraft);
    await page.keyboard.press('Control+Enter');
    const panel = page.locator('replycheck-overlay .rc-panel');
    await panel.waitFor();
    const rules = await panel.locator('.rc-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toContain(s.expectRule);
    expect(await sentTexts(page)).toEqual([]);
    // Send anyway re-dispatches Ctrl+Enter, which this layout sends on.
    await panel.locator('.rc-send-anyway').click();
    await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);

    // The popup shows counts only.
    const popup = await ext.openExtensionPage('popup.html');
    await expect.poll(async () => Number(await popup.locator('[data-count="held"]').textContent())).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => Number(await popup.locator('[data-count="sentAnyway"]').textContent())).toBeGreaterThanOrEqual(1);
    // At about the size Chrome gives the popup, not a full tab.
    await popup.setViewportSize({ width: 320, height: 220 });
    await ext.screenshot(popup, 'page-popup');
    await page.close();
  });

  it('the global pause (popup) lets every send through, and un-pausing holds again', async () => {
    const s = findScenario('no-closing');
    if (!s) throw new Error('scenario no-closing missing');
    const popup = await ext.openExtensionPage('popup.html');
    // The switch is controlled by storage: it flips once the write comes back.
    const pause = popup.getByLabel('全部暂停');
    await pause.click();
    await expect.poll(() => pause.isChecked()).toBe(true);
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/?scenario=${s.id}`);
    await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
    await page.locator('#draft').click();
    await page.keyboard.insertText(s.badDraft);
    await page.locator('.send-btn').click();
    await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);

    await pause.click();
    await expect.poll(() => pause.isChecked()).toBe(false);
    // The content script hears the storage change asynchronously (another process); generous
    // so a slow CI machine does not make this flaky.
    await page.waitForTimeout(1000);
    await page.locator('#draft').click();
    await page.keyboard.insertText(s.badDraft);
    await page.locator('.send-btn').click();
    await page.locator('replycheck-overlay .rc-panel').waitFor();
    expect(await sentTexts(page)).toEqual([s.badDraft]);
    await page.close();
    await popup.close();
  });
});
