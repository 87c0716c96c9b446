/**
 * Lesson "crash": isolation and failure impact, both sides in one run.
 *
 * Processes side: N child processes beat; one fails for real (exception,
 * SIGSEGV, SIGABRT, out of memory) and its siblings beat on. Threads side:
 * one process whose worker threads beat; one thread faults. A fatal signal is
 * process-wide, so the whole process dies and every thread with it; an
 * uncaught exception is contained by Node to its thread; a scribble over
 * shared records leaves the process up but poisons what its siblings read.
 */
import type { CrashResult } from '../../../shared/results/crash.js';
import type { EventBody, TimedEventBody } from '../../../shared/protocol.js';
import { forkProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { beatsAfter, createCrashLedger, exitOf, recordEvent, type CrashLedger } from './analysis.js';
import { OOM_HEAP_MB, type ProcessFault, type ThreadFault } from './faults.js';
import { CRASH_TIMELINE, type CrashSchedule } from './timeline.js';

type CrashParams = { processes: number; threads: number; processFault: ProcessFault; threadFault: ThreadFault };

/** The bus, with every event also noted in the ledger (the lesson's figures come from the events themselves). */
function tappedSink(context: LabContext, ledger: CrashLedger) {
  const { bus } = context;
  return {
    emit(event: EventBody) {
      recordEvent(ledger, event, bus.now());
      bus.emit(event);
    },
    accept(event: TimedEventBody) {
      recordEvent(ledger, event, event.t);
      bus.accept(event);
    },
    flushAll: () => bus.flushAll(),
    ledger: bus.ledger,
  };
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
    const victimProcess = 'proc-2';

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

    // ---- processes side
    const crashedExit = exitOf(ledger, victimProcess);
    const siblings = processes
      .filter((child) => child.actor !== victimProcess)
      .map((child) => {
        const exit = exitOf(ledger, child.actor);
        return {
          actor: child.actor,
          pid: ledger.started.get(child.actor)?.pid ?? 0,
          heartbeatsAfterCrash: beatsAfter(ledger, child.actor, crashedExit.t),
          code: exit.code,
          signal: exit.signal,
          reason: exit.reason,
        };
      });

    // ---- threads side: "after the fault" means after the process died if it did, else after the fault itself
    const threadActors = Array.from({ length: params.threads }, (_, index) => `thread-${index + 1}`);
    const victimThread = 'thread-2';
    const processExit = exitOf(ledger, 'threaded');
    const processSurvived = processExit.code === 0 && processExit.signal === null;
    const reference = processSurvived ? (ledger.faults.get(victimThread) ?? processExit.t) : processExit.t;
    const threads = threadActors.map((actor) => {
      const exit = exitOf(ledger, actor);
      return {
        actor,
        tid: ledger.started.get(actor)?.tid ?? 0,
        heartbeatsAfterFault: beatsAfter(ledger, actor, reference),
        code: exit.code,
        signal: exit.signal,
        reason: exit.reason,
      };
    });
    const threadSiblings = threads.filter((thread) => thread.actor !== victimThread);
    const corruptSeenBySiblings = Math.max(0, ...threadSiblings.map((thread) => ledger.corruptSeen.get(thread.actor) ?? 0));

    const result: CrashResult = {
      processSide: {
        fault: params.processFault,
        crashed: { actor: victimProcess, pid: ledger.started.get(victimProcess)?.pid ?? 0, code: crashedExit.code, signal: crashedExit.signal, reason: crashedExit.reason },
        siblings,
        ...(params.threadFault === 'corruption'
          ? {
              corruption: {
                victimSaw: ledger.corruptSeen.get(victimProcess) ?? 0,
                siblingsSaw: Math.max(0, ...siblings.map((sibling) => ledger.corruptSeen.get(sibling.actor) ?? 0)),
              },
            }
          : {}),
      },
      threadSide: {
        fault: params.threadFault,
        pid: ledger.started.get('threaded')?.pid ?? 0,
        process: { code: processExit.code, signal: processExit.signal, reason: processExit.reason },
        processSurvived,
        victim: victimThread,
        threads,
        corruptRecordsSeenBySiblings: corruptSeenBySiblings,
      },
      verdict: {
        processSiblings: siblings.length,
        processSiblingsAlive: siblings.filter((sibling) => sibling.heartbeatsAfterCrash > 0).length,
        threadSiblings: threadSiblings.length,
        threadSiblingsAlive: threadSiblings.filter((thread) => thread.heartbeatsAfterFault > 0).length,
      },
      nodeNotes: nodeNotes(params),
    };
    return result;
  },
};
