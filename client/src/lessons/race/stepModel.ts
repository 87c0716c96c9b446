/**
 * What the race stage shows in step mode, from the events played so far:
 * the shared x, each thread's register, the steps each thread has taken
 * (read, add, write: x = x + 1 in three moves) and so its next one. Pure.
 *
 * A thread's step shows in its events: "read" is a read of x followed by a
 * write of its register; "add" is a register write on its own; "write" is a
 * write of x.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import { STEP_INCREMENTS_MAX } from '../../../../shared/results/race.js';

export { STEP_INCREMENTS_MAX };
export const stepThreads = ['thread-1', 'thread-2'] as const;
export type StepThread = (typeof stepThreads)[number];
export type StepKind = 'read' | 'add' | 'write';
export const stepCycle: readonly StepKind[] = ['read', 'add', 'write'];

export type TakenStep = {
  thread: StepThread;
  kind: StepKind;
  /** The value read, the register after the add, or the value written. */
  value: number;
  /** x just before a write (to tell when a write overwrote another thread's increment). */
  xBefore: number | undefined;
  t: number;
  seq: number;
};

export type StepModel = {
  x: number | undefined;
  registers: Readonly<Record<StepThread, number | undefined>>;
  steps: readonly TakenStep[];
  /** The step each thread takes next. */
  next: Readonly<Record<StepThread, StepKind>>;
};

function isStepThread(actor: string): actor is StepThread {
  return (stepThreads as readonly string[]).includes(actor);
}

/** The model after events[0..index] (inclusive). */
export function stepModelAt(events: readonly LabEvent[], index: number): StepModel {
  let x: number | undefined;
  const registers: Record<StepThread, number | undefined> = { 'thread-1': undefined, 'thread-2': undefined };
  const steps: TakenStep[] = [];
  /** A thread whose read of x is done but whose register write (same step) has not been seen yet. */
  const reading = new Set<StepThread>();
  const end = Math.min(index, events.length - 1);
  for (let position = 0; position <= end; position += 1) {
    const event = events[position];
    if (!event || (event.kind !== 'memory.read' && event.kind !== 'memory.write')) continue;
    const thread = isStepThread(event.actor) ? event.actor : undefined;
    const step = (kind: StepKind, xBefore?: number) => thread && steps.push({ thread, kind, value: event.value, xBefore, t: event.t, seq: event.seq });
    if (event.cell === 'x') {
      if (event.kind === 'memory.read' && thread) {
        reading.add(thread);
        step('read');
      } else if (event.kind === 'memory.write') {
        step('write', x);
      }
      x = event.value;
    } else if (thread && event.kind === 'memory.write' && event.cell === `${thread}.register`) {
      registers[thread] = event.value;
      if (reading.has(thread)) reading.delete(thread);
      else step('add');
    }
  }
  const taken = (thread: StepThread) => steps.filter((step) => step.thread === thread).length;
  const nextOf = (thread: StepThread) => stepCycle[taken(thread) % stepCycle.length] ?? 'read';
  return { x, registers, steps, next: { 'thread-1': nextOf('thread-1'), 'thread-2': nextOf('thread-2') } };
}

/** Steps a thread has completed (all events of its steps seen). */
export function stepsTaken(model: StepModel, thread: StepThread): number {
  return model.steps.filter((step) => step.thread === thread).length;
}

/** A write that left x no higher than before: another thread's increment was overwritten. */
export function isLostWrite(step: TakenStep): boolean {
  return step.kind === 'write' && step.xBefore !== undefined && step.value <= step.xBefore;
}

/** The 1-based increment a thread is working on (or has just finished). */
export function incrementOf(model: StepModel, thread: StepThread): number {
  return Math.floor(Math.max(0, stepsTaken(model, thread) - 1) / stepCycle.length) + 1;
}
