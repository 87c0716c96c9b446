/**
 * Puts the events of many sources into one order by `t`, with a guarantee
 * instead of a guess about lag.
 *
 * A source is one stream whose events come in the order they were timed: the
 * owner's own code, a child's IPC channel, a worker's port, one process of the
 * native program. Each source has a low watermark: no event below it will
 * come from it any more (its last event's t, or a later progress mark it sent
 * while idle). An event is released only once every open source's watermark
 * has reached its t, so nothing released can be overtaken by a late arrival,
 * and no `t` is ever changed.
 *
 * A source that starts another (a fork, a new worker) opens it with a floor
 * read before the start: every event of the new source is timed after it, and
 * the opener's own watermark cannot pass the floor before the opening is
 * known here. A source that holds the log back for long is reported
 * (`onStall`), and the log keeps waiting: the run's time limit bounds the wait.
 */
import type { TimedEventBody } from '../../shared/protocol.js';

export type StalledSource = { source: string; heardUntil: number; silentMs: number };

export type OrderedMergeOptions = {
  /** The owner's clock: ns since the run started. Its own events are timed on it, so its watermark is now. */
  now(): number;
  /** Wall-clock milliseconds, for how long a source has been silent. */
  nowMs?: () => number;
  /** A source silent this long while the log waits on it is reported once per silence. Default 2000 ms. */
  stallReportMs?: number;
  onStall?: (stall: StalledSource) => void;
  /** An event below what was already released (its source broke the protocol): dropped, and said here. */
  onLate?: (source: string, event: TimedEventBody) => void;
};

export type OrderedMerge = {
  /** An event of the owner's own stream (t read just now). */
  own(event: TimedEventBody): void;
  /** Registers a source whose events will all be timed at or after `floor`. */
  open(source: string, floor: number): void;
  push(source: string, event: TimedEventBody): void;
  /** Nothing below `t` will come from `source` any more. */
  mark(source: string, t: number): void;
  /** The source and every source under it (`source/...`) will send nothing more. */
  close(source: string): void;
  /** The events every open source has passed, in t order (equal t: arrival order). */
  takeReleasable(): TimedEventBody[];
  /** Everything pending, in t order, whatever the watermarks (the run is over). */
  takeAll(): TimedEventBody[];
  /** Sources still open. */
  openSources(): string[];
  pendingCount(): number;
};

type SourceState = { watermark: number; lastHeardMs: number; stallReported: boolean };

export function createOrderedMerge(options: OrderedMergeOptions): OrderedMerge {
  const nowMs = options.nowMs ?? (() => performance.now());
  const stallReportMs = options.stallReportMs ?? 2000;
  const sources = new Map<string, SourceState>();
  const closed = new Set<string>();
  const isClosed = (source: string): boolean => {
    for (let end = source.length; end > 0; end = source.lastIndexOf('/', end - 1)) {
      if (closed.has(source.slice(0, end))) return true;
    }
    return false;
  };
  let pending: TimedEventBody[] = [];
  /** Every released event had t at or below this. */
  let released = 0;

  const heard = (source: string, t: number): SourceState => {
    let state = sources.get(source);
    if (!state) {
      // Heard before it was announced (the native program's processes share one pipe
      // with their opener): its first event is its floor.
      state = { watermark: t, lastHeardMs: nowMs(), stallReported: false };
      sources.set(source, state);
    }
    if (t > state.watermark) state.watermark = t;
    state.lastHeardMs = nowMs();
    state.stallReported = false;
    return state;
  };

  const accept = (source: string, event: TimedEventBody): void => {
    if (event.t < released) {
      options.onLate?.(source, event);
      return;
    }
    pending.push(event);
  };

  const lowWatermark = (): number => {
    let low = options.now();
    for (const state of sources.values()) if (state.watermark < low) low = state.watermark;
    return low;
  };

  const reportStalls = (low: number): void => {
    if (!options.onStall || pending.length === 0) return;
    const at = nowMs();
    for (const [source, state] of sources) {
      if (state.watermark > low || state.stallReported || at - state.lastHeardMs < stallReportMs) continue;
      state.stallReported = true;
      options.onStall({ source, heardUntil: state.watermark, silentMs: Math.round(at - state.lastHeardMs) });
    }
  };

  const take = (horizon: number): TimedEventBody[] => {
    if (pending.length === 0) return [];
    // Stable: events with equal t keep their arrival order.
    pending.sort((a, b) => a.t - b.t);
    let cut = 0;
    while (cut < pending.length && (pending[cut] as TimedEventBody).t <= horizon) cut++;
    if (cut === 0) return [];
    const ready = pending.slice(0, cut);
    pending = pending.slice(cut);
    released = Math.max(released, (ready.at(-1) as TimedEventBody).t);
    return ready;
  };

  return {
    own: (event) => accept('(own)', event),
    open(source, floor) {
      if (sources.has(source) || isClosed(source)) return;
      sources.set(source, { watermark: Math.max(floor, 0), lastHeardMs: nowMs(), stallReported: false });
    },
    push(source, event) {
      // A closed source has no watermark to keep; its event still only enters in order.
      if (!isClosed(source)) heard(source, event.t);
      accept(source, event);
    },
    mark(source, t) {
      if (sources.has(source)) heard(source, t);
    },
    close(source) {
      closed.add(source);
      const prefix = `${source}/`;
      for (const key of [...sources.keys()]) if (key === source || key.startsWith(prefix)) sources.delete(key);
    },
    takeReleasable() {
      const low = lowWatermark();
      reportStalls(low);
      return take(low);
    },
    takeAll: () => take(Number.POSITIVE_INFINITY),
    openSources: () => [...sources.keys()],
    pendingCount: () => pending.length,
  };
}
