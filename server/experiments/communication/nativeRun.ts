/**
 * The communication lesson's native figures: the C program (server/native/
 * communication.c) measures a round trip between two processes over a pipe
 * and through shared memory with a futex, with the run's message size, so
 * the lesson can show Node's channels beside what the kernel alone costs.
 */
import type { NativeCommunication } from '../../../shared/results/communication.js';
import { startNativeActor } from '../../lab/nativeActor.js';
import { nativeAvailability } from '../../lab/nativeEngine.js';
import type { LabContext } from '../types.js';

export async function measureNativeCommunication(context: LabContext, messageBytes: number, roundTrips: number): Promise<NativeCommunication> {
  const availability = nativeAvailability();
  if (!availability.available) return availability;
  const program = startNativeActor(context.bus, {
    actor: 'native',
    lesson: 'communication',
    parent: context.hostActor,
    startNs: context.startNs,
    args: [String(messageBytes), String(roundTrips)],
  });
  const exit = await program.exited;
  if (exit.code !== 0 || program.communicationChannels.length === 0) {
    return { available: false, reason: `the native program failed (code ${exit.code}, signal ${exit.signal}) ${program.stderrTail()}`.trim().slice(0, 300) };
  }
  return {
    available: true,
    channels: program.communicationChannels.map((line) => ({
      channel: line.channel,
      roundTrips: line.roundTrips,
      latencyMedianUs: line.medianNs / 1000,
      latencyP99Us: line.p99Ns / 1000,
      cutForTime: line.cutForTime,
    })),
  };
}
