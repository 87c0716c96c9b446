/**
 * The class wall's bins: every run counted once, in bins of a round width,
 * one bin per value while the values are few integers, and the median's bin marked.
 */
import { describe, expect, it } from 'vitest';
import { histogram, median, niceStep } from './histogram.js';

const plain = (value: number) => String(value);

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeUndefined();
    expect(median([3])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('niceStep', () => {
  it('rounds a raw width up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(1.1)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(37)).toBe(50);
    expect(niceStep(100)).toBe(100);
  });
});

describe('histogram', () => {
  it('gives few integers one bin each, gaps included, and marks the median', () => {
    const bins = histogram([0, 2, 2, 3], { integer: true, format: plain });
    expect(bins.map((bin) => [bin.label, bin.count])).toEqual([
      ['0', 1],
      ['1', 0],
      ['2', 2],
      ['3', 1],
    ]);
    expect(bins.filter((bin) => bin.hasMedian).map((bin) => bin.label)).toEqual(['2']);
  });

  it('groups spread integers into round ranges that count every run once', () => {
    const values = [0, 5, 17, 180, 240, 999];
    const bins = histogram(values, { integer: true, maxBins: 10, format: plain });
    expect(bins.length).toBeLessThanOrEqual(10);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(values.length);
    expect(bins[0]?.label).toBe('0–99');
    expect(bins.at(-1)?.label).toBe('900–999');
  });

  it('bins ratios with a round width and labels them as ranges', () => {
    const bins = histogram([1.2, 1.9, 2.4, 2.6, 6.1], { integer: false, maxBins: 6, format: (value) => value.toFixed(1) });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5);
    expect(bins[0]?.label).toBe('1.0–2.0');
    expect(bins.find((bin) => bin.hasMedian)?.label).toBe('2.0–3.0');
    // The top value falls inside the last bin, not past it.
    expect(bins.at(-1)?.count).toBe(1);
  });

  it('handles one value and no values', () => {
    expect(histogram([], { integer: true, format: plain })).toEqual([]);
    expect(histogram([1.5], { integer: false, format: (value) => value.toFixed(1) }).map((bin) => bin.count)).toEqual([1]);
  });
});
