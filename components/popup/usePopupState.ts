import { useCallback, useEffect, useState } from 'react';
import {
  PAGE_STORAGE_KEYS,
  isLoopback,
  readCounts,
  readSiteSettings,
  siteActive,
  type Counts,
  type SiteSettings,
} from '@/lib/adapters/page-settings';

// The popup's data: counts, the global pause and this tab's site switch. Host access for a new
// site is asked for at run time (least privilege) and only then is the content script registered.

export interface PopupState {
  counts: Counts;
  settings: SiteSettings;
  origin: string | undefined;
  tabId: number | undefined;
  active: boolean;
  error: string | undefined;
}

export function usePopupState() {
  const [state, setState] = useState<PopupState>({
    counts: readCounts(undefined),
    settings: readSiteSettings(undefined),
    origin: undefined,
    tabId: undefined,
    active: false,
    error: undefined,
  });

  const load = useCallback(async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    let origin: string | undefined;
    try {
      origin = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : undefined;
    } catch {
      origin = undefined;
    }
    const got = await browser.storage.local.get([PAGE_STORAGE_KEYS.counts, PAGE_STORAGE_KEYS.sites]);
    const settings = readSiteSettings(got[PAGE_STORAGE_KEYS.sites]);
    setState((s) => ({
      ...s,
      counts: readCounts(got[PAGE_STORAGE_KEYS.counts]),
      settings,
      origin,
      tabId: tab?.id,
      active: origin ? siteActive(settings, origin) : false,
    }));
  }, []);

  useEffect(() => {
    void load();
    const onChanged = () => void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [load]);

  const writeSettings = (settings: SiteSettings) => browser.storage.local.set({ [PAGE_STORAGE_KEYS.sites]: settings });

  return {
    state,
    async setPaused(paused: boolean) {
      await writeSettings({ ...state.settings, paused });
    },
    async setSiteOn(on: boolean) {
      const { origin, settings } = state;
      if (!origin) return;
      if (!on) {
        await writeSettings({ ...settings, disabled: [...new Set([...settings.disabled, origin])] });
        return;
      }
      if (!isLoopback(origin)) {
        // Must run in the click's user gesture: no await before it.
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) {
          setState((s) => ({ ...s, error: '未获得此网站的访问权限 / access not granted' }));
          return;
        }
        await browser.runtime.sendMessage({ type: 'page:enable-site', origin });
        if (state.tabId !== undefined) await browser.tabs.reload(state.tabId);
        return;
      }
      await writeSettings({ ...settings, disabled: settings.disabled.filter((o) => o !== origin) });
    },
    async setupSite() {
      if (state.tabId === undefined) return;
      try {
        await browser.tabs.sendMessage(state.tabId, { type: 'page:setup-start' });
        window.close();
      } catch {
        setState((s) => ({ ...s, error: '请先在此网站开启回复检查 / switch ReplyCheck on for this site first' }));
      }
    },
  };
}
