import {
  PAGE_STORAGE_KEYS,
  PageRequestSchema,
  addCount,
  readCounts,
  readSiteSettings,
  readStoredAdapters,
  type PageRequest,
} from '@/lib/adapters/page-settings';
import { mergeAdapters } from '@/lib/adapters/io';

// The page side's background services: counts (only numbers, never patient text), the doctor's
// adapters (saved by "set up this site", imported or deleted in the options page), and registering the content script on sites the doctor
// granted at run time. Requests are serialised so counts from several frames never race.

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

async function handle(request: PageRequest): Promise<{ ok: true } | { ok: false; error: string }> {
  const area = browser.storage.local;
  if (request.type === 'page:count') {
    const got = await area.get(PAGE_STORAGE_KEYS.counts);
    await area.set({ [PAGE_STORAGE_KEYS.counts]: addCount(readCounts(got[PAGE_STORAGE_KEYS.counts]), request.kind) });
    return { ok: true };
  }
  if (request.type === 'page:save-adapter' || request.type === 'page:import-adapters' || request.type === 'page:delete-adapter') {
    const got = await area.get(PAGE_STORAGE_KEYS.adapters);
    const stored = readStoredAdapters(got[PAGE_STORAGE_KEYS.adapters]);
    const next =
      request.type === 'page:delete-adapter'
        ? stored.filter((a) => a.id !== request.id)
        : mergeAdapters(stored, request.type === 'page:save-adapter' ? [request.adapter] : request.adapters);
    await area.set({ [PAGE_STORAGE_KEYS.adapters]: next });
    return { ok: true };
  }
  const origin = new URL(request.origin).origin;
  const pattern = `${origin}/*`;
  const got = await area.get(PAGE_STORAGE_KEYS.sites);
  const sites = readSiteSettings(got[PAGE_STORAGE_KEYS.sites]);
  await area.set({
    [PAGE_STORAGE_KEYS.sites]: {
      ...sites,
      enabled: [...new Set([...sites.enabled, origin])],
      disabled: sites.disabled.filter((o) => o !== origin),
    },
  });
  const id = `replycheck-${origin.replace(/[^a-z0-9]/gi, '_')}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0)
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: ['content-scripts/content.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  return { ok: true };
}

export function registerPageServices(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    const parsed = PageRequestSchema.safeParse(message);
    // Not ours: leave it to the other services (return undefined so they can answer).
    if (!parsed.success) return undefined;
    void serial(() => handle(parsed.data))
      .catch((e: unknown) => ({ ok: false as const, error: String(e) }))
      .then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
