/**
 * Step mode's process: two real threads share x, and move only when the
 * host (relaying the person's choice) opens their turnstile.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { startThreadActor } from '../../lab/supervisor.js';
import { STEP_SLOT } from './sharedLayout.js';

const THREADS = 2;
const runtime = startActorRuntime();
const increments = Number(process.argv[2] ?? '2');
const shared = new Int32Array(new SharedArrayBuffer((STEP_SLOT.turn + THREADS) * Int32Array.BYTES_PER_ELEMENT));
runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value: 0 });

/** read, add, write per increment. */
const STEPS_PER_INCREMENT = 3;
const done = [false, false];
/** Steps each thread has still to take: a step asked of a thread with none left is ignored. */
const stepsLeft = [STEPS_PER_INCREMENT * increments, STEPS_PER_INCREMENT * increments];
let steps = 0;
const workers = Array.from({ length: THREADS }, (_, index) => {
  const worker = startThreadActor(runtime, {
    actor: `thread-${index + 1}`,
    label: `thread ${index + 1}`,
    parent: runtime.actor,
    entry: new URL('./stepWorker.js', import.meta.url),
    startNs: runtime.startNs,
    workerData: { shared: shared.buffer, index, increments },
  });
  void worker.exited.then(() => (done[index] = true));
  return worker;
});

/** Opens one thread's turnstile and waits until it has taken its step (callers run one at a time, through obey). */
async function step(index: number): Promise<void> {
  if (done[index] || stepsLeft[index] === 0) return;
  Atomics.store(shared, STEP_SLOT.turn + index, 1);
  Atomics.notify(shared, STEP_SLOT.turn + index);
  // The thread closes the turnstile (sets it back to 0) when its step is done.
  while (Atomics.load(shared, STEP_SLOT.turn + index) === 1 && !done[index]) {
    await Atomics.waitAsync(shared, STEP_SLOT.turn + index, 1, 200).value;
  }
  // Still open: the thread ended without taking the step (the run is quitting).
  if (Atomics.load(shared, STEP_SLOT.turn + index) !== 0) return;
  stepsLeft[index] = (stepsLeft[index] as number) - 1;
  steps += 1;
}

let finishRequested = false;
/** What the person asked for, in order: a click made while a step is still running waits its turn instead of being lost. */
async function obey(message: { type?: string; thread?: number }): Promise<void> {
  if (message.type === 'step' && typeof message.thread === 'number') await step(message.thread);
  if (message.type === 'finish') {
    finishRequested = true;
    // Let each thread run its remaining steps, one thread after the other.
    for (let index = 0; index < THREADS; index += 1) while (!done[index] && stepsLeft[index] !== 0) await step(index);
  }
}

let pending = Promise.resolve();
process.on('message', (raw) => {
  const message = raw as { type?: string; thread?: number };
  // Quitting (the run went idle) must not wait behind queued steps.
  if (message.type === 'quit') Atomics.store(shared, STEP_SLOT.quit, 1);
  else pending = pending.then(() => obey(message));
});

await Promise.all(workers.map((worker) => worker.exited));
const x = Atomics.load(shared, STEP_SLOT.x);
runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'x', value: x });
await runtime.flush();
process.send?.({ type: 'final', x, steps, finishRequested }, undefined, undefined, () => process.exit(0));
