/**
 * The crash lesson on the native engine: the C program (server/native/
 * crash.c) forks beating children and one process of beating pthreads; at the
 * same run time one child and one thread dereference NULL. The kernel's
 * SIGSEGV ends that child alone, and the whole process of the thread, which
 * the C parent learns from waitpid() and reports. The figures come from the
 * events, through the same ledger as the Node engine's.
 */
import type { CrashResult } from '../../../shared/results/crash.js';
import type { ActorLedger } from '../../lab/actorLedger.js';
import { startNativeActor } from '../../lab/nativeActor.js';
import type { EventSink } from '../../lab/supervisor.js';
import type { LabContext } from '../types.js';
import type { CrashLedger } from './analysis.js';
import { crashResultFrom, type CrashParams } from './crashResult.js';

/** The fault the C program commits, on both sides: a store through a NULL pointer. */
export const NATIVE_FAULT = 'null-dereference';

export async function runNativeCrash(
  context: LabContext,
  params: CrashParams,
  sink: EventSink & { ledger: ActorLedger },
  ledger: CrashLedger,
): Promise<CrashResult> {
  const program = startNativeActor(sink, {
    actor: 'native',
    lesson: 'crash',
    parent: context.hostActor,
    startNs: context.startNs,
    args: [String(params.processes), String(params.threads)],
  });
  const exit = await program.exited;
  if (exit.code !== 0) {
    throw new Error(`the native program did not finish (code ${exit.code}, signal ${exit.signal})${program.stderrTail() ? `: ${program.stderrTail()}` : ''}`);
  }
  if (program.malformed.count > 0) {
    throw new Error(`the native program wrote ${program.malformed.count} lines outside the protocol (${program.malformed.examples.join('; ')})`);
  }
  const processActors = Array.from({ length: params.processes }, (_, index) => `proc-${index + 1}`);
  return crashResultFrom(ledger, params, processActors, { process: NATIVE_FAULT, thread: NATIVE_FAULT }, ['native-null-dereference', 'signal-is-process-wide']);
}
