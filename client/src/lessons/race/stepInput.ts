/**
 * Whether a person may step a thread now, and when a step they asked for has
 * been taken. Pure: the step buttons and the keyboard both ask here.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import { stepsTaken, type StepKind, type StepModel, type StepThread } from './stepModel.js';

export type PendingInput = { input: StepThread | 'finish'; stepsBefore: number; sentAt: number };

/** How long to wait for a step's events before letting the person try again (ms). */
export const PENDING_TIMEOUT_MS = 6000;

export type ThreadStatus = { started: boolean; finished: boolean };

export type StepAvailability = { canStep: Readonly<Record<StepThread, boolean>>; canFinish: boolean };

/**
 * A thread can be stepped while the run is live, both threads have started
 * (so the person sees what moves), it has not finished, and no other input
 * is still on its way (the process takes one step at a time and would drop it).
 */
export function availability(live: boolean, threads: Readonly<Record<StepThread, ThreadStatus>>, pending: PendingInput | undefined): StepAvailability {
  const ready = live && pending === undefined && threads['thread-1'].started && threads['thread-2'].started;
  return {
    canStep: { 'thread-1': ready && !threads['thread-1'].finished, 'thread-2': ready && !threads['thread-2'].finished },
    canFinish: ready && !(threads['thread-1'].finished && threads['thread-2'].finished),
  };
}

/** Whether the pending input has had its effect (or can no longer have one). */
export function settled(pending: PendingInput, model: StepModel, threads: Readonly<Record<StepThread, ThreadStatus>>, live: boolean, now: number): boolean {
  if (!live || now - pending.sentAt > PENDING_TIMEOUT_MS) return true;
  if (pending.input === 'finish') return threads['thread-1'].finished && threads['thread-2'].finished;
  return stepsTaken(model, pending.input) > pending.stepsBefore || threads[pending.input].finished;
}

/** Which of the two threads have started and finished, from the whole log (not the playhead). */
export function threadStatuses(events: readonly LabEvent[]): Record<StepThread, ThreadStatus> {
  const status = (thread: StepThread): ThreadStatus => ({
    started: events.some((event) => event.kind === 'actor.started' && event.actor === thread),
    finished: events.some((event) => event.kind === 'actor.exited' && event.actor === thread),
  });
  return { 'thread-1': status('thread-1'), 'thread-2': status('thread-2') };
}

/** The schedule that loses an update, as (thread, step) pairs. */
export const losingRecipe: ReadonlyArray<{ thread: StepThread; kind: StepKind }> = [
  { thread: 'thread-1', kind: 'read' },
  { thread: 'thread-2', kind: 'read' },
  { thread: 'thread-1', kind: 'add' },
  { thread: 'thread-1', kind: 'write' },
  { thread: 'thread-2', kind: 'add' },
  { thread: 'thread-2', kind: 'write' },
];

/** How many of the recipe's steps the person has followed so far, in order from the start. */
export function recipeProgress(model: StepModel): number {
  let followed = 0;
  for (const [index, wanted] of losingRecipe.entries()) {
    const taken = model.steps[index];
    if (!taken || taken.thread !== wanted.thread || taken.kind !== wanted.kind) break;
    followed += 1;
  }
  return followed;
}
