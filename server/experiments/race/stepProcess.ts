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

const done = [false, false];
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

let busy = false;
/** Opens one thread's turnstile and waits until it has taken its step. */
async function step(index: number): Promise<void> {
  if (done[index] || busy) return;
  busy = true;
  Atomics.store(shared, STEP_SLOT.turn + index, 1);
  Atomics.notify(shared, STEP_SLOT.turn + index);
  // The thread closes the turnstile (sets it back to 0) when its step is done.
  while (Atomics.load(shared, STEP_SLOT.turn + index) === 1 && !done[index]) {
    await Atomics.waitAsync(shared, STEP_SLOT.turn + index, 1, 200).value;
  }
  steps += 1;
  busy = false;
}

process.on('message', async (raw) => {
  const message = raw as { type?: string; thread?: number };
  if (message.type === 'step' && typeof message.thread === 'number') await step(message.thread);
  if (message.type === 'finish') {
    // Let each thread run its remaining steps, one thread after the other.
    for (let index = 0; index < THREADS; index += 1) while (!done[index]) await step(index);
  }
  if (message.type === 'quit') Atomics.store(shared, STEP_SLOT.quit, 1);
});

await Promise.all(workers.map((worker) => worker.exited));
const x = Atomics.load(shared, STEP_SLOT.x);
runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'x', value: x });
await runtime.flush();
process.send?.({ type: 'final', x, steps }, undefined, undefined, () => process.exit(0));
