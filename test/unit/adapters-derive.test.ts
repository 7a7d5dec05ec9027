import { describe, expect, it } from 'vitest';
import { deriveMessageSelectors, isStableClass, simpleSelector, uniqueSelector, type NodeInfo } from '../../lib/adapters/derive';

const n = (tag: string, classes: string[] = [], extra: Partial<NodeInfo> = {}): NodeInfo => ({ tag, classes, attrs: {}, ...extra });

describe('selector derivation', () => {
  it('skips generated and state classes', () => {
    expect(isStableClass('rich-editor')).toBe(true);
    expect(isStableClass('css-1x2y3z')).toBe(false);
    expect(isStableClass('Editor_box__a8F3k')).toBe(false);
    expect(isStableClass('active')).toBe(false);
    expect(isStableClass('is-focused')).toBe(false);
    expect(isStableClass('msg-3f9a2c1b')).toBe(false);
  });

  it('prefers a stable id, else tag with classes and the contenteditable marker', () => {
    expect(simpleSelector(n('TEXTAREA', ['x'], { id: 'draft' }))).toBe('#draft');
    expect(simpleSelector(n('DIV', ['rich-editor', 'focused'], { id: 'react-select-123', attrs: { contenteditable: 'true' } }))).toBe(
      'div.rich-editor[contenteditable]',
    );
  });

  it('scopes by ancestors until the selector is unique', () => {
    const path = [n('body'), n('div', ['composer']), n('button', ['btn-primary'])];
    const counts: Record<string, number> = { 'button.btn-primary': 3, 'div.composer button.btn-primary': 1 };
    expect(uniqueSelector(path, (s) => counts[s] ?? 0)).toBe('div.composer button.btn-primary');
    expect(uniqueSelector(path, (s) => (s === 'button.btn-primary' ? 1 : 0))).toBe('button.btn-primary');
  });

  it('derives message item, patient marker and text from one patient and one doctor message', () => {
    const thread = [n('html'), n('body'), n('ul', ['conv-list'])];
    const patient = [...thread, n('li', ['row', 'left']), n('p', ['content'])];
    const doctor = [...thread, n('li', ['row', 'right']), n('p', ['content'])];
    expect(deriveMessageSelectors(patient, doctor, 3)).toEqual({
      message: 'ul.conv-list > li.row',
      patientMessage: '.left',
      messageText: 'p.content',
    });
  });

  it('falls back to a differing attribute, and names what it cannot do', () => {
    const thread = [n('body'), n('div', ['chat'])];
    const patient = [...thread, n('div', ['bubble'], { attrs: { 'data-from': 'patient' } })];
    const doctor = [...thread, n('div', ['bubble'], { attrs: { 'data-from': 'doctor' } })];
    expect(deriveMessageSelectors(patient, doctor, 2)).toEqual({ message: 'div.chat > div.bubble', patientMessage: '[data-from="patient"]' });
    const twins = [...thread, n('div', ['bubble'])];
    expect(() => deriveMessageSelectors(twins, twins, 2)).toThrow(/cannot tell patient from doctor/);
  });
});
