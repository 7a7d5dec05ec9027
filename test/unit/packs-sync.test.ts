import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import { CheckOptionsSchema } from '../../lib/options';
import { PACK_LIMITS, type PackInput, type PackTemplate } from '../../lib/packs/schema';
import { serializePackFile, signPack } from '../../lib/packs/sign';
import { generateKeyPair, type SecretKeyFile } from '../../lib/packs/signature';
import { emptyPacksState, type PacksState } from '../../lib/packs/state';
import {
  applyPolicy,
  dueSubscriptions,
  effectiveCheckSettings,
  effectiveSiteAdapters,
  installPackFile,
  nextCheckAt,
  PackActionError,
  reconcilePolicy,
  refreshSubscription,
  removalBlockedBy,
  removePack,
  SCHEDULE,
  subscribe,
  unsubscribe,
  type FetchLike,
  type SyncDeps,
} from '../../lib/packs/sync';
import { EMPTY_POLICY, type ManagedPolicy } from '../../lib/policy/schema';
import { TemplateDb } from '../../lib/templates/db';
import { TemplateRepository } from '../../lib/templates/repository';

const T0 = Date.parse('2026-11-20T04:00:00Z');
const URL_A = 'https://packs.hospital-a.example/standard.json';

const tpl = (id: string, title: string, body: string, category: PackTemplate['category'] = 'other'): PackInput['templates'] extends (infer T)[] | undefined ? T : never =>
  ({ id, title, body, category, language: 'zh' }) as never;

function pack(version: string, templates = [tpl('blood', '门诊抽血', '建议到门诊抽血查肝肾功能。', 'referral-reason'), tpl('closing', '结束语', '若后续还有什么疑问，还可继续线上联系我。', 'closing')], extra: Partial<PackInput> = {}): PackInput {
  return { format: 1, id: 'hospital-a.standard', name: '甲医院标准话术', publisher: '甲医院', version, templates, ...extra };
}

let key: SecretKeyFile;
let key2: SecretKeyFile;
beforeAll(async () => {
  key = await generateKeyPair();
  key2 = await generateKeyPair();
});
const signed = async (p: PackInput, k = key) => serializePackFile(await signPack(p, k));

let db: TemplateDb;
let repo: TemplateRepository;
let clock: number;
let dbCount = 0;
function deps(over: Partial<SyncDeps> = {}): SyncDeps {
  return { sink: repo, policy: EMPTY_POLICY, now: () => clock, random: () => 0.5, ...over };
}
beforeEach(() => {
  clock = T0;
  db = new TemplateDb(`packs-sync-${++dbCount}`);
  repo = new TemplateRepository(db, { now: () => clock });
});
afterEach(async () => {
  db.close();
});

/** A static server in a function: serves `body` with an ETag, honours If-None-Match. */
function server(initial: string) {
  const s = { body: initial, etag: '"v1"', status: 200, requests: [] as Record<string, string>[], down: false, contentLength: null as string | null };
  const fetch: FetchLike = async (_url, init) => {
    s.requests.push(init.headers);
    if (s.down) throw new TypeError('Failed to fetch');
    const headers = { get: (n: string) => (n.toLowerCase() === 'etag' ? s.etag : n.toLowerCase() === 'content-length' ? s.contentLength : null) };
    if (s.status !== 200) return { status: s.status, ok: false, headers, text: async () => '' };
    if (init.headers['if-none-match'] === s.etag) return { status: 304, ok: false, headers, text: async () => '' };
    return { status: 200, ok: true, headers, text: async () => s.body };
  };
  return Object.assign(s, { fetch });
}

const packTitles = async () => (await repo.list({ source: 'pack' })).items.map((t) => t.title).sort();

describe('install and update: merge rules in the template library', () => {
  it('installs pack templates locked, leaves the doctor’s own, and updates in place', async () => {
    const mine = await repo.create({ title: '我的结束语', body: '有事随时留言。', category: 'closing', language: 'zh' });
    let { state, result } = await installPackFile(emptyPacksState(), await signed(pack('1.0.0')), 'standard.json', deps());
    expect(result).toMatchObject({ status: 'installed', packId: 'hospital-a.standard' });
    const installed = (await repo.list({ source: 'pack' })).items;
    expect(installed.map((t) => [t.title, t.locked, t.source])).toContainEqual(['门诊抽血', true, { kind: 'pack', packId: 'hospital-a.standard', version: '1.0.0' }]);

    // The doctor duplicates the closing line, then v2 drops it, edits one and adds one.
    const closing = installed.find((t) => t.title === '结束语')!;
    const copy = await repo.duplicate(closing.id);
    clock += 1000;
    const v2 = pack('2.0.0', [tpl('blood', '门诊抽血', '建议到门诊抽血查肝肾功能和血常规。', 'referral-reason'), tpl('scale', '量表评估', '门诊可以做量表评估。', 'referral-reason')]);
    ({ state, result } = await installPackFile(state, await signed(v2), 'standard-2.json', deps()));
    expect(result).toMatchObject({ status: 'installed', change: { from: '1.0.0', to: '2.0.0', added: ['量表评估'], removed: ['结束语'], changed: ['门诊抽血'] } });
    expect(state.lastFileChange?.to).toBe('2.0.0');
    expect(await packTitles()).toEqual(['量表评估', '门诊抽血']);
    expect((await repo.get(mine.id))?.body).toBe('有事随时留言。');
    expect((await repo.get(copy.id))?.source).toEqual({ kind: 'mine' });
    expect(state.installed['hospital-a.standard']?.pack.version).toBe('2.0.0');
  });

  it('a rejected update keeps the installed version, its templates, and records why', async () => {
    let { state } = await installPackFile(emptyPacksState(), await signed(pack('1.1.0')), 'a.json', deps());
    const before = await packTitles();
    const older = await installPackFile(state, await signed(pack('1.0.0', [tpl('x', '旧', '旧版本')])), 'old.json', deps());
    expect(older.result.status).toBe('rejected');
    expect(older.state.lastFileRejection?.rejection).toEqual({ code: 'rollback', installed: '1.1.0', offered: '1.0.0' });
    expect(older.state.lastFileRejection?.message.zh).toContain('禁止回退');
    const tampered = JSON.parse(await signed(pack('1.2.0')));
    tampered.pack.templates[0].body = '改过的内容';
    ({ state } = await installPackFile(older.state, JSON.stringify(tampered), 'evil.json', deps()));
    expect(state.lastFileRejection?.rejection.code).toBe('bad-signature');
    expect(state.installed['hospital-a.standard']?.pack.version).toBe('1.1.0');
    expect(await packTitles()).toEqual(before);
    expect((await repo.list({ source: 'pack' })).items.every((t) => t.source.kind === 'pack' && t.source.version === '1.1.0')).toBe(true);
  });

  it('an apply failure in the library is a rejection, not a half-installed pack', async () => {
    const failing = { replacePackTemplates: async () => Promise.reject(new Error('QuotaExceededError')), removePackTemplates: async () => 0 };
    const { state, result } = await installPackFile(emptyPacksState(), await signed(pack('1.0.0')), 'a.json', deps({ sink: failing }));
    expect(result.status).toBe('rejected');
    expect(state.lastFileRejection?.rejection).toEqual({ code: 'apply-failed', detail: 'QuotaExceededError' });
    expect(state.installed).toEqual({});
  });

  it('removing a pack removes its templates but not the doctor’s copies; locked packs cannot be removed', async () => {
    const { state } = await installPackFile(emptyPacksState(), await signed(pack('1.0.0')), 'a.json', deps());
    const copy = await repo.duplicate((await repo.list({ source: 'pack' })).items[0]!.id);
    const locked: ManagedPolicy = { ...EMPTY_POLICY, lockedPacks: ['hospital-a.standard'] };
    expect(removalBlockedBy(state, 'hospital-a.standard', locked)).toBe('locked-pack');
    await expect(removePack(state, 'hospital-a.standard', deps({ policy: locked }))).rejects.toBeInstanceOf(PackActionError);
    expect(await packTitles()).toHaveLength(2);
    const after = await removePack(state, 'hospital-a.standard', deps());
    expect(after.installed).toEqual({});
    expect(await packTitles()).toEqual([]);
    expect(await repo.get(copy.id)).toBeDefined();
  });
});

describe('subscriptions: conditional requests, backoff, spread', () => {
  it('first download, then If-None-Match and 304, then a new version with what changed', async () => {
    const srv = server(await signed(pack('1.0.0')));
    let state = subscribe(emptyPacksState(), URL_A, clock);
    expect(dueSubscriptions(state, clock)).toEqual([URL_A]);
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    let sub = state.subscriptions[0]!;
    expect(sub).toMatchObject({ packId: 'hospital-a.standard', etag: '"v1"', lastOutcome: 'updated', lastCheckedAt: T0, failures: 0 });
    expect(sub.nextCheckAt).toBe(T0 + SCHEDULE.refreshMs);
    expect(dueSubscriptions(state, clock + 1000)).toEqual([]);

    clock += SCHEDULE.refreshMs;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(srv.requests[1]).toMatchObject({ 'if-none-match': '"v1"' });
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'not-modified', lastCheckedAt: clock });

    srv.body = await signed(pack('1.1.0', [tpl('closing', '结束语', '若后续还有什么疑问，还可继续线上联系我。', 'closing')]));
    srv.etag = '"v2"';
    clock += 60_000;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    sub = state.subscriptions[0]!;
    expect(sub).toMatchObject({ etag: '"v2"', lastOutcome: 'updated', lastChange: { from: '1.0.0', to: '1.1.0', removed: ['门诊抽血'], added: [] } });
    expect(await packTitles()).toEqual(['结束语']);
  });

  it('backs off exponentially on failure, capped, and recovers on success', async () => {
    const srv = server(await signed(pack('1.0.0')));
    srv.down = true;
    let state = subscribe(emptyPacksState(), URL_A, clock);
    const gaps: number[] = [];
    for (let i = 0; i < 12; i++) {
      ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch, random: () => 1 - Number.EPSILON })));
      gaps.push(state.subscriptions[0]!.nextCheckAt - clock);
    }
    expect(state.subscriptions[0]).toMatchObject({ failures: 12, lastOutcome: 'failed', lastRejection: { rejection: { code: 'fetch-failed' } } });
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]!);
    expect(gaps[1]! / gaps[0]!).toBeCloseTo(2, 1);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(SCHEDULE.backoffMaxMs);
    srv.down = false;
    srv.status = 503;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]?.lastRejection?.rejection).toEqual({ code: 'fetch-failed', status: 503, detail: 'HTTP 503' });
    srv.status = 200;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]).toMatchObject({ failures: 0, lastOutcome: 'updated' });
    expect(state.subscriptions[0]?.lastRejection).toBeUndefined();
  });

  it('a 304 after a failed check clears the failure shown; a new file replaces the old validators', async () => {
    const srv = server(await signed(pack('1.0.0')));
    let state = subscribe(emptyPacksState(), URL_A, clock);
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    srv.down = true;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]?.lastRejection?.rejection.code).toBe('fetch-failed');
    srv.down = false;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'not-modified', failures: 0 });
    expect(state.subscriptions[0]?.lastRejection).toBeUndefined();

    // The server stops sending an ETag: the old one must not be sent against the new file.
    srv.body = await signed(pack('1.1.0'));
    srv.etag = null as unknown as string;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'updated', packId: 'hospital-a.standard' });
    expect(state.subscriptions[0]?.etag).toBeUndefined();
  });

  it('refuses a pack announced over the size limit without reading it', async () => {
    const srv = server(await signed(pack('1.0.0')));
    srv.contentLength = String(50 * 1024 * 1024);
    let state = subscribe(emptyPacksState(), URL_A, clock);
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'rejected', lastRejection: { rejection: { code: 'too-large', limit: 'maxBytes' } } });
    expect(state.installed).toEqual({});

    // No size announced and no stream to cut off: read whole, then refused by the pack check.
    srv.contentLength = null;
    srv.body = ' '.repeat(PACK_LIMITS.maxBytes) + srv.body;
    clock += SCHEDULE.refreshMs * 2;
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'rejected', lastRejection: { at: clock, rejection: { code: 'too-large', limit: 'maxBytes' } } });
    expect(state.installed).toEqual({});
  });

  it('stops reading a pack that passes the size limit when the server sends no Content-Length', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    let cancelled = false;
    // An endless body: the sync must give up at the limit rather than read it whole.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch: FetchLike = async () => ({ status: 200, ok: true, headers: { get: () => null }, body, text: async () => { throw new Error('read whole'); } });
    let state = subscribe(emptyPacksState(), URL_A, clock);
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch })));
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'rejected', lastRejection: { rejection: { code: 'too-large', limit: 'maxBytes' } } });
    expect(cancelled).toBe(true);
    expect(pulled * chunk.byteLength).toBeLessThan(PACK_LIMITS.maxBytes + 4 * chunk.byteLength);
    expect(state.installed).toEqual({});
  });

  it('reads a streamed pack whose Chinese characters are split across chunks', async () => {
    const bytes = new TextEncoder().encode(await signed(pack('1.0.0')));
    // Seven-byte chunks cut the three-byte characters of 门诊抽血 and 结束语 in the middle.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const fetch: FetchLike = async () => ({ status: 200, ok: true, headers: { get: () => null }, body, text: async () => { throw new Error('stream unused'); } });
    let state = subscribe(emptyPacksState(), URL_A, clock);
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch })));
    expect(state.subscriptions[0]).toMatchObject({ lastOutcome: 'updated', packId: 'hospital-a.standard' });
    expect(await packTitles()).toContain('门诊抽血');
  });

  it('spreads the next check within ±20 % of the interval by the random draw', () => {
    expect(nextCheckAt(0, 0, 0)).toBe(SCHEDULE.refreshMs * 0.8);
    expect(nextCheckAt(0, 0, 0.999999)).toBeCloseTo(SCHEDULE.refreshMs * 1.2, -3);
    expect(nextCheckAt(0, 3, 0)).toBe(SCHEDULE.backoffBaseMs * 4 * 0.5);
  });

  it('a tampered pack from the server is rejected, shown, and the old version stays', async () => {
    const srv = server(await signed(pack('1.0.0')));
    let state = subscribe(emptyPacksState(), URL_A, clock);
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    const file = JSON.parse(await signed(pack('1.1.0')));
    file.pack.templates[0].body = '请加微信私聊';
    srv.body = JSON.stringify(file);
    srv.etag = '"v2"';
    ({ state } = await refreshSubscription(state, URL_A, deps({ fetch: srv.fetch })));
    const sub = state.subscriptions[0]!;
    expect(sub.lastOutcome).toBe('rejected');
    expect(sub.lastRejection?.message.zh).toContain('签名无效');
    expect(sub.etag).toBeUndefined(); // downloads again next time
    expect(state.installed['hospital-a.standard']?.pack.version).toBe('1.0.0');
    expect((await repo.list({ source: 'pack' })).items.map((t) => t.body)).not.toContain('请加微信私聊');
  });
});

describe('policy: subscriptions, locks, rule settings', () => {
  const policy: ManagedPolicy = { ...EMPTY_POLICY, packUrls: [URL_A], disabledRules: ['generic-reply'] };

  it('subscribes policy URLs within a spread, and the doctor cannot unsubscribe them', async () => {
    let state: PacksState = reconcilePolicy(emptyPacksState(), policy, clock, () => 0.5);
    expect(state.subscriptions).toMatchObject([{ url: URL_A, fromPolicy: true, nextCheckAt: clock + SCHEDULE.firstPolicyCheckMs / 2 }]);
    expect(reconcilePolicy(state, policy, clock, () => 0.5)).toEqual(state);
    await expect(unsubscribe(state, URL_A, deps({ policy }))).rejects.toThrow(/policy/);
    state = reconcilePolicy(state, EMPTY_POLICY, clock, () => 0.5);
    expect(state.subscriptions[0]?.fromPolicy).toBe(false);
    state = await unsubscribe(state, URL_A, deps());
    expect(state.subscriptions).toEqual([]);
  });

  it('a URL taken out of the policy stays installed, marked released, and becomes the doctor’s to remove', async () => {
    const srv = server(await signed(pack('1.0.0')));
    let state = reconcilePolicy(emptyPacksState(), policy, clock, () => 0);
    ({ state } = await refreshSubscription(state, URL_A, deps({ policy, fetch: srv.fetch })));
    expect(removalBlockedBy(state, 'hospital-a.standard', policy)).toBe('policy-subscription');

    clock += 1000;
    state = await applyPolicy(state, deps({ policy: EMPTY_POLICY }));
    expect(state.subscriptions[0]).toMatchObject({ url: URL_A, fromPolicy: false, releasedByPolicyAt: clock, packId: 'hospital-a.standard' });
    expect(state.installed['hospital-a.standard']?.disabled).toBeUndefined();
    expect(await packTitles()).toHaveLength(2);
    expect(removalBlockedBy(state, 'hospital-a.standard', EMPTY_POLICY)).toBeUndefined();
    // Still locked when the admin keeps the pack id in lockedPacks.
    expect(removalBlockedBy(state, 'hospital-a.standard', { ...EMPTY_POLICY, lockedPacks: ['hospital-a.standard'] })).toBe('locked-pack');

    // Listed again: forced again, no longer marked released.
    const again = reconcilePolicy(state, policy, clock, () => 0);
    expect(again.subscriptions[0]?.fromPolicy).toBe(true);
    expect(again.subscriptions[0]?.releasedByPolicyAt).toBeUndefined();

    state = await removePack(state, 'hospital-a.standard', deps());
    expect(state).toMatchObject({ installed: {}, subscriptions: [] });
    expect(await packTitles()).toEqual([]);
  });

  it('a doctor’s own subscription that the policy also listed stays theirs after the policy drops it', () => {
    let state = subscribe(emptyPacksState(), URL_A, clock);
    state = reconcilePolicy(state, policy, clock, () => 0);
    expect(state.subscriptions).toHaveLength(1);
    expect(state.subscriptions[0]?.fromPolicy).toBe(true);
    state = reconcilePolicy(state, EMPTY_POLICY, clock, () => 0);
    expect(state.subscriptions).toMatchObject([{ url: URL_A, fromPolicy: false }]);
  });

  it('refuses duplicate and non-http subscriptions', () => {
    const state = subscribe(emptyPacksState(), URL_A, clock);
    expect(() => subscribe(state, URL_A + '#x', clock)).toThrow(PackActionError);
    expect(() => subscribe(state, 'javascript:alert(1)', clock)).toThrow(/http/);
  });

  it('merges rule settings: off wins from any pack or the policy, phrase lists are unioned', async () => {
    let { state } = await installPackFile(emptyPacksState(), await signed(pack('1.0.0', undefined, { rules: { off: ['missing-empathy'], phrases: { 'missing-closing/closings': ['祝早日康复'] } } })), 'a.json', deps());
    clock += 1;
    const other: PackInput = { ...pack('1.0.0', [tpl('c', '结束', '有问题再联系')]), id: 'hospital-a.extra', rules: { off: [], phrases: { 'missing-closing/closings': ['祝早日康复', '随时留言'] } } };
    ({ state } = await installPackFile(state, await signed(other), 'b.json', deps()));
    expect(effectiveCheckSettings(state, policy)).toEqual({
      rules: { 'missing-empathy': 'off', 'generic-reply': 'off' },
      extraPhrases: { 'missing-closing/closings': ['祝早日康复', '随时留言'] },
    });
  });

  it('changes what checkDraft reports: a pack’s closing phrase counts, a policy-disabled rule is silent', async () => {
    const hospitalClosing = '甲医院心理科守护您的健康';
    const { state } = await installPackFile(emptyPacksState(), await signed(pack('1.0.0', undefined, { rules: { off: [], phrases: { 'missing-closing/closings': [hospitalClosing] } } })), 'a.json', deps());
    const closing = { language: 'zh' as const, attachments: [], messages: [{ role: 'patient' as const, text: '医生您好，我最近吃舍曲林后有点恶心，需要减量吗？' }], draft: `恶心是舍曲林常见的早期反应，一般一两周会减轻，先不用减量，饭后服用可以缓解。${hospitalClosing}。` };
    expect(checkDraft(closing).map((f) => f.rule)).toContain('missing-closing');
    expect(checkDraft(closing, effectiveCheckSettings(state, EMPTY_POLICY)).map((f) => f.rule)).not.toContain('missing-closing');
    const stock = { language: 'zh' as const, attachments: [], messages: [{ role: 'patient' as const, text: '最近睡不好，很焦虑，怎么办？' }], draft: '多放松，别想太多。' };
    expect(checkDraft(stock).map((f) => f.rule)).toContain('generic-reply');
    expect(checkDraft(stock, effectiveCheckSettings(state, policy)).map((f) => f.rule)).not.toContain('generic-reply');
  });

  it('produces settings checkDraft accepts (rules off by id, phrases keyed "rule-id/list")', () => {
    const settings = effectiveCheckSettings(emptyPacksState(), policy);
    expect(CheckOptionsSchema.parse(settings)).toMatchObject({ rules: { 'generic-reply': 'off' }, extraPhrases: {} });
  });
});

describe('pinned keys change: installed packs are re-checked at once', () => {
  const EXTRA = 'hospital-a.extra';
  const both = (): ManagedPolicy => ({ ...EMPTY_POLICY, pinnedKeys: [key.publicKey, key2.publicKey] });
  const onlyKey2 = (): ManagedPolicy => ({ ...EMPTY_POLICY, pinnedKeys: [key2.publicKey] });
  const titlesOf = async (packId: string) => (await repo.list({ source: { packId } })).items.map((t) => t.title).sort();
  const withRules = pack('1.0.0', undefined, { rules: { off: ['missing-empathy'], phrases: {} }, siteAdapters: [] });
  const extra: PackInput = { ...pack('1.0.0', [tpl('c', '结束', '有问题再联系')]), id: EXTRA, rules: { off: ['generic-reply'], phrases: {} } };

  /** Pack A (signed by key, from its URL) and pack B (signed by key2, from a file), with a doctor's own template and a copy of A's. */
  async function installBoth() {
    const srv = server(await signed(withRules));
    let state = subscribe(emptyPacksState(), URL_A, clock);
    ({ state } = await refreshSubscription(state, URL_A, deps({ policy: both(), fetch: srv.fetch })));
    ({ state } = await installPackFile(state, await signed(extra, key2), 'extra.json', deps({ policy: both() })));
    const mine = await repo.create({ title: '我的结束语', body: '有事随时留言。', category: 'closing', language: 'zh' });
    const copy = await repo.duplicate((await repo.list({ source: { packId: 'hospital-a.standard' } })).items[0]!.id);
    return { state, srv, mine, copy };
  }

  it('disables a pack its signer no longer verifies under, with the reason; the other pack and the doctor’s templates are untouched', async () => {
    const { state: before, mine, copy } = await installBoth();
    const calls: string[] = [];
    const spy = { replacePackTemplates: (...a: Parameters<typeof repo.replacePackTemplates>) => (calls.push(`replace ${a[0]}`), repo.replacePackTemplates(...a)), removePackTemplates: (...a: Parameters<typeof repo.removePackTemplates>) => (calls.push(`remove ${a[0]}`), repo.removePackTemplates(...a)) };
    clock += 5000;
    const state = await applyPolicy(before, deps({ policy: onlyKey2(), sink: spy, random: () => 0.5 }));

    const a = state.installed['hospital-a.standard']!;
    expect(a.disabled).toMatchObject({ at: clock, rejection: { code: 'untrusted-key', publicKey: key.publicKey }, packId: 'hospital-a.standard', version: '1.0.0' });
    expect(a.disabled?.message.zh).toContain('签名密钥不在策略信任的密钥中');
    expect(a.pack).toEqual(before.installed['hospital-a.standard']!.pack); // kept, not deleted
    expect(await titlesOf('hospital-a.standard')).toEqual([]);
    expect(state.installed[EXTRA]).toBe(before.installed[EXTRA]);
    expect(await titlesOf(EXTRA)).toEqual(['结束']);
    expect(calls).toEqual(['remove hospital-a.standard']);
    expect(await repo.get(mine.id)).toMatchObject({ title: '我的结束语', source: { kind: 'mine' } });
    expect(await repo.get(copy.id)).toMatchObject({ source: { kind: 'mine' } });
    // Its settings stop applying; its subscription is checked soon, within the spread.
    expect(effectiveCheckSettings(state, onlyKey2()).rules).toEqual({ 'generic-reply': 'off' });
    expect(effectiveSiteAdapters(state, onlyKey2())).toEqual([]);
    expect(state.subscriptions[0]?.nextCheckAt).toBe(clock + SCHEDULE.firstPolicyCheckMs / 2);

    // The same policy again changes nothing and writes nothing.
    calls.length = 0;
    expect(await applyPolicy(state, deps({ policy: onlyKey2(), sink: spy }))).toEqual(state);
    expect(calls).toEqual([]);
  });

  it('enables a disabled pack again, same version, when its key is pinned again or pinning is lifted', async () => {
    const { state: before } = await installBoth();
    // The doctor has used one of its templates twice: the figures must come back with it.
    const used = (await repo.list({ source: { packId: 'hospital-a.standard' } })).items.find((t) => t.title === '结束语')!;
    await repo.recordUsage(used.id);
    clock += 1000;
    const lastUse = (await repo.recordUsage(used.id)).lastUsedAt;
    let state = await applyPolicy(before, deps({ policy: onlyKey2() }));
    state = await applyPolicy(state, deps({ policy: both() }));
    expect(state.installed['hospital-a.standard']?.disabled).toBeUndefined();
    expect(await titlesOf('hospital-a.standard')).toEqual(['结束语', '门诊抽血']);
    expect(await repo.get(used.id)).toMatchObject({ usageCount: 2, lastUsedAt: lastUse, createdAt: used.createdAt });
    expect((await repo.list({ source: { packId: 'hospital-a.standard' } })).items.every((t) => t.source.kind === 'pack' && t.source.version === '1.0.0')).toBe(true);
    expect(effectiveCheckSettings(state, both()).rules).toEqual({ 'missing-empathy': 'off', 'generic-reply': 'off' });

    state = await applyPolicy(await applyPolicy(state, deps({ policy: onlyKey2() })), deps());
    expect(state.installed['hospital-a.standard']?.disabled).toBeUndefined();
    expect(await titlesOf('hospital-a.standard')).toHaveLength(2);
  });

  it('disables an unsigned pack when keys become pinned', async () => {
    let { state } = await installPackFile(emptyPacksState(), JSON.stringify({ pack: pack('1.0.0') }), 'plain.json', deps());
    state = await applyPolicy(state, deps({ policy: onlyKey2() }));
    expect(state.installed['hospital-a.standard']?.disabled?.rejection).toEqual({ code: 'unsigned' });
    expect(await packTitles()).toEqual([]);
  });

  it('takes the same version re-signed by a newly pinned key (key rotation) and enables it again', async () => {
    const { state: before, srv } = await installBoth();
    let state = await applyPolicy(before, deps({ policy: onlyKey2() }));
    srv.body = await signed(withRules, key2);
    srv.etag = '"resigned"';
    clock += SCHEDULE.firstPolicyCheckMs;
    const refreshed = await refreshSubscription(state, URL_A, deps({ policy: onlyKey2(), fetch: srv.fetch }));
    state = refreshed.state;
    expect(refreshed.result).toMatchObject({ status: 'unchanged' });
    expect(state.installed['hospital-a.standard']).toMatchObject({ signed: true, publicKey: key2.publicKey });
    expect(state.installed['hospital-a.standard']?.disabled).toBeUndefined();
    expect(await titlesOf('hospital-a.standard')).toEqual(['结束语', '门诊抽血']);
    // And it stays enabled under the new keys.
    expect(await applyPolicy(state, deps({ policy: onlyKey2() }))).toEqual(state);
  });

  it('a library write that fails leaves the pack as it was, to be tried again', async () => {
    const { state: before } = await installBoth();
    const failing = { replacePackTemplates: async () => Promise.reject(new Error('QuotaExceededError')), removePackTemplates: async () => Promise.reject(new Error('AbortError')) };
    expect(await applyPolicy(before, deps({ policy: onlyKey2(), sink: failing }))).toEqual(before);
    const disabled = await applyPolicy(before, deps({ policy: onlyKey2() }));
    expect(await applyPolicy(disabled, deps({ policy: both(), sink: failing }))).toEqual(disabled);
  });
});
