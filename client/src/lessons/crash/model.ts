/**
 * What the crash stage shows, derived from the events played so far: each
 * actor's heartbeat times, the faults injected, the "corrupt records" each
 * actor last reported and the scribble over the shared records. Pure.
 *
 * (The scene keeps heartbeat counts but not their times, and it ignores reads
 * of cells nobody wrote, such as "corrupt records": so this reads the events.)
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import type { TimeWindow } from '../../stage/timeScale.js';

export type FaultMark = { actor: string; fault: string; t: number };
export type CorruptReading = { value: number; firstSeenAt: number };

export type CrashModel = {
  /** Heartbeat times (ns) per actor, in order. */
  beats: Readonly<Record<string, readonly number[]>>;
  faults: readonly FaultMark[];
  /** The latest "corrupt records" count each actor reported, and when it first reported any. */
  corruptSeen: Readonly<Record<string, CorruptReading>>;
  /** The scribble over the threads' shared records, once it happened. */
  recordsWrite: { actor: string; value: number; t: number } | undefined;
  /** Real time of the current event (ns); 0 before any. */
  now: number;
};

export const emptyCrashModel: CrashModel = { beats: {}, faults: [], corruptSeen: {}, recordsWrite: undefined, now: 0 };

/** The model after events[0..index] (inclusive). */
export function crashModelAt(events: readonly LabEvent[], index: number): CrashModel {
  const beats: Record<string, number[]> = {};
  const faults: FaultMark[] = [];
  const corruptSeen: Record<string, CorruptReading> = {};
  let recordsWrite: CrashModel['recordsWrite'];
  const end = Math.min(index, events.length - 1);
  for (let position = 0; position <= end; position += 1) {
    const event = events[position];
    if (!event) continue;
    switch (event.kind) {
      case 'actor.heartbeat':
        (beats[event.actor] ??= []).push(event.t);
        break;
      case 'fault.injected':
        faults.push({ actor: event.actor, fault: event.fault, t: event.t });
        break;
      case 'memory.read':
        if (event.cell === 'corrupt records') {
          corruptSeen[event.actor] = { value: event.value, firstSeenAt: corruptSeen[event.actor]?.firstSeenAt ?? event.t };
        }
        break;
      case 'memory.write':
        if (event.cell === 'records') recordsWrite = { actor: event.actor, value: event.value, t: event.t };
        break;
      default:
        break;
    }
  }
  return { beats, faults, corruptSeen, recordsWrite, now: events[end]?.t ?? 0 };
}

/** Real time shown from the left to the right end of every heartbeat strip. */
const MIN_WINDOW_NS = 3e9;

/**
 * The strips' time window, from the whole log (not the played part) so the
 * spikes do not slide while playing: from just before the first heartbeat to
 * the last event, and at least 3 s (a live run keeps its scale while it grows).
 */
export function crashWindow(events: readonly LabEvent[]): TimeWindow {
  const firstBeat = events.find((event) => event.kind === 'actor.heartbeat')?.t;
  const from = Math.max(0, (firstBeat ?? events[0]?.t ?? 0) - 100e6);
  const last = events.at(-1)?.t ?? from;
  return { from, to: Math.max(last, from + MIN_WINDOW_NS) };
}

/** The fatal (or corrupting) faults of one side: process actors "proc-N" or threads "thread-N". */
export function faultsOf(model: CrashModel, side: 'processes' | 'threads'): readonly FaultMark[] {
  const prefix = side === 'processes' ? 'proc-' : 'thread-';
  return model.faults.filter((fault) => fault.actor.startsWith(prefix));
}

/** Ids in number order: proc-1, proc-2, … */
export function numbered(prefix: 'proc' | 'thread', count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);
}
