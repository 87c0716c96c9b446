/**
 * The creation lesson on the real server: N threads in one process, N
 * processes with their own pids, a sample per unit per repeat, memory read
 * from /proc, every unit ended with code 0, and nothing left afterwards.
 * Timings are not asserted (other CPU-heavy tests may share the machine):
 * only structure, signs and invariants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { creationResultSchema } from '../../../shared/results/creation.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup, watchDescendants } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

const ofKind = <K extends LabEvent['kind']>(events: LabEvent[], kind: K) =>
  events.filter((event): event is EventOf<K> => event.kind === kind);

describe('creation lesson', () => {
  it('times every unit, reads memory from /proc, and shows the story units with real ids', async () => {
    const units = 3;
    const repeats = 2;
    const watch = watchDescendants(server.pid);
    const { info, events } = await runOverWebSocket(server, 'creation', { units, repeats });
    watch.stop();
    expect(info.status, info.error).toBe('finished');
    const result = creationResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);

    // The story round comes first and is not counted: N × repeats samples each.
    expect(result.measuredRepeats).toBe(repeats);
    expect(result.repeatsDone).toBe(repeats + 1);
    expect(result.cutForTime).toBe(false);
    for (const side of [result.threads, result.processes]) {
      expect(side.readyUs).toHaveLength(units * repeats);
      expect(side.exitUs).toHaveLength(units * repeats);
      expect(side.readyUs.every((sample) => sample > 0)).toBe(true);
      expect(side.exitUs.every((sample) => sample > 0)).toBe(true);
      expect(side.privateKb).toHaveLength(repeats);
      expect(side.readyP99Us).toBeGreaterThanOrEqual(side.readyMedianUs);
    }
    const memory = result.memory;
    expect(memory).toBeDefined();
    for (const figure of Object.values(memory ?? {})) expect(figure).toBeGreaterThan(0);
    // RSS counts the shared Node binary and libraries in full; PSS splits them; private is the child's own.
    expect(memory?.processRssKb).toBeGreaterThan(memory?.processPssKb ?? Infinity);
    expect(memory?.processPssKb).toBeGreaterThanOrEqual(memory?.processPrivateKb ?? Infinity);
    expect(result.verdict.ratio).toBeCloseTo(result.processes.readyMedianUs / result.threads.readyMedianUs, 6);
    expect(result.nodeNotes).toContain('fork-is-exec');

    // Story units: threads are distinct tids of the one thread-host pid; processes have distinct pids.
    const started = ofKind(events, 'actor.started');
    const spawner = started.find((actor) => actor.actor === 'thread-host');
    const storyThreads = started.filter((actor) => actor.type === 'thread');
    const storyProcesses = started.filter((actor) => /^proc-1-\d+$/.test(actor.actor));
    expect(storyThreads.map((actor) => actor.actor).sort()).toEqual(['thread-1-1', 'thread-1-2', 'thread-1-3']);
    expect(new Set(storyThreads.map((actor) => actor.pid))).toEqual(new Set([spawner?.pid]));
    expect(new Set(storyThreads.map((actor) => actor.tid)).size).toBe(units);
    for (const thread of storyThreads) {
      expect(thread.tid).not.toBe(thread.pid);
      expect(watch.seen.get(thread.pid)?.has(thread.tid), `tid ${thread.tid} was a task of pid ${thread.pid}`).toBe(true);
    }
    expect(storyProcesses).toHaveLength(units);
    const pids = storyProcesses.map((actor) => actor.pid);
    expect(new Set(pids).size).toBe(units);
    expect(pids).not.toContain(spawner?.pid);
    for (const pid of pids) expect(watch.seen.has(pid), `pid ${pid} was seen under /proc`).toBe(true);

    // Measured rounds are silent: only the story's units (and the spawner, and the native engine's C program when built) are actors.
    const others = started.filter((actor) => actor.actor !== started[0]?.actor && actor.actor !== 'native');
    expect(others).toHaveLength(1 + 2 * units);
    // Every actor ended once, cleanly.
    const exited = ofKind(events, 'actor.exited');
    expect(exited.map((exit) => exit.actor).sort()).toEqual(started.map((actor) => actor.actor).sort());
    for (const exit of exited) expect({ actor: exit.actor, code: exit.code, signal: exit.signal }).toEqual({ actor: exit.actor, code: 0, signal: null });

    const hostPid = started[0]?.pid ?? -1;
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
  });
});
