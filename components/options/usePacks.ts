import { useCallback, useEffect, useState } from 'react';
import type { Bilingual } from '@/lib/findings';
import { PACK_STORAGE_KEYS, PacksResponseSchema, type PacksRequest, type PacksView } from '@/lib/packs/messages';

// The options page's window on the background pack service: every action is a validated
// runtime message; the view refreshes itself when the background stores a new state (an alarm
// check, a policy change) so "last checked" and rejections appear without a reload.

export interface UsePacks {
  view: PacksView | undefined;
  busy: boolean;
  error: Bilingual | undefined;
  send(request: PacksRequest): Promise<void>;
  /** Subscribe, first asking for access to the pack's site when it is not granted yet. */
  subscribe(url: string): Promise<void>;
  installFile(name: string, text: string): Promise<void>;
}

const NO_ANSWER: Bilingual = { zh: '后台服务没有响应', en: 'The background service did not answer' };

export function usePacks(): UsePacks {
  const [view, setView] = useState<PacksView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Bilingual>();

  const send = useCallback(async (request: PacksRequest) => {
    setBusy(request.type !== 'packs/get');
    try {
      const answer = PacksResponseSchema.safeParse(await browser.runtime.sendMessage(request));
      if (!answer.success) {
        setError(NO_ANSWER);
        return;
      }
      setView(answer.data.view);
      setError(answer.data.error);
    } catch {
      setError(NO_ANSWER);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void send({ type: 'packs/get' });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PACK_STORAGE_KEYS.state in changes) void send({ type: 'packs/get' });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [send]);

  const subscribe = useCallback(
    async (url: string) => {
      try {
        const origin = `${new URL(url.trim()).origin}/*`;
        // A user gesture is needed for the permission prompt, so ask here, not in the background.
        if (!(await browser.permissions.contains({ origins: [origin] }))) await browser.permissions.request({ origins: [origin] });
      } catch {
        // A bad URL is reported by the background; a refused permission still lets servers
        // that allow cross-origin requests (Access-Control-Allow-Origin) work.
      }
      await send({ type: 'packs/subscribe', url });
    },
    [send],
  );

  const installFile = useCallback((name: string, text: string) => send({ type: 'packs/install-file', name, text }), [send]);

  return { view, busy, error, send, subscribe, installFile };
}
