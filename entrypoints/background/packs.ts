import type { Bilingual } from '@/lib/findings';
import { PACK_STORAGE_KEYS, PacksRequestSchema, type PacksRequest, type PacksResponse } from '@/lib/packs/messages';
import { emptyPacksState, PacksStateSchema, type PacksState } from '@/lib/packs/state';
import {
  applyPolicy,
  dueSubscriptions,
  earliestCheck,
  effectiveCheckSettings,
  effectiveSiteAdapters,
  installPackFile,
  PackActionError,
  refreshSubscription,
  removePack,
  subscribe,
  unsubscribe,
  type FetchLike,
  type SyncDeps,
} from '@/lib/packs/sync';
import { readManagedPolicy, type PolicyReading } from '@/lib/policy/schema';
import { templateRepository } from './templates';

// Pack subscriptions in the service worker: reads the managed policy, keeps subscriptions in
// browser.storage.local, checks them on browser.alarms, answers the options page. All logic
// is in lib/packs; this file only wires storage, alarms, fetch and messages.

const ALARM_DUE = 'packs-due';
const ALARM_SWEEP = 'packs-sweep';
/** A safety net in case a one-shot alarm is lost (browser restart, clock change). */
const SWEEP_MINUTES = 30;

async function readPolicy(): Promise<PolicyReading> {
  try {
    return readManagedPolicy(await browser.storage.managed.get());
  } catch {
    // Firefox without policies.json, or no managed_schema support: no policy.
    return readManagedPolicy({});
  }
}

async function loadState(): Promise<PacksState> {
  const stored = (await browser.storage.local.get(PACK_STORAGE_KEYS.state))[PACK_STORAGE_KEYS.state];
  const parsed = PacksStateSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : emptyPacksState();
}

async function saveState(state: PacksState, policy: PolicyReading['policy']): Promise<void> {
  await browser.storage.local.set({
    [PACK_STORAGE_KEYS.state]: state,
    [PACK_STORAGE_KEYS.checkSettings]: effectiveCheckSettings(state, policy),
    [PACK_STORAGE_KEYS.siteAdapters]: effectiveSiteAdapters(state, policy),
  });
  const next = earliestCheck(state);
  if (next === undefined) await browser.alarms.clear(ALARM_DUE);
  else await browser.alarms.create(ALARM_DUE, { when: Math.max(next, Date.now() + 1000) });
}

const fetchPack: FetchLike = (url, init) => fetch(url, init);

function deps(policy: PolicyReading['policy']): SyncDeps {
  return { sink: templateRepository(), policy, now: () => Date.now(), random: Math.random, fetch: fetchPack };
}

// Every change goes through one queue, so an alarm and a click never interleave their
// read-modify-write of the stored state.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function refreshAll(state: PacksState, urls: string[], policy: PolicyReading['policy']): Promise<PacksState> {
  let next = state;
  for (const url of urls) ({ state: next } = await refreshSubscription(next, url, deps(policy)));
  return next;
}

/** Bring subscriptions and installed packs in line with the policy (its URLs, its pinned
 *  keys) and check whatever is due. */
function syncDue(): Promise<void> {
  return serial(async () => {
    const { policy } = await readPolicy();
    let state = await applyPolicy(await loadState(), deps(policy));
    state = await refreshAll(state, dueSubscriptions(state, Date.now()), policy);
    await saveState(state, policy);
  });
}

function syncInBackground(): void {
  void syncDue().catch((e: unknown) => console.warn('ReplyCheck: pack sync failed', e));
}

function describeError(e: unknown): Bilingual {
  if (e instanceof PackActionError) {
    const zh = {
      exists: '已订阅该地址',
      'not-found': '未找到该订阅',
      'locked-by-policy': '该模板包由管理员策略设定，不能移除',
      'bad-url': '地址无效（仅支持 http/https）',
    }[e.code];
    return { zh, en: e.message };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return { zh: `操作失败：${msg}`, en: `Failed: ${msg}` };
}

async function handle(request: PacksRequest): Promise<PacksResponse> {
  return serial(async () => {
    const reading = await readPolicy();
    const { policy } = reading;
    let state = await applyPolicy(await loadState(), deps(policy));
    let error: Bilingual | undefined;
    try {
      switch (request.type) {
        case 'packs/get':
          break;
        case 'packs/subscribe': {
          state = subscribe(state, request.url, Date.now());
          const url = state.subscriptions.at(-1)!.url;
          state = await refreshAll(state, [url], policy);
          break;
        }
        case 'packs/unsubscribe':
          state = await unsubscribe(state, request.url, deps(policy));
          break;
        case 'packs/install-file':
          ({ state } = await installPackFile(state, request.text, request.name, deps(policy)));
          break;
        case 'packs/remove':
          state = await removePack(state, request.packId, deps(policy));
          break;
        case 'packs/refresh':
          state = await refreshAll(state, request.url ? [request.url] : state.subscriptions.map((s) => s.url), policy);
          break;
      }
    } catch (e) {
      error = describeError(e);
    }
    await saveState(state, policy);
    return { view: { state, policy, policyProblems: reading.problems, now: Date.now() }, ...(error ? { error } : {}) };
  });
}

export function registerPackSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_DUE || alarm.name === ALARM_SWEEP) syncInBackground();
  });
  // A policy change (URLs, pinned keys) takes effect at once, not at the next check.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') syncInBackground();
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    const request = PacksRequestSchema.safeParse(message);
    if (!request.success) return undefined; // another service's message
    void handle(request.data).then(sendResponse, (e: unknown) => sendResponse({ error: describeError(e) }));
    return true;
  });
  void browser.alarms.create(ALARM_SWEEP, { periodInMinutes: SWEEP_MINUTES });
  // Each service-worker start: pick up policy changes made while it slept, check what is due.
  syncInBackground();
}
