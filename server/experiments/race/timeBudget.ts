/**
 * How much of a measure run's time each variant may use. Max params
 * (8 threads × 10^7 increments × 20 repeats × 3 variants) would take minutes,
 * so the repeats are bounded by time, and each variant gets an equal share of
 * what is left: otherwise the fast "plain" rounds would eat the budget and the
 * slow lock would get a single round to compare with. Time a fast variant did
 * not need passes on to the slower ones after it.
 */

/** All rounds of all variants together stay near this. */
export const MEASURE_BUDGET_MS = 15_000;
/** A single round that takes longer is stopped where it is (and reported as cut). */
export const ROUND_CAP_MS = 4_000;

export type RoundPlan = {
  /** Repeat about to start, from 1. */
  repeat: number;
  /** Time this variant's rounds have taken so far. */
  spentMs: number;
  /** The longest round of this variant so far (the best guess of the next one's length). */
  longestRoundMs: number;
  /** This variant's share of the budget. */
  shareMs: number;
};

/**
 * Whether the next repeat of a variant may start. The first always does (every
 * variant gets measured at least once); a later one only if, judging by the
 * longest round so far, it would end within the variant's share.
 */
export function mayStartRound(plan: RoundPlan): boolean {
  if (plan.repeat <= 1) return true;
  return plan.spentMs + plan.longestRoundMs <= plan.shareMs;
}

/** The share of the next variant: what is left of the budget, split evenly between the variants still to run. */
export function shareOf(variantsLeft: number, spentMs: number, budgetMs = MEASURE_BUDGET_MS): number {
  return Math.max(0, budgetMs - spentMs) / Math.max(1, variantsLeft);
}
