/**
 * The creation lesson's native figures: the C program (server/native/
 * creation.c) times fork() and pthread_create() the same way Node's units
 * are timed (request → first sign of life; → ended), so the lesson can show
 * what the runtime adds. Run after Node's rounds, in the same run.
 */
import type { NativeCreation } from '../../../shared/results/creation.js';
import { median, quantile } from '../../../shared/stats.js';
import { startNativeActor } from '../../lab/nativeActor.js';
import { nativeAvailability } from '../../lab/nativeEngine.js';
import type { LabContext } from '../types.js';

const toUs = (ns: readonly number[]): number[] => ns.map((value) => value / 1000);

export async function measureNativeCreation(context: LabContext, units: number, rounds: number): Promise<NativeCreation> {
  const availability = nativeAvailability();
  if (!availability.available) return availability;
  const program = startNativeActor(context.bus, {
    actor: 'native',
    lesson: 'creation',
    parent: context.hostActor,
    startNs: context.startNs,
    args: [String(units), String(Math.max(1, Math.min(20, rounds)))],
  });
  const exit = await program.exited;
  if (exit.code !== 0 || program.creationRounds.length === 0) {
    return { available: false, reason: `the native program failed (code ${exit.code}, signal ${exit.signal}) ${program.stderrTail()}`.trim().slice(0, 300) };
  }
  const forkReadyUs = toUs(program.creationRounds.flatMap((round) => round.forkReadyNs));
  const forkTotalUs = toUs(program.creationRounds.flatMap((round) => round.forkTotalNs));
  const threadReadyUs = toUs(program.creationRounds.flatMap((round) => round.threadReadyNs));
  const threadTotalUs = toUs(program.creationRounds.flatMap((round) => round.threadTotalNs));
  return {
    available: true,
    forkReadyUs,
    forkReadyMedianUs: median(forkReadyUs),
    forkReadyP99Us: quantile(forkReadyUs, 0.99),
    forkTotalMedianUs: median(forkTotalUs),
    threadReadyUs,
    threadReadyMedianUs: median(threadReadyUs),
    threadReadyP99Us: quantile(threadReadyUs, 0.99),
    threadTotalMedianUs: median(threadTotalUs),
  };
}
