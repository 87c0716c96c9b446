/**
 * Benchmark (run by `npm run bench`, not by `npm test`): how long the pure
 * reducer takes to turn 1,000,000 events into a scene. It asserts nothing
 * about time (that is the bench table's job); it records the figure.
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkedAsIs } from '../../../shared/checkedAsIs.js';
import { serverMessageSchema, type EventBody, type LabEvent } from '../../../shared/protocol.js';
import { reduceEvents } from './reduceEvent.js';
import { emptyScene } from './types.js';

/** A realistic mix: 64 actors in 8 processes, writes, reads, messages, heartbeats. */
function syntheticLog(count: number): LabEvent[] {
  const events: LabEvent[] = [];
  const push = (body: EventBody) =>
    events.push({ ...body, run: 'bench', seq: events.length, t: events.length * 1000 } as LabEvent);
  for (let process = 0; process < 8; process += 1) {
    const pid = 1000 + process * 100;
    push({ kind: 'actor.started', actor: `p${process}`, type: 'process', pid, tid: pid, label: `process ${process}` });
    for (let thread = 1; thread < 8; thread += 1) {
      push({ kind: 'actor.started', actor: `p${process}-t${thread}`, type: 'thread', pid, tid: pid + thread, parent: `p${process}`, label: `thread ${thread}` });
    }
  }
  for (let index = 0; events.length < count - 1; index += 1) {
    const process = index % 8;
    const actor = `p${process}-t${(index % 7) + 1}`;
    const pid = 1000 + process * 100;
    switch (index % 4) {
      case 0:
        push({ kind: 'memory.write', actor, space: pid, cell: `c${index % 16}`, value: index });
        break;
      case 1:
        push({ kind: 'memory.read', actor, space: pid, cell: `c${index % 16}`, value: index });
        break;
      case 2:
        push({ kind: 'message.sent', actor, peer: `p${(process + 1) % 8}`, channel: 'ipc', bytes: 64, msg: `m${index}` });
        break;
      default:
        push({ kind: 'message.received', actor: `p${(process + 1) % 8}`, peer: actor, channel: 'ipc', bytes: 64, msg: `m${index - 1}` });
    }
  }
  push({ kind: 'run.finished', result: {} });
  return events;
}

/**
 * The log as the client holds it: sent as text in the server's frames of at
 * most 2,000 events, then JSON.parse and checked against the
 * protocol's schema, as socketClient.ts does (see shared/checkedAsIs.ts). Objects built in a loop with template strings are not
 * what the reducer meets: V8 gives parsed events other shapes and
 * internalized strings, and the reducer's keyed lookups cost ~20× more on the
 * hand-built ones (1.75 µs against 80 ns a write, measured 2026-12-02).
 */
function asReceived(events: LabEvent[]): LabEvent[] {
  const received: LabEvent[] = [];
  for (let start = 0; start < events.length; start += 2_000) {
    const frame = JSON.stringify({ type: 'events', run: 'bench', events: events.slice(start, start + 2_000) });
    const checked = checkedAsIs(serverMessageSchema, JSON.parse(frame));
    if (!checked.success) throw checked.error;
    const message = checked.data;
    if (message.type !== 'events') throw new Error(`expected an events frame, got ${message.type}`);
    received.push(...message.events);
  }
  return received;
}

it('reduces 1,000,000 events to a scene', () => {
  const events = asReceived(syntheticLog(1_000_000));
  expect(events).toHaveLength(1_000_000);
  reduceEvents(emptyScene, events, 0, 10_000); // warm the JIT
  const started = performance.now();
  const scene = reduceEvents(emptyScene, events);
  const milliseconds = performance.now() - started;
  expect(scene).toBeDefined();
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify({ reduceMillionMs: milliseconds, events: events.length }));
});
