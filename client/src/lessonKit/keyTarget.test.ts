import { describe, expect, it } from 'vitest';
import { targetOwnsKey } from './keyTarget.js';

const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as EventTarget;

describe('targetOwnsKey: the focused element uses the key itself', () => {
  it('text fields, selects and editable content use every key', () => {
    for (const target of [element('INPUT', { type: 'text' }), element('INPUT', { type: 'number' }), element('TEXTAREA'), element('SELECT'), element('DIV', { isContentEditable: true })]) {
      for (const key of ['1', 'r', ' ', 'ArrowRight']) expect(targetOwnsKey(target, key)).toBe(true);
    }
  });

  it('a slider uses its arrows only; a radio group its arrows and Space', () => {
    const slider = element('INPUT', { type: 'range' });
    expect(targetOwnsKey(slider, 'ArrowRight')).toBe(true);
    expect(targetOwnsKey(slider, ' ')).toBe(false);
    expect(targetOwnsKey(slider, '3')).toBe(false);
    const radio = element('INPUT', { type: 'radio' });
    expect(targetOwnsKey(radio, 'ArrowLeft')).toBe(true);
    expect(targetOwnsKey(radio, 'p')).toBe(false);
  });

  it('buttons, checkboxes and links use Space and Enter only', () => {
    for (const target of [element('BUTTON'), element('INPUT', { type: 'checkbox' }), element('A', { hasAttribute: (name: string) => name === 'href' })]) {
      expect(targetOwnsKey(target, ' ')).toBe(true);
      expect(targetOwnsKey(target, 'Enter')).toBe(true);
      expect(targetOwnsKey(target, 'ArrowRight')).toBe(false);
      expect(targetOwnsKey(target, '2')).toBe(false);
    }
  });

  it('the page itself uses no key', () => {
    expect(targetOwnsKey(element('BODY'), ' ')).toBe(false);
    expect(targetOwnsKey(null, ' ')).toBe(false);
  });
});
