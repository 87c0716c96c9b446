/**
 * The memory lesson's process with threads: one address space, one x (a
 * SharedArrayBuffer cell), several worker threads incrementing it.
 *
 * Node caveat shown on screen: each worker has its own JS heap, so a plain
 * variable is never shared; a SharedArrayBuffer is the memory they share.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { startThreadActor } from '../../lab/supervisor.js';
import { SHARED, threadDoneSchema } from './messages.js';

const runtime = startActorRuntime();
const threadCount = Number(process.argv[2] ?? '1');
const increments = Number(process.argv[3] ?? '1');

const shared = new Int32Array(new SharedArrayBuffer(SHARED.slots * Int32Array.BYTES_PER_ELEMENT));
runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value: Atomics.load(shared, SHARED.x) });

const threads: { actor: string; tid: number }[] = [];
const workers = Array.from({ length: threadCount }, (_, index) => {
  const actor = `thread-${index + 1}`;
  const thread = startThreadActor(runtime, {
    actor,
    label: `thread ${index + 1}`,
    parent: runtime.actor,
    entry: new URL('./thread.js', import.meta.url),
    startNs: runtime.startNs,
    workerData: { shared: shared.buffer, increments },
  });
  thread.onMessage((raw) => {
    const done = threadDoneSchema.safeParse(raw);
    if (done.success) threads.push({ actor, tid: done.data.tid });
  });
  return thread;
});

/** Waits until a counter slot reaches `target`, or until every worker has exited (one failed). */
async function awaitCount(slot: number, target: number, anyExit: Promise<unknown>): Promise<void> {
  for (;;) {
    const seen = Atomics.load(shared, slot);
    if (seen >= target) return;
    const woke = await Promise.race([Atomics.waitAsync(shared, slot, seen).value, anyExit.then(() => 'exited')]);
    if (woke === 'exited') return;
  }
}
const anyExit = Promise.race(workers.map((worker) => worker.exited));

// Release all threads at once so their increments really overlap in time.
await awaitCount(SHARED.ready, threadCount, anyExit);
Atomics.store(shared, SHARED.go, 1);
Atomics.notify(shared, SHARED.go);

// Read the one x while every thread that wrote it is still alive, then let them end.
await awaitCount(SHARED.done, threadCount, anyExit);
const x = Atomics.load(shared, SHARED.x);
runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'x', value: x });
Atomics.store(shared, SHARED.release, 1);
Atomics.notify(shared, SHARED.release);
const exits = await Promise.all(workers.map((worker) => worker.exited));
await runtime.flush();
threads.sort((a, b) => a.actor.localeCompare(b.actor, 'en', { numeric: true }));
process.send?.({ type: 'final', x, threads }, undefined, undefined, () => {
  process.exit(exits.every((exit) => exit.code === 0) ? 0 : 1);
});
