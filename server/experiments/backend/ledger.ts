/**
 * What the backend lesson's host notes from the event stream as it passes:
 * who started (real pid and tid) and who exited when, and how. The figures
 * come from the same events the browser gets, never from a second bookkeeping.
 */
import type { EventBody } from '../../../shared/protocol.js';
import type { LabContext } from '../types.js';

export type Started = { pid: number; tid: number; parent: string | undefined; t: number };
export type Exited = { code: number | null; signal: string | null; reason: string; t: number };
export type BackendLedger = {
  started: Map<string, Started>;
  exited: Map<string, Exited>;
  /** Actors that announced a fault, with its run time (ns). */
  faults: Map<string, number>;
};

export function createLedger(): BackendLedger {
  return { started: new Map(), exited: new Map(), faults: new Map() };
}

function note(ledger: BackendLedger, event: EventBody, t: number): void {
  if (event.kind === 'actor.started' && !ledger.started.has(event.actor)) {
    ledger.started.set(event.actor, { pid: event.pid, tid: event.tid, parent: event.parent, t });
  } else if (event.kind === 'actor.exited' && !ledger.exited.has(event.actor)) {
    ledger.exited.set(event.actor, { code: event.code, signal: event.signal, reason: event.reason, t });
  } else if (event.kind === 'fault.injected' && !ledger.faults.has(event.actor)) {
    ledger.faults.set(event.actor, t);
  }
}

/** The run's bus, with every event also noted in the ledger. */
export function tappedSink(context: LabContext, ledger: BackendLedger) {
  context.bus.tap((event) => note(ledger, event, event.t));
  return context.bus;
}

/** Actors whose parent is `parent`, in start order. */
export function childrenOf(ledger: BackendLedger, parent: string): string[] {
  return [...ledger.started].filter(([, started]) => started.parent === parent).map(([actor]) => actor);
}

/** Resolves once `predicate` holds, checked every 10 ms; rejects after `withinMs`. */
export async function waitUntil(predicate: () => boolean, withinMs: number, what: string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
