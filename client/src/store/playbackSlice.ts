/**
 * Which run is on stage, and the presentation clock that plays it.
 *
 * The clock object lives in the store but its 60-per-second position does
 * not: the clock has its own subscribe (see useClock.ts), so a tick wakes only
 * the stage and the playback controls, never the rest of the app.
 */
import { isEndedStatus, isTerminalEvent } from '../../../shared/protocol.js';
import { createPresentationClock, type PresentationClock } from '../clock/presentationClock.js';
import type { RunEntry } from './runsSlice.js';
import type { Slice } from './types.js';

export type PlaybackSlice = {
  /** The run on stage. */
  watchedRun: string | undefined;
  clock: PresentationClock;
  /** Puts a run on stage, rewinding the clock over the events held so far. */
  watchRun(runId: string, options: { autoplay: boolean }): void;
};

/** Whether more events may still arrive for this run. */
export function isRunLive(entry: RunEntry | undefined): boolean {
  if (!entry) return true;
  const last = entry.events[entry.events.length - 1];
  if (last && isTerminalEvent(last)) return false;
  return !(entry.info && isEndedStatus(entry.info.status));
}

export function createPlaybackSlice(clock: PresentationClock = createPresentationClock()): Slice<PlaybackSlice> {
  return (set, get) => ({
    watchedRun: undefined,
    clock,
    watchRun(runId, { autoplay }) {
      const entry = get().runs[runId];
      clock.load(
        (entry?.events ?? []).map((event) => event.t),
        isRunLive(entry),
      );
      set({ watchedRun: runId });
      if (autoplay) clock.play();
    },
  });
}
