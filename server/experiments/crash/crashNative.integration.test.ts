/**
 * The crash lesson on the native engine (the C program) through the real
 * server: a real NULL dereference kills one forked child with SIGSEGV while
 * its siblings beat on, and kills a whole process of pthreads, every thread
 * with it. No core dump, no process left.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { crashResultSchema } from '../../../shared/results/crash.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { nativeEngineBuilt, nativeProgram } from '../../testing/nativeEngine.js';
import { membersOfGroup, zombieChildrenOf } from '../../testing/procWatch.js';

const coreFiles = () => [...readdirSync(process.cwd()), ...readdirSync(tmpdir())].filter((name) => /^core(\.\d+)?$/.test(name));

function exitOf(events: LabEvent[], actor: string): EventOf<'actor.exited'> {
  const exit = events.find((event): event is EventOf<'actor.exited'> => event.kind === 'actor.exited' && event.actor === actor);
  if (!exit) throw new Error(`no exit for ${actor}`);
  return exit;
}
const beatsOf = (events: LabEvent[], actor: string) =>
  events.filter((event): event is EventOf<'actor.heartbeat'> => event.kind === 'actor.heartbeat' && event.actor === actor);

function isAlive(pid: number): boolean {
  try {
    return !/\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function coreLimitOf(pid: number): string | undefined {
  try {
    return /^Max core file size\s+(\S+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

describe.skipIf(!nativeEngineBuilt())('crash lesson, native engine (C: NULL dereference)', () => {
  let server: LabServer;
  beforeAll(async () => {
    server = await startLabServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('SIGSEGV in a forked child leaves its siblings beating; in a pthread it ends the whole process', async () => {
    const coresBefore = coreFiles();
    const coreLimits = new Map<string, string | undefined>();
    const { info, events } = await runOverWebSocket(server, 'crash', { processes: 3, threads: 3, engine: 'native' }, (event) => {
      if (event.kind === 'actor.started' && event.type === 'process') coreLimits.set(event.actor, coreLimitOf(event.pid));
    });
    expect(info.status, info.error).toBe('finished');
    const result = crashResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);

    const started = events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started');
    const threaded = started.find((actor) => actor.actor === 'threaded');
    const threads = started.filter((actor) => actor.type === 'thread');
    expect(threads).toHaveLength(3);
    for (const thread of threads) {
      expect(thread.pid).toBe(threaded?.pid);
      expect(thread.tid).not.toBe(thread.pid);
    }
    const processPids = started.filter((actor) => actor.type === 'process').map((actor) => actor.pid);
    expect(new Set(processPids).size).toBe(processPids.length);

    // The faults were real NULL dereferences, and the kernel's answer was SIGSEGV.
    const faults = events.filter((event): event is EventOf<'fault.injected'> => event.kind === 'fault.injected');
    expect(faults.map((fault) => [fault.actor, fault.fault]).sort()).toEqual([
      ['proc-2', 'null-dereference'],
      ['thread-2', 'null-dereference'],
    ]);
    const crashed = exitOf(events, 'proc-2');
    expect(crashed).toMatchObject({ code: null, signal: 'SIGSEGV' });
    for (const sibling of ['proc-1', 'proc-3']) {
      expect(beatsOf(events, sibling).some((beat) => beat.t > crashed.t), sibling).toBe(true);
      expect(exitOf(events, sibling)).toMatchObject({ code: 0, signal: null });
    }
    const processDeath = exitOf(events, 'threaded');
    expect(processDeath).toMatchObject({ code: null, signal: 'SIGSEGV' });
    for (const thread of ['thread-1', 'thread-2', 'thread-3']) {
      expect(exitOf(events, thread)).toMatchObject({ signal: 'SIGSEGV', reason: 'process died' });
      expect(beatsOf(events, thread).filter((beat) => beat.t > processDeath.t)).toEqual([]);
    }
    // The C program itself survived both: it reaped and reported them.
    expect(exitOf(events, 'native')).toMatchObject({ code: 0, signal: null });
    expect(result.verdict).toMatchObject({ processSiblings: 2, processSiblingsAlive: 2, threadSiblings: 2, threadSiblingsAlive: 0 });
    expect(result.processSide.fault).toBe('null-dereference');

    // No core dump was possible, and none appeared.
    for (const actor of ['native', 'proc-2', 'threaded']) expect(coreLimits.get(actor), actor).toBe('0');
    expect(coreFiles()).toEqual(coresBefore);

    const hostPid = started.find((actor) => actor.actor === 'host')?.pid ?? -1;
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
    expect(zombieChildrenOf(server.pid)).toEqual([]);
  });

  it('a run stopped mid-way leaves no native process behind', async () => {
    const socketRun = runOverWebSocket(server, 'crash', { processes: 4, threads: 4, engine: 'native' }, (event) => {
      if (event.kind === 'actor.started' && event.actor === 'threaded') {
        void fetch(`${server.url}/api/runs/${event.run}/stop`, { method: 'POST' });
      }
    });
    const { info, events } = await socketRun;
    expect(info.status).toBe('stopped');
    const pids = events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started').map((actor) => actor.pid);
    await sleep(300);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('no orphan: killing the C parent with SIGKILL takes its forked children with it', async () => {
    // Run by hand, outside any lab host's process group, so only PR_SET_PDEATHSIG can end the children.
    const program = spawn(nativeProgram, ['crash', process.hrtime.bigint().toString(), 'test', '3', '3'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const children: number[] = [];
    await new Promise<void>((resolve) => {
      createInterface({ input: program.stdout }).on('line', (line) => {
        const event = JSON.parse(line) as { kind: string; type?: string; actor?: string; pid?: number };
        if (event.kind === 'actor.started' && event.type === 'process' && event.actor !== 'native' && event.pid) children.push(event.pid);
        if (children.length === 4) resolve();
      });
    });
    expect(children.every(isAlive)).toBe(true);
    program.kill('SIGKILL');
    let alive = children.filter(isAlive);
    for (let waited = 0; alive.length > 0 && waited < 2000; waited += 20) {
      await sleep(20);
      alive = children.filter(isAlive);
    }
    expect(alive).toEqual([]);
  });
});
