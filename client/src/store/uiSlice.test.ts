import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../i18n/dictionary.js';
import { initialLanguage } from './uiSlice.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

describe('language choice', () => {
  it('follows the browser at the first visit', () => {
    expect(detectLanguage(['pt-BR', 'en'])).toBe('pt-BR');
    expect(detectLanguage(['pt-PT'])).toBe('pt-BR');
    expect(detectLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage(['fr'])).toBe('en');
  });

  it('prefers what was remembered, and ignores garbage', () => {
    expect(initialLanguage(memoryStorage({ 'process-thread-lab.language': 'en' }), ['pt-BR'])).toBe('en');
    expect(initialLanguage(memoryStorage({ 'process-thread-lab.language': 'klingon' }), ['pt-BR'])).toBe('pt-BR');
    expect(initialLanguage(undefined, [])).toBe('en');
  });
});
