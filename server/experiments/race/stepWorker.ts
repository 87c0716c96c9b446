/**
 * Step mode: one real thread running x = x + 1 as three steps (read x into a
 * register, add 1 to the register, write the register to x). Before each
 * step it waits on its turnstile in shared memory until the person lets it go.
 */
import { workerData } from 'node:worker_threads';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { STEP_SLOT } from './sharedLayout.js';

const runtime = startActorRuntime();
const { shared: buffer, index, increments } = workerData as { shared: SharedArrayBuffer; index: number; increments: number };
const shared = new Int32Array(buffer);
const turn = STEP_SLOT.turn + index;
const register = `${runtime.actor}.register`;

/** Blocks this thread until its turnstile opens; false if the run is ending. */
function awaitTurn(): boolean {
  while (Atomics.load(shared, turn) === 0) {
    if (Atomics.load(shared, STEP_SLOT.quit) === 1) return false;
    // Short waits: between them the thread says where its clock is, so a person
    // thinking for a minute does not hold back the other thread's events.
    Atomics.wait(shared, turn, 0, 20);
    runtime.mark();
  }
  return true;
}

function stepDone(): void {
  Atomics.store(shared, turn, 0);
  Atomics.notify(shared, turn);
}

// Send actor.started now: Atomics.wait below blocks this thread's event loop.
await runtime.flush();
let value = 0;
outer: for (let increment = 0; increment < increments; increment += 1) {
  for (const step of ['read', 'add', 'write'] as const) {
    if (!awaitTurn()) break outer;
    if (step === 'read') {
      value = Atomics.load(shared, STEP_SLOT.x);
      runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'x', value });
      runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: register, value });
    } else if (step === 'add') {
      value += 1;
      runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: register, value });
    } else {
      Atomics.store(shared, STEP_SLOT.x, value);
      runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value });
    }
    await runtime.flush();
    stepDone();
  }
}
await runtime.flush();
