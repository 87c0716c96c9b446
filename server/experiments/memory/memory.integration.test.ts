/**
 * The memory lesson, run for real through the built server, checked from
 * outside: the pids and tids it reports existed under /proc, processes have
 * distinct pids, threads share their process's pid, and nothing is left over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryResultSchema } from '../../../shared/experiments.js';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup, watchDescendants, zombieChildrenOf } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

function started(events: LabEvent[]): EventOf<'actor.started'>[] {
  return events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started');
}

describe('memory lesson on real processes and threads', () => {
  it('reports real, distinct pids for processes and shared pids with distinct tids for threads', async () => {
    const watch = watchDescendants(server.pid);
    const { info, events } = await runOverWebSocket(server, 'memory', { processes: 3, threads: 3, increments: 5 });
    watch.stop();

    expect(info.status).toBe('finished');
    const actors = started(events);
    const processes = actors.filter((actor) => actor.type === 'process');
    const threads = actors.filter((actor) => actor.type === 'thread');
    expect(processes.map((actor) => actor.actor).sort()).toEqual(['child-1', 'child-2', 'child-3', 'host', 'threaded']);
    expect(threads).toHaveLength(3);

    const pids = processes.map((actor) => actor.pid);
    expect(new Set(pids).size).toBe(pids.length);
    expect(pids).not.toContain(server.pid);
    for (const actor of processes) {
      expect(watch.seen.has(actor.pid), `pid ${actor.pid} of ${actor.actor} was seen under /proc`).toBe(true);
      expect(actor.tid).toBe(actor.pid);
    }

    const threaded = processes.find((actor) => actor.actor === 'threaded');
    const tids = threads.map((actor) => actor.tid);
    expect(new Set(tids).size).toBe(3);
    for (const thread of threads) {
      expect(thread.parent).toBe('threaded');
      expect(thread.pid).toBe(threaded?.pid);
      expect(thread.tid).not.toBe(thread.pid);
      expect(watch.seen.get(thread.pid)?.has(thread.tid), `tid ${thread.tid} was a task of pid ${thread.pid}`).toBe(true);
    }
  });

  it('reads back real values: the parent keeps 0, each child its own count, the threads one shared sum', async () => {
    const { events } = await runOverWebSocket(server, 'memory', { processes: 2, threads: 4, increments: 7 });
    const last = events.at(-1);
    expect(last?.kind).toBe('run.finished');
    const result = memoryResultSchema.parse((last as EventOf<'run.finished'>).result);
    expect(result.parentX).toBe(0);
    expect(result.children.map((child) => child.x)).toEqual([7, 7]);
    expect(result.sharedX).toBe(28);
    expect(result.expectedSharedX).toBe(28);

    // Each child wrote only to its own address space; the threads only to theirs.
    const writes = events.filter((event): event is EventOf<'memory.write'> => event.kind === 'memory.write');
    const actorPid = new Map(started(events).map((actor) => [actor.actor, actor.pid]));
    for (const write of writes) expect(write.space).toBe(actorPid.get(write.actor));
    const sharedWrites = writes.filter((write) => write.actor.startsWith('thread-')).map((write) => write.value);
    expect(sharedWrites.sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, index) => index + 1));
  });

  it('keeps the protocol: gapless seq, one exit per actor, a terminal event last', async () => {
    const { events } = await runOverWebSocket(server, 'memory', {});
    events.forEach((event, index) => expect(event.seq).toBe(index));
    for (let index = 1; index < events.length; index += 1) {
      expect((events[index] as LabEvent).t).toBeGreaterThanOrEqual((events[index - 1] as LabEvent).t);
    }
    const exits = events.filter((event) => event.kind === 'actor.exited').map((event) => (event as EventOf<'actor.exited'>).actor);
    expect(exits.sort()).toEqual(started(events).map((actor) => actor.actor).sort());
    expect(events.filter((event) => event.kind === 'run.finished' || event.kind === 'run.failed')).toHaveLength(1);
    expect(events.at(-1)?.kind).toBe('run.finished');

    const response = await fetch(`${server.url}/api/runs/${events[0]?.run}/events`);
    const lines = (await response.text()).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as LabEvent)).toEqual(events);
  });

  it('leaves no process of the run behind, and no zombie', async () => {
    const { events } = await runOverWebSocket(server, 'memory', { processes: 8, threads: 8, increments: 50 });
    const host = started(events).find((actor) => actor.actor === 'host');
    expect(host).toBeDefined();
    let members = membersOfGroup(host?.pid ?? -1);
    for (let waited = 0; members.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      members = membersOfGroup(host?.pid ?? -1);
    }
    expect(members).toEqual([]);
    expect(zombieChildrenOf(server.pid)).toEqual([]);
  });
});
