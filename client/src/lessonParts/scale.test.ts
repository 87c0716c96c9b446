import { describe, expect, it } from 'vitest';
import { decadeTicks, logDomain, logTicks, niceCeiling, rulerTicks } from './scale.js';

describe('scale', () => {
  it('rounds a scale up to a nice number', () => {
    expect(niceCeiling(676)).toBe(800);
    expect(niceCeiling(1000)).toBe(1000);
    expect(niceCeiling(0.034)).toBe(0.04);
  });

  it('puts round ticks from 0 to the scale', () => {
    expect(rulerTicks(800)).toEqual([0, 200, 400, 600, 800]);
    expect(rulerTicks(1200)).toEqual([0, 250, 500, 750, 1000]);
  });

  it('spans whole decades on a log axis, with fewer ticks over a wide range', () => {
    expect(logDomain([0.35, 46.9])).toEqual([0.1, 100]);
    expect(logTicks([1, 100])).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks([0.1, 1000])).toEqual([0.1, 1, 10, 100, 1000]);
    expect(decadeTicks([0.01, 10])).toEqual([0.01, 0.1, 1, 10]);
  });
});
