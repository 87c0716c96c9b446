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
import { exitReason, forkProcessActor, startThreadActor, type EventSink, type ExitInfo } from '../../lab/supervisor.js';
import type { ActorLedger } from '../../lab/actorLedger.js';

export type UnitTimes = { readyUs: number[]; exitUs: number[] };
export type StoryOptions = { sink: EventSink & { flushAll?: () => void; ledger?: ActorLedger }; parent: string; startNs: bigint };

type Handle = { ready: Promise<void>; exited: Promise<ExitInfo>; askToEnd(): void; pid?: number };
const microsSince = (start: number) => (performance.now() - start) * 1000;

/** The story round's actors are thread-1-k and proc-1-k (the client's stage looks for these ids). */
const STORY_ROUND = 1;

function onceMessage(target: { once(event: 'message', listener: (message: unknown) => void): unknown }): Promise<void> {
  return new Promise((resolve) => target.once('message', () => resolve()));
}

function exitOf(unit: ChildProcess | Worker): Promise<ExitInfo> {
  return new Promise((resolve) =>
    unit.once('exit', (code: number | null, signal?: NodeJS.Signals | null) => resolve({ code, signal: signal ?? null })),
  );
}

function startProcess(index: number, story: StoryOptions | undefined): Handle {
  const entry = new URL('./unitProcess.js', import.meta.url);
  if (story) {
    const actor = forkProcessActor(story.sink, {
      actor: `proc-${STORY_ROUND}-${index + 1}`,
      label: `process ${index + 1}`,
      parent: story.parent,
      entry,
      startNs: story.startNs,
      execArgv: [],
    });
    return { ready: onceMessage(actor.child), exited: actor.exited, askToEnd: () => actor.send({ type: 'end' }), pid: actor.child.pid };
  }
  // Not detached: a bare child stays in the host's process group, and it
  // exits on its own when the IPC channel closes (see unitProcess.ts).
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  return { ready: onceMessage(child), exited: exitOf(child), askToEnd: () => child.send({ type: 'end' }), pid: child.pid };
}

function startThread(index: number, story: StoryOptions | undefined): Handle {
  const entry = new URL('./unitThread.js', import.meta.url);
  if (story) {
    const actor = startThreadActor(story.sink, {
      actor: `thread-${STORY_ROUND}-${index + 1}`,
      label: `thread ${index + 1}`,
      parent: story.parent,
      entry,
      startNs: story.startNs,
    });
    return { ready: onceMessage(actor.worker), exited: actor.exited, askToEnd: () => actor.worker.postMessage({ type: 'end' }) };
  }
  const worker = new Worker(entry);
  return { ready: onceMessage(worker), exited: exitOf(worker), askToEnd: () => worker.postMessage({ type: 'end' }) };
}

/**
 * One round: N units requested at once. `whileAlive` runs when every unit is
 * ready and idle (the moment to read memory). Rejects if a unit does not
 * exit cleanly (code 0): its times would not be the cost of a normal life.
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
    // A unit that dies before its first message must fail the round, not hang it.
    const diedFirst = handle.exited.then((exit) => {
      throw new Error(`a ${kind} unit ended before it was ready: ${exitReason(exit)}`);
    });
    const ready = Promise.race([handle.ready.then(() => void (readyUs[index] = microsSince(requested))), diedFirst]);
    diedFirst.catch(() => undefined);
    return { handle, ready };
  });
  await Promise.all(handles.map(({ ready }) => ready));
  whileAlive(handles.map(({ handle }) => handle.pid ?? 0).filter((pid) => pid > 0));
  const exits = await Promise.all(
    handles.map(async ({ handle }, index) => {
      const told = performance.now();
      handle.askToEnd();
      const exit = await handle.exited;
      exitUs[index] = microsSince(told);
      return exit;
    }),
  );
  const unclean = exits.find((exit) => exit.code !== 0);
  if (unclean) throw new Error(`a ${kind} unit did not end cleanly: ${exitReason(unclean)}`);
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
