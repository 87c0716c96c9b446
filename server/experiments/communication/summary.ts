/**
 * From measured loops to the run's result: per-channel distributions, the
 * verdict's figures, and the Node caveats that apply. Pure, so it is tested
 * without starting anything.
 */
import type { ChannelResult, CommunicationResult } from '../../../shared/results/communication.js';
import { channelKinds } from '../../../shared/results/communication.js';
import { downsample, median, quantile } from '../../../shared/stats.js';
import type { Measured } from './channels.js';

export type Channel = keyof typeof channelKinds;

/** Latency samples kept in the result for charts; the median and p99 use every sample. */
export const CHART_SAMPLES = 200;

export function toChannelResult(channel: Channel, measured: Measured): ChannelResult {
  const { latency, throughput } = measured;
  // A burst cut to nothing has no rate rather than a division by zero.
  const perSecond = (amount: number) => (throughput.seconds > 0 ? amount / throughput.seconds : 0);
  return {
    channel,
    ...channelKinds[channel],
    roundTrips: latency.samplesUs.length,
    latencyMedianUs: median(latency.samplesUs),
    latencyP99Us: quantile(latency.samplesUs, 0.99),
    latencySamplesUs: downsample(latency.samplesUs, CHART_SAMPLES),
    throughputMBps: perSecond(throughput.bytes / 2 ** 20),
    messagesPerSecond: perSecond(throughput.messages),
    cutForTime: latency.cutForTime || throughput.cutForTime,
  };
}

export function verdictOf(results: readonly ChannelResult[]): CommunicationResult['verdict'] {
  const fastest = (between: 'threads' | 'processes') =>
    results.filter((entry) => entry.between === between).sort((a, b) => a.latencyMedianUs - b.latencyMedianUs)[0];
  const of = (channel: Channel) => results.find((entry) => entry.channel === channel);
  const fastestProcess = fastest('processes');
  const postMessage = of('postMessage');
  const sabWait = of('sab-wait');
  return {
    fastestThreadChannel: fastest('threads')?.channel ?? null,
    fastestProcessChannel: fastestProcess?.channel ?? null,
    processOverThreadRatio: fastestProcess && postMessage ? fastestProcess.latencyMedianUs / postMessage.latencyMedianUs : null,
    sharedMemorySpeedup: postMessage && sabWait ? postMessage.latencyMedianUs / sabWait.latencyMedianUs : null,
  };
}

/** The Node-vs-textbook caveats that apply to the channels this run measured. */
export function notesFor(channels: readonly Channel[]): string[] {
  const has = (channel: Channel) => channels.includes(channel);
  const threads = channels.some((channel) => channelKinds[channel].between === 'threads');
  const processes = channels.some((channel) => channelKinds[channel].between === 'processes');
  return [
    ...(threads ? ['worker-own-heap'] : []),
    ...(has('postMessage') ? ['structured-clone-copies'] : []),
    // On Node a message between processes costs a small multiple of one between threads, not orders of magnitude.
    ...(threads && processes ? ['ipc-costs-a-small-multiple'] : []),
    // Only threads can share a SharedArrayBuffer; processes would need native shared memory (mmap).
    ...(has('sab-wait') || has('sab-spin') ? ['shared-memory-threads-only'] : []),
    ...(has('pipe') ? ['stdio-pipes-are-socketpairs'] : []),
    ...(has('sab-spin') ? ['spin-burns-a-core'] : []),
  ];
}
