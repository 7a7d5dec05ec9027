import { z } from 'zod';

// The conversation format of DESIGN.md: the one contract shared by site adapters, the audit
// CLI and the tests. Only `messages` and `draft` are required.

export const LanguageSchema = z.enum(['zh', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date/time' });

/** Invisible characters that pasted and app-copied text carries (zero-width spaces and joiners,
 *  word joiners, byte-order marks, soft hyphens): inside a word they hide it from every rule
 *  ("不想\u200b活了" read as nothing). What the patient and the doctor sent is read without them,
 *  and evidence offsets count in that text; the draft keeps them, since fixes are placed by
 *  offsets into the editor's own text. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const sentText = z.string().transform((s) => s.replace(INVISIBLE, ''));

export const MessageSchema = z.object({
  role: z.enum(['patient', 'doctor']),
  text: sentText,
  at: isoTime.optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const AttachmentSchema = z.object({
  kind: z.string().default('other'),
  name: sentText.optional(),
  text: sentText.optional(),
  at: isoTime.optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const PatientSchema = z.object({
  name: z.string().optional(),
  intake: sentText.optional(),
  medications: sentText.optional(),
});

export const ConversationSchema = z
  .object({
    id: z.string().optional(),
    language: LanguageSchema.optional(),
    now: isoTime.optional(),
    department: z.string().optional(),
    doctor: z.string().optional(),
    patient: PatientSchema.optional(),
    attachments: z.array(AttachmentSchema).default([]),
    messages: z.array(MessageSchema),
    draft: z.string(),
  })
  // Datasets carry extra bookkeeping fields (source, tags …): keep them, the rules ignore them.
  .loose();
export type Conversation = z.infer<typeof ConversationSchema>;
export type ConversationInput = z.input<typeof ConversationSchema>;
