/**
 * Which runs a soak makes: every lesson in turn with small parameters, and a
 * crash run (each fault in turn) for at least 30% of them when the crash
 * lesson exists. Pure, so the mix can be checked without running anything.
 */
import type { ParamValues } from '../../shared/experiments.js';

export type SoakStep = { experiment: string; params: ParamValues; expect: 'finished' };

const quickParams: Record<string, ParamValues> = {
  memory: { processes: 2, threads: 2, increments: 5 },
  creation: { units: 2, repeats: 1 },
  communication: { roundTrips: 10, channels: ['postMessage', 'pipe'] },
  race: { mode: 'measure', threads: 2, increments: 1000, repeats: 1 },
  parallelism: { maxWorkers: 1, primesBelow: 10_000 },
};

const processFaults = ['exception', 'sigsegv', 'sigabrt', 'oom'];
const threadFaults = ['sigsegv', 'exception', 'corruption'];

export function soakPlan(available: readonly string[], total: number): SoakStep[] {
  const plain = available.filter((id) => id in quickParams);
  const withCrash = available.includes('crash');
  const steps: SoakStep[] = [];
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
        },
        expect: 'finished',
      });
      continue;
    }
    const experiment = plain[index % plain.length] as string;
    steps.push({ experiment, params: quickParams[experiment] as ParamValues, expect: 'finished' });
  }
  return steps;
}
