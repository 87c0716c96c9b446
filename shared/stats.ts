/**
 * Distribution summaries for measured samples. Races and timings vary run to
 * run, so the lab reports medians and tails, never a lone mean.
 */

/** The q-quantile (0..1) of samples, by linear interpolation between order statistics. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export type Summary = { count: number; min: number; median: number; p99: number; max: number };

export function summarize(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    min: samples.length ? Math.min(...samples) : Number.NaN,
    median: median(samples),
    p99: quantile(samples, 0.99),
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** At most `limit` samples, evenly spaced, for charts that must show every run without drawing 100,000 dots. */
export function downsample<T>(samples: readonly T[], limit: number): T[] {
  if (samples.length <= limit) return [...samples];
  const step = samples.length / limit;
  return Array.from({ length: limit }, (_, index) => samples[Math.floor(index * step)] as T);
}
