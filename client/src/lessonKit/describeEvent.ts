/**
 * One sentence per event, in the reader's language, for the event log and
 * screen readers. Works for every event kind (exhaustive switch).
 */
import type { LabEvent } from '../../../shared/protocol.js';
import type { Dictionary } from '../i18n/dictionary.js';
import type { Formatters } from '../i18n/format.js';
import { actorName, namedWithPid } from './actorNames.js';
import { languageOf, phaseTitle } from './phaseTitle.js';

/** Each started actor's PID (a thread's is its process's), from the log's actor.started events. */
export function actorPids(events: readonly LabEvent[]): ReadonlyMap<string, number> {
  const pids = new Map<string, number>();
  for (const event of events) if (event.kind === 'actor.started') pids.set(event.actor, event.pid);
  return pids;
}

function lookup<T extends Record<string, string>>(table: T, key: string): string {
  return Object.hasOwn(table, key) ? (table[key as keyof T] as string) : key;
}

/** A server's exit reason in words: known reasons by name, those with details ("uncaught exception (Error: …)") by how they start. */
function reasonWords(t: Dictionary, reason: string): string {
  if (Object.hasOwn(t.reasons, reason)) return t.reasons[reason as keyof Dictionary['reasons']];
  const prefix = (['uncaught exception', 'killed by', 'exited with code'] as const).find((start) => reason.startsWith(start));
  return prefix ? t.reasons[prefix] : reason;
}

/**
 * @param pids the run's actor PIDs (actorPids); with them, the backend's
 *   request servers are named with their PID ("cluster worker 3 (PID 1234)").
 */
export function describeEvent(event: LabEvent, t: Dictionary, format: Formatters, pids?: ReadonlyMap<string, number>): string {
  const name = (id: string) => {
    const plain = actorName(t, id);
    const pid = namedWithPid(id) ? pids?.get(id) : undefined;
    return pid === undefined ? plain : t.actors.withPid({ actor: plain, pid: format.osId(pid) });
  };
  switch (event.kind) {
    case 'actor.started':
      return event.type === 'process'
        ? t.events.processStarted({ actor: actorName(t, event.actor, event.label), pid: format.osId(event.pid) })
        : t.events.threadStarted({
            actor: actorName(t, event.actor, event.label),
            pid: format.osId(event.pid),
            tid: format.osId(event.tid),
          });
    case 'actor.exited': {
      const reason = reasonWords(t, event.reason);
      return event.signal
        ? t.events.killedBy({ actor: name(event.actor), signal: event.signal, reason })
        : t.events.exitedWithCode({ actor: name(event.actor), code: String(event.code ?? '?'), reason });
    }
    case 'memory.write':
    case 'memory.read': {
      const details = {
        actor: name(event.actor),
        cell: event.cell,
        value: format.decimal(event.value, 6),
        pid: format.osId(event.space),
      };
      return event.kind === 'memory.write' ? t.events.wrote(details) : t.events.read(details);
    }
    case 'message.sent':
    case 'message.received': {
      const details = {
        actor: name(event.actor),
        peer: name(event.peer),
        channel: lookup(t.channels, event.channel),
        bytes: format.count(event.bytes, { one: 'byte', other: 'bytes' }),
      };
      return event.kind === 'message.sent' ? t.events.sent(details) : t.events.received(details);
    }
    case 'message.lost':
      return t.events.lost({ actor: name(event.actor), reason: event.reason });
    case 'phase':
      return t.events.phase({ name: phaseTitle(event.name, languageOf(t)) });
    case 'actor.heartbeat':
      return t.events.heartbeat({ actor: name(event.actor), n: format.integer(event.n) });
    case 'fault.injected':
      return t.events.fault({ actor: name(event.actor), fault: lookup(t.faults, event.fault) });
    case 'order.waited':
      return t.events.orderWaited({
        source: name(event.source.split('/').at(-1) ?? event.source),
        silentMs: format.integer(event.silentMs),
        heardUntil: format.milliseconds(event.heardUntil),
      });
    case 'run.finished':
      return t.events.finished;
    case 'run.failed':
      return t.events.failed({ error: event.error });
    default: {
      const unhandled: never = event;
      return JSON.stringify(unhandled);
    }
  }
}
