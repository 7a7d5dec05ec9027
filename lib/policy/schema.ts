import { z } from 'zod';
import { SiteAdapterSchema } from '../adapters/schema';
import { RuleIdSchema } from '../findings';
import { PackIdSchema } from '../packs/schema';
import { PublicKeySchema } from '../packs/signature';

// The managed policy an admin sets (Windows registry, Linux policy JSON, Google Admin console,
// Firefox policies.json) and the extension reads from browser.storage.managed. Every key is
// optional. One bad key must not void the others: each is parsed on its own, and what could
// not be read is reported by name rather than silently dropped.

export const ManagedPolicySchema = z.object({
  /** Pack URLs every doctor is subscribed to; they cannot unsubscribe while the URL is listed.
   *  A URL taken out of the policy stays subscribed as the doctor's own, which they may remove
   *  (sync.ts reconcilePolicy); to keep a pack installed regardless, list it in lockedPacks. */
  packUrls: z
    .array(z.url({ protocol: /^https?$/ }))
    .default([])
    .meta({
      title: 'Pack URLs / 模板包地址',
      description:
        'Signed template packs every doctor is subscribed to; they cannot unsubscribe while the URL is listed. A URL removed from this list stays subscribed as an ordinary subscription the doctor may remove; use lockedPacks to keep a pack installed.',
    }),
  /** Ed25519 public keys ("ed25519:…"). When set, only packs signed by one of them install, and
   *  installed packs signed by another key (or unsigned) are disabled until they verify again. */
  pinnedKeys: z
    .array(PublicKeySchema)
    .default([])
    .meta({
      title: 'Pinned signing keys / 信任的签名公钥',
      description:
        'Ed25519 public keys ("ed25519:" + base64). When set, only packs signed by one of them are installed; installed packs that are unsigned or signed by another key are disabled (kept, listed with the reason) until they verify again.',
    }),
  /** Pack ids a doctor cannot remove, wherever they came from. */
  lockedPacks: z
    .array(PackIdSchema)
    .default([])
    .meta({ title: 'Locked packs / 不可移除的模板包', description: 'Pack ids a doctor cannot remove.' }),
  /** Rules turned off for everyone. */
  disabledRules: z
    .array(RuleIdSchema)
    .default([])
    .meta({ title: 'Disabled rules / 关闭的检查规则', description: 'Rule ids turned off for every doctor.' }),
  /** Site adapters (selectors for the hospital's console), in the adapter format. */
  siteAdapters: z
    .array(SiteAdapterSchema)
    .default([])
    .meta({ title: 'Site adapters / 站点适配', description: "Selectors for the hospital's consultation console." }),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;
export type PolicyKey = keyof ManagedPolicy;

export const POLICY_KEYS = Object.keys(ManagedPolicySchema.shape) as PolicyKey[];

export const EMPTY_POLICY: ManagedPolicy = ManagedPolicySchema.parse({});

export interface PolicyReading {
  policy: ManagedPolicy;
  /** Keys present but unreadable, with the first problem: shown to the doctor and admin. */
  problems: { key: PolicyKey; issue: string }[];
}

/** Read what the managed storage area returned (anything), key by key. */
export function readManagedPolicy(raw: unknown): PolicyReading {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const policy: ManagedPolicy = { ...EMPTY_POLICY };
  const problems: PolicyReading['problems'] = [];
  for (const key of POLICY_KEYS) {
    if (record[key] === undefined) continue;
    const field = ManagedPolicySchema.shape[key].safeParse(record[key]);
    if (field.success) (policy as Record<PolicyKey, unknown>)[key] = field.data;
    else problems.push({ key, issue: field.error.issues.map((i) => `${i.path.join('.') || key}: ${i.message}`).join('; ') });
  }
  return { policy, problems };
}
