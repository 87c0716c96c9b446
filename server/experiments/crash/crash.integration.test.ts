/**
 * The crash lesson on the real server: real faults, real exit codes and
 * signals, siblings that go on (processes) or die together (threads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { crashResultSchema } from '../../../shared/results/crash.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

const coreFiles = () => [...readdirSync(process.cwd()), ...readdirSync(tmpdir())].filter((name) => /^core(\.\d+)?$/.test(name));

function exitOf(events: LabEvent[], actor: string): EventOf<'actor.exited'> {
  const exit = events.find((event): event is EventOf<'actor.exited'> => event.kind === 'actor.exited' && event.actor === actor);
  if (!exit) throw new Error(`no exit for ${actor}`);
  return exit;
}

const beatsOf = (events: LabEvent[], actor: string) =>
  events.filter((event): event is EventOf<'actor.heartbeat'> => event.kind === 'actor.heartbeat' && event.actor === actor);

/** The soft core-file size limit of a live process, from /proc/<pid>/limits ("unlimited" or bytes). */
function coreLimitOf(pid: number): string | undefined {
  try {
    return /^Max core file size\s+(\S+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

async function crashRun(processFault: string, threadFault: string, onEvent?: (event: LabEvent) => void) {
  const { info, events } = await runOverWebSocket(server, 'crash', { processes: 3, threads: 3, processFault, threadFault }, onEvent);
  expect(info.status, info.error).toBe('finished');
  const last = events.at(-1) as EventOf<'run.finished'>;
  const hostPid = (events[0] as EventOf<'actor.started'>).pid;
  let left = membersOfGroup(hostPid);
  for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
    await sleep(50);
    left = membersOfGroup(hostPid);
  }
  expect(left).toEqual([]);
  return { events, result: crashResultSchema.parse(last.result) };
}

describe('crash lesson', () => {
  const coresBefore = coreFiles();

  it('SIGSEGV: a crashed process leaves its siblings beating; a faulting thread takes its whole process', async () => {
    const { events, result } = await crashRun('sigsegv', 'sigsegv');
    const crashed = exitOf(events, 'proc-2');
    expect(crashed).toMatchObject({ code: null, signal: 'SIGSEGV' });
    // A sibling's heartbeat after the crashed child's exit, seen in the event log itself.
    for (const sibling of ['proc-1', 'proc-3']) {
      expect(beatsOf(events, sibling).some((beat) => beat.t > crashed.t), sibling).toBe(true);
      expect(exitOf(events, sibling)).toMatchObject({ code: 0, signal: null });
    }
    const threaded = exitOf(events, 'threaded');
    expect(threaded).toMatchObject({ code: null, signal: 'SIGSEGV' });
    for (const thread of ['thread-1', 'thread-2', 'thread-3']) {
      expect(exitOf(events, thread)).toMatchObject({ signal: 'SIGSEGV', reason: 'process died' });
      expect(beatsOf(events, thread).filter((beat) => beat.t > threaded.t)).toEqual([]);
    }
    expect(result.verdict).toMatchObject({ processSiblings: 2, processSiblingsAlive: 2, threadSiblings: 2, threadSiblingsAlive: 0 });
  });

  it('exception: Node contains a worker exception to its thread; the process and siblings go on', async () => {
    const { events, result } = await crashRun('exception', 'exception');
    expect(exitOf(events, 'proc-2')).toMatchObject({ code: 1, signal: null });
    const victim = exitOf(events, 'thread-2');
    expect(victim).toMatchObject({ code: 1, signal: null, reason: expect.stringMatching(/uncaught exception/) });
    // The sibling threads beat on after the victim thread ended, and end normally themselves.
    for (const sibling of ['thread-1', 'thread-3']) {
      expect(beatsOf(events, sibling).some((beat) => beat.t > victim.t), sibling).toBe(true);
      expect(exitOf(events, sibling)).toMatchObject({ code: 0, signal: null, reason: 'finished' });
    }
    expect(exitOf(events, 'threaded')).toMatchObject({ code: 0, signal: null });
    expect(result.threadSide.processSurvived).toBe(true);
    expect(result.verdict.threadSiblingsAlive).toBe(2);
  });

  it('out of memory aborts only that process; corrupting shared memory poisons sibling threads but not sibling processes', async () => {
    const { events, result } = await crashRun('oom', 'corruption');
    expect(exitOf(events, 'proc-2')).toMatchObject({ code: null, signal: 'SIGABRT' });
    expect(result.threadSide.processSurvived).toBe(true);
    expect(result.threadSide.corruptRecordsSeenBySiblings).toBeGreaterThan(0);
    expect(result.processSide.corruption?.victimSaw).toBeGreaterThan(0);
    expect(result.processSide.corruption?.siblingsSaw).toBe(0);
  });

  it('abort: SIGABRT, and no core dump anywhere', async () => {
    // Read while the processes live: a core dump is impossible for them, not merely absent by luck.
    const coreLimits = new Map<string, string | undefined>();
    const { events } = await crashRun('sigabrt', 'sigsegv', (event) => {
      if (event.kind === 'actor.started' && event.type === 'process') coreLimits.set(event.actor, coreLimitOf(event.pid));
    });
    for (const actor of ['proc-2', 'threaded']) expect(coreLimits.get(actor), actor).toBe('0');
    expect(exitOf(events, 'proc-2')).toMatchObject({ code: null, signal: 'SIGABRT' });
    expect(coreFiles()).toEqual(coresBefore);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
  });
});
