import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { findScenario } from '../demo/scenarios';
import { launchWithExtension, PANEL, sentTexts, typeInDraft, type ExtensionBrowser } from './harness';

// A console with two draft boxes, each with its own send button (`&drafts=2`): the badge follows
// the box being written in, with that box's count; a send is checked (and held) on the text of
// the box whose button or Enter sent it, wherever the focus was; "Send anyway" sends that box's
// text only, and the other box keeps its draft.

let server: DemoServer;
let ext: ExtensionBrowser;
let page: Page;

const s = findScenario('partial-answer');
if (!s) throw new Error('scenario partial-answer missing');
const { badDraft, goodDraft, expectRule } = s;
/** Asks again for the medication the intake already gives (repeat-medication-ask): held even
 *  as a follow-up to a reply already sent, which a stock line or a missing closing is not. */
const REASK = '你现在吃的是什么药？';
const BADGE = 'replycheck-overlay .rc-badge';
const box = (n: 1 | 2) => page.locator(n === 1 ? '#draft' : '#draft-2');
const sendButton = (n: 1 | 2) => page.locator(`[data-composer="${n === 1 ? 'draft' : 'draft-2'}"] .send-btn`);
const mirror = (n: 1 | 2) => page.locator(n === 1 ? '#state-mirror' : '#state-mirror-2');

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(`${server.url}/?scenario=${s.id}&drafts=2`);
  await box(2).waitFor();
  await page.locator('replycheck-overlay').waitFor({ state: 'attached' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Which box the badge sits on (it is drawn at the box's bottom-right corner), and its count. */
async function badge(): Promise<{ on: 1 | 2 | null; count: number }> {
  const b = await page.locator(BADGE).boundingBox();
  const count = Number(await page.locator(BADGE).getAttribute('data-count'));
  if (!b) return { on: null, count };
  for (const n of [1, 2] as const) {
    const r = await box(n).boundingBox();
    if (r && b.y >= r.y && b.y + b.height <= r.y + r.height + 1 && b.x >= r.x && b.x + b.width <= r.x + r.width + 1) return { on: n, count };
  }
  return { on: null, count };
}

function panelRules(): Promise<string[]> {
  return page.locator(`${PANEL} .rc-finding`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}

it('shows the badge on the box being written in, with that box’s count', async () => {
  await typeInDraft(page, badDraft, '#draft');
  await expect.poll(badge).toEqual({ on: 1, count: expect.any(Number) });
  const bad = (await badge()).count;
  expect(bad).toBeGreaterThan(0);

  await typeInDraft(page, goodDraft, '#draft-2');
  await expect.poll(badge).toEqual({ on: 2, count: 0 });
  await ext.screenshot(page, 'page-two-drafts-badge');

  await box(1).click();
  await expect.poll(badge).toEqual({ on: 1, count: bad });
});

it('holds the bad box’s send even when the other box has the focus; Send anyway sends that box only', async () => {
  // Focus in box 2 (the good reply); box 1's own button is clicked.
  await box(2).click();
  await sendButton(1).click();
  await page.locator(PANEL).waitFor();
  expect(await page.locator(PANEL).getAttribute('data-held')).toBe('true');
  expect(await panelRules()).toContain(expectRule);
  expect(await sentTexts(page)).toEqual([]);
  // The badge went to the held box.
  expect((await badge()).on).toBe(1);
  await ext.screenshot(page, 'page-two-drafts-held');
  // The panel sits above the upper box with little room: its findings scroll, while its title and
  // "Send anyway" stay in view without scrolling.
  const within = async (selector: string) => {
    const [outer, inner] = await Promise.all([page.locator(PANEL).boundingBox(), page.locator(`${PANEL} ${selector}`).boundingBox()]);
    return !!outer && !!inner && inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height;
  };
  expect(await within('.rc-send-anyway')).toBe(true);
  expect(await within('.rc-close')).toBe(true);

  await page.locator(`${PANEL} .rc-send-anyway`).click();
  await expect.poll(() => sentTexts(page)).toEqual([badDraft]);
  await expect.poll(() => box(1).inputValue()).toBe('');
  // The other box kept its draft, in the DOM and in the page's React state.
  expect(await box(2).inputValue()).toBe(goodDraft);
  expect(await mirror(2).textContent()).toBe(goodDraft);
});

it('the good box’s own button sends it at once while the focused box has a draft that would be held', async () => {
  await typeInDraft(page, REASK, '#draft');
  await sendButton(2).click();
  await expect.poll(() => sentTexts(page)).toEqual([badDraft, goodDraft]);
  expect(await page.locator(PANEL).count()).toBe(0);
  await expect.poll(() => box(2).inputValue()).toBe('');
  expect(await box(1).inputValue()).toBe(REASK);
});

it('Enter in the second box holds that box’s draft, and Send anyway sends it alone', async () => {
  await typeInDraft(page, REASK, '#draft-2');
  await page.keyboard.press('Enter');
  await page.locator(PANEL).waitFor();
  expect(await page.locator(PANEL).getAttribute('data-held')).toBe('true');
  expect(await sentTexts(page)).toEqual([badDraft, goodDraft]);
  await page.locator(`${PANEL} .rc-send-anyway`).click();
  await expect.poll(() => sentTexts(page)).toEqual([badDraft, goodDraft, REASK]);
  await expect.poll(() => box(2).inputValue()).toBe('');
  expect(await box(1).inputValue()).toBe(REASK);
  expect(await mirror(1).textContent()).toBe(REASK);
});

it('held once per box: the same text held in one box is still checked in the other', async () => {
  // Box 1 holds its draft once…
  await sendButton(1).click();
  await page.locator(PANEL).waitFor();
  await page.keyboard.press('Escape');
  await page.locator(PANEL).waitFor({ state: 'detached' });
  // …the same text in box 2 is its own send, and is held too.
  await typeInDraft(page, REASK, '#draft-2');
  await sendButton(2).click();
  await page.locator(PANEL).waitFor();
  expect(await sentTexts(page)).toEqual([badDraft, goodDraft, REASK]);
  await page.keyboard.press('Escape');
  await page.locator(PANEL).waitFor({ state: 'detached' });
  // The second send of box 1 goes through (held once, never blocked for good); box 2 keeps its text.
  // The send is let through by the content script's capture handler, so wait for it to land.
  await sendButton(1).click();
  await expect.poll(() => sentTexts(page), { timeout: 10_000 }).toEqual([badDraft, goodDraft, REASK, REASK]);
  expect(await box(2).inputValue()).toBe(REASK);
});
