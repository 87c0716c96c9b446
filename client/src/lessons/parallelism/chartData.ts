/**
 * The parallelism result turned into chart data: speedup per N for threads
 * and processes with the ideal line, and each configuration's per-unit CPU
 * time with its wall-clock time. Pure, so what the charts show is tested.
 */
import type { ParallelismResult } from '../../../../shared/results/parallelism.js';

export type SpeedupPoint = { n: number; threads: number | null; processes: number | null; ideal: number };

/** One point per N (null where a side was cut for time). */
export function speedupPoints(result: ParallelismResult): SpeedupPoint[] {
  const ns = [...new Set([...result.threads, ...result.processes].map((entry) => entry.n))].sort((a, b) => a - b);
  return ns.map((n) => ({
    n,
    threads: result.threads.find((entry) => entry.n === n)?.speedup ?? null,
    processes: result.processes.find((entry) => entry.n === n)?.speedup ?? null,
    ideal: n,
  }));
}

export type CpuBar = {
  key: string;
  kind: 'baseline' | 'threads' | 'processes';
  n: number;
  wallMs: number;
  /** unit1, unit2, …: one unit's CPU ms each (stacked in the chart). */
  units: number[];
  totalCpuMs: number;
};

/** The baseline, then threads and processes for each N, in the order they ran. */
export function cpuBars(result: ParallelismResult): CpuBar[] {
  // The baseline's CPU time when the run has it (older runs do not: then only its clock time is drawn).
  const baselineCpu = result.baselineCpuMs !== undefined && Number.isFinite(result.baselineCpuMs) ? [result.baselineCpuMs] : [];
  const bars: CpuBar[] = [{ key: 'baseline', kind: 'baseline', n: 1, wallMs: result.baselineMs, units: baselineCpu, totalCpuMs: baselineCpu[0] ?? Number.NaN }];
  const ns = [...new Set([...result.threads, ...result.processes].map((entry) => entry.n))].sort((a, b) => a - b);
  for (const n of ns) {
    for (const kind of ['threads', 'processes'] as const) {
      const entry = result[kind].find((item) => item.n === n);
      if (entry) bars.push({ key: `${kind}-${n}`, kind, n, wallMs: entry.wallMs, units: entry.cpuMsPerUnit, totalCpuMs: entry.cpuMsPerUnit.reduce((sum, value) => sum + value, 0) });
    }
  }
  return bars;
}

/** The most units in any configuration: how many stacked series the CPU chart needs. */
export function maxUnits(bars: readonly CpuBar[]): number {
  return Math.max(1, ...bars.map((bar) => bar.units.length));
}

/** Upper end of the speedup axis: room for the ideal line up to the largest N and for every measured point. */
export function speedupAxisMax(points: readonly SpeedupPoint[], cores: number): number {
  const values = points.flatMap((point) => [point.ideal, point.threads ?? 0, point.processes ?? 0]);
  return Math.ceil(Math.max(cores, ...values) + 0.25);
}
