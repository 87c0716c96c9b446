import { describe, expect, it } from 'vitest';
import type { ChannelResult } from '../../../shared/results/communication.js';
import { CHART_SAMPLES, notesFor, toChannelResult, verdictOf, type Channel } from './summary.js';

const measured = (samplesUs: number[], cutForTime = false) => ({
  latency: { samplesUs, cutForTime },
  throughput: { bytes: 2 * 2 ** 20, messages: 1000, seconds: 0.5, cutForTime: false },
});

describe('toChannelResult', () => {
  it('summarizes every sample and keeps at most the chart samples', () => {
    const samples = Array.from({ length: 1001 }, (_, index) => index);
    const result = toChannelResult('pipe', measured(samples));
    expect(result).toMatchObject({ channel: 'pipe', between: 'processes', copies: 'kernel', roundTrips: 1001, latencyMedianUs: 500 });
    expect(result.latencyP99Us).toBeCloseTo(990);
    expect(result.latencySamplesUs.length).toBe(CHART_SAMPLES);
    expect(result.throughputMBps).toBeCloseTo(4);
    expect(result.messagesPerSecond).toBeCloseTo(2000);
  });
  it('says when a loop was cut for time, and has no rate for an empty burst', () => {
    const cut = toChannelResult('sab-wait', { ...measured([1, 2], true), throughput: { bytes: 0, messages: 0, seconds: 0, cutForTime: true } });
    expect(cut.cutForTime).toBe(true);
    expect(cut.throughputMBps).toBe(0);
    expect(cut.between).toBe('threads');
  });
});

describe('verdictOf', () => {
  const row = (channel: Channel, latencyMedianUs: number) => ({ ...toChannelResult(channel, measured([1])), latencyMedianUs }) as ChannelResult;
  it('compares the fastest process channel with postMessage, and postMessage with sab-wait', () => {
    const verdict = verdictOf([row('postMessage', 20), row('sab-wait', 10), row('sab-spin', 0.5), row('ipc-json', 45), row('unix-socket', 30)]);
    expect(verdict).toEqual({ fastestThreadChannel: 'sab-spin', fastestProcessChannel: 'unix-socket', processOverThreadRatio: 1.5, sharedMemorySpeedup: 2 });
  });
  it('leaves out what was not measured', () => {
    expect(verdictOf([row('pipe', 30)])).toEqual({ fastestThreadChannel: null, fastestProcessChannel: 'pipe', processOverThreadRatio: null, sharedMemorySpeedup: null });
  });
});

describe('notesFor', () => {
  it('names only the caveats of the channels that ran', () => {
    expect(notesFor(['pipe'])).toEqual(['stdio-pipes-are-socketpairs']);
    expect(notesFor(['postMessage', 'ipc-json'])).toEqual(['worker-own-heap', 'structured-clone-copies', 'ipc-costs-a-small-multiple']);
    expect(notesFor(['sab-spin'])).toEqual(['worker-own-heap', 'shared-memory-threads-only', 'spin-burns-a-core']);
  });
});
