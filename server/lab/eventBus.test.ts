import { afterEach, describe, expect, it } from 'vitest';
import type { LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { monotonicNs } from './clock.js';
import { createEventBus, type EventBus } from './eventBus.js';

let bus: EventBus | undefined;
afterEach(() => bus?.close());

function collect(): { shipped: LabEvent[]; make: () => EventBus } {
  const shipped: LabEvent[] = [];
  return {
    shipped,
    make: () => (bus = createEventBus({ runId: 'run1', startNs: monotonicNs(), ship: (events) => shipped.push(...events) })),
  };
}

const write = (actor: string, t: number, value: number): TimedEventBody => ({ kind: 'memory.write', actor, space: 10, cell: 'x', value, t });

describe('event bus', () => {
  it('releases events in t order with gapless seq, whatever order they arrived in', () => {
    const { shipped, make } = collect();
    const events = make();
    events.accept(write('b', 30, 3));
    events.accept(write('a', 10, 1));
    events.accept(write('c', 20, 2));
    events.flushAll();
    expect(shipped.map((event) => [event.seq, event.t])).toEqual([[0, 10], [1, 20], [2, 30]]);
    expect(shipped.every((event) => event.run === 'run1')).toBe(true);
  });

  it('keeps a receive after its send even when the receive arrives first', () => {
    const { shipped, make } = collect();
    const events = make();
    events.accept({ kind: 'message.received', actor: 'child-1', peer: 'host', channel: 'ipc', bytes: 10, msg: 'm1', t: 200 });
    events.accept({ kind: 'message.sent', actor: 'host', peer: 'child-1', channel: 'ipc', bytes: 10, msg: 'm1', t: 100 });
    events.flushAll();
    expect(shipped.map((event) => event.kind)).toEqual(['message.sent', 'message.received']);
  });

  it('never lets t go backwards for an event that missed the window', () => {
    const { shipped, make } = collect();
    const events = make();
    events.accept(write('a', 500, 1));
    events.flushAll();
    events.accept(write('b', 100, 2));
    events.flushAll();
    expect(shipped.map((event) => event.t)).toEqual([500, 500]);
  });

  it('drops a second actor.exited for the same actor (exactly one exit per actor)', () => {
    const { shipped, make } = collect();
    const events = make();
    events.accept({ kind: 'actor.started', actor: 'p', type: 'process', pid: 5, tid: 5, label: 'p', t: 1 });
    events.accept({ kind: 'actor.exited', actor: 'p', code: 0, signal: null, reason: 'finished', t: 2 });
    events.accept({ kind: 'actor.exited', actor: 'p', code: null, signal: 'SIGKILL', reason: 'again', t: 3 });
    events.flushAll();
    expect(shipped.filter((event) => event.kind === 'actor.exited')).toHaveLength(1);
  });

  it('holds events inside the reorder window until they are old enough', () => {
    const { shipped, make } = collect();
    const events = make();
    events.emit({ kind: 'phase', name: 'now' });
    // Released only by the timer after the window, or by flushAll.
    expect(shipped).toHaveLength(0);
    events.flushAll();
    expect(shipped).toHaveLength(1);
  });

  it('holds a receive whose send is late, and what follows it, until the send arrives past the window', async () => {
    const shipped: LabEvent[] = [];
    const startNs = monotonicNs();
    const events = (bus = createEventBus({ runId: 'run1', startNs, reorderWindowMs: 0, causalHoldMs: 5000, flushIntervalMs: 5, ship: (batch) => shipped.push(...batch) }));
    const t0 = events.now();
    events.accept({ kind: 'message.received', actor: 'loadgen', peer: 'worker-1', channel: 'tcp', bytes: 10, msg: 'r1', t: t0 + 2e6 });
    events.accept(write('loadgen', t0 + 3e6, 1));
    await new Promise((resolve) => setTimeout(resolve, 60));
    // Far past the window, nothing went out: the receive waits for its send.
    expect(shipped).toHaveLength(0);
    // The send arrives late (two hops), with its own earlier real t.
    events.accept({ kind: 'message.sent', actor: 'worker-1', peer: 'loadgen', channel: 'tcp', bytes: 10, msg: 'r1', t: t0 + 1e6 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(shipped.map((event) => event.kind)).toEqual(['message.sent', 'message.received', 'memory.write']);
    expect(shipped.map((event) => event.t)).toEqual([t0 + 1e6, t0 + 2e6, t0 + 3e6]);
  });

  it('lets a receive whose send never comes go after the causal hold, so the log cannot stall', async () => {
    const shipped: LabEvent[] = [];
    const events = (bus = createEventBus({ runId: 'run1', startNs: monotonicNs(), reorderWindowMs: 0, causalHoldMs: 30, flushIntervalMs: 5, ship: (batch) => shipped.push(...batch) }));
    events.accept({ kind: 'message.received', actor: 'a', peer: 'b', channel: 'ipc', bytes: 1, msg: 'never-sent', t: events.now() });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(shipped.map((event) => event.kind)).toEqual(['message.received']);
  });

  it('a flush (a process exited) still keeps a held receive behind its send; closing releases everything', () => {
    const { shipped, make } = collect();
    const events = make();
    const t0 = events.now();
    events.accept(write('pool', t0 + 1e6, 1));
    events.accept({ kind: 'message.received', actor: 'loadgen', peer: 'worker-1', channel: 'tcp', bytes: 1, msg: 'r1', t: t0 + 2e6 });
    events.accept(write('pool', t0 + 3e6, 2));
    events.flushAll();
    expect(shipped.map((event) => event.kind)).toEqual(['memory.write']);
    events.accept({ kind: 'message.sent', actor: 'worker-1', peer: 'loadgen', channel: 'tcp', bytes: 1, msg: 'r1', t: t0 + 1.5e6 });
    events.flushAll();
    expect(shipped.map((event) => event.kind)).toEqual(['memory.write', 'message.sent', 'message.received', 'memory.write']);
    events.accept({ kind: 'message.received', actor: 'a', peer: 'b', channel: 'ipc', bytes: 1, msg: 'never-sent', t: t0 + 4e6 });
    events.close();
    expect(shipped.at(-1)?.kind).toBe('message.received');
  });
});
