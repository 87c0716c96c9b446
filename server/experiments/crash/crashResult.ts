/**
 * The crash lesson's figures, from the ledger of a run's events: who died and
 * how (real code and signal), and how many heartbeats each survivor sent
 * after the failure. The same for both engines: the figures come from the
 * events, whichever program produced them.
 */
import type { CrashResult } from '../../../shared/results/crash.js';
import { beatsAfter, exitOf, type CrashLedger } from './analysis.js';
import type { ProcessFault, ThreadFault } from './faults.js';

export type CrashParams = {
  processes: number;
  threads: number;
  processFault: ProcessFault;
  threadFault: ThreadFault;
  engine: 'node' | 'native';
};

/** The one process and the one thread that fail, on both engines. */
export const VICTIMS = { process: 'proc-2', thread: 'thread-2' } as const;

/** What was done to the victims, named as the result reports it (a catalog option, or "null-dereference" in C). */
export type CommittedFaults = { process: string; thread: string };

export function crashResultFrom(
  ledger: CrashLedger,
  params: CrashParams,
  processActors: readonly string[],
  faults: CommittedFaults,
  notes: string[],
): CrashResult {
  const victimProcess = VICTIMS.process;
  // ---- processes side
  const crashedExit = exitOf(ledger, victimProcess);
  const siblings = processActors
    .filter((actor) => actor !== victimProcess)
    .map((actor) => {
      const exit = exitOf(ledger, actor);
      return {
        actor,
        pid: ledger.started.get(actor)?.pid ?? 0,
        heartbeatsAfterCrash: beatsAfter(ledger, actor, crashedExit.t),
        code: exit.code,
        signal: exit.signal,
        reason: exit.reason,
      };
    });

  // ---- threads side: "after the fault" means after the process died if it did, else after the fault itself
  const threadActors = Array.from({ length: params.threads }, (_, index) => `thread-${index + 1}`);
  const victimThread = VICTIMS.thread;
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
      fault: faults.process,
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
      fault: faults.thread,
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
    nodeNotes: notes,
  };
  return result;
}
