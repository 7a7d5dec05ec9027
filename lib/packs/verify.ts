import { z } from 'zod';
import type { Bilingual } from '../findings';
import { canonicalBytes, canonicalJson, CanonicalFormError } from './canonical';
import { PACK_LIMITS, PackFileSchema, PackSchema, type Pack, type PackLimitName, type PackLimits } from './schema';
import { compareSemver } from './semver';
import { samePublicKey, verifyBytes, type Ed25519Impl } from './signature';

// The rules of trust, applied to a pack file before anything from it is installed:
// too big → rejected naming the limit; not a pack → rejected with the first problems;
// pinned keys and unsigned or not signed by a pinned key → rejected; no pinned keys but the
// installed version was signed → the update must be signed by the same key (trust on first
// use); a lower version than installed → rejected (no rollback); expired → accepted, flagged.

export const PackRejectionSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('too-large'), limit: z.string(), max: z.number(), actual: z.number(), where: z.string().optional() }),
  z.object({ code: z.literal('not-json') }),
  z.object({ code: z.literal('invalid'), issues: z.array(z.string()) }),
  z.object({ code: z.literal('unsigned') }),
  z.object({ code: z.literal('bad-signature') }),
  z.object({ code: z.literal('untrusted-key'), publicKey: z.string() }),
  z.object({ code: z.literal('key-changed'), publicKey: z.string().optional() }),
  z.object({ code: z.literal('rollback'), installed: z.string(), offered: z.string() }),
  z.object({ code: z.literal('same-version-changed'), version: z.string() }),
  z.object({ code: z.literal('wrong-pack'), expected: z.string(), offered: z.string() }),
  z.object({ code: z.literal('fetch-failed'), status: z.number().optional(), detail: z.string() }),
  z.object({ code: z.literal('apply-failed'), detail: z.string() }),
]);
export type PackRejection = z.infer<typeof PackRejectionSchema>;

export interface InstalledForTrust {
  pack: Pack;
  /** The key the installed version was signed with, if it was signed. */
  publicKey?: string | undefined;
}

export interface TrustContext {
  /** Keys from the managed policy. When any is set, only packs signed by one are accepted. */
  pinnedKeys: readonly string[];
  /** The installed pack with the id the offered file claims, if any. */
  installedFor?: ((packId: string) => InstalledForTrust | undefined) | undefined;
  /** When set (a subscription that already delivered a pack), the file must carry this pack id. */
  expectedPackId?: string | undefined;
  now: Date;
  limits?: PackLimits;
  impl?: Ed25519Impl;
}

export type PackVerdict =
  | { ok: true; unchanged: boolean; pack: Pack; signed: boolean; publicKey?: string | undefined; expired: boolean }
  | { ok: false; rejection: PackRejection; packId?: string | undefined; version?: string | undefined };

function reject(rejection: PackRejection, raw?: unknown): PackVerdict {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    ok: false,
    rejection,
    packId: typeof r.id === 'string' ? r.id : undefined,
    version: typeof r.version === 'string' ? r.version : undefined,
  };
}

/** Limits checked on the raw data, before the schema, so an oversized pack is named as such. */
function exceededLimit(raw: unknown, limits: PackLimits): PackRejection | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const pack = raw as Record<string, unknown>;
  const over = (limit: PackLimitName, actual: number, where?: string): PackRejection | undefined =>
    actual > limits[limit] ? { code: 'too-large', limit, max: limits[limit], actual, ...(where ? { where } : {}) } : undefined;
  const templates = Array.isArray(pack.templates) ? (pack.templates as unknown[]) : [];
  const found = over('maxTemplates', templates.length) ?? over('maxSiteAdapters', Array.isArray(pack.siteAdapters) ? pack.siteAdapters.length : 0);
  if (found) return found;
  for (const [i, t] of templates.entries()) {
    if (!t || typeof t !== 'object') continue;
    const { id, title, body } = t as Record<string, unknown>;
    const where = `templates[${i}]${typeof id === 'string' ? ` (${id})` : ''}`;
    const hit =
      (typeof body === 'string' ? over('maxTemplateBodyChars', body.length, where) : undefined) ??
      (typeof title === 'string' ? over('maxTemplateTitleChars', title.trim().length, where) : undefined);
    if (hit) return hit;
  }
  const rules = pack.rules && typeof pack.rules === 'object' ? (pack.rules as Record<string, unknown>) : {};
  const phrases = rules.phrases && typeof rules.phrases === 'object' ? (rules.phrases as Record<string, unknown>) : {};
  for (const [key, list] of Object.entries(phrases)) {
    const hit = Array.isArray(list) ? over('maxPhrasesPerList', list.length, `rules.phrases["${key}"]`) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(pack)'}: ${i.message}`);
}

/** The pinned-key rule on its own, for a pack signed by `signedBy` (undefined: unsigned): with
 *  pinned keys, only a signature by one of them is trusted. Applied to offered files here and,
 *  when the policy's keys change, to packs already installed (sync.ts recheckTrust). */
export function pinnedKeyRejection(signedBy: string | undefined, pinnedKeys: readonly string[]): PackRejection | undefined {
  if (pinnedKeys.length === 0) return undefined;
  if (!signedBy) return { code: 'unsigned' };
  return pinnedKeys.some((k) => samePublicKey(k, signedBy)) ? undefined : { code: 'untrusted-key', publicKey: signedBy };
}

export function isExpired(pack: Pack, now: Date): boolean {
  return pack.expires !== undefined && Date.parse(pack.expires) <= now.getTime();
}

/** Read a pack file's text and decide whether it may be installed (see the file comment). */
export async function evaluatePackFile(text: string, ctx: TrustContext): Promise<PackVerdict> {
  const limits = ctx.limits ?? PACK_LIMITS;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) return reject({ code: 'too-large', limit: 'maxBytes', max: limits.maxBytes, actual: bytes });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reject({ code: 'not-json' });
  }
  const file = PackFileSchema.safeParse(json);
  if (!file.success) return reject({ code: 'invalid', issues: issuesOf(file.error) });
  const raw = file.data.pack;
  const limit = exceededLimit(raw, limits);
  if (limit) return reject(limit, raw);
  const claimedId = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
  const installedPack = typeof claimedId === 'string' ? ctx.installedFor?.(claimedId) : undefined;

  // The signature covers the pack exactly as written (before defaults are filled in).
  const sig = file.data.signature;
  let signedBy: string | undefined;
  if (sig) {
    let message: Uint8Array<ArrayBuffer>;
    try {
      message = canonicalBytes(raw);
    } catch (e) {
      if (e instanceof CanonicalFormError) return reject({ code: 'invalid', issues: [e.message] }, raw);
      throw e;
    }
    if (!(await verifyBytes(message, sig.value, sig.publicKey, ctx.impl))) return reject({ code: 'bad-signature' }, raw);
    signedBy = sig.publicKey;
  }
  const distrusted = pinnedKeyRejection(signedBy, ctx.pinnedKeys);
  if (distrusted) return reject(distrusted, raw);
  if (ctx.pinnedKeys.length === 0 && installedPack?.publicKey && !(signedBy && samePublicKey(signedBy, installedPack.publicKey))) {
    return reject({ code: 'key-changed', ...(signedBy ? { publicKey: signedBy } : {}) }, raw);
  }

  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) return reject({ code: 'invalid', issues: issuesOf(parsed.error) }, raw);
  const pack = parsed.data;
  if (ctx.expectedPackId && pack.id !== ctx.expectedPackId) return reject({ code: 'wrong-pack', expected: ctx.expectedPackId, offered: pack.id }, raw);

  let unchanged = false;
  const installed = installedPack?.pack;
  if (installed && installed.id === pack.id) {
    const order = compareSemver(pack.version, installed.version);
    if (order < 0) return reject({ code: 'rollback', installed: installed.version, offered: pack.version }, raw);
    if (order === 0) {
      if (canonicalJson(pack) !== canonicalJson(installed)) return reject({ code: 'same-version-changed', version: pack.version }, raw);
      unchanged = true;
    }
  }
  return { ok: true, unchanged, pack, signed: signedBy !== undefined, publicKey: signedBy, expired: isExpired(pack, ctx.now) };
}

const LIMIT_NAMES: Record<PackLimitName, Bilingual> = {
  maxBytes: { zh: '文件大小', en: 'file size' },
  maxTemplates: { zh: '模板数量', en: 'number of templates' },
  maxTemplateBodyChars: { zh: '模板正文长度', en: 'template body length' },
  maxTemplateTitleChars: { zh: '模板标题长度', en: 'template title length' },
  maxSiteAdapters: { zh: '站点适配数量', en: 'number of site adapters' },
  maxPhrasesPerList: { zh: '规则短语数量', en: 'phrases per rule list' },
};

/** What a doctor reads when a pack is rejected: the reason, in both languages. */
export function describeRejection(r: PackRejection): Bilingual {
  switch (r.code) {
    case 'too-large': {
      const name = LIMIT_NAMES[r.limit as PackLimitName] ?? { zh: r.limit, en: r.limit };
      const at = r.where ? ` @ ${r.where}` : '';
      return {
        zh: `超出限制「${name.zh}」(${r.limit})：${r.actual} > ${r.max}${at}`,
        en: `Over the ${name.en} limit (${r.limit}): ${r.actual} > ${r.max}${at}`,
      };
    }
    case 'not-json':
      return { zh: '不是 JSON 文件', en: 'Not a JSON file' };
    case 'invalid':
      return { zh: `模板包格式错误：${r.issues.join('；')}`, en: `Not a valid pack: ${r.issues.join('; ')}` };
    case 'unsigned':
      return { zh: '模板包未签名，而策略要求签名', en: 'The pack is unsigned but the policy requires a signature' };
    case 'bad-signature':
      return { zh: '签名无效：内容可能被篡改', en: 'Bad signature: the content may have been tampered with' };
    case 'untrusted-key':
      return { zh: '签名密钥不在策略信任的密钥中', en: 'Signed with a key the policy does not trust' };
    case 'key-changed':
      return { zh: '签名密钥与已安装版本不同', en: 'Signed with a different key than the installed version' };
    case 'rollback':
      return { zh: `版本 ${r.offered} 低于已安装的 ${r.installed}（禁止回退）`, en: `Version ${r.offered} is lower than installed ${r.installed} (no rollback)` };
    case 'same-version-changed':
      return { zh: `版本号 ${r.version} 未变但内容不同`, en: `Content changed but the version stayed ${r.version}` };
    case 'wrong-pack':
      return { zh: `地址提供的是另一个模板包（${r.offered}，应为 ${r.expected}）`, en: `The URL now serves another pack (${r.offered}, expected ${r.expected})` };
    case 'fetch-failed':
      return { zh: `下载失败：${r.detail}`, en: `Download failed: ${r.detail}` };
    case 'apply-failed':
      return { zh: `写入模板库失败：${r.detail}`, en: `Could not write the templates: ${r.detail}` };
  }
}
