/**
 * Lesson "memory": each process has its own address space; threads share one.
 *
 * Processes phase: the host keeps its own x = 0 and forks children; each child
 * is sent a copy of x over IPC and increments its own copy. The host's x is
 * read back at the end: untouched. Threads phase: one process starts worker
 * threads that all increment the same x, a SharedArrayBuffer cell, with
 * Atomics.add. Every figure in the result is read back from real memory.
 */
import type { MemoryParams, MemoryResult } from '../../../shared/experiments.js';
import { forkProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { childFinalSchema, childReadySchema, ipcBytes, threadedFinalSchema } from './messages.js';
import { runNativeMemory } from './nativeRun.js';

async function processesPhase(context: LabContext, params: MemoryParams, parent: { x: number }) {
  const { bus, hostActor } = context;
  const finals: MemoryResult['children'] = [];
  let reportAll: () => void = () => undefined;
  const allReported = new Promise<void>((resolve) => {
    reportAll = resolve;
  });
  const children = Array.from({ length: params.processes }, (_, index) => {
    const actor = `child-${index + 1}`;
    const child = forkProcessActor(bus, {
      actor,
      label: `child ${index + 1}`,
      parent: hostActor,
      entry: entryBeside(import.meta.url, './childProcess.js'),
      startNs: context.startNs,
      args: [String(params.increments)],
    });
    child.onMessage((raw) => {
      if (childReadySchema.safeParse(raw).success) {
        // The child gets a copy of the parent's value; from here on they are two variables.
        const init = { type: 'init', x: parent.x, msg: `init-${actor}` };
        bus.emit({ kind: 'message.sent', actor: hostActor, peer: actor, channel: 'ipc', bytes: ipcBytes(init), msg: init.msg });
        child.send(init);
        return;
      }
      const final = childFinalSchema.safeParse(raw);
      if (final.success) {
        bus.emit({ kind: 'message.received', actor: hostActor, peer: actor, channel: 'ipc', bytes: ipcBytes(raw), msg: final.data.msg });
        finals.push({ actor, pid: child.child.pid ?? 0, x: final.data.x });
        if (finals.length === params.processes) reportAll();
      }
    });
    return child;
  });
  // Every child now holds its own x; read the parent's while they all still exist.
  await Promise.race([allReported, Promise.all(children.map((child) => child.exited))]);
  bus.emit({ kind: 'memory.read', actor: hostActor, space: context.hostPid, cell: 'x', value: parent.x });
  for (const child of children) child.send({ type: 'exit' });
  const exits = await Promise.all(children.map((child) => child.exited));
  const failed = exits.findIndex((exit) => exit.code !== 0);
  if (failed >= 0) throw new Error(`child ${failed + 1} did not finish (code ${exits[failed]?.code}, signal ${exits[failed]?.signal})`);
  return finals.sort((a, b) => a.actor.localeCompare(b.actor, 'en', { numeric: true }));
}

async function threadsPhase(context: LabContext, params: MemoryParams) {
  const { bus, hostActor } = context;
  const threaded = forkProcessActor(bus, {
    actor: 'threaded',
    label: 'process with threads',
    parent: hostActor,
    entry: entryBeside(import.meta.url, './threadedProcess.js'),
    startNs: context.startNs,
    args: [String(params.threads), String(params.increments)],
  });
  let final: { x: number; threads: MemoryResult['threads'] } | undefined;
  threaded.onMessage((raw) => {
    const parsed = threadedFinalSchema.safeParse(raw);
    if (parsed.success) final = parsed.data;
  });
  const exit = await threaded.exited;
  if (exit.code !== 0 || !final) throw new Error(`the process with threads did not finish (code ${exit.code}, signal ${exit.signal})`);
  return { pid: threaded.child.pid ?? 0, ...final };
}

export const definition: ExperimentDefinition = {
  id: 'memory',
  async run(context) {
    const params = context.params as MemoryParams;
    // The C program: a real fork() (copy-on-write) and pthreads, which Node cannot show.
    if (params.engine === 'native') return runNativeMemory(context, params);
    const { bus, hostActor, hostPid } = context;
    // The parent's own variable. Children get copies; nothing else can reach it.
    const parent = { x: 0 };
    bus.emit({ kind: 'memory.write', actor: hostActor, space: hostPid, cell: 'x', value: parent.x });

    bus.emit({ kind: 'phase', name: 'processes' });
    const children = await processesPhase(context, params, parent);

    bus.emit({ kind: 'phase', name: 'threads' });
    const threaded = await threadsPhase(context, params);

    const result: MemoryResult = {
      parentX: parent.x,
      parentPid: hostPid,
      children,
      sharedX: threaded.x,
      expectedSharedX: params.threads * params.increments,
      threadedPid: threaded.pid,
      threads: threaded.threads,
    };
    return result;
  },
};
