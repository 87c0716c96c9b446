/**
 * Lesson "crash": isolation and failure impact, both sides in one run.
 *
 * Processes side: N child processes beat; one fails for real (exception,
 * SIGSEGV, SIGABRT, out of memory) and its siblings beat on. Threads side:
 * one process whose worker threads beat; one thread faults. A fatal signal is
 * process-wide, so the whole process dies and every thread with it; an
 * uncaught exception is contained by Node to its thread; a scribble over
 * shared records leaves the process up but poisons what its siblings read.
 * With engine "native", the C program does both sides with a real NULL
 * dereference (nativeRun.ts).
 */
import { forkProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { createCrashLedger, recordEvent, type CrashLedger } from './analysis.js';
import { crashResultFrom, VICTIMS, type CrashParams } from './crashResult.js';
import { OOM_HEAP_MB } from './faults.js';
import { runNativeCrash } from './nativeRun.js';
import { CRASH_TIMELINE, type CrashSchedule } from './timeline.js';

/** The bus, with every event also noted in the ledger (the lesson's figures come from the events themselves). */
function tappedSink(context: LabContext, ledger: CrashLedger) {
  context.bus.tap((event) => recordEvent(ledger, event, event.t));
  return context.bus;
}

function nodeNotes(params: CrashParams): string[] {
  const notes = ['fault-vs-exception'];
  if (params.threadFault === 'sigsegv') notes.push('signal-is-process-wide');
  if (params.threadFault === 'exception') notes.push('worker-exception-contained');
  if (params.threadFault === 'corruption') notes.push('worker-own-heap', 'corruption-is-silent');
  if (params.processFault === 'oom') notes.push('oom-aborts');
  return notes;
}

export const definition: ExperimentDefinition = {
  id: 'crash',
  async run(context) {
    const params = context.params as CrashParams;
    const ledger = createCrashLedger();
    const sink = tappedSink(context, ledger);
    const victimProcess = VICTIMS.process;
    // The C program: a real NULL dereference, in a forked child and in one pthread.
    if (params.engine === 'native') return runNativeCrash(context, params, sink, ledger);

    context.bus.emit({ kind: 'phase', name: 'heartbeats' });
    const processes = Array.from({ length: params.processes }, (_, index) => {
      const actor = `proc-${index + 1}`;
      const victim = actor === victimProcess;
      return forkProcessActor(sink, {
        actor,
        label: `process ${index + 1}`,
        parent: context.hostActor,
        entry: entryBeside(import.meta.url, './processChild.js'),
        startNs: context.startNs,
        args: [victim ? 'victim' : 'sibling', params.processFault, params.threadFault === 'corruption' ? 'corrupt' : 'clean'],
        ...(victim && params.processFault === 'oom' ? { execArgv: [`--max-old-space-size=${OOM_HEAP_MB}`] } : {}),
      });
    });
    const threaded = forkProcessActor(sink, {
      actor: 'threaded',
      label: 'process with threads',
      parent: context.hostActor,
      entry: entryBeside(import.meta.url, './threadedProcess.js'),
      startNs: context.startNs,
      args: [String(params.threads), params.threadFault],
    });
    // Everyone beats for a while once all have started; then the fault, on both sides at once.
    const expected = params.processes + params.threads + 1;
    const scheduled = setInterval(() => {
      // (After 10 s, go anyway: an actor that never started must not hold the run to its time limit.)
      if (ledger.started.size < expected && context.bus.now() < 10e9) return;
      clearInterval(scheduled);
      const faultAtMs = context.bus.now() / 1e6 + CRASH_TIMELINE.beforeFaultMs;
      const schedule: CrashSchedule = { type: 'schedule', faultAtMs, endAtMs: faultAtMs + CRASH_TIMELINE.afterFaultMs };
      for (const child of [...processes, threaded]) child.send(schedule);
    }, 10);
    await Promise.all([...processes.map((child) => child.exited), threaded.exited]);
    clearInterval(scheduled);

    return crashResultFrom(ledger, params, processes.map((child) => child.actor), { process: params.processFault, thread: params.threadFault }, nodeNotes(params));
  },
};
