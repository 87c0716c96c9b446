import { describe, expect, it } from 'vitest';
import { blocksOfShare, countPrimesIn, countPrimesShare } from './primes.js';

/** The divisions trial division does on [from, to): the work, as the CPU sees it. */
function divisionsIn(from: number, to: number): number {
  let divisions = 0;
  for (let candidate = Math.max(3, from | 1); candidate < to; candidate += 2) {
    for (let divisor = 3; divisor * divisor <= candidate; divisor += 2) {
      divisions += 1;
      if (candidate % divisor === 0) break;
    }
  }
  return divisions;
}

describe('prime count shares', () => {
  it('counts the primes below a bound', () => {
    expect(countPrimesShare(10, 1, 0)).toBe(4);
    expect(countPrimesShare(100_000, 1, 0)).toBe(9592);
    expect(countPrimesShare(2, 1, 0)).toBe(0);
    expect(countPrimesShare(3, 1, 0)).toBe(1);
    expect(countPrimesIn(0, 30)).toBe(10);
    expect(countPrimesIn(10, 30)).toBe(6);
  });

  it('splits into shares that add up to the whole, for any number of units', () => {
    for (const limit of [10_000, 100_000, 123_457]) {
      const whole = countPrimesShare(limit, 1, 0);
      for (const units of [2, 3, 4, 5, 6, 7, 8]) {
        const shares = Array.from({ length: units }, (_, unit) => countPrimesShare(limit, units, unit));
        expect(shares.reduce((sum, share) => sum + share, 0)).toBe(whole);
      }
    }
  });

  it('covers the range exactly once', () => {
    for (const units of [1, 3, 8]) {
      const blocks = Array.from({ length: units }, (_, unit) => blocksOfShare(50_001, units, unit)).flat();
      blocks.sort((a, b) => a[0] - b[0]);
      expect(blocks[0]?.[0]).toBe(0);
      expect(blocks.at(-1)?.[1]).toBe(50_001);
      for (let index = 1; index < blocks.length; index += 1) expect(blocks[index]?.[0]).toBe(blocks[index - 1]?.[1]);
    }
  });

  it('gives every unit about the same work, also when units shares a factor with small primes', () => {
    for (const units of [2, 3, 4, 5, 6, 7, 8]) {
      const work = Array.from({ length: units }, (_, unit) =>
        blocksOfShare(1_000_000, units, unit).reduce((sum, [from, to]) => sum + divisionsIn(from, to), 0),
      );
      expect(Math.max(...work) / Math.min(...work), `${units} units: ${work.join(', ')}`).toBeLessThan(1.05);
    }
  });
});
