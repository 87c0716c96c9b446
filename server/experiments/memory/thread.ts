/**
 * A worker thread of the memory lesson: it increments the one shared x
 * atomically, so no increment is lost, and reports each value it wrote.
 *
 * The increment is a compare-and-swap (Atomics.compareExchange), with the
 * clock read between loading x and swapping it in: the swap succeeds only if
 * x did not change since the load, so the value written last was also timed
 * last, and the log (ordered by t) shows x rising exactly as it was written.
 * With Atomics.add and the clock read after it, a thread paused between the
 * two could be timed after a later write.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { SHARED } from './messages.js';

const runtime = startActorRuntime();
const { shared: buffer, increments } = workerData as { shared: SharedArrayBuffer; increments: number };
const shared = new Int32Array(buffer);

// Send actor.started now: Atomics.wait below blocks this thread's event loop.
await runtime.flush();
Atomics.add(shared, SHARED.ready, 1);
Atomics.notify(shared, SHARED.ready);
Atomics.wait(shared, SHARED.go, 0);

for (let step = 0; step < increments; step += 1) {
  let seen: number;
  let t: number;
  do {
    seen = Atomics.load(shared, SHARED.x);
    t = runtime.now();
  } while (Atomics.compareExchange(shared, SHARED.x, seen, seen + 1) !== seen);
  runtime.emitTimed({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value: seen + 1, t });
}
// Nothing more to say: the host need not wait for this thread while it waits below.
await runtime.end();
parentPort?.postMessage({ type: 'done', tid: runtime.tid });
// Stay alive until the process has read x, so all threads are seen together.
Atomics.add(shared, SHARED.done, 1);
Atomics.notify(shared, SHARED.done);
Atomics.wait(shared, SHARED.release, 0);
