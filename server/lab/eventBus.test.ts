import { afterEach, describe, expect, it } from 'vitest';
import type { LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { monotonicNs } from './clock.js';
import { createEventBus, type EventBus, type EventBusOptions } from './eventBus.js';

let bus: EventBus | undefined;
afterEach(() => bus?.close());

function collect(options: Partial<EventBusOptions> = {}): { shipped: LabEvent[]; events: EventBus } {
  const shipped: LabEvent[] = [];
  bus = createEventBus({ runId: 'run1', startNs: monotonicNs(), ship: (batch) => shipped.push(...batch), flushIntervalMs: 60_000, ...options });
  return { shipped, events: bus };
}

const write = (actor: string, t: number, value: number): TimedEventBody => ({ kind: 'memory.write', actor, space: 10, cell: 'x', value, t });

describe('event bus', () => {
  it('releases the events of several sources in t order with gapless seq, whatever order they arrived in', () => {
    const { shipped, events } = collect();
    const a = events.openSource('a');
    const b = events.openSource('b');
    b.accept(write('b', 30, 3));
    a.accept(write('a', 10, 1));
    a.accept(write('a', 20, 2));
    a.close();
    b.close();
    events.flushAll();
    expect(shipped.map((event) => [event.seq, event.t])).toEqual([[0, 10], [1, 20], [2, 30]]);
    expect(shipped.every((event) => event.run === 'run1')).toBe(true);
  });

  it('holds everything after the slowest source until it has been heard from past it, and never changes a t', () => {
    // The run's clock is set by the test: both sources open at 0, and the host itself is a source at its clock.
    let clock = 0;
    const { shipped, events } = collect({ clock: () => clock });
    const sender = events.openSource('sender');
    const receiver = events.openSource('receiver');
    receiver.accept({ kind: 'message.received', actor: 'receiver', peer: 'sender', channel: 'ipc', bytes: 10, msg: 'm1', t: 200 });
    events.flushAll();
    // The sender has said nothing past its floor yet: the receive must wait.
    expect(shipped).toEqual([]);
    sender.accept({ kind: 'message.sent', actor: 'sender', peer: 'receiver', channel: 'ipc', bytes: 10, msg: 'm1', t: 100 });
    clock = 300;
    sender.mark(250);
    events.flushAll();
    expect(shipped.map((event) => [event.kind, event.t])).toEqual([
      ['message.sent', 100],
      ['message.received', 200],
    ]);
  });

  it('takes a whole runtime message: its sources open with a floor, relay their own messages, and close', () => {
    const { shipped, events } = collect();
    const child = events.openSource('child');
    child.relay({ type: 'lab.events', events: [write('child', 5, 1)], mark: 6, sources: [{ id: 'thread-1', floor: 6 }] });
    events.flushAll();
    expect(shipped.map((event) => event.t)).toEqual([5]);
    // The thread's events are timed after its floor; the child moved on, the thread has not spoken.
    child.relay({ type: 'lab.events', events: [write('child', 9, 2)], mark: 12 });
    events.flushAll();
    expect(shipped.map((event) => event.t)).toEqual([5]);
    child.relay({ type: 'lab.events', events: [], mark: 13, sources: [{ id: 'thread-1', message: { type: 'lab.events', events: [write('thread-1', 7, 1)], mark: 20 } }] });
    events.flushAll();
    expect(shipped.map((event) => event.t)).toEqual([5, 7, 9]);
  });

  it('a source that said it ends no longer holds the log back', () => {
    const { shipped, events } = collect();
    const quiet = events.openSource('quiet');
    const busy = events.openSource('busy');
    quiet.relay({ type: 'lab.events', events: [write('quiet', 1, 1)], end: true });
    busy.accept(write('busy', 2, 1));
    busy.mark(10);
    events.flushAll();
    expect(shipped.map((event) => event.t)).toEqual([1, 2]);
  });

  it('drops a second actor.exited for the same actor (exactly one exit per actor)', () => {
    const { shipped, events } = collect();
    const p = events.openSource('p');
    p.accept({ kind: 'actor.started', actor: 'p', type: 'process', pid: 5, tid: 5, label: 'p', t: 1 });
    p.accept({ kind: 'actor.exited', actor: 'p', code: 0, signal: null, reason: 'finished', t: 2 });
    p.accept({ kind: 'actor.exited', actor: 'p', code: null, signal: 'SIGKILL', reason: 'again', t: 3 });
    events.close();
    expect(shipped.filter((event) => event.kind === 'actor.exited')).toHaveLength(1);
  });

  it('reports a source that holds the log back too long, in the log, and keeps waiting', async () => {
    const { shipped, events } = collect({ stallReportMs: 20 });
    events.openSource('silent');
    events.emit({ kind: 'phase', name: 'p' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    events.flushAll();
    expect(shipped).toEqual([]);
    events.close();
    expect(shipped.map((event) => event.kind)).toEqual(['phase', 'order.waited']);
    const waited = shipped[1];
    if (waited?.kind === 'order.waited') {
      expect(waited.source).toBe('silent');
      expect(waited.silentMs).toBeGreaterThanOrEqual(20);
    }
  });

  it('drops, and says, an event below what was already released instead of moving it', () => {
    const late: string[] = [];
    const { shipped, events } = collect({ onLate: (source, event) => late.push(`${source}@${event.t}`) });
    const a = events.openSource('a');
    a.accept(write('a', 50, 1));
    a.close();
    events.flushAll();
    const b = events.openSource('b');
    b.accept(write('b', 10, 2));
    events.close();
    expect(shipped.map((event) => event.t)).toEqual([50]);
    expect(late).toEqual(['b@10']);
  });

  it('lets a tap see every event it admits, with its t', () => {
    const { events } = collect();
    const seen: number[] = [];
    events.tap((event) => seen.push(event.t));
    const a = events.openSource('a');
    a.accept(write('a', 3, 1));
    expect(seen).toEqual([3]);
  });
});
