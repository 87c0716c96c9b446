/**
 * Turns a run's event log into Chrome's Trace Event Format, so a run opens in
 * ui.perfetto.dev or chrome://tracing: each process is a group of thread
 * tracks, each actor's life a slice on its track, memory accesses and
 * heartbeats instants, and each message a flow arrow from sender to receiver.
 *
 * Pure: used by the server (GET /api/runs/:id/trace) and can be by the client.
 */
import type { EventOf, LabEvent } from './protocol.js';

export type TraceEvent = {
  name: string;
  ph: 'M' | 'X' | 'i' | 's' | 'f';
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  s?: 'g' | 'p' | 't';
  id?: string;
  bp?: 'e';
  cat?: string;
  args?: Record<string, unknown>;
};

export type TraceFile = { traceEvents: TraceEvent[]; displayTimeUnit: 'ms'; otherData: Record<string, unknown> };

const micros = (ns: number): number => ns / 1000;

export function toTraceEvents(events: readonly LabEvent[]): TraceFile {
  const trace: TraceEvent[] = [];
  const actors = new Map<string, EventOf<'actor.started'>>();
  const endT = events.at(-1)?.t ?? 0;
  const place = (actor: string): { pid: number; tid: number } => {
    const started = actors.get(actor);
    return started ? { pid: started.pid, tid: started.tid } : { pid: 0, tid: 0 };
  };
  const exits = new Map<string, EventOf<'actor.exited'>>();
  for (const event of events) if (event.kind === 'actor.exited') exits.set(event.actor, event);

  for (const event of events) {
    const ts = micros(event.t);
    switch (event.kind) {
      case 'actor.started': {
        actors.set(event.actor, event);
        if (event.type === 'process') {
          trace.push({ name: 'process_name', ph: 'M', pid: event.pid, tid: event.tid, ts: 0, args: { name: `${event.label} (${event.actor})` } });
        }
        trace.push({ name: 'thread_name', ph: 'M', pid: event.pid, tid: event.tid, ts: 0, args: { name: `${event.label} [${event.type}]` } });
        const exit = exits.get(event.actor);
        trace.push({
          name: event.label,
          cat: event.type,
          ph: 'X',
          pid: event.pid,
          tid: event.tid,
          ts,
          dur: micros((exit?.t ?? endT) - event.t),
          args: { actor: event.actor, exit: exit ? { code: exit.code, signal: exit.signal, reason: exit.reason } : 'still running' },
        });
        break;
      }
      case 'actor.exited':
        trace.push({ name: `exit: ${event.reason}`, cat: 'exit', ph: 'i', s: 't', ...place(event.actor), ts, args: { code: event.code, signal: event.signal } });
        break;
      case 'memory.write':
      case 'memory.read':
        trace.push({
          name: `${event.kind === 'memory.write' ? 'write' : 'read'} ${event.cell} = ${event.value}`,
          cat: 'memory',
          ph: 'i',
          s: 't',
          ...place(event.actor),
          ts,
          args: { space: event.space, cell: event.cell, value: event.value },
        });
        break;
      case 'message.sent':
      case 'message.received':
        trace.push({
          name: `${event.channel} message`,
          cat: 'message',
          ph: event.kind === 'message.sent' ? 's' : 'f',
          ...(event.kind === 'message.received' ? { bp: 'e' as const } : {}),
          id: event.msg,
          ...place(event.actor),
          ts,
          args: { peer: event.peer, bytes: event.bytes },
        });
        break;
      case 'actor.heartbeat':
        trace.push({ name: `heartbeat ${event.n}`, cat: 'heartbeat', ph: 'i', s: 't', ...place(event.actor), ts });
        break;
      case 'message.lost':
        trace.push({ name: `lost: ${event.reason}`, cat: 'message', ph: 'i', s: 't', ...place(event.actor), ts, args: { msg: event.msg } });
        break;
      case 'fault.injected':
        trace.push({ name: `fault: ${event.fault}`, cat: 'fault', ph: 'i', s: 'p', ...place(event.actor), ts });
        break;
      case 'phase':
        trace.push({ name: `phase: ${event.name}`, cat: 'phase', ph: 'i', s: 'g', pid: 0, tid: 0, ts });
        break;
      case 'order.waited':
        trace.push({
          name: `log waited for ${event.source}`,
          cat: 'order',
          ph: 'i',
          s: 'g',
          pid: 0,
          tid: 0,
          ts,
          args: { heardUntilNs: event.heardUntil, silentMs: event.silentMs },
        });
        break;
      case 'run.finished':
      case 'run.failed':
        trace.push({
          name: event.kind,
          cat: 'run',
          ph: 'i',
          s: 'g',
          pid: 0,
          tid: 0,
          ts,
          args: event.kind === 'run.failed' ? { error: event.error } : { result: event.result },
        });
        break;
      default: {
        const unreachable: never = event;
        throw new Error(`unknown event ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return { traceEvents: trace, displayTimeUnit: 'ms', otherData: { run: events[0]?.run ?? '', source: 'Process & Thread Lab' } };
}
