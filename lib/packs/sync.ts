import type { SiteAdapter } from '../adapters/schema';
import type { RuleId } from '../findings';
import type { CheckOptionsInput } from '../options';
import type { ManagedPolicy } from '../policy/schema';
import type { PackTemplateInput } from '../templates/schema';
import { PACK_LIMITS, type Pack } from './schema';
import type { InstalledPack, PackChange, PackOrigin, PacksState, RejectionRecord, Subscription } from './state';
import { describeRejection, evaluatePackFile, pinnedKeyRejection, type PackRejection } from './verify';

// Installing, refreshing and removing packs, as pure state transitions over PacksState with
// the outside world passed in (fetch, clock, randomness, the template repository). The
// background wires these to browser.storage.local and browser.alarms; the tests to fakes.

/** Where pack templates go: lib/templates/repository.ts replacePackTemplates, which replaces a
 *  pack's templates in one transaction and never touches the doctor's own. */
export interface PackTemplateSink {
  replacePackTemplates(packId: string, version: string, templates: PackTemplateInput[]): Promise<unknown>;
  /** `keepUsage`: the pack is only disabled, so its templates' usage figures wait for it. */
  removePackTemplates(packId: string, options?: { keepUsage?: boolean }): Promise<unknown>;
}

export type FetchLike = (url: string, init: { headers: Record<string, string>; cache: 'no-store'; credentials: 'omit' }) => Promise<{
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  /** The body as a stream, read with a byte limit; `text()` when there is none. */
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}>;

type FetchResponse = Awaited<ReturnType<FetchLike>>;

/** The response's text, or how many bytes it had reached when it passed `maxBytes`: a server
 *  that sends no Content-Length (or a wrong one) is cut off at the limit, not read whole. A
 *  response without a stream is read whole; the pack check refuses it if it is too large. */
async function readBounded(response: FetchResponse, maxBytes: number): Promise<{ text: string } | { tooLarge: number }> {
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode() };
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return { tooLarge: bytes };
    }
    text += decoder.decode(value, { stream: true });
  }
}

export interface SyncDeps {
  sink: PackTemplateSink;
  policy: ManagedPolicy;
  now(): number;
  /** In [0, 1): spreads checks so thousands of doctors do not hit the server at once. */
  random(): number;
  fetch?: FetchLike;
}

/** Scheduling: a check every 6 h ± 20 %; after failures 5 min doubling up to 12 h (± half);
 *  policy subscriptions first checked within 30 s of being seen. */
export const SCHEDULE = {
  refreshMs: 6 * 3600_000,
  spread: 0.2,
  backoffBaseMs: 5 * 60_000,
  backoffMaxMs: 12 * 3600_000,
  firstPolicyCheckMs: 30_000,
} as const;

export function nextCheckAt(now: number, failures: number, random: number): number {
  if (failures === 0) return Math.round(now + SCHEDULE.refreshMs * (1 - SCHEDULE.spread + 2 * SCHEDULE.spread * random));
  const backoff = Math.min(SCHEDULE.backoffBaseMs * 2 ** (failures - 1), SCHEDULE.backoffMaxMs);
  return Math.round(now + backoff * (0.5 + 0.5 * random));
}

/** A pack template as the template repository takes it; the pack's id is its stable key. */
export function toRepositoryTemplates(pack: Pack): PackTemplateInput[] {
  return pack.templates.map(({ id, ...content }) => ({ ...content, key: id }));
}

export function diffPacks(from: Pack | undefined, to: Pack, at: number): PackChange {
  const before = new Map((from?.templates ?? []).map((t) => [t.id, t]));
  const after = new Map(to.templates.map((t) => [t.id, t]));
  const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
  return {
    at,
    packId: to.id,
    ...(from ? { from: from.version } : {}),
    to: to.version,
    added: to.templates.filter((t) => !before.has(t.id)).map((t) => t.title),
    removed: [...before.values()].filter((t) => !after.has(t.id)).map((t) => t.title),
    changed: to.templates.filter((t) => before.has(t.id) && !same(before.get(t.id)!, t)).map((t) => t.title),
  };
}

function rejectionRecord(at: number, rejection: PackRejection, packId?: string, version?: string): RejectionRecord {
  return {
    at,
    rejection,
    message: describeRejection(rejection),
    ...(packId ? { packId } : {}),
    ...(version ? { version } : {}),
  };
}

export type InstallResult =
  | { status: 'installed'; packId: string; change: PackChange; expired: boolean }
  | { status: 'unchanged'; packId: string; expired: boolean }
  | { status: 'rejected'; record: RejectionRecord };

/** Put a pack's templates into the library in one transaction; a failure is a rejection. */
async function applyTemplates(pack: Pack, sink: PackTemplateSink): Promise<PackRejection | undefined> {
  try {
    await sink.replacePackTemplates(pack.id, pack.version, toRepositoryTemplates(pack));
    return undefined;
  } catch (e) {
    return { code: 'apply-failed', detail: e instanceof Error ? e.message : String(e) };
  }
}

function withInstalled(state: PacksState, item: InstalledPack): PacksState {
  return { ...state, installed: { ...state.installed, [item.pack.id]: item } };
}

/** Check a pack file and, if trusted, replace its templates and record it. A rejected pack
 *  leaves the installed version and its templates exactly as they were. */
export async function installPackText(
  state: PacksState,
  text: string,
  origin: PackOrigin,
  deps: SyncDeps,
  expectedPackId?: string,
): Promise<{ state: PacksState; result: InstallResult }> {
  const at = deps.now();
  const verdict = await evaluatePackFile(text, {
    pinnedKeys: deps.policy.pinnedKeys,
    installedFor: (id) => state.installed[id],
    expectedPackId,
    now: new Date(at),
  });
  const refuse = (rejection: PackRejection, packId?: string, version?: string) => ({ state, result: { status: 'rejected', record: rejectionRecord(at, rejection, packId, version) } as const });
  if (!verdict.ok) return refuse(verdict.rejection, verdict.packId, verdict.version);
  const { pack } = verdict;
  const previous = state.installed[pack.id];
  const signer = { signed: verdict.signed, ...(verdict.publicKey ? { publicKey: verdict.publicKey } : {}) };
  if (verdict.unchanged && previous) {
    const unchanged = { state, result: { status: 'unchanged', packId: pack.id, expired: verdict.expired } as const };
    if (!previous.disabled && previous.signed === signer.signed && previous.publicKey === signer.publicKey) return unchanged;
    // The same content, now signed by another trusted key (a key rotation): remember the new
    // signer and, if the old key's distrust had disabled the pack, offer its templates again.
    const failed = previous.disabled ? await applyTemplates(pack, deps.sink) : undefined;
    if (failed) return refuse(failed, pack.id, pack.version);
    const { disabled: _d, publicKey: _k, ...kept } = previous;
    return { ...unchanged, state: withInstalled(state, { ...kept, ...signer }) };
  }
  const failed = await applyTemplates(pack, deps.sink);
  if (failed) return refuse(failed, pack.id, pack.version);
  const change = diffPacks(previous?.pack, pack, at);
  return {
    state: withInstalled(state, { pack, origin, ...signer, installedAt: at }),
    result: { status: 'installed', packId: pack.id, change, expired: verdict.expired },
  };
}

/** Install a file the doctor picked; its outcome is shown until the next file install. */
export async function installPackFile(state: PacksState, text: string, name: string, deps: SyncDeps) {
  const { state: next, result } = await installPackText(state, text, { kind: 'file', name }, deps);
  const { lastFileRejection: _r, lastFileChange: _c, ...rest } = next;
  const recorded: PacksState =
    result.status === 'rejected'
      ? { ...rest, lastFileRejection: result.record }
      : result.status === 'installed'
        ? { ...rest, lastFileChange: result.change }
        : rest;
  return { state: recorded, result };
}

function updateSubscription(state: PacksState, url: string, patch: (s: Subscription) => Subscription): PacksState {
  return { ...state, subscriptions: state.subscriptions.map((s) => (s.url === url ? patch(s) : s)) };
}

export class PackActionError extends Error {
  constructor(
    readonly code: 'exists' | 'not-found' | 'locked-by-policy' | 'bad-url',
    message: string,
  ) {
    super(message);
  }
}

export function normalizePackUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new PackActionError('bad-url', `not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new PackActionError('bad-url', 'only http(s) pack URLs');
  parsed.hash = '';
  return parsed.href;
}

/** Subscribe to a pack URL; the first check is due at once (a doctor's click) or within a
 *  random spread (a policy reaching many browsers at the same moment). */
export function subscribe(state: PacksState, url: string, at: number, opts: { fromPolicy?: boolean; random?: number } = {}): PacksState {
  const href = normalizePackUrl(url);
  if (state.subscriptions.some((s) => s.url === href)) throw new PackActionError('exists', `already subscribed: ${href}`);
  const fromPolicy = opts.fromPolicy ?? false;
  const sub: Subscription = {
    url: href,
    fromPolicy,
    addedAt: at,
    failures: 0,
    nextCheckAt: fromPolicy ? Math.round(at + SCHEDULE.firstPolicyCheckMs * (opts.random ?? 0)) : at,
  };
  return { ...state, subscriptions: [...state.subscriptions, sub] };
}

/** Fetch one subscription (conditionally, with its ETag / Last-Modified) and install what it
 *  serves if trusted. Never throws: failures are recorded and backed off. */
export async function refreshSubscription(state: PacksState, url: string, deps: SyncDeps): Promise<{ state: PacksState; result?: InstallResult }> {
  const sub = state.subscriptions.find((s) => s.url === url);
  if (!sub || !deps.fetch) return { state };
  const at = deps.now();
  const fail = (rejection: PackRejection): { state: PacksState } => {
    const failures = sub.failures + 1;
    return {
      state: updateSubscription(state, url, (s) => ({
        ...s,
        lastCheckedAt: at,
        lastOutcome: 'failed',
        failures,
        nextCheckAt: nextCheckAt(at, failures, deps.random()),
        lastRejection: rejectionRecord(at, rejection, s.packId),
      })),
    };
  };
  const headers: Record<string, string> = { accept: 'application/json' };
  if (sub.etag) headers['if-none-match'] = sub.etag;
  if (sub.lastModified) headers['if-modified-since'] = sub.lastModified;
  let text: string;
  let etag: string | null;
  let lastModified: string | null;
  try {
    const response = await deps.fetch(url, { headers, cache: 'no-store', credentials: 'omit' });
    if (response.status === 304) {
      // Validators are kept only for an accepted file, so 304 means the installed version is
      // what the server serves: an earlier failure's message no longer applies.
      return {
        state: updateSubscription(state, url, ({ lastRejection: _r, ...s }) => ({
          ...s,
          lastCheckedAt: at,
          lastOutcome: 'not-modified',
          failures: 0,
          nextCheckAt: nextCheckAt(at, 0, deps.random()),
        })),
      };
    }
    if (!response.ok) return fail({ code: 'fetch-failed', status: response.status, detail: `HTTP ${response.status}` });
    const tooLarge = (actual: number): { state: PacksState; result: InstallResult } => {
      const rejection: PackRejection = { code: 'too-large', limit: 'maxBytes', max: PACK_LIMITS.maxBytes, actual };
      const record = rejectionRecord(at, rejection, sub.packId);
      return {
        state: updateSubscription(state, url, (s) => ({ ...s, lastCheckedAt: at, lastOutcome: 'rejected', failures: 0, nextCheckAt: nextCheckAt(at, 0, deps.random()), lastRejection: record })),
        result: { status: 'rejected', record },
      };
    };
    // Refuse an oversized pack before reading it, and stop reading one that passes the limit.
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > PACK_LIMITS.maxBytes) return tooLarge(length);
    etag = response.headers.get('etag');
    lastModified = response.headers.get('last-modified');
    const read = await readBounded(response, PACK_LIMITS.maxBytes);
    if ('tooLarge' in read) return tooLarge(read.tooLarge);
    text = read.text;
  } catch (e) {
    return fail({ code: 'fetch-failed', detail: e instanceof Error ? e.message : String(e) });
  }
  const { state: installedState, result } = await installPackText(state, text, { kind: 'url', url }, deps, sub.packId);
  const next = updateSubscription(installedState, url, (s) => {
    // Validators always come from the latest response: none on a rejection, so the next check
    // downloads again (the key pinning may change); the new ones (if any) on an accepted file.
    const { etag: _e, lastModified: _l, ...base } = { ...s, lastCheckedAt: at, failures: 0, nextCheckAt: nextCheckAt(at, 0, deps.random()) };
    if (result.status === 'rejected') return { ...base, lastOutcome: 'rejected', lastRejection: result.record };
    const { lastRejection: _r, ...rest } = base;
    return {
      ...rest,
      packId: result.packId,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      lastOutcome: result.status === 'installed' ? 'updated' : 'unchanged',
      ...(result.status === 'installed' ? { lastChange: result.change } : {}),
    };
  });
  return { state: next, result };
}

export function dueSubscriptions(state: PacksState, now: number): string[] {
  return state.subscriptions.filter((s) => s.nextCheckAt <= now).map((s) => s.url);
}

/** When the next subscription is due (to arm one alarm), if any. */
export function earliestCheck(state: PacksState): number | undefined {
  return state.subscriptions.reduce<number | undefined>((min, s) => (min === undefined || s.nextCheckAt < min ? s.nextCheckAt : min), undefined);
}

/** Bring subscriptions in line with the policy: its URLs subscribed and marked undeletable;
 *  URLs the policy dropped stay subscribed but become ordinary subscriptions the doctor may
 *  remove (marked with when the policy let go of them). The policy pushes subscriptions; it is
 *  `lockedPacks` that keeps a pack installed. */
export function reconcilePolicy(state: PacksState, policy: ManagedPolicy, at: number, random: () => number): PacksState {
  const wanted = new Set<string>();
  for (const url of policy.packUrls) {
    try {
      wanted.add(normalizePackUrl(url));
    } catch {
      // An unusable URL in the policy is reported by the policy reading, not here.
    }
  }
  let next: PacksState = {
    ...state,
    subscriptions: state.subscriptions.map((s) => {
      if (s.fromPolicy === wanted.has(s.url)) return s;
      const { releasedByPolicyAt: _r, ...rest } = s;
      return s.fromPolicy ? { ...rest, fromPolicy: false, releasedByPolicyAt: at } : { ...rest, fromPolicy: true };
    }),
  };
  for (const url of wanted) if (!next.subscriptions.some((s) => s.url === url)) next = subscribe(next, url, at, { fromPolicy: true, random: random() });
  return next;
}

/** Re-check installed packs against the policy's pinned keys; run whenever the policy may have
 *  changed (storage.managed changes, start-up). A pack's signature was verified over exactly
 *  the stored pack when it was installed, so whether it still verifies under a pinned key is
 *  whether the key that signed it is pinned. A pack that fails is disabled, not deleted: its
 *  templates leave the library (the doctor's own templates and copies are never touched), its
 *  settings stop applying, and it stays listed with the reason; its subscription is checked
 *  soon, in case the server already serves it signed by a pinned key. A disabled pack that
 *  verifies again is enabled again. Packs that still verify are left exactly as they are. A
 *  library write that fails leaves that pack as it was, to be tried at the next sync. */
export async function recheckTrust(state: PacksState, deps: Pick<SyncDeps, 'sink' | 'policy' | 'now' | 'random'>): Promise<PacksState> {
  const at = deps.now();
  let next = state;
  for (const item of Object.values(state.installed)) {
    const { pack, disabled, ...rest } = item;
    const distrust = pinnedKeyRejection(item.signed ? item.publicKey : undefined, deps.policy.pinnedKeys);
    if (distrust && !disabled) {
      try {
        await deps.sink.removePackTemplates(pack.id, { keepUsage: true });
      } catch {
        continue;
      }
      next = withInstalled(next, { ...item, disabled: rejectionRecord(at, distrust, pack.id, pack.version) });
      const soon = Math.round(at + SCHEDULE.firstPolicyCheckMs * deps.random());
      next = { ...next, subscriptions: next.subscriptions.map((s) => (s.packId === pack.id && s.nextCheckAt > soon ? { ...s, nextCheckAt: soon } : s)) };
    } else if (!distrust && disabled && !(await applyTemplates(pack, deps.sink))) {
      next = withInstalled(next, { pack, ...rest });
    }
  }
  return next;
}

/** Everything a (possibly changed) policy implies for the stored state: subscriptions and trust. */
export async function applyPolicy(state: PacksState, deps: SyncDeps): Promise<PacksState> {
  return recheckTrust(reconcilePolicy(state, deps.policy, deps.now(), deps.random), deps);
}

/** Why a pack cannot be removed by the doctor, or undefined when it can. */
export function removalBlockedBy(state: PacksState, packId: string, policy: ManagedPolicy): 'locked-pack' | 'policy-subscription' | undefined {
  if (policy.lockedPacks.includes(packId)) return 'locked-pack';
  if (state.subscriptions.some((s) => s.packId === packId && s.fromPolicy)) return 'policy-subscription';
  return undefined;
}

/** Remove a pack (its templates go; the doctor's duplicates stay, being their own) and any
 *  subscription that delivers it. Refused for packs the policy locks. */
export async function removePack(state: PacksState, packId: string, deps: Pick<SyncDeps, 'sink' | 'policy'>): Promise<PacksState> {
  const blocked = removalBlockedBy(state, packId, deps.policy);
  if (blocked) throw new PackActionError('locked-by-policy', `${packId} is required by the policy (${blocked})`);
  if (state.installed[packId]) await deps.sink.removePackTemplates(packId);
  const { [packId]: _gone, ...rest } = state.installed;
  return { ...state, installed: rest, subscriptions: state.subscriptions.filter((s) => s.packId !== packId) };
}

/** Stop a subscription; the pack it delivered goes with it. Refused for policy URLs. */
export async function unsubscribe(state: PacksState, url: string, deps: Pick<SyncDeps, 'sink' | 'policy'>): Promise<PacksState> {
  const sub = state.subscriptions.find((s) => s.url === url);
  if (!sub) throw new PackActionError('not-found', `not subscribed: ${url}`);
  if (sub.fromPolicy) throw new PackActionError('locked-by-policy', `${url} is set by the policy`);
  const without = { ...state, subscriptions: state.subscriptions.filter((s) => s.url !== url) };
  return sub.packId && without.installed[sub.packId] ? removePack(without, sub.packId, deps) : without;
}

/** Installed packs that are in use (not disabled by the policy's pinned keys). */
function activePacks(state: PacksState): InstalledPack[] {
  return Object.values(state.installed).filter((i) => !i.disabled);
}

/** The rule settings of every installed pack and the policy, as checkDraft options: a rule is
 *  off if the policy or any pack turns it off; phrase lists are the union, in install order. */
export function effectiveCheckSettings(state: PacksState, policy: ManagedPolicy): Required<Pick<CheckOptionsInput, 'rules' | 'extraPhrases'>> {
  const rules: Partial<Record<RuleId, 'off'>> = {};
  const extraPhrases: Record<string, string[]> = {};
  const packs = activePacks(state).sort((a, b) => a.installedAt - b.installedAt || a.pack.id.localeCompare(b.pack.id));
  for (const { pack } of packs) {
    for (const id of pack.rules.off) rules[id] = 'off';
    for (const [key, phrases] of Object.entries(pack.rules.phrases)) {
      const list = (extraPhrases[key] ??= []);
      for (const p of phrases) if (!list.includes(p)) list.push(p);
    }
  }
  for (const id of policy.disabledRules) rules[id] = 'off';
  return { rules, extraPhrases };
}

/** Site adapters from the policy first (an admin's word wins), then from packs. */
export function effectiveSiteAdapters(state: PacksState, policy: ManagedPolicy): SiteAdapter[] {
  return [...policy.siteAdapters, ...activePacks(state).flatMap((i) => i.pack.siteAdapters)];
}
