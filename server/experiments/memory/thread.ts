/**
 * A worker thread of the memory lesson: it increments the one shared x with
 * Atomics.add, so no increment is lost, and reports each value it wrote.
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
  const value = Atomics.add(shared, SHARED.x, 1) + 1;
  runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value });
}
await runtime.flush();
parentPort?.postMessage({ type: 'done', tid: runtime.tid });
// Stay alive until the process has read x, so all threads are seen together.
Atomics.add(shared, SHARED.done, 1);
Atomics.notify(shared, SHARED.done);
Atomics.wait(shared, SHARED.release, 0);
