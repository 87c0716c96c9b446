/**
 * Keeps the promise "every started actor gets exactly one actor.exited".
 *
 * Both the lab host (which supervises children) and the server (which outlives
 * a host that died) watch the event stream through a ledger, and ask it which
 * actors still need an exit event when a process ends without saying goodbye.
 */
import type { EventBody } from '../../shared/protocol.js';

type ActorEntry = { type: 'process' | 'thread'; parent: string | undefined; exited: boolean };

export type ActorLedger = {
  /** Records an event; returns false for an event that breaks the rules (so the caller can drop it). */
  observe(event: EventBody): boolean;
  isRunning(actor: string): boolean;
  /** Thread actors of a process actor that have not exited yet. */
  runningThreadsOf(processActor: string): string[];
  /** Every actor that has started and not exited, children before parents. */
  running(): string[];
  startedCount(): number;
};

export function createActorLedger(): ActorLedger {
  const actors = new Map<string, ActorEntry>();

  return {
    observe(event) {
      if (event.kind === 'actor.started') {
        if (actors.has(event.actor)) return false;
        actors.set(event.actor, { type: event.type, parent: event.parent, exited: false });
        return true;
      }
      if (event.kind === 'actor.exited') {
        const entry = actors.get(event.actor);
        if (!entry || entry.exited) return false;
        entry.exited = true;
        return true;
      }
      return true;
    },
    isRunning(actor) {
      const entry = actors.get(actor);
      return entry !== undefined && !entry.exited;
    },
    runningThreadsOf(processActor) {
      return [...actors]
        .filter(([, entry]) => entry.type === 'thread' && entry.parent === processActor && !entry.exited)
        .map(([actor]) => actor);
    },
    running() {
      // Started order reversed puts children (started later) before their parents.
      return [...actors]
        .filter(([, entry]) => !entry.exited)
        .map(([actor]) => actor)
        .reverse();
    },
    startedCount() {
      return actors.size;
    },
  };
}
