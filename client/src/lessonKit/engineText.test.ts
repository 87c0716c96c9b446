import { describe, expect, it } from 'vitest';
import { engineText } from './engineText.js';

const sample = (value: unknown): string => (typeof value === 'function' ? String((value as (argument: object) => unknown)({ reason: '«reason»' })) : String(value));

describe('engine switch text', () => {
  it('has every English key in Portuguese, none empty, placeholders kept', () => {
    expect(Object.keys(engineText['pt-BR'])).toEqual(Object.keys(engineText.en));
    for (const [key, value] of Object.entries(engineText['pt-BR'])) {
      const english = sample(engineText.en[key as keyof typeof engineText.en]);
      expect(sample(value).trim(), key).not.toBe('');
      expect(sample(value).includes('«reason»'), key).toBe(english.includes('«reason»'));
    }
  });
});
