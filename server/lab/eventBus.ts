/**
 * The lab host's event bus: puts the events of every actor of a run into one
 * ordered log, numbers them, and ships them to the server in batches.
 *
 * Events reach the host over different channels (its own code, each child's
 * IPC pipe, each worker's port), so a receive can arrive before the send that
 * caused it. All actors time their events on the same monotonic clock, so the
 * bus holds each event for a short reorder window and releases them sorted by
 * t: causal order is restored at the source instead of patched in the client.
 *
 * A window alone is a guess about lag. A send that travels more hops than its
 * receive (a cluster worker's events go through its primary) can be later
 * still, so a receive whose send has not been seen also holds back the log
 * behind it, for at most `causalHoldMs` after it arrived: the send, when it
 * comes, sorts in before it with its own real t.
 */
import type { EventBody, LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { createActorLedger, type ActorLedger } from './actorLedger.js';
import { sinceStart } from './clock.js';
import { createReceiptAudit } from './receiptAudit.js';

export type EventBusOptions = {
  runId: string;
  startNs: bigint;
  /** Receives each released batch, in seq order. */
  ship: (events: LabEvent[]) => void;
  /** How long an event waits for late, earlier-timed ones. Default 25 ms. */
  reorderWindowMs?: number;
  /** How long a receive waits for its send to arrive, holding later events back. Default 2000 ms. */
  causalHoldMs?: number;
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
  /**
   * Releases and ships everything pending, regardless of the window, except
   * a receive still waiting for its send (and what follows it): a process's
   * exit flushes, and must not push another actor's answer ahead of its send.
   */
  flushAll(): void;
  close(): void;
};

export function createEventBus(options: EventBusOptions): EventBus {
  const windowNs = (options.reorderWindowMs ?? 25) * 1e6;
  const causalHoldNs = (options.causalHoldMs ?? 2000) * 1e6;
  /** Messages whose send has been released. */
  const sentMessages = new Set<string>();
  /** When each receive reached the bus (host clock), for the causal hold. */
  const arrivals = new WeakMap<TimedEventBody, number>();
  const maxEvents = options.maxEvents ?? 400_000;
  const ledger = createActorLedger();
  let pending: TimedEventBody[] = [];
  let nextSeq = 0;
  let lastT = 0;
  let overflowed = false;
  let closed = false;
  const audit = createReceiptAudit(options.runId);

  /** window: what is older than the window; flush: all but a held receive; close: everything. */
  const release = (mode: 'window' | 'flush' | 'close'): void => {
    if (pending.length === 0) return;
    const now = sinceStart(options.startNs);
    const horizon = mode === 'window' ? now - windowNs : Number.POSITIVE_INFINITY;
    // A stable sort keeps the arrival order of events with equal t.
    pending.sort((a, b) => a.t - b.t);
    const sentSoFar = new Set<string>();
    let cut = 0;
    for (; cut < pending.length; cut++) {
      const event = pending[cut] as TimedEventBody;
      if (event.t > horizon) break;
      if (event.kind === 'message.sent') sentSoFar.add(event.msg);
      const orphanReceive =
        event.kind === 'message.received' && !sentMessages.has(event.msg) && !sentSoFar.has(event.msg);
      if (mode !== 'close' && orphanReceive && now - (arrivals.get(event) ?? now) < causalHoldNs) break;
    }
    const ready = pending.slice(0, cut);
    pending = pending.slice(cut);
    if (ready.length === 0) return;
    const batch: LabEvent[] = [];
    for (const event of ready) {
      if (!ledger.observe(event)) continue;
      if (event.kind === 'message.sent') sentMessages.add(event.msg);
      // An event that arrived later than the window allows keeps its place in
      // the log but never appears to go back in time.
      const t = Math.max(event.t, lastT);
      lastT = t;
      batch.push({ ...event, t, run: options.runId, seq: nextSeq++ } as LabEvent);
    }
    if (batch.length > 0) options.ship(batch);
  };

  const timer = setInterval(() => release('window'), options.flushIntervalMs ?? 15);

  const accept = (event: TimedEventBody): void => {
    if (closed) return;
    if (nextSeq + pending.length >= maxEvents) {
      if (!overflowed) {
        overflowed = true;
        options.onOverflow?.();
      }
      return;
    }
    if (event.kind === 'message.received') arrivals.set(event, sinceStart(options.startNs));
    audit?.record(event);
    pending.push(event);
  };

  return {
    emit: (event) => accept({ ...event, t: sinceStart(options.startNs) } as TimedEventBody),
    accept,
    now: () => sinceStart(options.startNs),
    ledger,
    flushAll: () => release('flush'),
    close() {
      release('close');
      closed = true;
      audit?.save();
      clearInterval(timer);
    },
  };
}
