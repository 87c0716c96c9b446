/**
 * One run as the server knows it: its request, its status and its event log,
 * with the subscribers that follow it live.
 *
 * The log is append-only and gapless; a subscriber gets the log so far and
 * then every later batch, in the same tick, so nobody can miss an event.
 */
import type { LabEvent, RunInfo, RunPlacement, RunStatus } from '../../shared/protocol.js';
import type { ParamValues } from '../../shared/experiments.js';

export type RunListener = {
  onEvents(events: readonly LabEvent[]): void;
  onStatus(info: RunInfo): void;
};

export type RunRecord = {
  id: string;
  experiment: string;
  params: ParamValues;
  createdAt: number;
  status: RunStatus;
  result?: Record<string, unknown>;
  error?: string;
  events: LabEvent[];
  listeners: Set<RunListener>;
  /** Who asked: `key` names them to the server only (a session id, or "local"); never sent to anyone. */
  owner?: RunRequester;
  /** Where it ran and beside what: set when it starts, completed when it ends. */
  placement?: RunPlacement;
  /** While queued: its place and estimated wait. */
  queue?: { position: number; estimatedWaitMs: number };
};

export type RunRequester = {
  key: string;
  presenter: boolean;
  /** A hands-on student (quotas apply), as opposed to the presenter or the one user of a local lab. */
  student: boolean;
  name?: string;
  /** Most runs of this requester in flight at once (a student's quota); none: no bound. */
  maxRunning?: number;
};

export function createRunRecord(id: string, experiment: string, params: ParamValues): RunRecord {
  return { id, experiment, params, createdAt: Date.now(), status: 'queued', events: [], listeners: new Set() };
}

export function runInfo(run: RunRecord): RunInfo {
  return {
    id: run.id,
    experiment: run.experiment,
    params: run.params,
    status: run.status,
    ...(run.result ? { result: run.result } : {}),
    ...(run.error ? { error: run.error } : {}),
    createdAt: run.createdAt,
    eventCount: run.events.length,
    // Only in a shared lab is who ran it worth saying; the key (a session id) never leaves the server.
    ...(run.owner && run.owner.key !== LOCAL_OWNER
      ? { owner: { presenter: run.owner.presenter, ...(run.owner.name ? { name: run.owner.name } : {}) } }
      : {}),
    ...(run.placement ? { placement: { ...run.placement, cores: [...run.placement.cores] } } : {}),
    ...(run.status === 'queued' && run.queue ? { queue: { ...run.queue } } : {}),
  };
}

/** The owner of every run of a lab used by one person (local mode). */
export const LOCAL_OWNER = 'local';

/** Appends a batch that must continue the log exactly; returns an error in words otherwise. */
export function appendEvents(run: RunRecord, batch: readonly LabEvent[]): string | undefined {
  if (batch.length === 0) return undefined;
  const expected = run.events.length;
  if (batch[0]?.seq !== expected) return `event batch starts at seq ${batch[0]?.seq}, expected ${expected}`;
  for (let index = 0; index < batch.length; index += 1) {
    const event = batch[index] as LabEvent;
    if (event.seq !== expected + index || event.run !== run.id) return `event ${event.seq} is out of order or of another run`;
  }
  run.events.push(...batch);
  for (const listener of run.listeners) listener.onEvents(batch);
  return undefined;
}

export function setStatus(run: RunRecord, status: RunStatus, extra: { result?: Record<string, unknown>; error?: string } = {}): void {
  run.status = status;
  if (extra.result) run.result = extra.result;
  if (extra.error) run.error = extra.error;
  const info = runInfo(run);
  for (const listener of run.listeners) listener.onStatus(info);
}

/** Tells the run's listeners its info changed without a status change (a new queue place). */
export function announce(run: RunRecord): void {
  const info = runInfo(run);
  for (const listener of run.listeners) listener.onStatus(info);
}

/** Subscribes a listener: it gets the log so far at once, then live batches. */
export function subscribe(run: RunRecord, listener: RunListener): () => void {
  // A copy: the log keeps growing, and listeners may cache what they were given.
  if (run.events.length > 0) listener.onEvents(run.events.slice());
  listener.onStatus(runInfo(run));
  run.listeners.add(listener);
  return () => run.listeners.delete(listener);
}
