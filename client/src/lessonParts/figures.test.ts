import { describe, expect, it } from 'vitest';
import { formattersFor } from '../i18n/format.js';
import { decimalsFor, mbFromKb, msFromUs, significant, times, us } from './figures.js';

const en = formattersFor('en');
const pt = formattersFor('pt-BR');

describe('figures', () => {
  it('keeps about three significant digits', () => {
    expect(decimalsFor(0.0123)).toBe(4);
    expect(decimalsFor(1.234)).toBe(2);
    expect(decimalsFor(123.4)).toBe(0);
    expect(significant(en, 159.55)).toBe('160');
    expect(significant(en, 1.4805)).toBe('1.48');
  });

  it('formats times, memory and ratios for each language', () => {
    expect(msFromUs(en, 159_552)).toBe('160');
    expect(msFromUs(pt, 1_480.47)).toBe('1,48');
    expect(us(en, 0.354)).toBe('0.354');
    expect(mbFromKb(en, 7471)).toBe('7.3');
    expect(mbFromKb(pt, 44_020)).toBe('43');
    expect(mbFromKb(en, 512)).toBe('0.5');
    expect(times(en, 1.763)).toBe('1.8');
    expect(times(pt, 1.763)).toBe('1,8');
    expect(times(en, 12.4)).toBe('12');
    // A speedup of 0.04× is not 0×: two significant digits below 0.1.
    expect(times(en, 0.043)).toBe('0.043');
    expect(times(pt, 0.04)).toBe('0,04');
    expect(times(en, 0.64)).toBe('0.6');
  });
});
