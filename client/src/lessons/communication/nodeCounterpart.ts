/**
 * Which of Node's channels, measured in the same run, does the same job as
 * a C channel: a pipe is a pipe; C's shared memory woken by a futex is
 * sab-wait (Atomics.wait sleeps on a futex too). Node's figure ÷ C's is what
 * the runtime adds. Pure.
 */
import type { ChannelResult } from '../../../../shared/results/communication.js';

export type NativeChannel = 'pipe' | 'shm-futex';

const counterpartOf: Record<NativeChannel, string> = { pipe: 'pipe', 'shm-futex': 'sab-wait' };

export function nodeCounterpart(
  nodeChannels: readonly ChannelResult[],
  nativeChannel: NativeChannel,
  nativeMedianUs: number,
): { channel: string; medianUs: number; nodeOverC: number } | undefined {
  const node = nodeChannels.find((entry) => entry.channel === counterpartOf[nativeChannel]);
  if (!node || !(nativeMedianUs > 0)) return undefined;
  return { channel: node.channel, medianUs: node.latencyMedianUs, nodeOverC: node.latencyMedianUs / nativeMedianUs };
}
