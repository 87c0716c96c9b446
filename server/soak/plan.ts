/**
 * Which runs a soak makes: every lesson in turn with small parameters, and a
 * crash run (each fault in turn) for at least 30% of them when the crash
 * lesson exists. The backend lesson's run is a crash too (a SIGSEGV in one
 * worker of each server). When the C engine is built, every other memory and
 * crash run uses it. Pure, so the mix can be checked without running anything.
 */
import type { ParamValues } from '../../shared/experiments.js';

export type SoakStep = { experiment: string; params: ParamValues; expect: 'finished' };

const quickParams: Record<string, ParamValues> = {
  memory: { processes: 2, threads: 2, increments: 5 },
  creation: { units: 2, repeats: 1 },
  communication: { roundTrips: 10, channels: ['postMessage', 'pipe'] },
  race: { mode: 'measure', threads: 2, increments: 1000, repeats: 1 },
  parallelism: { maxWorkers: 1, primesBelow: 10_000 },
  backend: { workers: 2, requests: 60, concurrency: 4, fault: 'sigsegv' },
};

/** Lessons with a "Node | native (C)" switch. */
const withEngine = new Set(['memory', 'crash']);

const processFaults = ['exception', 'sigsegv', 'sigabrt', 'oom'];
const threadFaults = ['sigsegv', 'exception', 'corruption'];

export function soakPlan(available: readonly string[], total: number, options: { native: boolean } = { native: false }): SoakStep[] {
  const plain = available.filter((id) => id in quickParams);
  const withCrash = available.includes('crash');
  const steps: SoakStep[] = [];
  const seen = new Map<string, number>();
  /** Every other run of a lesson with an engine switch uses the C engine, when there is one. */
  const engineFor = (experiment: string): ParamValues => {
    const count = seen.get(experiment) ?? 0;
    seen.set(experiment, count + 1);
    return options.native && withEngine.has(experiment) ? { engine: count % 2 === 1 ? 'native' : 'node' } : {};
  };
  // Plain runs take turns by their own count: indexing by the run's number skipped lessons whenever
  // their count shared a factor with the crash cycle (6 lessons: memory and race never ran).
  let plainRuns = 0;
  for (let index = 0; index < total; index += 1) {
    if (withCrash && index % 3 === 0) {
      const round = index / 3;
      steps.push({
        experiment: 'crash',
        params: {
          processes: 2,
          threads: 2,
          processFault: processFaults[round % processFaults.length] as string,
          threadFault: threadFaults[round % threadFaults.length] as string,
          ...engineFor('crash'),
        },
        expect: 'finished',
      });
      continue;
    }
    const experiment = plain[plainRuns++ % plain.length] as string;
    steps.push({ experiment, params: { ...(quickParams[experiment] as ParamValues), ...engineFor(experiment) }, expect: 'finished' });
  }
  return steps;
}
