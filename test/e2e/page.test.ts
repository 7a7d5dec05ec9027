import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { findScenario, SCENARIOS, type DemoScenario } from '../demo/scenarios';
import { ARTIFACTS_DIR, launchWithExtension, PANEL, reactDraft, sentTexts, typeInDraft, type ExtensionBrowser } from './harness';

// The content script on the demo console, in Debian's Chromium with the built extension
// (run `npx wxt build` first): live badge, send hold, fixes, send anyway, IME, fail-open.

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

const BADGE = 'replycheck-overlay .rc-badge';

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url + path);
  await page.locator('#draft').waitFor();
  // The content script is in once its overlay host is on the page.
  await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
  return page;
}

function scenarioOf(id: string): DemoScenario {
  const s = findScenario(id);
  if (!s) throw new Error(`scenario ${id} missing`);
  return s;
}

/** The scenario's console with its bad draft typed and sent: the send is held. */
async function openHeld(id: string): Promise<{ page: Page; s: DemoScenario }> {
  const page = await open(`/?scenario=${id}`);
  const s = scenarioOf(id);
  await typeInDraft(page, s.badDraft);
  await page.locator('.send-btn').click();
  return { page, s };
}

function panelRules(page: Page): Promise<string[]> {
  return page.locator(`${PANEL} .rc-finding`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}

describe('every rule on its scenario', () => {
  for (const s of SCENARIOS) {
    it(`${s.id}: holds the bad draft for ${s.expectRule}; lets the good draft through`, async () => {
      const page = await open(`/?scenario=${s.id}`);
      await typeInDraft(page, s.badDraft);
      await page.locator('.send-btn').click();
      await page.locator(PANEL).waitFor();
      expect(await panelRules(page)).toContain(s.expectRule);
      expect(await sentTexts(page)).toEqual([]);

      await page.locator('#draft').fill('');
      await typeInDraft(page, s.goodDraft);
      await page.locator('.send-btn').click();
      await expect.poll(() => sentTexts(page)).toEqual([s.goodDraft]);
      await page.close();
    });
  }
});

describe('on the page', () => {
  it('shows a badge with the count while typing, and holds a send only once', async () => {
    const page = await open('/?scenario=partial-answer');
    const s = scenarioOf('partial-answer');
    await typeInDraft(page, s.badDraft);
    const badge = page.locator(BADGE);
    await badge.waitFor();
    expect(Number(await badge.getAttribute('data-count'))).toBeGreaterThan(0);
    await ext.screenshot(page, 'page-badge');

    await page.locator('.send-btn').click();
    await page.locator(PANEL).waitFor();
    await expect(page.locator(PANEL).getAttribute('data-held')).resolves.toBe('true');
    await ext.screenshot(page, 'page-panel');
    expect(await sentTexts(page)).toEqual([]);
    // Keyboard: focus is in the panel; Esc closes it and gives the draft its focus back.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('replycheck-overlay');
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
    // The second send of the same text goes through: held once, never blocked for good.
    await page.keyboard.press('Enter');
    await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);
    await page.close();
  });

  it('"Send anyway" sends the exact text, by click and by the Enter key', async () => {
    const page = await open('/?scenario=cold-tone');
    const text = '按时吃药。\n  下周复诊。';
    await typeInDraft(page, text);
    await page.locator('.send-btn').click();
    await page.locator(`${PANEL} .rc-send-anyway`).click();
    await expect.poll(() => sentTexts(page)).toEqual([text]);

    await typeInDraft(page, '按时吃药');
    await page.keyboard.press('Enter');
    await page.locator(PANEL).waitFor();
    expect(await sentTexts(page)).toEqual([text]);
    // Keyboard only: Tab to "Send anyway", Enter activates it.
    const sendAnyway = page.locator(`${PANEL} .rc-send-anyway`);
    for (let i = 0; i < 20 && !(await sendAnyway.evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentTexts(page)).toEqual([text, '按时吃药']);
    await page.close();
  });

  it('a reply sent in two bubbles: the follow-up is not held for the warmth and closing line the first bubble gave', async () => {
    const followUp = '另外，睡前一小时尽量不要看手机。';
    // As the first bubble the same words are held: no warmth, no closing line.
    const alone = await open('/?scenario=cold-tone');
    await typeInDraft(alone, followUp);
    await alone.locator('.send-btn').click();
    await alone.locator(PANEL).waitFor();
    expect(await panelRules(alone)).toEqual(expect.arrayContaining(['missing-empathy', 'missing-closing']));
    await alone.close();

    const page = await open('/?scenario=cold-tone');
    const s = scenarioOf('cold-tone');
    await typeInDraft(page, s.goodDraft);
    await page.locator('.send-btn').click();
    await expect.poll(() => sentTexts(page)).toEqual([s.goodDraft]);
    await typeInDraft(page, followUp);
    await page.locator('.send-btn').click();
    await expect.poll(() => sentTexts(page)).toEqual([s.goodDraft, followUp]);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });

  it('a Fix lands in the draft and in React state, and Ctrl+Z undoes it', async () => {
    const { page, s } = await openHeld('no-closing');
    const fix = page.locator(`${PANEL} .rc-finding[data-rule="${s.expectRule}"] .rc-fix`).first();
    await fix.waitFor();
    await fix.click();
    await expect.poll(() => page.locator('#draft').inputValue()).not.toBe(s.badDraft);
    const fixed = await page.locator('#draft').inputValue();
    expect(fixed.length).toBeGreaterThan(s.badDraft.length);
    expect(await reactDraft(page)).toBe(fixed);
    await page.locator('#draft').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(s.badDraft);
    expect(await reactDraft(page)).toBe(s.badDraft);
    await page.close();
  });

  it('the answer lead-in steps the panel aside with the caret after it; sent empty it is held again, answered it is not', async () => {
    const { page, s } = await openHeld('partial-answer');
    await page.locator(`${PANEL} .rc-finding[data-rule="unanswered-question"] .rc-fix`).first().click();
    await page.locator(PANEL).waitFor({ state: 'detached' });
    const withLeadIn = await page.locator('#draft').inputValue();
    expect(withLeadIn).toMatch(/\n关于“本次能给我开药吗”：$/u);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
    expect(await page.locator('#draft').evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe(withLeadIn.length);

    // Sent as it is, the lead-in is held: its answer is still empty.
    await page.locator('.send-btn').click();
    await page.locator(`${PANEL} .rc-finding[data-rule="unanswered-question"]`).waitFor();
    expect(await page.locator(`${PANEL} .rc-finding[data-rule="unanswered-question"] .rc-msg`).textContent()).toContain('的回答还空着');
    expect(await sentTexts(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // The doctor types where the caret was left: the question is settled.
    await page.locator('#draft').focus();
    await page.keyboard.press('End');
    await page.keyboard.insertText('可以，先开两周的量。');
    expect(await page.locator('#draft').inputValue()).toBe(withLeadIn + '可以，先开两周的量。');
    await page.locator('.send-btn').click();
    await page.locator(PANEL).waitFor();
    expect(await panelRules(page)).not.toContain('unanswered-question');
    await page.close();
  });

  it('Alt+Shift+R in the draft opens the review without sending or typing, and Esc goes back to the draft', async () => {
    const page = await open('/?scenario=partial-answer');
    const s = scenarioOf('partial-answer');
    await typeInDraft(page, s.badDraft);
    await page.keyboard.press('Alt+Shift+KeyR');
    await page.locator(PANEL).waitFor();
    expect(await page.locator(PANEL).getAttribute('data-held')).toBe('false');
    expect(await panelRules(page)).toContain(s.expectRule);
    expect(await page.locator('#draft').inputValue()).toBe(s.badDraft);
    expect(await sentTexts(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
    await page.close();
  });

  it('a quote in the review shows where it is: the patient\'s words selected in the thread, or the draft\'s selected in the box', async () => {
    const { page } = await openHeld('partial-answer');
    const finding = (rule: string) => page.locator(`${PANEL} .rc-finding[data-rule="${rule}"]`);
    await finding('unanswered-question').locator('.rc-evidence').click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('本次能给我开药吗');
    // The selection is inside the patient's message, and the panel stays for the next step.
    expect(await page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('.msg-patient') !== null)).toBe(true);
    expect(await page.locator(PANEL).count()).toBe(1);
    await ext.screenshot(page, 'page-evidence-shown');

    const quoted = await finding('missing-closing').locator('.rc-evidence').textContent();
    await finding('missing-closing').locator('.rc-evidence').click();
    await page.locator(PANEL).waitFor({ state: 'detached' });
    const selected = await page.locator('#draft').evaluate((el) => {
      const box = el as HTMLTextAreaElement;
      return document.activeElement === box ? box.value.slice(box.selectionStart, box.selectionEnd) : null;
    });
    expect(selected).toBeTruthy();
    expect(quoted).toContain(selected);
    await page.close();
  });

  it('"Ignore for this conversation" drops that rule here, until the doctor opens another patient', async () => {
    const { page, s } = await openHeld('no-closing');
    await page.locator(`${PANEL} .rc-finding[data-rule="missing-closing"] .rc-ignore`).click();
    expect(await panelRules(page)).not.toContain('missing-closing');
    await page.keyboard.press('Escape');
    // Same conversation, a new draft with the same gap: no longer held for it.
    await page.locator('#draft').fill('');
    await typeInDraft(page, s.badDraft);
    await page.locator('.send-btn').click();
    await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);
    await page.close();
  });

  it('an Enter that commits an IME composition never sends and never opens the panel', async () => {
    const page = await open('/?scenario=partial-answer');
    await typeInDraft(page, '本次');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'kai yao', selectionStart: 7, selectionEnd: 7 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '开药' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await page.locator('#draft').evaluate((el) => {
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    });
    expect(await reactDraft(page)).toBe('本次开药');
    expect(await sentTexts(page)).toEqual([]);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });

  it('fails open: a forced engine error lets the send through untouched', async () => {
    const page = await open('/?scenario=partial-answer');
    await page.evaluate(() => localStorage.setItem('replycheck:debug-throw', '1'));
    const s = scenarioOf('partial-answer');
    await typeInDraft(page, s.badDraft);
    await page.locator('.send-btn').click();
    await expect.poll(() => sentTexts(page)).toEqual([s.badDraft]);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.evaluate(() => localStorage.removeItem('replycheck:debug-throw'));
    await page.close();
  });

  it('keeps working after single-page navigation re-mounts the draft box', async () => {
    const page = await open('/?scenario=partial-answer');
    await page.locator('.scenario-picker').selectOption('referral-no-reason');
    await page.waitForURL(/referral-no-reason/);
    const s = scenarioOf('referral-no-reason');
    await typeInDraft(page, s.badDraft);
    await page.locator('.send-btn').click();
    await page.locator(PANEL).waitFor();
    expect(await panelRules(page)).toContain(s.expectRule);
    await page.close();
  });

  it('works in a same-origin iframe', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/frame.html?scenario=partial-answer`);
    const frame = page.frameLocator('#console-frame');
    await frame.locator('#draft').waitFor();
    await frame.locator('replycheck-overlay').waitFor({ state: 'attached' });
    const s = scenarioOf('partial-answer');
    await frame.locator('#draft').click();
    await page.keyboard.insertText(s.badDraft);
    await frame.locator('.send-btn').click();
    await frame.locator('.rc-panel').waitFor();
    await page.close();
  });

  it('opens the panel on every send click on the 60-message thread, and measures how fast (reported in the README)', async () => {
    const page = await open('/?scenario=long-thread');
    const s = scenarioOf('long-thread');
    expect(await page.locator('.thread .msg').count()).toBeGreaterThanOrEqual(60);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.locator('#draft').fill('');
      await typeInDraft(page, s.badDraft + '。'.repeat(i));
      // Start the clock in the page right before the (synchronous) click; stop at the first
      // frame showing the panel. A click listener cannot start it: the hold stops propagation.
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const btn = document.querySelector<HTMLButtonElement>('.send-btn');
            const host = document.querySelector('replycheck-overlay');
            const poll = () => {
              if (host?.shadowRoot?.querySelector('.rc-panel')) resolve(performance.now() - t0);
              else requestAnimationFrame(poll);
            };
            const t0 = performance.now();
            btn?.click();
            poll();
          }),
      );
      samples.push(ms);
      await page.keyboard.press('Escape');
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? Infinity;
    writeFileSync(
      join(ARTIFACTS_DIR, 'page-timing.json'),
      JSON.stringify({ scenario: 'long-thread', messages: 60, sendClickToPanelMs: { samples, median } }, null, 2),
    );
    // The figure is reported (target < 50 ms), not asserted: a slow CI machine must not fail a
    // behaviour test. Behaviour: the panel opened on each of the five sends (else the wait above
    // never ends), and nothing was sent.
    console.log(`send click → panel on the 60-message thread: median ${median.toFixed(1)} ms (${samples.map((x) => x.toFixed(1)).join(', ')})`);
    expect(await sentTexts(page)).toEqual([]);
    await page.close();
  });
});
