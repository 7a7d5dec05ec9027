import { z } from 'zod';
import { SiteAdapterSchema } from '../adapters/schema';
import { RuleIdSchema } from '../findings';
import { phraseProblem } from '../rules/phrase-matcher';
import { BODY_MAX, TemplateContentSchema, TITLE_MAX } from '../templates/schema';
import { isSemver } from './semver';
import { PublicKeySchema } from './signature';

// The pack format, version 1. A pack is data only: template text is inserted into a draft as
// plain text and shown as text; site adapters are selectors validated by the adapter schema;
// rule settings are values. Nothing in a pack is ever run or rendered as HTML.

export const PACK_FORMAT = 1;

/** Size limits a pack must stay within. Each is named in the rejection when exceeded. */
export type PackLimits = Record<'maxBytes' | 'maxTemplates' | 'maxTemplateBodyChars' | 'maxTemplateTitleChars' | 'maxSiteAdapters' | 'maxPhrasesPerList', number>;
export const PACK_LIMITS: Readonly<PackLimits> = {
  maxBytes: 1_048_576,
  maxTemplates: 500,
  maxTemplateBodyChars: BODY_MAX,
  maxTemplateTitleChars: TITLE_MAX,
  maxSiteAdapters: 20,
  maxPhrasesPerList: 200,
};
export type PackLimitName = keyof PackLimits;

/** Stable ids: the template and pack ids updates are matched by. */
const SLUG = /^[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?$/;
export const PackIdSchema = z.string().regex(SLUG, 'lowercase letters, digits, ".", "_" or "-", 1–80 characters');

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date/time' });

/** A template in a pack: the library's template content plus an id that is stable within the
 *  pack (the same id in the next version is the same template, so usage figures survive). */
export const PackTemplateSchema = TemplateContentSchema.extend({ id: PackIdSchema }).strict();
export type PackTemplate = z.infer<typeof PackTemplateSchema>;

/** A rule-list key as CheckOptions.extraPhrases uses it: "rule-id/list". */
export const PhraseListKeySchema = z.string().refine(
  (k) => {
    const [rule, list, ...rest] = k.split('/');
    return rest.length === 0 && RuleIdSchema.safeParse(rule).success && /^[a-z][a-zA-Z0-9-]*$/.test(list ?? '');
  },
  { message: 'expected "rule-id/list", e.g. "missing-closing/closings"' },
);

export const PackRuleSettingsSchema = z.strictObject({
  /** Rules this pack turns off for everyone who installs it. */
  off: z.array(RuleIdSchema).default([]),
  /** Phrases added to a rule's list, e.g. the hospital's own closing line. */
  phrases: z
    .record(
      PhraseListKeySchema,
      z.array(
        z.string().min(1).superRefine((phrase, ctx) => {
          const problem = phraseProblem(phrase);
          if (problem) ctx.addIssue({ code: 'custom', message: `phrase "${phrase}": ${problem}` });
        }),
      ),
    )
    .default({}),
});
export type PackRuleSettings = z.infer<typeof PackRuleSettingsSchema>;

/** The pack's fields; PackSchema adds the checks across fields. */
export const PackObjectSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: PackIdSchema,
  name: z.string().min(1),
  publisher: z.string().min(1),
  version: z.string().refine(isSemver, { message: 'not a semver version (e.g. 1.2.0)' }),
  description: z.string().optional(),
  /** After this time the pack is kept but flagged as expired until its publisher updates it. */
  expires: isoTime.optional(),
  templates: z.array(PackTemplateSchema).default([]),
  /** Site adapters (selectors for the hospital's console): data in the adapter format. */
  siteAdapters: z.array(SiteAdapterSchema).default([]),
  rules: PackRuleSettingsSchema.default({ off: [], phrases: {} }),
});

export const PackSchema = PackObjectSchema.superRefine((pack, ctx) => {
  const seen = new Set<string>();
  pack.templates.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `duplicate template id "${t.id}"` });
    seen.add(t.id);
  });
});
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

export const PackSignatureSchema = z.strictObject({
  alg: z.literal('Ed25519'),
  /** The signer's public key, so a pack can be checked (and the key remembered) without pinning. */
  publicKey: PublicKeySchema,
  /** base64 Ed25519 signature over canonicalBytes(pack). */
  value: z.string().min(1),
});
export type PackSignature = z.infer<typeof PackSignatureSchema>;

/** The file a server hosts: the pack and, normally, its signature. */
export const PackFileSchema = z.strictObject({
  pack: z.unknown(),
  signature: PackSignatureSchema.optional(),
});
export type PackFile = z.infer<typeof PackFileSchema>;
