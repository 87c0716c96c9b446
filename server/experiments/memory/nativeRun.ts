/**
 * The memory lesson on the native engine: the C program (server/native/
 * memory.c) forks real children, which share the parent's page of x until
 * their first write copies it, then starts pthreads that share one x. The
 * host only runs it, relays its events, and assembles the result from the
 * figures each actor reported from its own memory.
 */
import type { MemoryParams } from '../../../shared/experiments.js';
import type { NativeMemoryResult } from '../../../shared/results/nativeMemory.js';
import { startNativeActor } from '../../lab/nativeActor.js';
import type { NativeReport } from '../../lab/nativeLines.js';
import type { LabContext } from '../types.js';

const byActor = (a: { actor: string }, b: { actor: string }) => a.actor.localeCompare(b.actor, 'en', { numeric: true });

/** The last report of each actor (the parent reports again after its children ran). */
function latestReports(reports: readonly NativeReport[]): Map<string, NativeReport> {
  return new Map(reports.map((report) => [report.actor, report]));
}

/** A child's page-fault counts; a child that could not read /proc/self/stat (-1) or did not say fails the run. */
function pageFaults(child: NativeReport): { minfltBeforeWrite: number; minfltAfterWrite: number; minfltAtEnd: number } {
  const { minfltBeforeWrite, minfltAfterWrite, minfltAtEnd } = child;
  if (minfltBeforeWrite === undefined || minfltAfterWrite === undefined || minfltAtEnd === undefined || Math.min(minfltBeforeWrite, minfltAfterWrite, minfltAtEnd) < 0) {
    throw new Error(`${child.actor} could not count its page faults (/proc/self/stat)`);
  }
  return { minfltBeforeWrite, minfltAfterWrite, minfltAtEnd };
}

export async function runNativeMemory(context: LabContext, params: MemoryParams): Promise<NativeMemoryResult> {
  const program = startNativeActor(context.bus, {
    actor: 'native',
    lesson: 'memory',
    parent: context.hostActor,
    startNs: context.startNs,
    args: [String(params.processes), String(params.threads), String(params.increments)],
  });
  const exit = await program.exited;
  if (exit.code !== 0) {
    throw new Error(`the native program did not finish (code ${exit.code}, signal ${exit.signal})${program.stderrTail() ? `: ${program.stderrTail()}` : ''}`);
  }
  const reports = latestReports(program.reports);
  const need = (actor: string): NativeReport => {
    const report = reports.get(actor);
    if (!report) throw new Error(`the native program ended without a report from ${actor}`);
    return report;
  };
  const parent = need('native');
  const threaded = need('threaded');
  const children = [...reports.values()].filter((report) => /^child-\d+$/.test(report.actor)).sort(byActor);
  const threads = [...reports.values()].filter((report) => /^thread-\d+$/.test(report.actor)).sort(byActor);
  if (children.length !== params.processes || threads.length !== params.threads) {
    throw new Error(`the native program reported ${children.length} children and ${threads.length} threads, not ${params.processes} and ${params.threads}`);
  }
  return {
    parentX: parent.x,
    parentPid: parent.pid,
    children: children.map((child) => ({ actor: child.actor, pid: child.pid, x: child.x })),
    sharedX: threaded.x,
    expectedSharedX: params.threads * params.increments,
    threadedPid: threaded.pid,
    threads: threads.map((thread) => ({ actor: thread.actor, tid: thread.tid })),
    engine: 'native',
    native: {
      parentAddress: parent.address,
      children: children.map((child) => ({ actor: child.actor, pid: child.pid, address: child.address, ...pageFaults(child) })),
      threadedAddress: threaded.address,
      threads: threads.map((thread) => ({ actor: thread.actor, tid: thread.tid, address: thread.address, x: thread.x })),
      malformedLines: program.malformed.count,
    },
  };
}
