/** Phase marks and real time on the played part of an event log. Pure. */
import type { LabEvent } from '../../../shared/protocol.js';

/** Real time (ns) at which each phase began, for the whole log. */
export function phaseStarts(events: readonly LabEvent[]): ReadonlyMap<string, number> {
  const starts = new Map<string, number>();
  for (const event of events) if (event.kind === 'phase' && !starts.has(event.name)) starts.set(event.name, event.t);
  return starts;
}

/**
 * The real time the playhead stands for: the current event's t, moved on by
 * the fraction of the way to the next event (so a cursor glides between
 * events at the real pace, slowed down).
 */
export function realTimeAt(events: readonly LabEvent[], index: number, fraction: number): number | undefined {
  const current = events[index];
  if (!current) return undefined;
  const next = events[index + 1];
  if (!next) return current.t;
  return current.t + (next.t - current.t) * Math.max(0, Math.min(1, fraction));
}
