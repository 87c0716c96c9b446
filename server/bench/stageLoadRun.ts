/**
 * A synthetic run file that loads the stage renderer: 64 actors (the lab
 * host, 31 child processes, one process with 31 threads) and 500 messages
 * sent and not yet received while a long stretch of writes plays. It is a
 * rendering benchmark, not a lesson figure: no real run of the memory lesson
 * is this big. Every line is a valid lab event (labEventSchema), in seq
 * order, every actor started once and exited once, so the app opens it
 * through the same offline replay path as a downloaded run.
 */
import type { EventBody, LabEvent } from '../../shared/protocol.js';

export const STAGE_LOAD = { children: 31, threads: 31, inFlight: 500, writes: 1000 } as const;

/** Run ids must be short ids; the file name tells the app which lesson draws it. */
const RUN = 'bench-stage-64x500';
export const stageLoadFileName = `memory-${RUN}.ndjson`;

const HOST_PID = 40_000;
const THREADED_PID = 40_100;
const childPid = (n: number) => 40_001 + n;

/** The log's events, and where its in-flight stretch lies (event indexes, inclusive). */
export function stageLoadEvents(): { events: LabEvent[]; inFlightFrom: number; inFlightTo: number } {
  const events: LabEvent[] = [];
  let t = 1_000_000;
  // Real gaps (ns): sends 1 ms apart; writes 2 ms apart, which the presentation clock shows 200 ms apart at 1×.
  const push = (body: EventBody, gapNs: number) => {
    t += gapNs;
    events.push({ ...body, run: RUN, seq: events.length, t } as LabEvent);
  };
  const children = Array.from({ length: STAGE_LOAD.children }, (_, i) => `child-${i + 1}`);
  const threads = Array.from({ length: STAGE_LOAD.threads }, (_, i) => `thread-${i + 1}`);

  push({ kind: 'actor.started', actor: 'host', type: 'process', pid: HOST_PID, tid: HOST_PID, label: 'lab host' }, 0);
  children.forEach((actor, i) =>
    push({ kind: 'actor.started', actor, type: 'process', pid: childPid(i + 1), tid: childPid(i + 1), parent: 'host', label: `child ${i + 1}` }, 100_000),
  );
  push({ kind: 'actor.started', actor: 'threaded', type: 'process', pid: THREADED_PID, tid: THREADED_PID, parent: 'host', label: 'process with threads' }, 100_000);
  threads.forEach((actor, i) =>
    push({ kind: 'actor.started', actor, type: 'thread', pid: THREADED_PID, tid: THREADED_PID + i + 1, parent: 'threaded', label: `thread ${i + 1}` }, 100_000),
  );

  // Three kinds of trip, so every route shape the stage draws is in the mix.
  const sent: { actor: string; peer: string; channel: string; msg: string }[] = [];
  for (let i = 0; i < STAGE_LOAD.inFlight; i += 1) {
    const child = children[i % children.length] as string;
    const thread = threads[i % threads.length] as string;
    const otherThread = threads[(i + 7) % threads.length] as string;
    const trip =
      i % 3 === 0
        ? { actor: 'host', peer: child, channel: 'ipc' }
        : i % 3 === 1
          ? { actor: child, peer: 'host', channel: 'ipc' }
          : { actor: thread, peer: otherThread, channel: 'postMessage' };
    const message = { ...trip, msg: `m${i}` };
    sent.push(message);
    push({ kind: 'message.sent', ...message, bytes: 64 }, 1_000_000);
  }
  const inFlightFrom = events.length - 1;
  for (let i = 0; i < STAGE_LOAD.writes; i += 1) {
    push({ kind: 'memory.write', actor: threads[i % threads.length] as string, space: THREADED_PID, cell: 'x', value: i + 1 }, 2_000_000);
  }
  const inFlightTo = events.length - 1;
  for (const message of sent) {
    push({ kind: 'message.received', actor: message.peer, peer: message.actor, channel: message.channel, bytes: 64, msg: message.msg }, 100_000);
  }
  for (const actor of [...threads, 'threaded', ...children, 'host']) {
    push({ kind: 'actor.exited', actor, code: 0, signal: null, reason: 'finished' }, 100_000);
  }
  push({ kind: 'run.finished', result: { synthetic: 'stage frame-rate benchmark' } }, 100_000);
  return { events, inFlightFrom, inFlightTo };
}

/** The log as NDJSON, one event a line, as GET /api/runs/:id/events serves it. */
export function toNdjson(events: readonly LabEvent[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}
