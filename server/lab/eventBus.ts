/**
 * The lab host's event bus: puts the events of every actor of a run into one
 * ordered log, numbers them, and ships them to the server in batches.
 *
 * Events reach the host over different channels (its own code, each child's
 * IPC pipe, each worker's port, the native program's stdout), so a receive
 * can arrive before the send that caused it. Each channel is a source whose
 * events come in their own order; the ordered merge (orderedMerge.ts)
 * releases an event only when every open source has been heard from at or
 * past its t. So the log is in t order by guarantee, and every t is the one
 * its producer measured: a source that falls behind holds the log back (and
 * is reported), it is never guessed around.
 */
import type { EventBody, LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { createActorLedger, type ActorLedger } from './actorLedger.js';
import { sinceStart } from './clock.js';
import type { EventSink, SourceHandle } from './eventSink.js';
import type { ActorEventsMessage } from './hostProtocol.js';
import { createOrderedMerge, type StalledSource } from './orderedMerge.js';
import { createReceiptAudit } from './receiptAudit.js';

export type EventBusOptions = {
  runId: string;
  startNs: bigint;
  /** Receives each released batch, in seq order. */
  ship: (events: LabEvent[]) => void;
  /** How often releasable events are shipped. Default 10 ms. */
  flushIntervalMs?: number;
  /** A source that holds the log back this long is reported in the log (order.waited). Default 2000 ms. */
  stallReportMs?: number;
  /** Past this many events the run is cut short (a runaway producer). Default 400,000. */
  maxEvents?: number;
  /** Called once if maxEvents is exceeded. */
  onOverflow?: () => void;
  /** The run's clock, ns since startNs; tests give a fixed one. */
  clock?: () => number;
  /** An event that came below what was already released (a source broke the protocol); it was dropped. */
  onLate?: (source: string, event: TimedEventBody) => void;
};

export type EventBus = EventSink & {
  /** Who has started and not exited, as the events arrived (before ordering). */
  ledger: ActorLedger;
  now(): number;
  /** Sees every event as it is accepted, with its t (a lesson's own figures come from the same events). */
  tap(listener: (event: TimedEventBody) => void): void;
  /** Ships what every source has passed, now rather than at the next tick. */
  flushAll(): void;
  /** The run is over: ships everything still pending, in order, and stops. */
  close(): void;
};

export function createEventBus(options: EventBusOptions): EventBus {
  const maxEvents = options.maxEvents ?? 400_000;
  const ledger = createActorLedger();
  const audit = createReceiptAudit(options.runId);
  const taps: ((event: TimedEventBody) => void)[] = [];
  const now = options.clock ?? (() => sinceStart(options.startNs));
  let accepted = 0;
  let nextSeq = 0;
  let overflowed = false;
  let closed = false;

  const reportStall = (stall: StalledSource): void => {
    emit({ kind: 'order.waited', source: stall.source.slice(0, 64), heardUntil: stall.heardUntil, silentMs: stall.silentMs });
  };
  const merge = createOrderedMerge({
    now,
    ...(options.stallReportMs !== undefined ? { stallReportMs: options.stallReportMs } : {}),
    onStall: reportStall,
    ...(options.onLate ? { onLate: options.onLate } : {}),
  });

  /** False if the event may not enter the log (over the cap, a rule broken, the run over). */
  const admit = (event: TimedEventBody): boolean => {
    if (closed) return false;
    if (accepted >= maxEvents) {
      if (!overflowed) {
        overflowed = true;
        options.onOverflow?.();
      }
      return false;
    }
    if (!ledger.observe(event)) return false;
    accepted++;
    audit?.record(event);
    for (const listener of taps) listener(event);
    return true;
  };

  const ship = (ready: TimedEventBody[]): void => {
    if (ready.length === 0) return;
    options.ship(ready.map((event) => ({ ...event, run: options.runId, seq: nextSeq++ }) as LabEvent));
  };

  function emit(event: EventBody): void {
    const timed = { ...event, t: now() } as TimedEventBody;
    if (admit(timed)) merge.own(timed);
  }

  const handle = (path: string): SourceHandle => {
    const source: SourceHandle = {
      accept(event) {
        if (admit(event)) merge.push(path, event);
        else merge.mark(path, event.t);
      },
      mark: (t) => merge.mark(path, t),
      relay(message: ActorEventsMessage) {
        for (const entry of message.sources ?? []) {
          const child = handle(`${path}/${entry.id}`);
          if (entry.floor !== undefined) merge.open(`${path}/${entry.id}`, entry.floor);
          if (entry.message) child.relay(entry.message);
          if (entry.closed) child.close();
        }
        for (const event of message.events) source.accept(event);
        if (message.mark !== undefined) merge.mark(path, message.mark);
        if (message.end) merge.close(path);
      },
      openSource(id, floor) {
        merge.open(`${path}/${id}`, floor);
        return handle(`${path}/${id}`);
      },
      close: () => merge.close(path),
    };
    return source;
  };

  const timer = setInterval(() => ship(merge.takeReleasable()), options.flushIntervalMs ?? 10);

  return {
    emit,
    openSource(id) {
      merge.open(id, now());
      return handle(id);
    },
    ledger,
    now,
    tap: (listener) => void taps.push(listener),
    flushAll: () => ship(merge.takeReleasable()),
    close() {
      if (closed) return;
      ship(merge.takeAll());
      closed = true;
      clearInterval(timer);
      audit?.save();
    },
  };
}
