import { z } from 'zod';
import { BilingualSchema } from '../findings';
import { CheckOptionsSchema } from '../options';
import { ManagedPolicySchema } from '../policy/schema';
import { PacksStateSchema } from './state';

// The runtime messages between the options page and the background's pack service, and the
// browser.storage.local keys other parts read. Validated on both sides.

/** Keys in the extension's local storage area. `checkSettings` and `siteAdapters` are what the content script
 *  reads (rules turned off, extra phrases; adapters from policy and packs). */
export const PACK_STORAGE_KEYS = {
  state: 'packs.state',
  checkSettings: 'packs.checkSettings',
  siteAdapters: 'packs.siteAdapters',
} as const;

/** What is stored under PACK_STORAGE_KEYS.checkSettings: pass it to checkDraft as options.
 *  Anything unreadable (an older format, a hand-edited store) counts as no settings. */
export const StoredCheckSettingsSchema = CheckOptionsSchema.pick({ rules: true, extraPhrases: true });
export function readStoredCheckSettings(stored: unknown): z.infer<typeof StoredCheckSettingsSchema> {
  const parsed = StoredCheckSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { rules: {}, extraPhrases: {} };
}

export const PacksRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('packs/get') }),
  z.object({ type: z.literal('packs/subscribe'), url: z.string().min(1).max(2048) }),
  z.object({ type: z.literal('packs/unsubscribe'), url: z.string().min(1) }),
  z.object({ type: z.literal('packs/install-file'), name: z.string().max(260), text: z.string() }),
  z.object({ type: z.literal('packs/remove'), packId: z.string().min(1) }),
  /** Check one subscription now, or all when url is absent. */
  z.object({ type: z.literal('packs/refresh'), url: z.string().optional() }),
]);
export type PacksRequest = z.infer<typeof PacksRequestSchema>;

export function isPacksRequest(message: unknown): message is PacksRequest {
  return PacksRequestSchema.safeParse(message).success;
}

export const PacksViewSchema = z.object({
  state: PacksStateSchema,
  policy: ManagedPolicySchema,
  policyProblems: z.array(z.object({ key: z.string(), issue: z.string() })),
  /** The background's clock when the view was made, so "expired" is judged consistently. */
  now: z.number(),
});
export type PacksView = z.infer<typeof PacksViewSchema>;

export const PacksResponseSchema = z.object({
  view: PacksViewSchema,
  error: BilingualSchema.optional(),
});
export type PacksResponse = z.infer<typeof PacksResponseSchema>;
