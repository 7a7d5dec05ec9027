import { z } from 'zod';
import { SiteAdapterSchema } from './schema';

// What the page side keeps in extension storage: counts only (never patient text), the doctor's
// on/off choices, and their own site adapters. Validated whenever read back.

export const PAGE_STORAGE_KEYS = {
  counts: 'page.counts',
  sites: 'page.sites',
  adapters: 'page.adapters',
} as const;

export const COUNT_KINDS = ['checked', 'held', 'fixed', 'sentAnyway'] as const;
export const CountKindSchema = z.enum(COUNT_KINDS);
export type CountKind = z.infer<typeof CountKindSchema>;

export const CountsSchema = z.object({
  checked: z.number().int().nonnegative().default(0),
  held: z.number().int().nonnegative().default(0),
  fixed: z.number().int().nonnegative().default(0),
  sentAnyway: z.number().int().nonnegative().default(0),
});
export type Counts = z.infer<typeof CountsSchema>;

export const SiteSettingsSchema = z.object({
  paused: z.boolean().default(false),
  /** Origins the doctor switched off. */
  disabled: z.array(z.string()).default([]),
  /** Origins the doctor switched on (and granted host access to) besides the demo console. */
  enabled: z.array(z.string()).default([]),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

function readOr<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): T {
  const parsed = schema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : fallback;
}

export const readCounts = (raw: unknown): Counts => readOr(CountsSchema, raw, CountsSchema.parse({}));
export const readSiteSettings = (raw: unknown): SiteSettings => readOr(SiteSettingsSchema, raw, SiteSettingsSchema.parse({}));
export const readStoredAdapters = (raw: unknown) => readOr(z.array(SiteAdapterSchema), raw ?? [], []);

export function addCount(counts: Counts, kind: CountKind): Counts {
  return { ...counts, [kind]: counts[kind] + 1 };
}

/** Is ReplyCheck active on this origin? The demo console (loopback) is on unless switched off. */
export function siteActive(settings: SiteSettings, origin: string): boolean {
  if (settings.paused || settings.disabled.includes(origin)) return false;
  return isLoopback(origin) || settings.enabled.includes(origin);
}

export function isLoopback(origin: string): boolean {
  try {
    const { hostname } = new URL(origin);
    return hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return false;
  }
}

export const PageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:count'), kind: CountKindSchema }),
  z.object({ type: z.literal('page:save-adapter'), adapter: SiteAdapterSchema }),
  /** The options page's import: all or nothing, validated there and again here. */
  z.object({ type: z.literal('page:import-adapters'), adapters: z.array(SiteAdapterSchema).min(1) }),
  z.object({ type: z.literal('page:delete-adapter'), id: z.string().min(1) }),
  /** Register the content script on an origin the doctor just granted (popup). */
  z.object({ type: z.literal('page:enable-site'), origin: z.string() }),
]);
export type PageRequest = z.infer<typeof PageRequestSchema>;
