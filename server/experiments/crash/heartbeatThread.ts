/**
 * A worker thread of the crash lesson. It beats and checks the shared
 * records; the victim faults at the fault time: a fatal signal (process-wide,
 * like a real segfault), an uncaught exception (Node contains it to this
 * thread), or a scribble over the records its siblings rely on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import type { ThreadFault } from './faults.js';
import { corruptRecords, scribble } from './records.js';
import { CRASH_TIMELINE, isSchedule, msUntil, type CrashSchedule } from './timeline.js';

const runtime = startActorRuntime();
const { records: buffer, role, fault } = workerData as { records: SharedArrayBuffer; role: 'victim' | 'sibling'; fault: ThreadFault };
const records = new Int32Array(buffer);

let beats = 0;
let lastCorrupt = 0;
const beat = setInterval(() => {
  beats += 1;
  runtime.emit({ kind: 'actor.heartbeat', actor: runtime.actor, n: beats });
  const corrupt = corruptRecords(records);
  if (corrupt !== lastCorrupt) {
    lastCorrupt = corrupt;
    runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'corrupt records', value: corrupt });
  }
}, CRASH_TIMELINE.beatMs);

function scheduleFault(schedule: CrashSchedule): void {
  setTimeout(() => {
    runtime.emit({ kind: 'fault.injected', actor: runtime.actor, fault });
    void runtime.flush();
    if (fault === 'sigsegv') {
      parentPort?.once('message', () => process.kill(process.pid, 'SIGSEGV'));
      parentPort?.postMessage({ type: 'fault-ready' });
    } else if (fault === 'exception') {
      throw new Error('deliberate uncaught exception in a worker thread');
    } else {
      scribble(records);
      runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'records', value: -1 });
    }
  }, msUntil(schedule.faultAtMs, runtime.now()));
}

function follow(schedule: CrashSchedule): void {
  if (role === 'victim') scheduleFault(schedule);
  setTimeout(() => {
    clearInterval(beat);
    void runtime.flush();
    // Nothing left to keep the thread alive: it ends normally.
    parentPort?.removeAllListeners();
    parentPort?.unref();
  }, msUntil(schedule.endAtMs, runtime.now()));
}

parentPort?.once('message', (message) => {
  if (isSchedule(message)) follow(message);
});
