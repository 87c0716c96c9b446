/**
 * A racing thread: in each round it increments the shared counter K times,
 * in the round's way. "plain" is a real read-modify-write race (load, add,
 * store: another thread's store in between is lost); "atomic" is one
 * indivisible Atomics.add; "lock" guards the plain increment with a lock
 * built on Atomics (compare-exchange, and wait/notify when contended).
 */
import { workerData } from 'node:worker_threads';
import { raceVariants } from '../../../shared/results/race.js';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { SLOT } from './sharedLayout.js';

const runtime = startActorRuntime();
const { shared: buffer, index, increments } = workerData as { shared: SharedArrayBuffer; index: number; increments: number };
const shared = new Int32Array(buffer);
const CHECK_EVERY = 1 << 14;

function lock(): void {
  // Fast path: free → held. Slow path: mark "held with waiters" and sleep until woken.
  let state = Atomics.compareExchange(shared, SLOT.lock, 0, 1);
  if (state === 0) return;
  do {
    if (state === 2 || Atomics.compareExchange(shared, SLOT.lock, 1, 2) !== 0) Atomics.wait(shared, SLOT.lock, 2, 50);
    state = Atomics.compareExchange(shared, SLOT.lock, 0, 2);
  } while (state !== 0);
}

function unlock(): void {
  if (Atomics.sub(shared, SLOT.lock, 1) !== 1) {
    Atomics.store(shared, SLOT.lock, 0);
    Atomics.notify(shared, SLOT.lock, 1);
  }
}

function runRound(variant: string): number {
  let done = 0;
  while (done < increments) {
    const batch = Math.min(CHECK_EVERY, increments - done);
    if (variant === 'plain') {
      // Deliberately not atomic: this is the lost-update race.
      for (let step = 0; step < batch; step += 1) shared[SLOT.counter] = (shared[SLOT.counter] as number) + 1;
    } else if (variant === 'atomic') {
      for (let step = 0; step < batch; step += 1) Atomics.add(shared, SLOT.counter, 1);
    } else {
      for (let step = 0; step < batch; step += 1) {
        lock();
        shared[SLOT.counter] = (shared[SLOT.counter] as number) + 1;
        unlock();
      }
    }
    done += batch;
    if (Atomics.load(shared, SLOT.abort) === 1) break;
  }
  return done;
}

// Send actor.started now: Atomics.wait below blocks this thread's event loop. It says
// nothing more (its rounds are measured, not narrated), so the host need not wait for it.
await runtime.end();
let seenRound = 0;
Atomics.add(shared, SLOT.ready, 1);
Atomics.notify(shared, SLOT.ready);
for (;;) {
  Atomics.wait(shared, SLOT.round, seenRound);
  if (Atomics.load(shared, SLOT.quit) === 1) break;
  seenRound = Atomics.load(shared, SLOT.round);
  const variant = raceVariants[Atomics.load(shared, SLOT.variant)] ?? 'plain';
  Atomics.store(shared, SLOT.perWorker + index, runRound(variant));
  Atomics.add(shared, SLOT.done, 1);
  Atomics.notify(shared, SLOT.done);
}
await runtime.flush();
