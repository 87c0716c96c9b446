/**
 * The memory lesson on the native engine (the C program), run for real through
 * the built server and checked from outside: the children are real processes
 * with their own pids, seen under /proc; they print the same virtual address
 * of x as the parent but end with different values; the first write costs a
 * page fault (copy-on-write); the threads share one pid, one address, one x;
 * and nothing is left over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { nativeMemoryResultSchema } from '../../../shared/results/nativeMemory.js';
import { postJson, runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { nativeEngineBuilt } from '../../testing/nativeEngine.js';
import { membersOfGroup, watchDescendants, zombieChildrenOf } from '../../testing/procWatch.js';

const started = (events: LabEvent[]) => events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started');
const reads = (events: LabEvent[], cell: string) =>
  events.filter((event): event is EventOf<'memory.read'> => event.kind === 'memory.read' && event.cell === cell);

describe.skipIf(!nativeEngineBuilt())('memory lesson, native engine (C: fork and pthreads)', () => {
  let server: LabServer;
  beforeAll(async () => {
    server = await startLabServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('says the native engine is available, and keeps the catalog as it was', async () => {
    const body = (await (await fetch(`${server.url}/api/experiments`)).json()) as {
      experiments: { id: string; params: Record<string, { options?: string[] }> }[];
      engines: { native: { available: boolean } };
    };
    expect(body.engines.native.available).toBe(true);
    expect(body.experiments.find((experiment) => experiment.id === 'memory')?.params['engine']?.options).toEqual(['node', 'native']);
  });

  it('forks real children: distinct pids seen under /proc, the parent’s address of x, their own values', async () => {
    const watch = watchDescendants(server.pid);
    const { info, events } = await runOverWebSocket(server, 'memory', { processes: 3, threads: 3, increments: 4, engine: 'native' });
    watch.stop();
    expect(info.status, info.error).toBe('finished');
    const result = nativeMemoryResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);

    const actors = started(events);
    const program = actors.find((actor) => actor.actor === 'native');
    const host = actors.find((actor) => actor.actor === 'host');
    expect(program?.parent).toBe('host');
    const children = actors.filter((actor) => /^child-\d$/.test(actor.actor));
    expect(children).toHaveLength(3);
    const pids = [host?.pid, program?.pid, ...children.map((child) => child.pid)];
    expect(new Set(pids).size).toBe(pids.length);
    for (const child of children) {
      expect(child.parent).toBe('native');
      expect(child.tid).toBe(child.pid);
      expect(watch.seen.has(child.pid), `pid ${child.pid} of ${child.actor} was seen under /proc`).toBe(true);
    }
    expect(watch.seen.has(program?.pid ?? -1)).toBe(true);

    // Same virtual address everywhere (fork copies the address space's layout), different values.
    const addresses = new Set(reads(events, '&x').map((read) => read.value));
    expect(addresses.size).toBe(1);
    expect(result.native.parentAddress).toMatch(/^0x[0-9a-f]+$/);
    expect(Number.parseInt(result.native.parentAddress, 16)).toBe([...addresses][0]);
    for (const child of result.native.children) expect(child.address).toBe(result.native.parentAddress);
    expect(result.parentX).toBe(0);
    expect(result.children.map((child) => child.x)).toEqual([4, 4, 4]);
    expect(result.children.map((child) => child.pid).sort()).toEqual(children.map((child) => child.pid).sort());
    // The parent read its own x while every child held 4 at that same address.
    const parentRead = events.find((event) => event.kind === 'memory.read' && event.actor === 'native' && event.cell === 'x');
    expect(parentRead).toMatchObject({ value: 0, space: program?.pid });
    for (const child of children) {
      const childExit = events.find((event) => event.kind === 'actor.exited' && event.actor === child.actor);
      expect((parentRead?.seq ?? 0) < (childExit?.seq ?? -1), `${child.actor} still existed when the parent read x`).toBe(true);
    }

    // Copy-on-write: the first write to x faulted (the page was copied); later writes did not.
    for (const child of result.native.children) {
      expect(child.minfltAfterWrite, child.actor).toBeGreaterThan(child.minfltBeforeWrite);
      expect(child.minfltAtEnd - child.minfltAfterWrite, child.actor).toBeLessThanOrEqual(1);
    }
    expect(result.native.malformedLines).toBe(0);
  });

  it('runs pthreads in one process: one pid, distinct tids, one address, one x that adds up', async () => {
    const watch = watchDescendants(server.pid);
    const { events } = await runOverWebSocket(server, 'memory', { processes: 1, threads: 4, increments: 25, engine: 'native' });
    watch.stop();
    const result = nativeMemoryResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    const threaded = started(events).find((actor) => actor.actor === 'threaded');
    const threads = started(events).filter((actor) => actor.type === 'thread');
    expect(threads).toHaveLength(4);
    expect(new Set(threads.map((thread) => thread.tid)).size).toBe(4);
    for (const thread of threads) {
      expect(thread.pid).toBe(threaded?.pid);
      expect(thread.tid).not.toBe(thread.pid);
      expect(watch.seen.get(thread.pid)?.has(thread.tid), `tid ${thread.tid} was a task of pid ${thread.pid}`).toBe(true);
    }
    expect(result.sharedX).toBe(100);
    expect(result.expectedSharedX).toBe(100);
    expect(result.native.threads.map((thread) => thread.x)).toEqual([100, 100, 100, 100]);
    expect(new Set(result.native.threads.map((thread) => thread.address))).toEqual(new Set([result.native.threadedAddress]));
    const writes = events
      .filter((event): event is EventOf<'memory.write'> => event.kind === 'memory.write' && event.actor.startsWith('thread-'))
      .map((write) => write.value)
      .sort((a, b) => a - b);
    expect(writes).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
  });

  it('keeps the protocol and leaves no process of the run behind', async () => {
    const { events } = await runOverWebSocket(server, 'memory', { processes: 8, threads: 8, increments: 50, engine: 'native' });
    events.forEach((event, index) => expect(event.seq).toBe(index));
    const exits = events.filter((event) => event.kind === 'actor.exited').map((event) => (event as EventOf<'actor.exited'>).actor);
    expect(exits.sort()).toEqual(started(events).map((actor) => actor.actor).sort());
    expect(events.at(-1)?.kind).toBe('run.finished');
    const host = started(events).find((actor) => actor.actor === 'host');
    let members = membersOfGroup(host?.pid ?? -1);
    for (let waited = 0; members.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      members = membersOfGroup(host?.pid ?? -1);
    }
    expect(members).toEqual([]);
    expect(zombieChildrenOf(server.pid)).toEqual([]);
  });

  it('refuses an unknown engine with 400', async () => {
    const refused = await postJson(`${server.url}/api/runs`, { experiment: 'memory', params: { engine: 'rust' } });
    expect(refused.status).toBe(400);
    expect(String(refused.body['error'])).toMatch(/engine/);
  });
});
