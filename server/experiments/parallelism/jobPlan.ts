/**
 * How big a job the parallelism lesson can afford. The run does the job
 * 1 + 2 × maxWorkers times (baseline, then n threads and n processes for
 * each n); with more units than cores a split takes no less than the job ÷
 * cores. If the requested job would not end within the budget, the job is
 * made smaller (the same for every configuration) and the result says so.
 */

/** Smallest job the lesson runs (the parameter's minimum). */
export const SMALLEST_LIMIT = 10_000;

export type JobPlanInput = {
  requestedLimit: number;
  maxWorkers: number;
  cores: number;
  /** The whole job's time on one thread, estimated from a sample share of it. */
  estimatedBaselineMs: number;
  budgetMs: number;
};

export type JobPlan = { limit: number; scaledDown: boolean; estimatedTotalMs: number };

/** Wall time of all configurations, in units of the baseline: 1 + Σn 2 ÷ min(n, cores). */
export function runCostInBaselines(maxWorkers: number, cores: number): number {
  let cost = 1;
  for (let n = 1; n <= maxWorkers; n += 1) cost += 2 / Math.min(n, Math.max(1, cores));
  return cost;
}

/**
 * The limit to use. Trial division up to L costs about L^1.5 (each of the
 * ~L/ln L primes is tried against every odd number up to its square root), so
 * shrinking the time by a factor f shrinks the limit by f^(2/3).
 */
export function planJob(input: JobPlanInput): JobPlan {
  const estimatedTotalMs = input.estimatedBaselineMs * runCostInBaselines(input.maxWorkers, input.cores);
  if (estimatedTotalMs <= input.budgetMs) return { limit: input.requestedLimit, scaledDown: false, estimatedTotalMs };
  const factor = (input.budgetMs / estimatedTotalMs) ** (2 / 3);
  // Round to a thousand, so the number reads well in the lesson.
  const limit = Math.max(SMALLEST_LIMIT, Math.floor((input.requestedLimit * factor) / 1000) * 1000);
  return { limit, scaledDown: limit < input.requestedLimit, estimatedTotalMs };
}
