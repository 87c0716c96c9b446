/**
 * One process of the crash lesson's processes side: it beats every 100 ms
 * and checks its own records. The victim, at the fault time, fails for real;
 * its siblings cannot even see its memory, so they beat on until the end.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { commitProcessFault, type ProcessFault } from './faults.js';
import { corruptRecords, fillRecords, scribble } from './records.js';
import { CRASH_TIMELINE, isSchedule, msUntil, type CrashSchedule } from './timeline.js';

const runtime = startActorRuntime();
const [role, fault, corruption] = process.argv.slice(2) as ['victim' | 'sibling', ProcessFault, 'corrupt' | 'clean'];
const records = new Int32Array(CRASH_TIMELINE.records * 2);
fillRecords(records);

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

function follow(schedule: CrashSchedule): void {
  if (role === 'victim') scheduleFault(schedule);
  setTimeout(async () => {
    clearInterval(beat);
    await runtime.flush();
    process.exit(0);
  }, msUntil(schedule.endAtMs, runtime.now()));
}

function scheduleFault(schedule: CrashSchedule): void {
  if (corruption === 'corrupt') {
    // Scribble over our own records first: only this process can notice.
    setTimeout(() => {
      runtime.emit({ kind: 'fault.injected', actor: runtime.actor, fault: 'corruption' });
      scribble(records);
    }, msUntil(schedule.faultAtMs - 500, runtime.now()));
  }
  setTimeout(async () => {
    runtime.emit({ kind: 'fault.injected', actor: runtime.actor, fault });
    // The fault's own event must be in the pipe before the process dies.
    await runtime.flush();
    commitProcessFault(fault);
  }, msUntil(schedule.faultAtMs, runtime.now()));
}

process.on('message', (message) => {
  if (isSchedule(message)) follow(message);
});
