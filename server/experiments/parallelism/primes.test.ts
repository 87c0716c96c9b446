import { describe, expect, it } from 'vitest';
import { countPrimesShare } from './primes.js';

describe('prime count shares', () => {
  it('counts the primes below a bound', () => {
    expect(countPrimesShare(10, 1, 0)).toBe(4);
    expect(countPrimesShare(100_000, 1, 0)).toBe(9592);
    expect(countPrimesShare(2, 1, 0)).toBe(0);
  });

  it('splits into shares that add up to the whole, for any number of units', () => {
    for (const units of [2, 3, 4, 7, 8]) {
      const shares = Array.from({ length: units }, (_, unit) => countPrimesShare(100_000, units, unit));
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(9592);
    }
  });
});
