import { describe, expect, it } from 'vitest';
import { channelRows, cutChannels } from './chartData.js';
import { fixtureResult } from './fixtures.js';

describe('communication chart data', () => {
  it('has one row per channel in the run’s order, with its median, p99 and throughput', () => {
    const rows = channelRows(fixtureResult(['postMessage', 'sab-spin', 'tcp']));
    expect(rows.map((row) => [row.channel, row.between, row.medianUs, row.p99Us, row.mbps, row.position])).toEqual([
      ['postMessage', 'threads', 19.09, 40.68, 2214, 0],
      ['sab-spin', 'threads', 0.35, 0.53, 4901, 1],
      ['tcp', 'processes', 32.5, 119, 1103, 2],
    ]);
  });

  it('names the channels cut for time', () => {
    const result = fixtureResult(['pipe', 'tcp']);
    const cut = { ...result, channels: result.channels.map((entry) => ({ ...entry, cutForTime: entry.channel === 'tcp' })) };
    expect(cutChannels(cut)).toEqual(['tcp']);
  });
});
