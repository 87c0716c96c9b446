/**
 * Creates N units at once and times each from its own request: to its first
 * message (ready) and, once told to end, to its exit. While all are alive and
 * idle, memory is read from /proc. Story units are actors (started through
 * the supervisor, so they appear on stage with real ids); measured units are
 * started bare, so no event is emitted per unit.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { median } from '../../../shared/stats.js';
import { readMemoryRollup, type MemoryRollup } from '../../lab/procProbe.js';
import { forkProcessActor, startThreadActor, type EventSink } from '../../lab/supervisor.js';
import type { ActorLedger } from '../../lab/actorLedger.js';

export type UnitTimes = { readyUs: number[]; exitUs: number[] };
export type StoryOptions = { sink: EventSink & { flushAll?: () => void; ledger?: ActorLedger }; parent: string; startNs: bigint; repeat: number };

type Handle = { ready: Promise<void>; end(): Promise<void>; pid?: number };
const microsSince = (start: number) => (performance.now() - start) * 1000;

function onceMessage(target: { once(event: 'message', listener: (message: unknown) => void): unknown }): Promise<void> {
  return new Promise((resolve) => target.once('message', () => resolve()));
}

function exitOf(child: ChildProcess | Worker): Promise<void> {
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function startProcess(index: number, story: StoryOptions | undefined): Handle {
  const entry = new URL('./unitProcess.js', import.meta.url);
  if (story) {
    const actor = forkProcessActor(story.sink, {
      actor: `proc-${story.repeat}-${index + 1}`,
      label: `process ${index + 1}`,
      parent: story.parent,
      entry,
      startNs: story.startNs,
      execArgv: [],
    });
    return { ready: onceMessage(actor.child), end: async () => (actor.send({ type: 'end' }), void (await actor.exited)), pid: actor.child.pid };
  }
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  return { ready: onceMessage(child), end: async () => (child.send({ type: 'end' }), await exitOf(child)), pid: child.pid };
}

function startThread(index: number, story: StoryOptions | undefined): Handle {
  const entry = new URL('./unitThread.js', import.meta.url);
  if (story) {
    const actor = startThreadActor(story.sink, {
      actor: `thread-${story.repeat}-${index + 1}`,
      label: `thread ${index + 1}`,
      parent: story.parent,
      entry,
      startNs: story.startNs,
    });
    return { ready: onceMessage(actor.worker), end: async () => (actor.worker.postMessage({ type: 'end' }), void (await actor.exited)) };
  }
  const worker = new Worker(entry);
  return { ready: onceMessage(worker), end: async () => (worker.postMessage({ type: 'end' }), await exitOf(worker)) };
}

/**
 * One repeat: N units requested at once. `whileAlive` runs when every unit is
 * ready and idle (the moment to read memory).
 */
export async function createUnits(
  kind: 'process' | 'thread',
  count: number,
  story: StoryOptions | undefined,
  whileAlive: (pids: number[]) => void = () => undefined,
): Promise<UnitTimes> {
  const readyUs: number[] = [];
  const exitUs: number[] = [];
  const handles = Array.from({ length: count }, (_, index) => {
    const requested = performance.now();
    const handle = kind === 'process' ? startProcess(index, story) : startThread(index, story);
    const ready = handle.ready.then(() => {
      readyUs[index] = microsSince(requested);
    });
    return { handle, ready };
  });
  await Promise.all(handles.map(({ ready }) => ready));
  whileAlive(handles.map(({ handle }) => handle.pid ?? 0).filter((pid) => pid > 0));
  await Promise.all(
    handles.map(async ({ handle }, index) => {
      const told = performance.now();
      await handle.end();
      exitUs[index] = microsSince(told);
    }),
  );
  return { readyUs, exitUs };
}

/** Per-unit memory of child processes, read while they are alive: the medians of each figure. */
export function childMemory(pids: number[]): { privateKb: number; pssKb: number; rssKb: number } {
  const rollups = pids.map(readMemoryRollup).filter((rollup): rollup is MemoryRollup => rollup !== undefined);
  return {
    privateKb: median(rollups.map((rollup) => rollup.privateKb)),
    pssKb: median(rollups.map((rollup) => rollup.pssKb)),
    rssKb: median(rollups.map((rollup) => rollup.rssKb)),
  };
}
