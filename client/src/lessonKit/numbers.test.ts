import { describe, expect, it } from 'vitest';
import { countInWords, countShort } from './numbers.js';

describe('counts in words', () => {
  it('reads big counts aloud in each language', () => {
    expect(countInWords(1_847_044, 'en')).toBe('1.8 million');
    expect(countInWords(1_847_044, 'pt-BR')).toBe('1,8 milhão');
    expect(countInWords(4_000_000, 'pt-BR')).toBe('4 milhões');
  });

  it('keeps small counts exact', () => {
    expect(countInWords(9_999, 'en')).toBe('9,999');
    expect(countInWords(0, 'pt-BR')).toBe('0');
    expect(countShort(1_234, 'pt-BR')).toBe('1.234');
  });

  it('has a short form for chart labels', () => {
    expect(countShort(2_500_000, 'en')).toBe('2.5M');
    // Intl puts a no-break space between number and unit.
    expect(countShort(2_500_000, 'pt-BR').replace(/\s/g, ' ')).toBe('2,5 mi');
  });
});
