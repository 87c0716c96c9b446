/**
 * The lab host's event bus: puts the events of every actor of a run into one
 * ordered log, numbers them, and ships them to the server in batches.
 *
 * Events reach the host over different channels (its own code, each child's
 * IPC pipe, each worker's port), so a receive can arrive before the send that
 * caused it. All actors time their events on the same monotonic clock, so the
 * bus holds each event for a short reorder window and releases them sorted by
 * t: causal order is restored at the source instead of patched in the client.
 */
import type { EventBody, LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { createActorLedger, type ActorLedger } from './actorLedger.js';
import { sinceStart } from './clock.js';

export type EventBusOptions = {
  runId: string;
  startNs: bigint;
  /** Receives each released batch, in seq order. */
  ship: (events: LabEvent[]) => void;
  /** How long an event waits for late, earlier-timed ones. Default 25 ms. */
  reorderWindowMs?: number;
  /** How often released events are shipped. Default 15 ms. */
  flushIntervalMs?: number;
  /** Past this many events the run is cut short (a runaway producer). Default 400,000. */
  maxEvents?: number;
  /** Called once if maxEvents is exceeded. */
  onOverflow?: () => void;
};

export type EventBus = {
  /** An event that happened just now in the host. */
  emit(event: EventBody): void;
  /** An event timed elsewhere (a child or worker). */
  accept(event: TimedEventBody): void;
  now(): number;
  ledger: ActorLedger;
  /** Releases and ships everything pending, regardless of the window. */
  flushAll(): void;
  close(): void;
};

export function createEventBus(options: EventBusOptions): EventBus {
  const windowNs = (options.reorderWindowMs ?? 25) * 1e6;
  const maxEvents = options.maxEvents ?? 400_000;
  const ledger = createActorLedger();
  let pending: TimedEventBody[] = [];
  let nextSeq = 0;
  let lastT = 0;
  let overflowed = false;
  let closed = false;

  const release = (all: boolean): void => {
    if (pending.length === 0) return;
    const horizon = all ? Number.POSITIVE_INFINITY : sinceStart(options.startNs) - windowNs;
    // A stable sort keeps the arrival order of events with equal t.
    pending.sort((a, b) => a.t - b.t);
    const ready: TimedEventBody[] = [];
    const waiting: TimedEventBody[] = [];
    for (const event of pending) (event.t <= horizon ? ready : waiting).push(event);
    pending = waiting;
    if (ready.length === 0) return;
    const batch: LabEvent[] = [];
    for (const event of ready) {
      if (!ledger.observe(event)) continue;
      // An event that arrived later than the window allows keeps its place in
      // the log but never appears to go back in time.
      const t = Math.max(event.t, lastT);
      lastT = t;
      batch.push({ ...event, t, run: options.runId, seq: nextSeq++ } as LabEvent);
    }
    if (batch.length > 0) options.ship(batch);
  };

  const timer = setInterval(() => release(false), options.flushIntervalMs ?? 15);

  const accept = (event: TimedEventBody): void => {
    if (closed) return;
    if (nextSeq + pending.length >= maxEvents) {
      if (!overflowed) {
        overflowed = true;
        options.onOverflow?.();
      }
      return;
    }
    pending.push(event);
  };

  return {
    emit: (event) => accept({ ...event, t: sinceStart(options.startNs) } as TimedEventBody),
    accept,
    now: () => sinceStart(options.startNs),
    ledger,
    flushAll: () => release(true),
    close() {
      release(true);
      closed = true;
      clearInterval(timer);
    },
  };
}
