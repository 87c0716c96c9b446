import { describe, expect, it } from 'vitest';
import { downsample, median, quantile, summarize } from './stats.js';

describe('stats', () => {
  it('computes medians of odd and even counts and interpolated quantiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([0, 10], 0.99)).toBeCloseTo(9.9);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('summarizes without reordering the caller’s samples', () => {
    const samples = [5, 1, 9];
    expect(summarize(samples)).toEqual({ count: 3, min: 1, median: 5, p99: expect.closeTo(8.92, 2), max: 9 });
    expect(samples).toEqual([5, 1, 9]);
  });

  it('downsamples evenly and keeps short arrays whole', () => {
    expect(downsample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(downsample(Array.from({ length: 100 }, (_, index) => index), 4)).toEqual([0, 25, 50, 75]);
  });
});
