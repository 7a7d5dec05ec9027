import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { DEMO_NOW, findScenario, SCENARIOS } from '../demo/scenarios';
import { ARTIFACTS_DIR, launchPlainBrowser, reactDraft, sentTexts, typeInDraft } from './harness';

// The demo console on its own (no extension): the page the content-script tests stand on
// must itself behave like a real React console — controlled draft, Enter to send, IME safe.

let server: DemoServer;
let browser: Awaited<ReturnType<typeof launchPlainBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  browser = await launchPlainBrowser();
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path);
  await page.locator('.send-btn, .btn-primary').first().waitFor();
  expect(errors).toEqual([]);
  return page;
}

function scenario(id: string) {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

describe('main console', () => {
  it('renders the patient card, attachments and thread of the scenario', async () => {
    const s = scenario('prescription-uploaded');
    const page = await open('/?scenario=prescription-uploaded');
    await expect(page.locator('.patient-card .patient-name').textContent()).resolves.toBe(s.conversation.patient?.name);
    await expect(page.locator('.patient-card .intake').textContent()).resolves.toBe(s.conversation.patient?.intake);
    await expect(page.locator('.patient-card .medications').textContent()).resolves.toBe(s.conversation.patient?.medications);
    const figure = page.locator('.attachments figure.attachment');
    await expect(figure.locator('img').getAttribute('alt')).resolves.toBe('处方.jpg');
    await expect(figure.locator('figcaption').textContent()).resolves.toBe('处方');
    // The prescription image must actually decode (inline SVG, no network).
    await expect(figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);

    const items = page.locator('section.thread .msg');
    await expect(items.count()).resolves.toBe(s.conversation.messages.length);
    const first = s.conversation.messages[0]!;
    await expect(page.locator('.msg-patient .msg-text').first().textContent()).resolves.toBe(first.text);
    await expect(page.locator('.msg-patient time').first().getAttribute('datetime')).resolves.toBe(first.at);

    await expect(page.locator('meta[name="replycheck-now"]').getAttribute('content')).resolves.toBe(DEMO_NOW);
    await expect(page.locator('#draft').inputValue()).resolves.toBe('');
    await expect(page.locator('button.send-btn').textContent()).resolves.toBe('发送');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    await page.screenshot({ path: `${ARTIFACTS_DIR}/demo-console.png` });
    await page.close();
  });

  it('keeps the draft in React state and sends it with Enter', async () => {
    const page = await open('/?scenario=partial-answer');
    const before = await page.locator('.msg-doctor').count();
    const text = scenario('partial-answer').goodDraft;
    await typeInDraft(page, text);
    await expect(reactDraft(page)).resolves.toBe(text);

    await page.keyboard.press('Enter');
    await expect(sentTexts(page)).resolves.toEqual([text]);
    await expect(page.locator('#draft').inputValue()).resolves.toBe('');
    await expect(reactDraft(page)).resolves.toBe('');
    await expect(page.locator('.msg-doctor').count()).resolves.toBe(before + 1);
    await expect(page.locator('.msg-doctor .msg-text').last().textContent()).resolves.toBe(text);
    await page.close();
  });

  it('follows a value inserted from outside React (native setter + input event), as a Fix does', async () => {
    const page = await open('/?scenario=no-closing');
    await typeInDraft(page, '好的');
    // The way an extension inserts text: native setter + input event, which React listens for.
    await page.locator('#draft').evaluate((el: HTMLTextAreaElement) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(el, `${el.value}。若后续还有什么疑问，还可继续线上联系我。`);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(reactDraft(page)).resolves.toBe('好的。若后续还有什么疑问，还可继续线上联系我。');
    await page.locator('button.send-btn').click();
    await expect(sentTexts(page)).resolves.toEqual(['好的。若后续还有什么疑问，还可继续线上联系我。']);
    await page.close();
  });

  it('makes a new line with Shift+Enter and sends nothing empty', async () => {
    const page = await open('/?scenario=cold-tone');
    await page.locator('button.send-btn').click();
    await page.locator('#draft').click();
    await page.keyboard.press('Enter');
    await typeInDraft(page, '第一行');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.insertText('第二行');
    await expect(reactDraft(page)).resolves.toBe('第一行\n第二行');
    await expect(sentTexts(page)).resolves.toEqual([]);
    await page.close();
  });

  it('never sends on the Enter that commits an IME composition', async () => {
    const page = await open('/?scenario=partial-answer');
    await typeInDraft(page, '本次');
    // A real composition through Chromium's IME path: pinyin "kai yao", Enter commits 开药.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'kai yao', selectionStart: 7, selectionEnd: 7 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '开药' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await expect(reactDraft(page)).resolves.toBe('本次开药');
    // A keydown flagged isComposing (other IMEs report it without keyCode 229) does not send either.
    await page.locator('#draft').evaluate((el) => {
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    });
    await expect(sentTexts(page)).resolves.toEqual([]);

    await page.keyboard.press('Enter');
    await expect(sentTexts(page)).resolves.toEqual(['本次开药']);
    await page.close();
  });

  it('switches UI to English with lang=en, defaulting to an English scenario', async () => {
    const page = await open('/?lang=en');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.locator('button.send-btn').textContent()).resolves.toBe('Send');
    const firstEnglish = SCENARIOS.find((s) => s.conversation.language === 'en')!;
    await expect(page.locator('.patient-name').textContent()).resolves.toBe(firstEnglish.conversation.patient?.name);
    await page.locator('.lang-switch').click();
    await page.waitForURL((u) => !u.search.includes('lang=en'));
    await expect(page.locator('button.send-btn').textContent()).resolves.toBe('发送');
    await expect(page.locator('.patient-name').textContent()).resolves.toBe(firstEnglish.conversation.patient?.name);
    await page.close();
  });

  it('switches scenario from the header without a reload, re-mounting the draft box', async () => {
    const page = await open('/');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const oldDraft = await page.locator('#draft').elementHandle();
    await page.locator('select.scenario-picker').selectOption('long-thread');
    await page.waitForURL((u) => u.search.includes('scenario=long-thread'));
    await page.locator('.patient-name', { hasText: scenario('long-thread').conversation.patient!.name! }).waitFor();
    await expect(page.locator('section.thread .msg').count()).resolves.toBe(60);
    await expect(page.evaluate(() => '__sameDocument' in window)).resolves.toBe(true);
    await expect(oldDraft!.evaluate((el) => el.isConnected)).resolves.toBe(false);
    await expect(page.title()).resolves.toContain(scenario('long-thread').conversation.patient!.name!);
    // The newest message is scrolled into view, as in a chat console.
    const atBottom = await page.locator('section.thread').evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 2);
    expect(atBottom).toBe(true);

    await page.goBack();
    await page.locator('.patient-name', { hasText: SCENARIOS[0]!.conversation.patient!.name! }).waitFor();
    await expect(page.locator('.patient-name').textContent()).resolves.toBe(SCENARIOS[0]!.conversation.patient?.name);
    await expect(page.evaluate(() => '__sameDocument' in window)).resolves.toBe(true);
    await page.close();
  });

  it('answers 404 for an unknown scenario', async () => {
    const res = await fetch(`${server.url}/?scenario=no-such-thing`);
    expect(res.status).toBe(404);
  });
});

describe('second layout (alt.html)', () => {
  it('is structured differently: contenteditable editor, no data-* hooks, 回复 button', async () => {
    const page = await open('/alt.html?scenario=prescription-uploaded');
    await expect(page.locator('[contenteditable="true"]').count()).resolves.toBe(1);
    await expect(page.locator('textarea, #draft, .send-btn, .msg, .patient-card, time').count()).resolves.toBe(0);
    const dataHooks = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('data-'))).length,
    );
    expect(dataHooks).toBe(0);
    await expect(page.getByRole('button', { name: '回复' }).count()).resolves.toBe(1);
    await expect(page.locator('img[alt="处方.jpg"]').count()).resolves.toBe(1);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/demo-alt.png` });
    await page.close();
  });

  it('sends with Ctrl+Enter, not with Enter alone', async () => {
    const page = await open('/alt.html?scenario=prescription-uploaded');
    const rowsBefore = await page.locator('li.row').count();
    await typeInDraft(page, '看到你上传的处方了', '[contenteditable="true"]');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('体重的问题我们一起想办法');
    await expect(sentTexts(page)).resolves.toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expect(sentTexts(page)).resolves.toEqual(['看到你上传的处方了\n体重的问题我们一起想办法']);
    await expect(page.locator('[contenteditable="true"]').textContent()).resolves.toBe('');
    await expect(page.locator('li.row').count()).resolves.toBe(rowsBefore + 1);

    await typeInDraft(page, '若后续还有什么疑问，还可继续线上联系我。', '[contenteditable="true"]');
    await page.getByRole('button', { name: '回复' }).click();
    await expect(sentTexts(page)).resolves.toHaveLength(2);
    await page.close();
  });
});

describe('frame page', () => {
  it('embeds the console in a same-origin iframe that works', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/frame.html?scenario=partial-answer`);
    const frame = page.frameLocator('#console-frame');
    await frame.locator('button.send-btn').waitFor();
    // Same origin: the top page can reach into the console, as a content script with all_frames must.
    const sameOrigin = await page.locator('#console-frame').evaluate((f: HTMLIFrameElement) => f.contentDocument?.querySelector('#draft') !== null);
    expect(sameOrigin).toBe(true);
    await expect(frame.locator('.patient-name').textContent()).resolves.toBe(scenario('partial-answer').conversation.patient?.name);

    await frame.locator('#draft').click();
    await page.keyboard.insertText('可以开药，一个月后面诊。');
    await expect(frame.locator('#state-mirror').textContent()).resolves.toBe('可以开药，一个月后面诊。');
    await page.keyboard.press('Enter');
    const inner = page.frames().find((f) => f !== page.mainFrame());
    await expect(inner?.evaluate(() => [...window.__demoSent])).resolves.toEqual(['可以开药，一个月后面诊。']);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/demo-frame.png` });
    await page.close();
  });
});
