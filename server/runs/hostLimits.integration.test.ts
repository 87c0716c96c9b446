/**
 * Every process of a run, seen from outside through /proc while it lives:
 * pinned to the run's cores (Cpus_allowed_list) and under the run's resource
 * limits (/proc/<pid>/limits), the lab host and the lesson's own processes alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../testing/labServer.js';
import { membersOfGroup } from '../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

type Seen = { pid: number; cpus: string; limits: string };

function look(pid: number): Seen | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const limits = readFileSync(`/proc/${pid}/limits`, 'utf8');
    return { pid, cpus: /^Cpus_allowed_list:\s*(\S+)$/m.exec(status)?.[1] ?? '', limits };
  } catch {
    return undefined; // Already gone: nothing to see.
  }
}

const limitOf = (limits: string, name: string): string | undefined =>
  new RegExp(`^${name}\\s+(\\S+)\\s+(\\S+)`, 'm').exec(limits)?.[1];

it('pins every process of a 1-core run to its core and puts it under the run’s limits', async () => {
  const seen: Seen[] = [];
  const run = await runOverWebSocket(server, 'crash', { processes: 3, threads: 2 }, (event) => {
    if (event.kind !== 'actor.started' || event.type !== 'process' || !existsSync(`/proc/${event.pid}`)) return;
    const found = look(event.pid);
    if (found) seen.push(found);
  });
  expect(run.info.status).toBe('finished');
  const cores = run.info.placement?.cores ?? [];
  expect(cores).toHaveLength(1);
  expect(run.info.placement?.pinned).toBe(true);
  // The host and at least two of its children were caught alive.
  expect(seen.length).toBeGreaterThanOrEqual(3);
  for (const process of seen) {
    expect(process.cpus, `pid ${process.pid}`).toBe(String(cores[0]));
    expect(limitOf(process.limits, 'Max data size'), `pid ${process.pid}`).toBe(String(2048 * 1024 * 1024));
    expect(limitOf(process.limits, 'Max open files')).toBe('4096');
    expect(limitOf(process.limits, 'Max processes')).toBe('4096');
    expect(limitOf(process.limits, 'Max core file size')).toBe('0');
    expect(Number(limitOf(process.limits, 'Max cpu time'))).toBeGreaterThan(600);
  }
}, 60_000);

// ------------------------------------------------- one host, started directly

/**
 * A lab host started by the built startLabHost, outside any server: booted
 * already pinned (`cpus`), under the limits it was given, then moved with
 * pinGroup, whose new mask every thread carries and every child it starts
 * later inherits; killed, it leaves nothing behind.
 */
type LabHostModule = typeof import('./labHostProcess.js');
const built = (name: string): string => fileURLToPath(new URL(`../../dist/server/runs/${name}.js`, import.meta.url));

/** Cpus_allowed_list of every thread of a process. */
function threadCpus(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(
      (tid) => /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8'))?.[1] ?? '',
    );
  } catch {
    return [];
  }
}

describe('a lab host started with limits and cores', () => {
  it('boots on its cores under its limits, moves with pinGroup (threads and later children), and leaves nothing when killed', async () => {
    const { startLabHost } = (await import(built('labHostProcess'))) as LabHostModule;
    const { pinGroup } = (await import(built('labHostProcess'))) as LabHostModule;
    const last = availableParallelism() - 1;
    const limits = { dataMb: 1024, openFiles: 1000, cpuSeconds: 321, processes: 777 };
    const children: number[] = [];
    let ready!: () => void;
    const booted = new Promise<void>((resolve) => (ready = resolve));
    let exited!: (signal: NodeJS.Signals | null) => void;
    const ended = new Promise<NodeJS.Signals | null>((resolve) => (exited = resolve));
    const host = startLabHost({
      heapLimitMb: 64,
      limits,
      cpus: [last],
      onMessage: (message) => {
        if (message.type === 'ready') ready();
        if (message.type !== 'events') return;
        for (const event of message.events) {
          if (event.kind === 'actor.started' && event.type === 'process' && event.pid !== host.pid) children.push(event.pid);
        }
      },
      onExit: (_code, signal) => exited(signal),
    });
    try {
      expect(host.bootCpus).toEqual([last]);
      await booted;
      // Booted pinned: every thread the host has, from its first instruction.
      const bootThreads = threadCpus(host.pid);
      expect(bootThreads.length).toBeGreaterThan(1);
      expect(new Set(bootThreads)).toEqual(new Set([String(last)]));
      const limitsText = readFileSync(`/proc/${host.pid}/limits`, 'utf8');
      expect(limitOf(limitsText, 'Max data size')).toBe(String(1024 * 1024 * 1024));
      expect(limitOf(limitsText, 'Max open files')).toBe('1000');
      expect(limitOf(limitsText, 'Max cpu time')).toBe('321');
      expect(limitOf(limitsText, 'Max processes')).toBe('777');
      expect(limitOf(limitsText, 'Max core file size')).toBe('0');

      // Moved while it lives: every thread, and the processes it starts afterwards.
      await pinGroup(host.pid, [0]);
      expect(new Set(threadCpus(host.pid))).toEqual(new Set(['0']));
      const childSeen: string[][] = [];
      host.send({ type: 'start', runId: 'limits', experiment: 'crash', params: { processes: 3, threads: 2, processFault: 'sigsegv', threadFault: 'sigsegv', engine: 'node' } });
      const deadline = Date.now() + 10_000;
      while (childSeen.length < 2 && Date.now() < deadline) {
        for (const pid of children.splice(0)) {
          const cpus = threadCpus(pid);
          if (cpus.length > 0) childSeen.push(cpus);
        }
        await sleep(5);
      }
      expect(childSeen.length).toBeGreaterThanOrEqual(2);
      for (const cpus of childSeen) expect(new Set(cpus)).toEqual(new Set(['0']));
    } finally {
      // As the server ends a run: SIGTERM to the group; the host reaps its children, then SIGKILLs the group and itself.
      process.kill(-host.groupId, 'SIGTERM');
    }
    expect(await ended).toBe('SIGKILL');
    const deadline = Date.now() + 3_000;
    while (membersOfGroup(host.groupId).length > 0 && Date.now() < deadline) await sleep(20);
    expect(membersOfGroup(host.groupId)).toEqual([]);
  }, 30_000);

  it('pinGroup rejects with the reason when taskset cannot pin', async () => {
    const { pinGroup } = (await import(built('labHostProcess'))) as LabHostModule;
    await expect(pinGroup(4_194_304 + 1, [0])).rejects.toThrow(/could not pin pid 4194305 to cores 0: the process is gone/);
    await expect(pinGroup(process.pid, [4096])).rejects.toThrow(/could not pin pid \d+ to cores 4096: .*Invalid argument/);
    await expect(pinGroup(process.pid, [])).rejects.toThrow(/no cores/);
  });
});

// ------------------------------------------------- as an unprivileged user

/** The real uid of a process (first field of Uid: in /proc/<pid>/status). */
function uidOf(pid: number): number | undefined {
  try {
    const uid = /^Uid:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return uid === undefined ? undefined : Number(uid);
  } catch {
    return undefined;
  }
}

/** Runs one lesson in a host started directly; what ended it, and the uids of the processes it started. */
async function runInHost(
  options: { limits: HostLimitsShape; runAs?: { uid: number; gid: number } },
  experiment: string,
  params: Record<string, unknown>,
): Promise<{ outcome: string; hostUid: number | undefined; childUids: (number | undefined)[] }> {
  const { startLabHost } = (await import(built('labHostProcess'))) as LabHostModule;
  let outcome = 'host ended without a result';
  let hostUid: number | undefined;
  const childUids: (number | undefined)[] = [];
  let groupId = 0;
  await new Promise<void>((resolve) => {
    const host = startLabHost({
      heapLimitMb: 128,
      ...options,
      onMessage: (message) => {
        if (message.type === 'ready') {
          hostUid = uidOf(host.pid);
          host.send({ type: 'start', runId: 'as-user', experiment, params });
        }
        if (message.type !== 'events') return;
        for (const event of message.events) {
          if (event.kind === 'actor.started' && event.type === 'process' && event.pid !== host.pid) childUids.push(uidOf(event.pid));
          if (event.kind === 'run.finished') outcome = 'finished';
          if (event.kind === 'run.failed') outcome = `failed: ${event.error}`;
        }
      },
      onExit: () => {
        // As the run manager does when a host ends: its group goes with it (a unit stuck at start, unable
        // to make its threads under the process limit, would otherwise outlive the failed run).
        try {
          process.kill(-host.groupId, 'SIGKILL');
        } catch {
          // Nothing left in it.
        }
        groupId = host.groupId;
        resolve();
      },
    });
  });
  const deadline = Date.now() + 3_000;
  const alive = (): number[] => membersOfGroup(groupId).filter((member) => member.state !== 'Z').map((member) => member.pid);
  while (alive().length > 0 && Date.now() < deadline) await sleep(20);
  expect(alive()).toEqual([]);
  return { outcome, hostUid, childUids };
}
type HostLimitsShape = { dataMb: number; openFiles: number; cpuSeconds: number; processes: number };

const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;

describe.skipIf(!asRoot)('a lab host run as an unprivileged user (runAs)', () => {
  it('runs a lesson, host and children as that user, under the limits', async () => {
    const limits = { dataMb: 2048, openFiles: 4096, cpuSeconds: 1260, processes: 4096 };
    const seen = await runInHost({ limits, runAs: NOBODY }, 'crash', { processes: 3, threads: 2, processFault: 'sigsegv', threadFault: 'sigsegv', engine: 'node' });
    expect(seen.outcome).toBe('finished');
    expect(seen.hostUid).toBe(NOBODY.uid);
    expect(seen.childUids.filter((uid) => uid !== undefined).length).toBeGreaterThanOrEqual(1);
    for (const uid of seen.childUids) if (uid !== undefined) expect(uid).toBe(NOBODY.uid);
  }, 30_000);

  it('is held by the process limit, which root is not (the kernel exempts it)', async () => {
    // RLIMIT_NPROC counts every task (thread) of the user; 8 Node processes of ~10 threads each need far more than 40.
    const limits = { dataMb: 2048, openFiles: 4096, cpuSeconds: 1260, processes: 40 };
    const params = { units: 8, repeats: 1 };
    const asUser = await runInHost({ limits, runAs: NOBODY }, 'creation', params);
    expect(asUser.outcome).toMatch(/^failed: /);
    const asServer = await runInHost({ limits }, 'creation', params);
    expect(asServer.outcome).toBe('finished');
  }, 60_000);
});
