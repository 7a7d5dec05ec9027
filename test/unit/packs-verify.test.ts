import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalFormError } from '../../lib/packs/canonical';
import { PACK_LIMITS, type PackInput, type PackLimitName } from '../../lib/packs/schema';
import { compareSemver } from '../../lib/packs/semver';
import { serializePackFile, signPack } from '../../lib/packs/sign';
import { generateKeyPair, signBytes, verifyBytes, webCryptoHasEd25519, type SecretKeyFile } from '../../lib/packs/signature';
import { describeRejection, evaluatePackFile, pinnedKeyRejection, type PackVerdict, type TrustContext } from '../../lib/packs/verify';

const NOW = new Date('2026-11-20T04:00:00Z');

function pack(version: string, extra: Partial<PackInput> = {}): PackInput {
  return {
    format: 1,
    id: 'hospital-a.standard',
    name: '甲医院标准话术',
    publisher: '甲医院互联网医院办公室',
    version,
    templates: [
      { id: 'referral-blood', title: '门诊抽血', body: '建议到门诊抽血查肝肾功能，结果出来后再调整用药。', category: 'referral-reason', language: 'zh' },
      { id: 'closing', title: '结束语', body: '若后续还有什么疑问，还可继续线上联系我。', category: 'closing', language: 'zh' },
    ],
    ...extra,
  };
}

let key: SecretKeyFile;
let otherKey: SecretKeyFile;
beforeAll(async () => {
  key = await generateKeyPair();
  otherKey = await generateKeyPair();
});

const ctx = (over: Partial<TrustContext> = {}): TrustContext => ({ pinnedKeys: [], now: NOW, ...over });
const signed = async (p: PackInput, k = key) => serializePackFile(await signPack(p, k));
function rejection(v: PackVerdict) {
  if (v.ok) throw new Error('expected a rejection, got an accepted pack');
  return v.rejection;
}

describe('canonical form', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });
  it('normalises strings and keys to NFC so decomposed text signs the same', () => {
    const decomposed = 'Cafe\u0301';
    expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ 'Café': 'Café' }));
  });
  it('is the same for a re-indented and re-ordered copy of the data', () => {
    const a = pack('1.0.0');
    const reordered = JSON.parse(JSON.stringify(a, Object.keys(a).reverse()));
    expect(canonicalJson(JSON.parse(JSON.stringify(a, null, 4)))).toBe(canonicalJson(a));
    expect(canonicalJson({ ...reordered, ...a })).toBe(canonicalJson(a));
  });
  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(CanonicalFormError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(CanonicalFormError);
  });
});

describe('semver', () => {
  it('orders versions numerically and pre-releases before releases', () => {
    expect(compareSemver('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareSemver('1.2.0-rc.1', '1.2.0')).toBeLessThan(0);
    expect(compareSemver('1.2.0-rc.2', '1.2.0-rc.10')).toBeLessThan(0);
    expect(compareSemver('1.2.0+build5', '1.2.0')).toBe(0);
  });
});

describe('Ed25519', () => {
  it('WebCrypto and @noble/ed25519 agree on signatures both ways', async () => {
    expect(await webCryptoHasEd25519()).toBe(true);
    const msg = new TextEncoder().encode('模板包 pack');
    const byWeb = await signBytes(msg, key, 'webcrypto');
    const byNoble = await signBytes(msg, key, 'noble');
    expect(byWeb).toBe(byNoble); // Ed25519 signatures are deterministic
    expect(await verifyBytes(msg, byWeb, key.publicKey, 'noble')).toBe(true);
    expect(await verifyBytes(msg, byNoble, key.publicKey, 'webcrypto')).toBe(true);
    expect(await verifyBytes(msg, byNoble, otherKey.publicKey, 'noble')).toBe(false);
    expect(await verifyBytes(new TextEncoder().encode('模板包 pack!'), byNoble, key.publicKey, 'webcrypto')).toBe(false);
    expect(await verifyBytes(msg, 'not base64!', key.publicKey)).toBe(false);
  });
});

describe('evaluatePackFile: signatures', () => {
  it('accepts a good signature, pinned or not, and says who signed', async () => {
    const text = await signed(pack('1.0.0'));
    for (const impl of ['webcrypto', 'noble'] as const) {
      const v = await evaluatePackFile(text, ctx({ pinnedKeys: [key.publicKey], impl }));
      expect(v).toMatchObject({ ok: true, signed: true, publicKey: key.publicKey, unchanged: false, expired: false });
    }
    const v = await evaluatePackFile(text, ctx());
    expect(v.ok && v.pack.templates.map((t) => t.id)).toEqual(['referral-blood', 'closing']);
  });

  it('survives re-indentation of the hosted file', async () => {
    const text = JSON.stringify(JSON.parse(await signed(pack('1.0.0'))), null, 8);
    expect((await evaluatePackFile(text, ctx({ pinnedKeys: [key.publicKey] }))).ok).toBe(true);
  });

  it('rejects a tampered pack as a bad signature, with or without pinned keys', async () => {
    const file = JSON.parse(await signed(pack('1.0.0')));
    file.pack.templates[1].body = '有问题请打 900-123 电话咨询。';
    for (const pinnedKeys of [[key.publicKey], []]) {
      const v = await evaluatePackFile(JSON.stringify(file), ctx({ pinnedKeys }));
      expect(rejection(v)).toEqual({ code: 'bad-signature' });
      expect(v.ok ? undefined : v.packId).toBe('hospital-a.standard');
    }
  });

  it('rejects a swapped public key (signature no longer matches) and a key the policy does not pin', async () => {
    const file = JSON.parse(await signed(pack('1.0.0')));
    file.signature.publicKey = otherKey.publicKey;
    expect(rejection(await evaluatePackFile(JSON.stringify(file), ctx()))).toEqual({ code: 'bad-signature' });
    const byOther = await signed(pack('1.0.0'), otherKey);
    expect(rejection(await evaluatePackFile(byOther, ctx({ pinnedKeys: [key.publicKey] })))).toEqual({ code: 'untrusted-key', publicKey: otherKey.publicKey });
  });

  it('rejects an unsigned pack when keys are pinned, accepts it unflagged-as-signed otherwise', async () => {
    const text = JSON.stringify({ pack: pack('1.0.0') });
    expect(rejection(await evaluatePackFile(text, ctx({ pinnedKeys: [key.publicKey] })))).toEqual({ code: 'unsigned' });
    expect(await evaluatePackFile(text, ctx())).toMatchObject({ ok: true, signed: false });
  });

  it('the pinned-key rule on its own: no pins trusts anyone, pins trust only their keys', () => {
    expect(pinnedKeyRejection(undefined, [])).toBeUndefined();
    expect(pinnedKeyRejection(key.publicKey, [])).toBeUndefined();
    expect(pinnedKeyRejection(key.publicKey, [otherKey.publicKey, ` ${key.publicKey} `])).toBeUndefined();
    expect(pinnedKeyRejection(undefined, [key.publicKey])).toEqual({ code: 'unsigned' });
    expect(pinnedKeyRejection(otherKey.publicKey, [key.publicKey])).toEqual({ code: 'untrusted-key', publicKey: otherKey.publicKey });
  });

  it('without pinned keys, an update must be signed by the key of the installed version', async () => {
    const v1 = await evaluatePackFile(await signed(pack('1.0.0')), ctx());
    if (!v1.ok) throw new Error('v1 rejected');
    const installedFor = () => ({ pack: v1.pack, publicKey: key.publicKey });
    expect(rejection(await evaluatePackFile(await signed(pack('1.1.0'), otherKey), ctx({ installedFor })))).toMatchObject({ code: 'key-changed' });
    expect(rejection(await evaluatePackFile(JSON.stringify({ pack: pack('1.1.0') }), ctx({ installedFor })))).toEqual({ code: 'key-changed' });
    expect((await evaluatePackFile(await signed(pack('1.1.0')), ctx({ installedFor }))).ok).toBe(true);
  });
});

describe('evaluatePackFile: versions, expiry, limits, shape', () => {
  async function installed(version: string) {
    const v = await evaluatePackFile(await signed(pack(version)), ctx());
    if (!v.ok) throw new Error('rejected');
    return () => ({ pack: v.pack, publicKey: key.publicKey });
  }

  it('rejects a lower version than installed (no rollback) and names both versions', async () => {
    const v = await evaluatePackFile(await signed(pack('1.2.0')), ctx({ installedFor: await installed('1.10.0') }));
    expect(rejection(v)).toEqual({ code: 'rollback', installed: '1.10.0', offered: '1.2.0' });
    expect(describeRejection(rejection(v)).zh).toContain('禁止回退');
  });

  it('treats the same version with the same content as unchanged, with other content as an error', async () => {
    const installedFor = await installed('1.0.0');
    expect(await evaluatePackFile(await signed(pack('1.0.0')), ctx({ installedFor }))).toMatchObject({ ok: true, unchanged: true });
    const edited = pack('1.0.0', { name: '改了名字' });
    expect(rejection(await evaluatePackFile(await signed(edited), ctx({ installedFor })))).toEqual({ code: 'same-version-changed', version: '1.0.0' });
  });

  it('keeps an expired pack but flags it', async () => {
    const v = await evaluatePackFile(await signed(pack('1.0.0', { expires: '2026-11-01T00:00:00Z' })), ctx());
    expect(v).toMatchObject({ ok: true, expired: true });
    const fresh = await evaluatePackFile(await signed(pack('1.0.0', { expires: '2027-01-01T00:00:00Z' })), ctx());
    expect(fresh).toMatchObject({ ok: true, expired: false });
  });

  it('rejects packs over each limit, naming the limit and where', async () => {
    const many = pack('1.0.0', {
      templates: Array.from({ length: PACK_LIMITS.maxTemplates + 1 }, (_, i) => ({ id: `t${i}`, title: `T${i}`, body: 'x', category: 'other' as const, language: 'zh' as const })),
    });
    expect(rejection(await evaluatePackFile(await signed(many), ctx()))).toMatchObject({ code: 'too-large', limit: 'maxTemplates', max: PACK_LIMITS.maxTemplates, actual: PACK_LIMITS.maxTemplates + 1 });

    const longBody = pack('1.0.0', { templates: [{ id: 'long', title: '长', body: '字'.repeat(PACK_LIMITS.maxTemplateBodyChars + 1), category: 'other', language: 'zh' }] });
    const r = rejection(await evaluatePackFile(JSON.stringify({ pack: longBody }), ctx()));
    expect(r).toMatchObject({ code: 'too-large', limit: 'maxTemplateBodyChars', where: 'templates[0] (long)' });
    expect(describeRejection(r).zh).toContain('模板正文长度');

    const big = JSON.stringify({ pack: pack('1.0.0', { description: 'x'.repeat(2000) }) });
    expect(rejection(await evaluatePackFile(big, ctx({ limits: { ...PACK_LIMITS, maxBytes: 1000 } })))).toMatchObject({ code: 'too-large', limit: 'maxBytes', max: 1000 });
  });

  it('names every limit, in both languages, with the figures', async () => {
    const t = (i: number, title = `T${i}`) => ({ id: `t${i}`, title, body: 'x', category: 'other' as const, language: 'zh' as const });
    const over: Record<PackLimitName, PackInput> = {
      maxBytes: pack('1.0.0', { description: 'x'.repeat(PACK_LIMITS.maxBytes) }),
      maxTemplates: pack('1.0.0', { templates: Array.from({ length: PACK_LIMITS.maxTemplates + 1 }, (_, i) => t(i)) }),
      maxTemplateBodyChars: pack('1.0.0', { templates: [{ ...t(0), body: 'x'.repeat(PACK_LIMITS.maxTemplateBodyChars + 1) }] }),
      maxTemplateTitleChars: pack('1.0.0', { templates: [t(0, '题'.repeat(PACK_LIMITS.maxTemplateTitleChars + 1))] }),
      maxSiteAdapters: pack('1.0.0', { siteAdapters: Array.from({ length: PACK_LIMITS.maxSiteAdapters + 1 }, () => ({})) as never }),
      maxPhrasesPerList: pack('1.0.0', { rules: { off: [], phrases: { 'missing-closing/closings': Array.from({ length: PACK_LIMITS.maxPhrasesPerList + 1 }, (_, i) => `p${i}`) } } }),
    };
    for (const [limit, p] of Object.entries(over)) {
      const r = rejection(await evaluatePackFile(JSON.stringify({ pack: p }), ctx()));
      expect(r).toMatchObject({ code: 'too-large', limit, max: PACK_LIMITS[limit as PackLimitName] });
      const { zh, en } = describeRejection(r);
      expect(zh).toContain(`(${limit})`);
      expect(en).toMatch(new RegExp(`^Over the .+ limit \\(${limit}\\): \\d+ > ${PACK_LIMITS[limit as PackLimitName]}`));
    }
  });

  it('rejects what is not a pack, naming the problem', async () => {
    expect(rejection(await evaluatePackFile('<html>', ctx()))).toEqual({ code: 'not-json' });
    const r = rejection(await evaluatePackFile(JSON.stringify({ pack: { ...pack('1.0'), format: 1 } }), ctx()));
    expect(r.code).toBe('invalid');
    expect(r.code === 'invalid' && r.issues.join()).toContain('version');
    const script = pack('1.0.0', { templates: [{ id: 'x', title: 't', body: 'b', category: 'other', language: 'zh', onClick: 'alert(1)' } as never] });
    expect(rejection(await evaluatePackFile(JSON.stringify({ pack: script }), ctx())).code).toBe('invalid');
    const badRule = pack('1.0.0', { rules: { off: ['no-such-rule' as never], phrases: {} } });
    expect(rejection(await evaluatePackFile(JSON.stringify({ pack: badRule }), ctx())).code).toBe('invalid');
    // A phrase whose braces would compile to something else than it reads, named in the issue.
    const nested = pack('1.0.0', { rules: { off: [], phrases: { 'missing-closing/closings': ['祝{你|您}早日康复', '{随时|{再}}联系'] } } });
    const n = rejection(await evaluatePackFile(JSON.stringify({ pack: nested }), ctx()));
    expect(n.code === 'invalid' && n.issues.join()).toContain('{随时|{再}}联系');
  });

  it('rejects a subscription URL that starts serving another pack', async () => {
    const v = await evaluatePackFile(await signed(pack('2.0.0')), ctx({ expectedPackId: 'hospital-b.other' }));
    expect(rejection(v)).toEqual({ code: 'wrong-pack', expected: 'hospital-b.other', offered: 'hospital-a.standard' });
  });
});
