/**
 * Which cores a run is given. Two runs at once on a small machine distort
 * each other's timings (creation, round trips, speedups), so each run's whole
 * process group is pinned to cores no other run holds, and a lesson that
 * measures the whole machine (parallelism) runs alone. How many runs go at
 * once follows from that, not from a flat cap. Pure: the run manager holds
 * the state.
 */
import type { ExperimentSpec, ParamValues } from '../../shared/experiments.js';

/**
 * How many cores a run of this lesson, with these parameters, is given on a
 * machine with `machineCores`: 0 for a run paced by a person (it holds none).
 */
export function coresNeeded(spec: Pick<ExperimentSpec, 'cores' | 'pacedWhen'>, machineCores: number, params: ParamValues = {}): number {
  if (spec.pacedWhen && params[spec.pacedWhen.param] === spec.pacedWhen.value) return 0;
  if (spec.cores === 'all') return machineCores;
  return Math.max(1, Math.min(spec.cores, machineCores));
}

/**
 * The lowest-numbered free cores, `need` of them, or undefined when fewer are
 * free. Lowest first, so a run alone on the machine is always "on cores 0–1"
 * and the same lesson lands on the same cores run after run.
 */
export function chooseCores(busy: ReadonlySet<number>, need: number, machineCores: number): number[] | undefined {
  const free: number[] = [];
  for (let core = 0; core < machineCores && free.length < need; core += 1) if (!busy.has(core)) free.push(core);
  return free.length === need ? free : undefined;
}

/** "0–1", "0, 2–3": a sorted core list as ranges, for logs and the lesson's line. */
export function coreRanges(cores: readonly number[]): string {
  const sorted = [...new Set(cores)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && (sorted[end + 1] as number) === (sorted[end] as number) + 1) end += 1;
    parts.push(end === index ? String(sorted[index]) : `${sorted[index]}–${sorted[end]}`);
    index = end + 1;
  }
  return parts.join(', ');
}
