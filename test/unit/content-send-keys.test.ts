import { describe, expect, it } from 'vitest';
import { isReviewKey, sendKeyOf, type KeyLike } from '../../entrypoints/content/send-keys';

const key = (over: Partial<KeyLike>): KeyLike => ({
  key: 'Enter',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 13,
  ...over,
});

describe('send keys', () => {
  it('Enter sends on an Enter console; Shift+Enter is a newline', () => {
    expect(sendKeyOf(key({}), ['Enter'])).toBe('Enter');
    expect(sendKeyOf(key({ shiftKey: true }), ['Enter'])).toBeUndefined();
    expect(sendKeyOf(key({ key: 'a' }), ['Enter'])).toBeUndefined();
  });

  it('an Enter that commits an IME composition is never a send', () => {
    expect(sendKeyOf(key({ isComposing: true }), ['Enter'])).toBeUndefined();
    expect(sendKeyOf(key({ keyCode: 229 }), ['Enter'])).toBeUndefined();
    expect(sendKeyOf(key({ ctrlKey: true, isComposing: true }), ['Ctrl+Enter'])).toBeUndefined();
  });

  it('Ctrl+Enter and Cmd+Enter only where the console uses them', () => {
    expect(sendKeyOf(key({ ctrlKey: true }), ['Ctrl+Enter', 'Cmd+Enter'])).toBe('Ctrl+Enter');
    expect(sendKeyOf(key({ metaKey: true }), ['Ctrl+Enter', 'Cmd+Enter'])).toBe('Cmd+Enter');
    expect(sendKeyOf(key({}), ['Ctrl+Enter'])).toBeUndefined();
    expect(sendKeyOf(key({ ctrlKey: true }), ['Enter'])).toBeUndefined();
  });

  it('Alt+Shift+R opens the review: by physical key (a Mac types "‰"), never mid-composition or with Ctrl', () => {
    expect(isReviewKey({ ...key({ key: 'R', altKey: true, shiftKey: true }), code: 'KeyR' })).toBe(true);
    expect(isReviewKey({ ...key({ key: '‰', altKey: true, shiftKey: true }), code: 'KeyR' })).toBe(true);
    expect(isReviewKey(key({ key: 'r', altKey: true, shiftKey: false }))).toBe(false);
    expect(isReviewKey(key({ key: 'R', altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isReviewKey(key({ key: 'R', altKey: true, shiftKey: true, isComposing: true }))).toBe(false);
    expect(isReviewKey({ ...key({ key: 'T', altKey: true, shiftKey: true }), code: 'KeyT' })).toBe(false);
  });
});
