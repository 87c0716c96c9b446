/**
 * A run file: the NDJSON event log that GET /api/runs/:id/events serves and
 * the "Download events" button saves. Opening one replays the run with no
 * server at all, so every line is checked like any other boundary: JSON,
 * a lab event (labEventSchema), one run, seq 0, 1, 2… with no gap, nothing
 * after the run's end. The first problem is reported with its line number.
 */
import type { z } from 'zod';
import { experimentIds, memoryResultSchema } from '../../../shared/experiments.js';
import { describeZodError, isTerminalEvent, labEventSchema, type LabEvent, type RunInfo, type RunStatus } from '../../../shared/protocol.js';
import { checkedAsIs } from '../../../shared/checkedAsIs.js';
import { communicationResultSchema } from '../../../shared/results/communication.js';
import { crashResultSchema } from '../../../shared/results/crash.js';
import { creationResultSchema } from '../../../shared/results/creation.js';
import { parallelismResultSchema } from '../../../shared/results/parallelism.js';
import { raceResultSchema } from '../../../shared/results/race.js';

/** Largest file opened, bytes: a browser tab should not be asked to hold more. */
export const MAX_RUN_FILE_BYTES = 64 * 1024 * 1024;

export type RunFileError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; megabytes: number }
  | { kind: 'notJson'; line: number }
  | { kind: 'notEvent'; line: number; detail: string }
  | { kind: 'otherRun'; line: number; run: string; first: string }
  | { kind: 'outOfOrder'; line: number; seq: number; expected: number }
  | { kind: 'afterEnd'; line: number }
  | { kind: 'unreadable' };

export type ParsedRunFile = {
  runId: string;
  events: LabEvent[];
  /** finished / failed from the last event; "stopped" when the log ends before the run did. */
  status: RunStatus;
  result: Record<string, unknown> | undefined;
  error: string | undefined;
};

export type RunFileOutcome = { ok: true; run: ParsedRunFile } | { ok: false; error: RunFileError };

/** Parses and checks a whole run file. Pure. */
export function parseRunFile(text: string): RunFileOutcome {
  const lines = text.split('\n');
  const events: LabEvent[] = [];
  let ended = false;
  for (let number = 1; number <= lines.length; number += 1) {
    const line = (lines[number - 1] ?? '').trim();
    if (line === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return { ok: false, error: { kind: 'notJson', line: number } };
    }
    const parsed = checkedAsIs(labEventSchema, raw);
    if (!parsed.success) return { ok: false, error: { kind: 'notEvent', line: number, detail: describeZodError(parsed.error) } };
    const event = parsed.data as LabEvent;
    const first = events[0];
    if (first && event.run !== first.run) return { ok: false, error: { kind: 'otherRun', line: number, run: event.run, first: first.run } };
    if (ended) return { ok: false, error: { kind: 'afterEnd', line: number } };
    if (event.seq !== events.length) return { ok: false, error: { kind: 'outOfOrder', line: number, seq: event.seq, expected: events.length } };
    events.push(event);
    ended = isTerminalEvent(event);
  }
  const first = events[0];
  if (!first) return { ok: false, error: { kind: 'empty' } };
  const last = events[events.length - 1];
  return {
    ok: true,
    run: {
      runId: first.run,
      events,
      status: last?.kind === 'run.finished' ? 'finished' : last?.kind === 'run.failed' ? 'failed' : 'stopped',
      result: last?.kind === 'run.finished' ? last.result : undefined,
      error: last?.kind === 'run.failed' ? last.error : undefined,
    },
  };
}

const resultSchemas: ReadonlyArray<readonly [string, z.ZodType]> = [
  ['memory', memoryResultSchema],
  ['creation', creationResultSchema],
  ['communication', communicationResultSchema],
  ['crash', crashResultSchema],
  ['race', raceResultSchema],
  ['parallelism', parallelismResultSchema],
];

/**
 * Which lesson recorded the run. The log itself does not say, so: the file's
 * name first (the download button names it "<lesson>-<run>.ndjson"), then
 * the shape of its result. Undefined when neither tells (the page then asks).
 */
export function guessExperiment(run: Pick<ParsedRunFile, 'result'>, fileName: string): string | undefined {
  const prefix = /^([a-z0-9]+)[-_.]/.exec(fileName.toLowerCase())?.[1];
  if (prefix && experimentIds.includes(prefix)) return prefix;
  if (!run.result) return undefined;
  return resultSchemas.find(([, schema]) => schema.safeParse(run.result).success)?.[0];
}

/** The run's info as the store keeps it, for a run that came from a file. */
export function runInfoFromFile(run: ParsedRunFile, experiment: string, createdAt: number): RunInfo {
  return {
    id: run.runId,
    experiment,
    // Parameters are not in the log; lessons size their stage from the events instead.
    params: {},
    status: run.status,
    ...(run.result ? { result: run.result } : {}),
    ...(run.error ? { error: run.error } : {}),
    createdAt,
    eventCount: run.events.length,
  };
}

/** The file name the download button gives a run's log. */
export function runFileName(experiment: string, runId: string): string {
  return `${experiment}-${runId}.ndjson`;
}

/** A run's log as NDJSON text (for runs held only in this browser). */
export function toNdjson(events: readonly LabEvent[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}
