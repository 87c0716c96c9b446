import { describe, expect, it } from 'vitest';
import { chooseCores, coreRanges, coresNeeded } from './corePlan.js';

describe('coresNeeded', () => {
  it('gives a fixed need, capped by the machine, and "all" every core', () => {
    expect(coresNeeded({ cores: 1 }, 2)).toBe(1);
    expect(coresNeeded({ cores: 2 }, 1)).toBe(1);
    expect(coresNeeded({ cores: 'all' }, 8)).toBe(8);
  });
  it('gives none to a run paced by a person', () => {
    const race = { cores: 2, pacedWhen: { param: 'mode', value: 'step' } } as const;
    expect(coresNeeded(race, 2, { mode: 'step' })).toBe(0);
    expect(coresNeeded(race, 2, { mode: 'measure' })).toBe(2);
    expect(chooseCores(new Set([0, 1]), 0, 2)).toEqual([]);
  });
});

describe('chooseCores', () => {
  it('takes the lowest free cores, disjoint from busy ones', () => {
    expect(chooseCores(new Set(), 1, 2)).toEqual([0]);
    expect(chooseCores(new Set([0]), 1, 2)).toEqual([1]);
    expect(chooseCores(new Set([1]), 2, 4)).toEqual([0, 2]);
  });
  it('answers undefined when too few are free: a run that needs every core waits for all', () => {
    expect(chooseCores(new Set([0]), 2, 2)).toBeUndefined();
    expect(chooseCores(new Set([0, 1]), 1, 2)).toBeUndefined();
  });
});

describe('coreRanges', () => {
  it('writes runs of cores as ranges', () => {
    expect(coreRanges([0])).toBe('0');
    expect(coreRanges([1, 0])).toBe('0–1');
    expect(coreRanges([0, 2, 3, 5])).toBe('0, 2–3, 5');
  });
});
