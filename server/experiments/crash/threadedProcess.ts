/**
 * The crash lesson's threads side: one process, several worker threads that
 * beat and check one block of records in shared memory. When the victim
 * thread faults, what happens to the others is the lesson.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { startThreadActor } from '../../lab/supervisor.js';
import type { ThreadFault } from './faults.js';
import { fillRecords } from './records.js';
import { CRASH_TIMELINE, isSchedule } from './timeline.js';

const runtime = startActorRuntime();
const threadCount = Number(process.argv[2] ?? '2');
const fault = (process.argv[3] ?? 'sigsegv') as ThreadFault;
const records = new Int32Array(new SharedArrayBuffer(CRASH_TIMELINE.records * 2 * Int32Array.BYTES_PER_ELEMENT));
fillRecords(records);

const threads = Array.from({ length: threadCount }, (_, index) => {
  const victim = index === 1;
  const thread = startThreadActor(runtime, {
    actor: `thread-${index + 1}`,
    label: `thread ${index + 1}`,
    parent: runtime.actor,
    entry: new URL('./heartbeatThread.js', import.meta.url),
    startNs: runtime.startNs,
    workerData: { records: records.buffer, role: victim ? 'victim' : 'sibling', fault },
  });
  thread.onMessage(async (message) => {
    // A fatal signal ends the process at once, so the victim's last events
    // go to the lab host before it may pull the trigger.
    if ((message as { type?: string }).type !== 'fault-ready') return;
    await runtime.flush();
    thread.worker.postMessage({ type: 'go' });
  });
  return thread;
});

// The host's schedule goes to every thread; they time the fault themselves.
process.on('message', (message) => {
  if (isSchedule(message)) for (const thread of threads) thread.worker.postMessage(message);
});

const exits = await Promise.all(threads.map((thread) => thread.exited));
await runtime.flush();
// A thread that died of a contained exception is part of the lesson, not a failure of the process.
process.exit(exits.every((exit) => exit.code === 0 || exit.error) ? 0 : 1);
