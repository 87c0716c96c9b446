/**
 * Bins for the class wall's histograms, pure: one figure per run goes in,
 * bars of a round width come out (each run counted once), with the bin
 * that holds the median marked so the chart can say where the middle is.
 */

export type Bin = {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge (the last bin also holds its upper edge). */
  to: number;
  label: string;
  count: number;
  hasMedian: boolean;
};

type HistogramOptions = {
  /** Integer figures (counts): bins never split a whole number, and few values get one bin each. */
  integer: boolean;
  /** At most this many bars (default 10: readable on a phone and across a room). */
  maxBins?: number;
  /** How an edge is written, in the reader's language. */
  format(value: number): string;
};

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const step = factor * power;
    // A little tolerance: 0.1 × 3 is 0.30000000000000004.
    if (step >= raw * (1 - 1e-9)) return step;
  }
  return 10 * power;
}

export function histogram(values: readonly number[], options: HistogramOptions): Bin[] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [];
  const maxBins = Math.max(1, options.maxBins ?? 10);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const middle = median(finite) ?? min;
  const { format } = options;

  let step: number;
  let first: number;
  if (options.integer) {
    const span = Math.floor(max) - Math.floor(min) + 1;
    step = span <= maxBins ? 1 : Math.max(1, Math.ceil(niceStep(span / maxBins)));
    first = Math.floor(min / step) * step;
  } else if (max === min) {
    return [{ from: min, to: max, label: format(min), count: finite.length, hasMedian: true }];
  } else {
    step = niceStep((max - min) / maxBins);
    first = Math.floor(min / step) * step;
  }
  // Enough bins to reach the top value; the top value may sit on the last edge.
  let binCount = Math.floor((max - first) / step) + 1;
  if (!options.integer && Math.abs(first + (binCount - 1) * step - max) < step * 1e-9 && binCount > 1) binCount -= 1;

  const bins: Bin[] = [];
  for (let index = 0; index < binCount; index += 1) {
    const from = first + index * step;
    const to = from + step;
    const label = options.integer ? (step === 1 ? format(from) : `${format(from)}–${format(to - 1)}`) : `${format(from)}–${format(to)}`;
    bins.push({ from, to, label, count: 0, hasMedian: false });
  }
  const binOf = (value: number) => Math.min(binCount - 1, Math.max(0, Math.floor((value - first) / step + 1e-9)));
  for (const value of finite) {
    const bin = bins[binOf(value)];
    if (bin) bin.count += 1;
  }
  const medianBin = bins[binOf(middle)];
  if (medianBin) medianBin.hasMedian = true;
  return bins;
}
