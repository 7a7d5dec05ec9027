import { z } from 'zod';

// What opens the quick-reply palette in the draft box: `/` unless the doctor set another key in
// the options page (kept in browser.storage.local under PALETTE_TRIGGER_KEY). It may be a few
// characters (`//`) or what a Chinese IME types (`；`, `、、`), but never letters, digits, Han
// characters or spaces: those are the reply itself, and the palette would keep opening.

export const DEFAULT_PALETTE_TRIGGER = '/';
export const PALETTE_TRIGGER_KEY = 'templates.paletteTrigger';
export const PALETTE_TRIGGER_MAX = 3;

const chars = (s: string) => [...s].length;

export const PaletteTriggerSchema = z
  .string()
  .refine((s) => chars(s) >= 1 && chars(s) <= PALETTE_TRIGGER_MAX, {
    message: `1–${PALETTE_TRIGGER_MAX} 个字符 / 1 to ${PALETTE_TRIGGER_MAX} characters`,
  })
  .refine((s) => !/\s/u.test(s), { message: '不能含空格或换行 / no spaces or line breaks' })
  .refine((s) => !/[\p{L}\p{N}]/u.test(s), {
    message: '不能含字母、数字或汉字（写回复时会误触发） / no letters, digits or Han characters (replies are made of them)',
  });

/** The stored trigger, or `/` when none is stored or it is unreadable. */
export function readPaletteTrigger(stored: unknown): string {
  const parsed = PaletteTriggerSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PALETTE_TRIGGER;
}

/** Open only where the trigger starts something: at the start, or after a space, a line break,
 *  Han text or punctuation — never inside "1/2片", "mg/d" or a URL. */
export function opensPaletteAfter(previous: string | undefined): boolean {
  return previous === undefined || !/[A-Za-z0-9.\-_:/]/.test(previous);
}

/** Typing `typed` at the caret, with `before` the draft's text before the caret: does that
 *  complete the trigger at the start of something? Returns the offset in `before` where the
 *  trigger begins (its first characters may already be in the draft: `//` typed one `/` at a
 *  time), else undefined. */
export function triggerStart(before: string, typed: string, trigger: string): number | undefined {
  if (!typed || !trigger || typed.length > trigger.length || !trigger.endsWith(typed)) return undefined;
  const head = trigger.slice(0, trigger.length - typed.length);
  if (!before.endsWith(head)) return undefined;
  const start = before.length - head.length;
  return opensPaletteAfter(start > 0 ? before.slice(0, start).at(-1) : undefined) ? start : undefined;
}
