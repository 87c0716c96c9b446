/**
 * Runs we know about: their info (status, params, result) and their event
 * log, in seq order. Logs only grow (see mergeEvents.ts).
 */
import type { LabEvent, RunInfo } from '../../../shared/protocol.js';
import { mergeBatch } from './mergeEvents.js';
import type { Slice } from './types.js';

export type RunEntry = {
  id: string;
  /** Undefined until the server sent run.accepted or run.status. */
  info: RunInfo | undefined;
  events: readonly LabEvent[];
  /** A hole in the log, if the server ever skipped events. */
  gap: { expected: number; got: number } | undefined;
};

export type RunsSlice = {
  runs: Readonly<Record<string, RunEntry>>;
  recordRunInfo(info: RunInfo): void;
  /** Merges a batch and returns the events that were new. */
  appendEvents(runId: string, batch: readonly LabEvent[]): readonly LabEvent[];
};

function emptyEntry(id: string): RunEntry {
  return { id, info: undefined, events: [], gap: undefined };
}

export const createRunsSlice: Slice<RunsSlice> = (set, get) => ({
  runs: {},
  recordRunInfo(info) {
    const entry = get().runs[info.id] ?? emptyEntry(info.id);
    set({ runs: { ...get().runs, [info.id]: { ...entry, info } } });
  },
  appendEvents(runId, batch) {
    const entry = get().runs[runId] ?? emptyEntry(runId);
    const outcome = mergeBatch(entry.events, batch);
    if (outcome.added.length === 0 && !outcome.gap) return outcome.added;
    set({ runs: { ...get().runs, [runId]: { ...entry, events: outcome.events, gap: outcome.gap ?? entry.gap } } });
    return outcome.added;
  },
});
