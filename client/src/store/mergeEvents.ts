/**
 * Adds a batch of a run's events to the log we hold.
 *
 * The server promises in-order, gapless batches per subscription. After a
 * reconnect we subscribe again and the server replays the log from seq 0, so
 * the only overlap that can legitimately happen is a prefix we already hold:
 * those events are skipped by seq. Anything else (a hole) is a broken promise
 * and is reported, not papered over.
 */
import type { LabEvent } from '../../../shared/protocol.js';

export type MergeOutcome = {
  events: readonly LabEvent[];
  /** The events that were new, in order. */
  added: readonly LabEvent[];
  /** Set when the batch skipped ahead: the events from the hole on were not added. */
  gap: { expected: number; got: number } | undefined;
};

export function mergeBatch(existing: readonly LabEvent[], batch: readonly LabEvent[]): MergeOutcome {
  const added: LabEvent[] = [];
  let next = existing.length;
  for (const event of batch) {
    if (event.seq < next) continue;
    if (event.seq > next) {
      return { events: added.length > 0 ? existing.concat(added) : existing, added, gap: { expected: next, got: event.seq } };
    }
    added.push(event);
    next += 1;
  }
  return { events: added.length > 0 ? existing.concat(added) : existing, added, gap: undefined };
}
