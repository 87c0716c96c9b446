import { describe, expect, it } from 'vitest';
import type { LabEvent } from './protocol.js';
import { toTraceEvents } from './traceExport.js';

const log: LabEvent[] = [
  { run: 'r', seq: 0, t: 0, kind: 'actor.started', actor: 'host', type: 'process', pid: 100, tid: 100, label: 'lab host' },
  { run: 'r', seq: 1, t: 1000, kind: 'actor.started', actor: 'thread-1', type: 'thread', pid: 100, tid: 101, parent: 'host', label: 'thread 1' },
  { run: 'r', seq: 2, t: 2000, kind: 'message.sent', actor: 'host', peer: 'thread-1', channel: 'postMessage', bytes: 64, msg: 'm1' },
  { run: 'r', seq: 3, t: 5000, kind: 'message.received', actor: 'thread-1', peer: 'host', channel: 'postMessage', bytes: 64, msg: 'm1' },
  { run: 'r', seq: 4, t: 6000, kind: 'memory.write', actor: 'thread-1', space: 100, cell: 'x', value: 1 },
  { run: 'r', seq: 5, t: 7000, kind: 'actor.exited', actor: 'thread-1', code: 0, signal: null, reason: 'finished' },
  { run: 'r', seq: 6, t: 8000, kind: 'actor.exited', actor: 'host', code: 0, signal: null, reason: 'finished' },
  { run: 'r', seq: 7, t: 8000, kind: 'run.finished', result: {} },
];

describe('trace export', () => {
  const trace = toTraceEvents(log).traceEvents;

  it('names each process and thread track with its real pid and tid', () => {
    expect(trace).toContainEqual(expect.objectContaining({ ph: 'M', name: 'process_name', pid: 100 }));
    expect(trace).toContainEqual(expect.objectContaining({ ph: 'M', name: 'thread_name', pid: 100, tid: 101 }));
  });

  it('draws each actor as a slice from start to exit, in microseconds', () => {
    expect(trace).toContainEqual(expect.objectContaining({ ph: 'X', name: 'thread 1', pid: 100, tid: 101, ts: 1, dur: 6 }));
  });

  it('pairs a message into a flow from sender to receiver', () => {
    const flow = trace.filter((event) => event.cat === 'message');
    expect(flow.map((event) => [event.ph, event.tid, event.id])).toEqual([
      ['s', 100, 'm1'],
      ['f', 101, 'm1'],
    ]);
  });

  it('is JSON that round-trips', () => {
    expect(JSON.parse(JSON.stringify(toTraceEvents(log)))).toMatchObject({ displayTimeUnit: 'ms' });
  });
});
