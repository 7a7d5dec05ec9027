import { z } from 'zod';

// The conversation format of DESIGN.md: the one contract shared by site adapters, the audit
// CLI and the tests. Only `messages` and `draft` are required.

export const LanguageSchema = z.enum(['zh', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date/time' });

export const MessageSchema = z.object({
  role: z.enum(['patient', 'doctor']),
  text: z.string(),
  at: isoTime.optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const AttachmentSchema = z.object({
  kind: z.string().default('other'),
  name: z.string().optional(),
  text: z.string().optional(),
  at: isoTime.optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const PatientSchema = z.object({
  name: z.string().optional(),
  intake: z.string().optional(),
  medications: z.string().optional(),
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
