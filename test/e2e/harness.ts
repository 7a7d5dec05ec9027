import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../artifacts');
/** The review panel the content script opens in its shadow root. */
export const PANEL = 'replycheck-overlay .rc-panel';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Open an extension page such as 'options.html' or 'popup.html'. */
  openExtensionPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension (run `wxt build` first) in a fresh profile.
 *  `userDataDir` lets a test place a managed policy or reuse a profile. */
export async function launchWithExtension(opts: { userDataDir?: string; args?: string[] } = {}): Promise<ExtensionBrowser> {
  const dir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'replycheck-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    context,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async screenshot(page, name) {
      const file = join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      if (!opts.userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---- demo console helpers (see test/demo/) ----

/** Debian's Chromium WITHOUT the extension: for checking that a page works on its own. */
export async function launchPlainBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return { context, close: () => browser.close() };
}

/** Type `text` into a draft box (textarea or contenteditable) the way an IME commits text:
 *  one insertText, so `input` events fire and React/Vue state follows. Appends at the caret. */
export async function typeInDraft(page: Page, text: string, selector = '#draft'): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.insertText(text);
}

/** Open the template palette with "/" in the draft box, search `query` and take the option
 *  named `option` with Enter. Returns the palette (its fill-in form may follow). */
export async function pickFromPalette(page: Page, query: string, option: RegExp, selector = '#draft'): Promise<Locator> {
  await page.locator(selector).click();
  await page.keyboard.press('/');
  const palette = page.locator('replycheck-palette');
  const search = palette.getByRole('combobox');
  await search.waitFor({ timeout: 10_000 });
  await search.fill(query);
  await palette.getByRole('option', { name: option }).waitFor();
  await search.press('Enter');
  return palette;
}

/** The texts the demo console has sent so far (window.__demoSent), in order. */
export function sentTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__demoSent]);
}

/** The draft as the demo console's React state holds it (mirrored into #state-mirror). */
export async function reactDraft(page: Page): Promise<string> {
  return (await page.locator('#state-mirror').textContent()) ?? '';
}

/** What an extension page (options, popup) reads from browser.storage.local under `key`. */
export function readExtensionStorage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    // The extension page's own API (`chrome`; not typed here).
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get(k))[k];
  }, key);
}
