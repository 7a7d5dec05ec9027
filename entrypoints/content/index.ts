import { adapterFor } from '@/lib/adapters/schema';
import { PAGE_STORAGE_KEYS, readSiteSettings, readStoredAdapters, siteActive, type CountKind } from '@/lib/adapters/page-settings';
import { PACK_STORAGE_KEYS, readStoredCheckSettings } from '@/lib/packs/messages';
import { conversationLanguage } from '@/lib/text/language';
import type { CheckOptionsInput } from '@/lib/options';
import { readRulePreferences, RULE_PREFERENCES_KEY, withRulePreferences } from '@/lib/rules/preferences';
import { PALETTE_TRIGGER_KEY, readPaletteTrigger } from '@/lib/templates/trigger';
import { GENERIC_ADAPTER } from './generic';
import { startSession, type Session } from './session';
import { startSetup } from './setup-site';

// Wiring only: settings from storage → adapter → session (live check, badge, send hold).

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  async main() {
    try {
      await run();
    } catch (e) {
      // Fail open: the page works as if ReplyCheck were absent.
      console.warn('ReplyCheck: not started', e);
    }
  },
});

async function loadPalette() {
  try {
    return (await import('./palette')).attachPalette;
  } catch {
    return undefined;
  }
}

async function loadFixText() {
  try {
    return (await import('./templates-client')).fixTextFor;
  } catch {
    return undefined;
  }
}

async function run(): Promise<void> {
  const area = browser.storage.local;
  const keys = [
    PAGE_STORAGE_KEYS.sites,
    PAGE_STORAGE_KEYS.adapters,
    PACK_STORAGE_KEYS.checkSettings,
    PACK_STORAGE_KEYS.siteAdapters,
    PALETTE_TRIGGER_KEY,
    RULE_PREFERENCES_KEY,
  ];
  const stored = await area.get(keys);
  // What opens the `/` palette: read at each keystroke, so a change in the options page applies at once.
  let trigger = readPaletteTrigger(stored[PALETTE_TRIGGER_KEY]);
  let sites = readSiteSettings(stored[PAGE_STORAGE_KEYS.sites]);
  // Packs' and policy's settings with the doctor's own rule choices over them (检查规则).
  let settings = readStoredCheckSettings(stored[PACK_STORAGE_KEYS.checkSettings]);
  let preferences = readRulePreferences(stored[RULE_PREFERENCES_KEY]);
  let checkOptions: CheckOptionsInput = withRulePreferences(settings, preferences);
  // The doctor's own adapters first, then those from packs and policy.
  let own = readStoredAdapters(stored[PAGE_STORAGE_KEYS.adapters]);
  let fromPacks = readStoredAdapters(stored[PACK_STORAGE_KEYS.siteAdapters]);
  let session: Session | undefined;
  const origin = window.location.origin;
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local') return;
    const s = changes[PAGE_STORAGE_KEYS.sites];
    if (s) sites = readSiteSettings(s.newValue);
    const c = changes[PACK_STORAGE_KEYS.checkSettings];
    if (c) settings = readStoredCheckSettings(c.newValue);
    const r = changes[RULE_PREFERENCES_KEY];
    if (r) preferences = readRulePreferences(r.newValue);
    if (c || r) {
      checkOptions = withRulePreferences(settings, preferences);
      session?.refresh();
    }
    const t = changes[PALETTE_TRIGGER_KEY];
    if (t) trigger = readPaletteTrigger(t.newValue);
    // The adapters changed (set up here or in another tab, imported or deleted in the options
    // page, brought by a pack): restart the session in place with the one that now matches.
    // No reload: a draft in progress must survive.
    const a = changes[PAGE_STORAGE_KEYS.adapters];
    const p = changes[PACK_STORAGE_KEYS.siteAdapters];
    if (a) own = readStoredAdapters(a.newValue);
    if (p) fromPacks = readStoredAdapters(p.newValue);
    if ((a || p) && session) begin();
  });

  // "Set up this site", started from the popup (top frame only: one picker per tab).
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (window !== window.top || !message || typeof message !== 'object' || !('type' in message) || message.type !== 'page:setup-start')
      return undefined;
    startSetup(document, (adapter) => browser.runtime.sendMessage({ type: 'page:save-adapter', adapter }));
    return Promise.resolve({ ok: true });
  });

  const attachPalette = await loadPalette();
  const fixTextFor = await loadFixText();
  const count = (kind: CountKind) => void browser.runtime.sendMessage({ type: 'page:count', kind }).catch(() => undefined);

  /** The adapter the running session reads this page with, as JSON. */
  let sessionAdapter: string | undefined;
  function begin(): void {
    const adapter = adapterFor(window.location.href, [...own, ...fromPacks]);
    // Adapters changed for other sites (an import, a pack's first sync writing its empty list):
    // the session goes on, and a held send with its panel stays where the doctor left it.
    const key = JSON.stringify(adapter ?? null);
    if (session && key === sessionAdapter) return;
    sessionAdapter = key;
    session?.stop();
    session = startSession({
      doc: document,
      adapter: adapter ?? GENERIC_ADAPTER,
      generic: !adapter,
      active: () => siteActive(sites, origin),
      checkOptions: () => checkOptions,
      count,
      fixText: (fix, conversation) =>
        fix.category && fixTextFor
          ? fixTextFor(fix.category, conversation ? conversationLanguage(conversation) : 'zh', fix.text, conversation)
          : Promise.resolve(fix.text),
      ...(attachPalette ? { onEditor: (editor, conversation) => attachPalette(editor, { conversation, trigger: () => trigger }) } : {}),
    });
  }
  begin();
}
