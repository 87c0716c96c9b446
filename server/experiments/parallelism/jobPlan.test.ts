import { describe, expect, it } from 'vitest';
import { planJob, runCostInBaselines, SMALLEST_LIMIT } from './jobPlan.js';

describe('job plan', () => {
  it('counts the baseline once and each split twice, no faster than the cores allow', () => {
    expect(runCostInBaselines(1, 2)).toBe(3);
    // 1 + 2·(1 + 1/2 + 1/2 + 1/2)
    expect(runCostInBaselines(4, 2)).toBe(6);
    expect(runCostInBaselines(2, 8)).toBe(1 + 2 + 1);
  });

  it('keeps the requested job when it fits', () => {
    const plan = planJob({ requestedLimit: 8_000_000, maxWorkers: 4, cores: 2, estimatedBaselineMs: 1000, budgetMs: 18_000 });
    expect(plan).toEqual({ limit: 8_000_000, scaledDown: false, estimatedTotalMs: 6000 });
  });

  it('shrinks the job by the 2/3 power of the time it is over', () => {
    // 8 times over budget: the limit shrinks 4 times.
    const plan = planJob({ requestedLimit: 20_000_000, maxWorkers: 4, cores: 2, estimatedBaselineMs: 24_000, budgetMs: 18_000 });
    expect(plan.scaledDown).toBe(true);
    expect(plan.limit).toBe(5_000_000);
  });

  it('never goes below the smallest job', () => {
    const plan = planJob({ requestedLimit: 20_000_000, maxWorkers: 8, cores: 1, estimatedBaselineMs: 1e9, budgetMs: 1 });
    expect(plan.limit).toBe(SMALLEST_LIMIT);
  });
});
