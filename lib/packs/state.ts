import { z } from 'zod';
import { BilingualSchema } from '../findings';
import { PackSchema } from './schema';
import { PackRejectionSchema } from './verify';

// What the extension remembers about packs (browser.storage.local): installed packs (admin
// data only), subscriptions with their schedule and last outcome. No patient text, ever.

const epochMs = z.number().int().nonnegative();

export const PackOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.string() }),
  z.object({ kind: z.literal('file'), name: z.string() }),
]);
export type PackOrigin = z.infer<typeof PackOriginSchema>;

export const RejectionRecordSchema = z.object({
  at: epochMs,
  rejection: PackRejectionSchema,
  message: BilingualSchema,
  packId: z.string().optional(),
  version: z.string().optional(),
});
export type RejectionRecord = z.infer<typeof RejectionRecordSchema>;

export const InstalledPackSchema = z.object({
  pack: PackSchema,
  origin: PackOriginSchema,
  signed: z.boolean(),
  publicKey: z.string().optional(),
  installedAt: epochMs,
  /** Set while the policy's pinned keys do not trust the key that signed this pack: its
   *  templates are out of the library and its rule settings and site adapters do not apply.
   *  The pack stays listed with this reason; it is enabled again when it verifies again
   *  (the keys change back, or its URL serves it signed by a pinned key). */
  disabled: RejectionRecordSchema.optional(),
});
export type InstalledPack = z.infer<typeof InstalledPackSchema>;

/** What one update changed, by template title (admin text, not patient text). */
export const PackChangeSchema = z.object({
  at: epochMs,
  packId: z.string(),
  from: z.string().optional(),
  to: z.string(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});
export type PackChange = z.infer<typeof PackChangeSchema>;

export const CheckOutcomeSchema = z.enum(['updated', 'unchanged', 'not-modified', 'rejected', 'failed']);
export type CheckOutcome = z.infer<typeof CheckOutcomeSchema>;

export const SubscriptionSchema = z.object({
  url: z.string(),
  /** Set by the managed policy: the doctor cannot remove it. */
  fromPolicy: z.boolean().default(false),
  /** When the policy stopped listing this URL: from then on it is the doctor's to keep or remove. */
  releasedByPolicyAt: epochMs.optional(),
  packId: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  addedAt: epochMs,
  lastCheckedAt: epochMs.optional(),
  lastOutcome: CheckOutcomeSchema.optional(),
  /** Consecutive failed checks: drives the backoff. */
  failures: z.number().int().nonnegative().default(0),
  nextCheckAt: epochMs,
  lastChange: PackChangeSchema.optional(),
  lastRejection: RejectionRecordSchema.optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const PacksStateSchema = z.object({
  installed: z.record(z.string(), InstalledPackSchema).default({}),
  subscriptions: z.array(SubscriptionSchema).default([]),
  /** The latest pack-file install that was refused, shown until the next file install. */
  lastFileRejection: RejectionRecordSchema.optional(),
  lastFileChange: PackChangeSchema.optional(),
});
export type PacksState = z.infer<typeof PacksStateSchema>;

export function emptyPacksState(): PacksState {
  return { installed: {}, subscriptions: [] };
}
