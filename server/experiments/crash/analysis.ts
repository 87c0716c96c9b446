/**
 * Pure bookkeeping of a crash run: which events each actor sent, and when
 * the failures happened, turned into the lesson's figures.
 */
import type { EventBody } from '../../../shared/protocol.js';

export type ExitRecord = { t: number; code: number | null; signal: string | null; reason: string };

export type CrashLedger = {
  started: Map<string, { pid: number; tid: number }>;
  heartbeats: Map<string, number[]>;
  faults: Map<string, number>;
  exits: Map<string, ExitRecord>;
  /** Highest "corrupt records" count each actor reported. */
  corruptSeen: Map<string, number>;
};

export function createCrashLedger(): CrashLedger {
  return { started: new Map(), heartbeats: new Map(), faults: new Map(), exits: new Map(), corruptSeen: new Map() };
}

/** Records one event at run time `t` (ns). */
export function recordEvent(ledger: CrashLedger, event: EventBody, t: number): void {
  switch (event.kind) {
    case 'actor.started':
      ledger.started.set(event.actor, { pid: event.pid, tid: event.tid });
      return;
    case 'actor.heartbeat':
      ledger.heartbeats.set(event.actor, [...(ledger.heartbeats.get(event.actor) ?? []), t]);
      return;
    case 'fault.injected':
      if (!ledger.faults.has(event.actor) || event.fault !== 'corruption') ledger.faults.set(event.actor, t);
      return;
    case 'actor.exited':
      if (!ledger.exits.has(event.actor)) ledger.exits.set(event.actor, { t, code: event.code, signal: event.signal, reason: event.reason });
      return;
    case 'memory.read':
      if (event.cell === 'corrupt records') ledger.corruptSeen.set(event.actor, Math.max(event.value, ledger.corruptSeen.get(event.actor) ?? 0));
      return;
    default:
      return;
  }
}

/** Heartbeats an actor sent strictly after run time `after` (ns). */
export function beatsAfter(ledger: CrashLedger, actor: string, after: number): number {
  return (ledger.heartbeats.get(actor) ?? []).filter((t) => t > after).length;
}

export function exitOf(ledger: CrashLedger, actor: string): ExitRecord {
  return ledger.exits.get(actor) ?? { t: Number.POSITIVE_INFINITY, code: null, signal: null, reason: 'no exit recorded' };
}
