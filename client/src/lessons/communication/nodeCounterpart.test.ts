import { describe, expect, it } from 'vitest';
import type { ChannelResult } from '../../../../shared/results/communication.js';
import { nodeCounterpart } from './nodeCounterpart.js';

function channel(name: string, medianUs: number): ChannelResult {
  return {
    channel: name,
    between: name === 'sab-wait' ? 'threads' : 'processes',
    copies: name === 'sab-wait' ? 'none' : 'kernel',
    roundTrips: 100,
    latencyMedianUs: medianUs,
    latencyP99Us: medianUs * 2,
    latencySamplesUs: [],
    throughputMBps: 1,
    messagesPerSecond: 1,
    cutForTime: false,
  };
}

describe('nodeCounterpart', () => {
  const measured = [channel('pipe', 44), channel('sab-wait', 12), channel('tcp', 60)];

  it('pairs a C pipe with Node’s pipe and C’s futex with sab-wait, with Node ÷ C', () => {
    expect(nodeCounterpart(measured, 'pipe', 11)).toEqual({ channel: 'pipe', medianUs: 44, nodeOverC: 4 });
    expect(nodeCounterpart(measured, 'shm-futex', 6)).toEqual({ channel: 'sab-wait', medianUs: 12, nodeOverC: 2 });
  });

  it('has nothing to say when Node’s channel was not run, or C measured nothing', () => {
    expect(nodeCounterpart([channel('tcp', 60)], 'pipe', 11)).toBeUndefined();
    expect(nodeCounterpart(measured, 'pipe', 0)).toBeUndefined();
  });
});
