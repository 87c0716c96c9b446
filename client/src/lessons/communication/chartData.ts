/**
 * The communication result as chart rows: one per channel, latency (median,
 * p99) and throughput, marked thread or process. Pure.
 */
import type { CommunicationResult } from '../../../../shared/results/communication.js';

export type ChannelRow = {
  channel: string;
  between: 'threads' | 'processes';
  medianUs: number;
  p99Us: number;
  mbps: number;
  /** Index in the chart, so p99 marks sit on their channel's bar. */
  position: number;
};

export function channelRows(result: CommunicationResult): ChannelRow[] {
  return result.channels
    .filter((entry) => entry.latencyMedianUs > 0)
    .map((entry, position) => ({
      channel: entry.channel,
      between: entry.between,
      medianUs: entry.latencyMedianUs,
      p99Us: Math.max(entry.latencyP99Us, entry.latencyMedianUs),
      mbps: entry.throughputMBps,
      position,
    }));
}

/** Channels cut short to stay within the time limit. */
export function cutChannels(result: CommunicationResult): string[] {
  return result.channels.filter((entry) => entry.cutForTime).map((entry) => entry.channel);
}
